// SPDX-License-Identifier: MIT
#include "import/CsvReader.h"

#include "import/BinaryCheck.h"
#include "import/ValueParsing.h"

#include <QFileInfo>
#include <QSet>

#include <cstring>

namespace ul {

QString shortenedForMessage(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 60)));
    if (text.size() > 60)
        s += QStringLiteral("...");
    return s;
}

bool CsvReader::open(QString* error)
{
    if (!m_in.open(m_path, error))
        return false;
    m_in.setEncoding(m_format.encoding, m_format.bomLength);
    m_delimiter = m_format.delimiter.whitespace ? ' ' : m_format.delimiter.character;
    m_spaces = m_format.delimiter.whitespace;
    size_t dropped = 0;
    m_in.refill(0, &dropped);
    const std::string& buf = m_in.buffer();
    if (buf.empty()) {
        *error = QStringLiteral("%1: the file is empty").arg(m_path);
        return false;
    }
    if (const std::optional<QString> binary = binaryReason(buf)) {
        *error = QStringLiteral("%1: %2").arg(m_path, *binary);
        return false;
    }

    // The first row: the header, or (without one) the first data row, read again by next().
    const size_t startPos = m_pos;
    const qint64 startLine = m_line;
    qint64 line = 0;
    RecordProblem problem;
    const ReadResult r = readRaw(line, problem);
    if (r == ReadResult::End) {
        *error = QStringLiteral("%1: the file is empty").arg(m_path);
        return false;
    }
    if (r == ReadResult::Fatal || (r == ReadResult::BadRow && m_format.hasHeader)) {
        *error = QStringLiteral("%1:%2: cannot read the %3: %4")
                     .arg(m_path)
                     .arg(problem.line)
                     .arg(m_format.hasHeader ? QStringLiteral("header") : QStringLiteral("first row"), problem.message);
        return false;
    }
    const qsizetype count = qsizetype(r == ReadResult::Row ? m_fields.size() : m_ends.size());
    if (!m_format.columnNames.isEmpty() && m_format.columnNames.size() != count) {
        *error = QStringLiteral("%1: %2 column name(s) given but the file has %3 column(s)")
                     .arg(m_path)
                     .arg(m_format.columnNames.size())
                     .arg(count);
        return false;
    }
    QSet<QString> taken; // a set: a file of 100,000 columns must not cost their square
    taken.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        QString name;
        if (!m_format.columnNames.isEmpty())
            name = m_format.columnNames[i].trimmed();
        else if (m_format.hasHeader)
            name = QString::fromUtf8(m_fields[size_t(i)].data(), qsizetype(m_fields[size_t(i)].size())).trimmed();
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        QString unique = name;
        for (int n = 2; taken.contains(unique); ++n)
            unique = QStringLiteral("%1_%2").arg(name).arg(n);
        taken.insert(unique);
        m_columns << unique;
    }
    if (!m_format.hasHeader) {
        // Nothing has been dropped from the buffer yet: the first record is read again.
        m_pos = startPos;
        m_line = startLine;
    }
    return true;
}

bool CsvReader::refill(RecordProblem& problem)
{
    if (m_in.buffer().size() - m_pos > kMaxRecordBytes) {
        problem = {m_line,
                   0,
                   {},
                   QStringLiteral("a row longer than %1 MB (a quote that is never closed, or not a text file?)")
                       .arg(kMaxRecordBytes >> 20)};
        return false;
    }
    size_t dropped = 0;
    m_in.refill(m_pos, &dropped);
    m_pos -= dropped;
    return true;
}

void CsvReader::splitOnSpaces(const char* begin, const char* end)
{
    m_fields.clear();
    const char* p = begin;
    for (;;) {
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
        if (p >= end)
            break;
        const char* f = p;
        while (p < end && *p != ' ' && *p != '\t')
            ++p;
        m_fields.emplace_back(f, size_t(p - f));
    }
    if (m_fields.empty())
        m_fields.emplace_back(begin, 0); // a blank line
}

CsvReader::Parse CsvReader::parsePlainLine(bool& plain)
{
    const std::string& buf = m_in.buffer();
    const char* begin = buf.data() + m_pos;
    const char* end = buf.data() + buf.size();
    plain = false;
    if (begin >= end)
        return m_in.atEnd() ? Parse::EndOfInput : Parse::NeedMore;
    const char* nl = static_cast<const char*>(std::memchr(begin, '\n', size_t(end - begin)));
    if (!nl && !m_in.atEnd())
        return Parse::NeedMore;
    const char* lineEnd = nl ? nl : end;
    if (std::memchr(begin, '"', size_t(lineEnd - begin)))
        return Parse::Complete; // quotes: the general parser takes this record
    const char* fieldsEnd = lineEnd;
    if (fieldsEnd > begin && fieldsEnd[-1] == '\r')
        --fieldsEnd;
    // A lone CR ends a line too (old Mac files): leave those to the general parser.
    if (std::memchr(begin, '\r', size_t(fieldsEnd - begin)))
        return Parse::Complete;
    if (m_spaces) {
        splitOnSpaces(begin, fieldsEnd);
        m_pos = size_t((nl ? nl + 1 : end) - buf.data());
        plain = true;
        return Parse::Complete;
    }
    m_fields.clear();
    const char delim = m_delimiter;
    for (const char* f = begin;;) {
        const char* d = static_cast<const char*>(std::memchr(f, delim, size_t(fieldsEnd - f)));
        if (!d) {
            m_fields.emplace_back(f, size_t(fieldsEnd - f));
            break;
        }
        m_fields.emplace_back(f, size_t(d - f));
        f = d + 1;
    }
    m_pos = size_t((nl ? nl + 1 : end) - buf.data());
    plain = true;
    return Parse::Complete;
}

CsvReader::Parse CsvReader::parseRecord(qint64& newlines, bool& unterminatedQuote)
{
    const std::string& buf = m_in.buffer();
    const size_t size = buf.size();
    const bool eof = m_in.atEnd();
    size_t pos = m_pos;
    newlines = 0;
    unterminatedQuote = false;
    m_data.clear();
    m_ends.clear();
    if (pos >= size)
        return eof ? Parse::EndOfInput : Parse::NeedMore;

    bool inQuotes = false;
    bool atFieldStart = true;
    const char delim = m_delimiter;
    for (;;) {
        if (pos >= size) {
            if (!eof)
                return Parse::NeedMore;
            unterminatedQuote = inQuotes;
            m_ends.push_back(m_data.size());
            m_pos = pos;
            return Parse::Complete;
        }
        const char c = buf[pos];
        if (inQuotes) {
            if (c == '"') {
                if (pos + 1 >= size && !eof)
                    return Parse::NeedMore;
                if (pos + 1 < size && buf[pos + 1] == '"') {
                    m_data += '"';
                    pos += 2;
                } else {
                    inQuotes = false;
                    ++pos;
                }
                continue;
            }
            newlines += c == '\n';
            m_data += c;
            ++pos;
            continue;
        }
        if (m_spaces && (c == ' ' || c == '\t')) {
            // A run of spaces is one separator, and none at either end of the line.
            size_t end = pos;
            while (end < size && (buf[end] == ' ' || buf[end] == '\t'))
                ++end;
            if (end >= size && !eof)
                return Parse::NeedMore;
            const bool atLineEnd = end >= size || buf[end] == '\n' || buf[end] == '\r';
            const bool atLineStart = m_ends.empty() && m_data.empty() && atFieldStart;
            if (!atLineEnd && !atLineStart) {
                m_ends.push_back(m_data.size());
                atFieldStart = true;
            }
            pos = end;
            continue;
        }
        if (c == delim) {
            m_ends.push_back(m_data.size());
            atFieldStart = true;
            ++pos;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (c == '\r') {
                if (pos + 1 >= size && !eof)
                    return Parse::NeedMore;
                if (pos + 1 < size && buf[pos + 1] == '\n')
                    ++pos;
            }
            ++pos;
            ++newlines;
            m_ends.push_back(m_data.size());
            m_pos = pos;
            return Parse::Complete;
        }
        if (c == '"' && atFieldStart) {
            inQuotes = true;
            atFieldStart = false;
            ++pos;
            continue;
        }
        // Fast path: copy a run of ordinary bytes at once.
        size_t end = pos + 1;
        while (end < size) {
            const char e = buf[end];
            if (e == delim || e == '\n' || e == '\r' || (m_spaces && e == '\t'))
                break;
            ++end;
        }
        m_data.append(buf, pos, end - pos);
        atFieldStart = false;
        pos = end;
    }
}

ReadResult CsvReader::readRaw(qint64& line, RecordProblem& problem)
{
    for (;;) {
        bool plain = false;
        const Parse fast = parsePlainLine(plain);
        if (fast == Parse::NeedMore) {
            if (!refill(problem))
                return ReadResult::Fatal;
            continue;
        }
        if (fast == Parse::EndOfInput)
            return ReadResult::End;
        if (plain) {
            line = m_line++;
            if (m_fields.size() == 1 && m_fields[0].empty())
                continue; // blank line
            return ReadResult::Row;
        }
        qint64 newlines = 0;
        bool unterminated = false;
        const Parse p = parseRecord(newlines, unterminated);
        if (p == Parse::NeedMore) {
            if (!refill(problem))
                return ReadResult::Fatal;
            continue;
        }
        if (p == Parse::EndOfInput)
            return ReadResult::End;
        line = m_line;
        m_line += newlines;
        if (unterminated) {
            problem = {line, int(m_ends.size()), {}, QStringLiteral("a quoted field is never closed")};
            return ReadResult::BadRow;
        }
        m_fields.clear();
        size_t start = 0;
        for (size_t end : m_ends) {
            m_fields.emplace_back(m_data.data() + start, end - start);
            start = end;
        }
        if (m_ends.size() == 1 && m_ends[0] == 0)
            continue; // blank line
        return ReadResult::Row;
    }
}

namespace {

/// True when every byte is ASCII: eight bytes at a time, the common case of exports.
bool isAscii(std::string_view bytes)
{
    const char* p = bytes.data();
    size_t n = bytes.size();
    quint64 acc = 0;
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        acc |= w;
    }
    for (; n > 0; ++p, --n)
        acc |= quint64(static_cast<unsigned char>(*p));
    return (acc & 0x8080808080808080ULL) == 0;
}

} // namespace

ReadResult CsvReader::next(Record& record, RecordProblem& problem)
{
    qint64 line = 0;
    const ReadResult r = readRaw(line, problem);
    if (r != ReadResult::Row)
        return r;
    record.line = line;
    record.fields.assign(m_fields.begin(), m_fields.end());
    const qsizetype expected = m_columns.size();
    if (qsizetype(record.fields.size()) != expected) {
        problem.line = line;
        // The first missing field of a short row, or the first extra field of a long one.
        problem.column = int(qsizetype(record.fields.size()) < expected ? qsizetype(record.fields.size()) + 1
                                                                        : expected + 1);
        std::string raw;
        for (size_t i = 0; i < record.fields.size(); ++i) {
            if (i)
                raw += m_spaces ? ' ' : m_delimiter;
            raw.append(record.fields[i]);
        }
        problem.text = shortenedForMessage(raw);
        problem.message = QStringLiteral("expected %1 fields, found %2").arg(expected).arg(record.fields.size());
        return ReadResult::BadRow;
    }
    bool ascii = true;
    for (size_t i = 0; i < record.fields.size(); ++i) {
        const std::string_view f = record.fields[i];
        ascii = ascii && isAscii(f);
        if (f.size() > kMaxValueBytes) {
            problem = {line, int(i + 1), shortenedForMessage(f),
                       QStringLiteral("a value longer than %1 MB").arg(kMaxValueBytes >> 20)};
            return ReadResult::BadRow;
        }
        if (std::memchr(f.data(), '\0', f.size())) {
            problem = {line, int(i + 1), shortenedForMessage(f).replace(QChar(0), QStringLiteral("\\0")),
                       QStringLiteral("a NUL byte in the value (a damaged export?)")};
            return ReadResult::BadRow;
        }
    }
    if (!ascii) {
        for (size_t i = 0; i < record.fields.size(); ++i) {
            const size_t bad = firstInvalidUtf8(record.fields[i]);
            if (bad != std::string_view::npos) {
                problem.line = line;
                problem.column = int(i + 1);
                problem.text = QString::fromLatin1(
                    QByteArray(record.fields[i].data() + bad, 1).toHex(' ').prepend("byte 0x"));
                problem.message = m_format.encodingDetected
                                      ? QStringLiteral("invalid UTF-8 (for a Windows-1252 file use --encoding "
                                                       "windows-1252)")
                                      : QStringLiteral("invalid UTF-8");
                return ReadResult::BadRow;
            }
        }
    }
    return ReadResult::Row;
}

} // namespace ul
