// SPDX-License-Identifier: MIT
#pragma once

#include "import/SourceFormat.h"

#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace ul {

/// One data row of a source file. The views stay valid until the next call to next().
struct Record {
    qint64 line = 0;                      ///< 1-based line where the row starts (the CSV header is line 1)
    std::vector<std::string_view> fields; ///< one per column, empty when absent
};

/// What is wrong with a row or a file, with enough context to find it.
struct RecordProblem {
    qint64 line = 0;
    int column = 0; ///< 1-based column (field number), 0 when the whole row is concerned
    QString text;   ///< the offending text, shortened
    QString message;
    int character = 0; ///< 1-based character in the line (JSON syntax), 0 when `column` locates it
};

enum class ReadResult {
    Row,    ///< `record` holds the next row
    BadRow, ///< the row is unusable (ragged, invalid UTF-8 or JSON): `problem` says why
    End,    ///< no more rows
    Fatal   ///< the file cannot be read further: `problem` says why
};

/// A streaming source of rows: CSV, NDJSON or a JSON array of objects.
class RecordReader {
public:
    virtual ~RecordReader() = default;
    /// Opens the file and reads the header (CSV) or discovers the keys (JSON).
    virtual bool open(QString* error) = 0;
    virtual QStringList columns() const = 0;
    virtual ReadResult next(Record& record, RecordProblem& problem) = 0;
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
    /// Hex SHA-256 of the file; valid after next() returned End.
    virtual QString sha256Hex() = 0;
    /// "CSV (delimiter ',')", "NDJSON", "JSON array".
    virtual QString formatDescription() const = 0;
    /// The layout the reader reads (encoding, delimiter, header).
    virtual const SourceFormat& sourceFormat() const = 0;
};

/// Shortens a value for an error message.
QString shortenedForMessage(std::string_view text);

/// Limits that keep one line from taking the memory of a whole file: a record (a CSV row, a
/// JSON object) longer than kMaxRecordBytes stops the file with its line; a value longer than
/// kMaxValueBytes makes its row bad.
inline constexpr size_t kMaxRecordBytes = size_t(8) << 20;
inline constexpr size_t kMaxValueBytes = size_t(1) << 20;

} // namespace ul
