// SPDX-License-Identifier: MIT
#include "import/CsvReader.h"

#include "import/ValueParsing.h"

#include <QFileInfo>

#include <cstring>

namespace ul {

QString shortenedForMessage(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 60)));
    if (text.size() > 60)
        s += QStringLiteral("...");
    return s;
}

QString CsvReader::formatDescription() const
{
    const QString name = m_delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(m_delimiter));
    return QStringLiteral("CSV (delimiter '%1')").arg(name);
}

bool CsvReader::open(QString* error)
{
    if (!m_in.open(m_path, error))
        return false;
    size_t dropped = 0;
    m_in.refill(0, &dropped);
    const std::string& buf = m_in.buffer();
    if (buf.empty()) {
        *error = QStringLiteral("%1: the file is empty").arg(m_path);
        return false;
    }
    if (std::memchr(buf.data(), '\0', std::min<size_t>(buf.size(), 65536)) != nullptr) {
        *error = QStringLiteral("%1: this is a binary file, not CSV or JSON text").arg(m_path);
        return false;
    }
    if (buf.size() >= 3 && std::memcmp(buf.data(), "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
    m_delimiter = detectDelimiter();

    qint64 line = 0;
    RecordProblem problem;
    const ReadResult r = readRaw(line, problem);
    if (r == ReadResult::End) {
        *error = QStringLiteral("%1: the file is empty").arg(m_path);
        return false;
    }
    if (r != ReadResult::Row) {
        *error = QStringLiteral("%1:%2: cannot read the header: %3").arg(m_path).arg(problem.line).arg(problem.message);
        return false;
    }
    size_t start = 0;
    for (size_t i = 0; i < m_ends.size(); ++i) {
        QString name = QString::fromUtf8(m_data.data() + start, qsizetype(m_ends[i] - start)).trimmed();
        start = m_ends[i];
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        QString unique = name;
        for (int n = 2; m_columns.contains(unique); ++n)
            unique = QStringLiteral("%1_%2").arg(name).arg(n);
        m_columns << unique;
    }
    return true;
}

char CsvReader::detectDelimiter() const
{
    // Count candidates on the header line, outside quotes; the most frequent wins.
    const std::string& buf = m_in.buffer();
    int counts[4] = {0, 0, 0, 0};
    const char candidates[4] = {',', ';', '\t', '|'};
    bool inQuotes = false;
    for (size_t i = m_pos; i < buf.size(); ++i) {
        const char c = buf[i];
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == '\n' || c == '\r'))
            break;
        else if (!inQuotes) {
            for (int k = 0; k < 4; ++k)
                counts[k] += c == candidates[k];
        }
    }
    int best = 0;
    for (int k = 1; k < 4; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
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
            if (e == delim || e == '\n' || e == '\r')
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
        qint64 newlines = 0;
        bool unterminated = false;
        const Parse p = parseRecord(newlines, unterminated);
        if (p == Parse::NeedMore) {
            size_t dropped = 0;
            m_in.refill(m_pos, &dropped);
            m_pos -= dropped;
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
        if (m_ends.size() == 1 && m_ends[0] == 0)
            continue; // blank line
        return ReadResult::Row;
    }
}

ReadResult CsvReader::next(Record& record, RecordProblem& problem)
{
    qint64 line = 0;
    const ReadResult r = readRaw(line, problem);
    if (r != ReadResult::Row)
        return r;
    record.line = line;
    record.fields.clear();
    size_t start = 0;
    for (size_t i = 0; i < m_ends.size(); ++i) {
        record.fields.emplace_back(m_data.data() + start, m_ends[i] - start);
        start = m_ends[i];
    }
    const qsizetype expected = m_columns.size();
    if (qsizetype(record.fields.size()) != expected) {
        problem.line = line;
        // The first missing field of a short row, or the first extra field of a long one.
        problem.column = int(qsizetype(record.fields.size()) < expected ? qsizetype(record.fields.size()) + 1
                                                                        : expected + 1);
        std::string raw;
        for (size_t i = 0; i < record.fields.size(); ++i) {
            if (i)
                raw += m_delimiter;
            raw.append(record.fields[i]);
        }
        problem.text = shortenedForMessage(raw);
        problem.message = QStringLiteral("expected %1 fields, found %2").arg(expected).arg(record.fields.size());
        return ReadResult::BadRow;
    }
    if (!isValidUtf8(m_data)) {
        for (size_t i = 0; i < record.fields.size(); ++i) {
            const size_t bad = firstInvalidUtf8(record.fields[i]);
            if (bad != std::string_view::npos) {
                problem.line = line;
                problem.column = int(i + 1);
                problem.text = QString::fromLatin1(
                    QByteArray(record.fields[i].data() + bad, 1).toHex(' ').prepend("byte 0x"));
                problem.message = QStringLiteral("invalid UTF-8");
                return ReadResult::BadRow;
            }
        }
    }
    return ReadResult::Row;
}

} // namespace ul
