// SPDX-License-Identifier: MIT
#pragma once

#include "import/TextEncoding.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ul {

/// How the fields of a delimited file are separated: one character, or runs of spaces and
/// tabs (exports laid out in columns, leading spaces allowed).
struct Delimiter {
    char character = ',';
    bool whitespace = false;

    /// "','", "';'", "tab", "'|'", "spaces".
    QString describe() const;
    /// ",", ";", "|", "tab" (or "\t"), "space"/"spaces"/"whitespace"; any other single character.
    static std::optional<Delimiter> fromName(const QString& name);
    bool operator==(const Delimiter&) const = default;
};

/// What the user says about a file's layout; unset fields are detected.
struct SourceOptions {
    enum class Header { Detect, Present, Absent };
    Header header = Header::Detect;
    QStringList columnNames; ///< --columns: names for the columns (replacing a header row)
    std::optional<Delimiter> delimiter;
    std::optional<TextEncoding> encoding;
    std::optional<bool> decimalComma;
    bool operator==(const SourceOptions&) const = default;
};

enum class SourceKind { Csv, JsonLines, JsonArray };

/// A file's layout as read: detected, or as the options forced it.
struct SourceFormat {
    SourceKind kind = SourceKind::Csv;
    TextEncoding encoding = TextEncoding::Utf8;
    bool encodingDetected = true;
    size_t bomLength = 0; ///< bytes of the byte-order mark to skip
    Delimiter delimiter;
    bool delimiterDetected = true;
    bool hasHeader = true;
    bool headerDetected = true;
    QStringList columnNames; ///< names given by the user (empty: the header's, or column_N)

    /// "CSV (delimiter ',')", "NDJSON", "JSON array".
    QString describe() const;
    /// What the mapping states about the layout: the encoding when it is not plain UTF-8, and
    /// a missing header row ("encoding: windows-1252 (detected)", "no header row (detected)").
    QStringList notes() const;
};

} // namespace ul
