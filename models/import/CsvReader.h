// SPDX-License-Identifier: MIT
#pragma once

#include "import/ChunkedInput.h"
#include "import/RecordReader.h"
#include "import/SourceFormat.h"

namespace ul {

/// Streaming RFC 4180 reader: quoted fields with embedded delimiters, quotes ("") and
/// newlines, LF, CRLF or CR line ends, in the encoding and with the delimiter and header the
/// SourceFormat says (see sniffSource()). A whitespace delimiter splits on runs of spaces and
/// tabs and ignores them at both ends of a line. No UI, no database: it only yields rows.
class CsvReader final : public RecordReader {
public:
    CsvReader(QString path, SourceFormat format)
        : m_path(std::move(path))
        , m_format(std::move(format))
    {}

    bool open(QString* error) override;
    QStringList columns() const override { return m_columns; }
    ReadResult next(Record& record, RecordProblem& problem) override;
    qint64 bytesRead() const override { return m_in.bytesRead(); }
    qint64 totalBytes() const override { return m_in.totalBytes(); }
    QString sha256Hex() override { return m_in.sha256Hex(); }
    QString formatDescription() const override { return m_format.describe(); }
    const SourceFormat& sourceFormat() const override { return m_format; }

private:
    enum class Parse { Complete, NeedMore, EndOfInput };
    /// A line without quotes: fields are views into the input buffer (the common, fast case).
    Parse parsePlainLine(bool& plain);
    /// Any record (quoted fields with delimiters, quotes and newlines): fields unescaped into m_data.
    Parse parseRecord(qint64& newlines, bool& unterminatedQuote);
    ReadResult readRaw(qint64& line, RecordProblem& problem);
    /// Fills the buffer; false (with `problem`) when one record grows past kMaxRecordBytes.
    bool refill(RecordProblem& problem);
    void splitOnSpaces(const char* begin, const char* end);

    QString m_path;
    SourceFormat m_format;
    ChunkedInput m_in;
    size_t m_pos = 0;
    qint64 m_line = 1;
    char m_delimiter = ',';
    bool m_spaces = false; ///< runs of spaces and tabs separate fields
    QStringList m_columns;
    std::string m_data;                     // unescaped bytes of the current row's fields
    std::vector<size_t> m_ends;             // end offset of each field in m_data
    std::vector<std::string_view> m_fields; // the current row's fields
};

} // namespace ul
