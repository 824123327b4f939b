// SPDX-License-Identifier: MIT
#pragma once

#include "import/ChunkedInput.h"
#include "import/RecordReader.h"

namespace ul {

/// Streaming RFC 4180 reader: quoted fields with embedded delimiters, quotes ("") and
/// newlines, LF or CRLF line ends, an optional UTF-8 BOM. The delimiter is detected from the
/// header line among ',', ';', tab and '|'. No UI, no database: it only yields rows.
class CsvReader final : public RecordReader {
public:
    explicit CsvReader(QString path)
        : m_path(std::move(path))
    {}

    bool open(QString* error) override;
    QStringList columns() const override { return m_columns; }
    ReadResult next(Record& record, RecordProblem& problem) override;
    qint64 bytesRead() const override { return m_in.bytesRead(); }
    qint64 totalBytes() const override { return m_in.totalBytes(); }
    QString sha256Hex() override { return m_in.sha256Hex(); }
    QString formatDescription() const override;
    char delimiter() const { return m_delimiter; }

private:
    enum class Parse { Complete, NeedMore, EndOfInput };
    /// A line without quotes: fields are views into the input buffer (the common, fast case).
    Parse parsePlainLine(bool& plain);
    /// Any record (quoted fields with delimiters, quotes and newlines): fields unescaped into m_data.
    Parse parseRecord(qint64& newlines, bool& unterminatedQuote);
    char detectDelimiter() const;
    ReadResult readRaw(qint64& line, RecordProblem& problem);

    QString m_path;
    ChunkedInput m_in;
    size_t m_pos = 0;
    qint64 m_line = 1;
    char m_delimiter = ',';
    QStringList m_columns;
    std::string m_data;                     // unescaped bytes of the current row's fields
    std::vector<size_t> m_ends;             // end offset of each field in m_data
    std::vector<std::string_view> m_fields; // the current row's fields
};

} // namespace ul
