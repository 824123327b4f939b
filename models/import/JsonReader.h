// SPDX-License-Identifier: MIT
#pragma once

#include "import/ChunkedInput.h"
#include "import/RecordReader.h"

#include <memory>
#include <string>
#include <vector>

namespace ul {

/// Streaming reader of newline-delimited JSON (one object per line) or of a JSON array of
/// objects, strict and parsed by simdjson (On-Demand). Columns are the keys met in the first
/// 1000 objects, in order of appearance. Values become text as written: strings unescaped,
/// numbers as their exact token ("100000", "9007199254740993"), true/false, null -> missing,
/// nested objects and arrays as their JSON. A syntax error, a duplicated key with another value,
/// a lone surrogate, "\u0000" or a value over 1 MB make the row bad with line and column; the
/// array's own syntax (a trailing comma, text after "]") stops the file with its location.
class JsonReader final : public RecordReader {
public:
    JsonReader(QString path, SourceFormat format);
    ~JsonReader() override;

    bool open(QString* error) override;
    QStringList columns() const override { return m_columns; }
    ReadResult next(Record& record, RecordProblem& problem) override;
    qint64 bytesRead() const override { return m_in ? m_in->bytesRead() : 0; }
    qint64 totalBytes() const override { return m_in ? m_in->totalBytes() : 0; }
    QString sha256Hex() override { return m_in->sha256Hex(); }
    QString formatDescription() const override { return m_format.describe(); }
    const SourceFormat& sourceFormat() const override { return m_format; }

private:
    struct Parser; // simdjson stays out of this header (it is large)
    enum class ArrayState { BeforeOpen, ExpectElement, AfterElement, Closed };

    bool start(QString* error);
    /// The next object's text [begin, end) in the buffer and the line it starts on.
    ReadResult nextObjectText(size_t& begin, size_t& end, qint64& line, RecordProblem& problem);
    ReadResult nextLine(size_t& begin, size_t& end, qint64& line, RecordProblem& problem);
    ReadResult nextArrayElement(size_t& begin, size_t& end, qint64& line, RecordProblem& problem);
    /// Skips whitespace, counting lines; false when more input is needed first.
    bool skipSpace();
    bool refill(RecordProblem& problem);
    ReadResult parseObject(size_t begin, size_t end, qint64 line, Record& record, RecordProblem& problem);
    int columnOf(std::string_view key, size_t hint);

    QString m_path;
    SourceFormat m_format;
    std::unique_ptr<ChunkedInput> m_in;
    std::unique_ptr<Parser> m_parser;
    size_t m_pos = 0;
    qint64 m_line = 1;
    ArrayState m_arrayState = ArrayState::BeforeOpen;
    size_t m_commaPos = 0; ///< where the last ',' between elements was (a trailing one is an error)
    qint64 m_commaLine = 0;
    bool m_discovering = false; ///< open()'s first pass: collecting keys
    QStringList m_columns;
    std::vector<std::string> m_keys;                ///< m_columns as UTF-8
    std::string m_data;                             ///< the current row's values
    std::vector<std::pair<size_t, size_t>> m_spans; ///< per column: offset and length in m_data
    std::vector<bool> m_seen;                       ///< per column: set by the current object
};

} // namespace ul
