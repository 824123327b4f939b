// SPDX-License-Identifier: MIT
#include "legacy/LegacyJsonReader.h"

#include "core/NumberFormat.h"
#include "import/ValueParsing.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace ul::bench {

namespace {
constexpr int kKeySampleObjects = 1000;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Keys of the outermost object in the order they are written.
QStringList topLevelKeys(std::string_view text)
{
    QStringList keys;
    int depth = 0;
    bool expectKey = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            size_t j = i + 1;
            std::string key;
            while (j < text.size() && text[j] != '"') {
                if (text[j] == '\\' && j + 1 < text.size())
                    ++j;
                key += text[j++];
            }
            if (depth == 1 && expectKey)
                keys << QString::fromUtf8(key.data(), qsizetype(key.size()));
            expectKey = false;
            i = j;
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = depth == 1 && c == '{';
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}
} // namespace

QString LegacyJsonReader::formatDescription() const
{
    return m_layout == Layout::Lines ? QStringLiteral("NDJSON") : QStringLiteral("JSON array");
}

bool LegacyJsonReader::start(QString* error)
{
    m_in = std::make_unique<ChunkedInput>();
    m_pos = 0;
    m_line = 1;
    m_arrayOpened = false;
    if (!m_in->open(m_path, error))
        return false;
    size_t dropped = 0;
    m_in->refill(0, &dropped);
    const std::string& buf = m_in->buffer();
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
    return true;
}

bool LegacyJsonReader::open(QString* error)
{
    // First pass over a sample to learn the keys, then start again from the top.
    if (!start(error))
        return false;
    for (int n = 0; n < kKeySampleObjects; ++n) {
        size_t begin = 0, end = 0;
        qint64 line = 0;
        RecordProblem problem;
        const ReadResult r = nextObjectText(begin, end, line, problem);
        if (r == ReadResult::End)
            break;
        if (r == ReadResult::Fatal) {
            *error =
                QStringLiteral("%1:%2:%3: %4").arg(m_path).arg(problem.line).arg(problem.column).arg(problem.message);
            return false;
        }
        QJsonObject object;
        if (r != ReadResult::Row || parseObject(begin, end, line, object, problem) != ReadResult::Row)
            continue;
        // QJsonObject sorts its keys; the file's order is what users expect to see.
        for (const QString& key : topLevelKeys(std::string_view(m_in->buffer()).substr(begin, end - begin))) {
            if (!m_columns.contains(key))
                m_columns << key;
        }
    }
    if (m_columns.isEmpty()) {
        *error = QStringLiteral("%1: no JSON objects with fields were found").arg(m_path);
        return false;
    }
    return start(error);
}

ReadResult LegacyJsonReader::nextLine(size_t& begin, size_t& end, qint64& line)
{
    for (;;) {
        const std::string& buf = m_in->buffer();
        const void* nl = m_pos < buf.size() ? std::memchr(buf.data() + m_pos, '\n', buf.size() - m_pos) : nullptr;
        if (!nl && !m_in->atEnd()) {
            size_t dropped = 0;
            m_in->refill(m_pos, &dropped);
            m_pos -= dropped;
            continue;
        }
        if (m_pos >= buf.size())
            return ReadResult::End;
        const size_t lineEnd = nl ? size_t(static_cast<const char*>(nl) - buf.data()) : buf.size();
        begin = m_pos;
        end = lineEnd;
        line = m_line++;
        m_pos = nl ? lineEnd + 1 : lineEnd;
        while (begin < end && isSpace(buf[begin]))
            ++begin;
        while (end > begin && isSpace(buf[end - 1]))
            --end;
        if (begin == end)
            continue; // blank line
        return ReadResult::Row;
    }
}

ReadResult LegacyJsonReader::nextArrayElement(size_t& begin, size_t& end, qint64& line, RecordProblem& problem)
{
    for (;;) {
        const std::string& buf = m_in->buffer();
        // Skip white space and the separating commas.
        while (m_pos < buf.size() && (isSpace(buf[m_pos]) || (m_arrayOpened && buf[m_pos] == ','))) {
            m_line += buf[m_pos] == '\n';
            ++m_pos;
        }
        if (m_pos >= buf.size()) {
            if (m_in->atEnd()) {
                if (!m_arrayOpened)
                    return ReadResult::End;
                problem = {m_line, 1, {}, QStringLiteral("the JSON array is not closed with ']'")};
                return ReadResult::Fatal;
            }
            size_t dropped = 0;
            m_in->refill(m_pos, &dropped);
            m_pos -= dropped;
            continue;
        }
        const char c = buf[m_pos];
        if (!m_arrayOpened) {
            if (c != '[') {
                problem = {m_line, 1, shortenedForMessage(std::string_view(buf).substr(m_pos, 20)),
                           QStringLiteral("expected '[' to start a JSON array")};
                return ReadResult::Fatal;
            }
            m_arrayOpened = true;
            ++m_pos;
            continue;
        }
        if (c == ']')
            return ReadResult::End;
        if (c != '{') {
            problem = {m_line, 1, shortenedForMessage(std::string_view(buf).substr(m_pos, 20)),
                       QStringLiteral("expected a JSON object")};
            return ReadResult::Fatal;
        }
        // Find the matching brace, minding strings and escapes; refill if the object is cut.
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        qint64 newlines = 0;
        size_t i = m_pos;
        for (; i < buf.size(); ++i) {
            const char ch = buf[i];
            newlines += ch == '\n';
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (ch == '\\')
                    escaped = true;
                else if (ch == '"')
                    inString = false;
                continue;
            }
            if (ch == '"')
                inString = true;
            else if (ch == '{' || ch == '[')
                ++depth;
            else if ((ch == '}' || ch == ']') && --depth == 0)
                break;
        }
        if (i >= buf.size()) {
            if (m_in->atEnd()) {
                problem = {m_line, 1, {}, QStringLiteral("a JSON object is not closed")};
                return ReadResult::Fatal;
            }
            size_t dropped = 0;
            m_in->refill(m_pos, &dropped);
            m_pos -= dropped;
            continue;
        }
        begin = m_pos;
        end = i + 1;
        line = m_line;
        m_line += newlines;
        m_pos = end;
        return ReadResult::Row;
    }
}

ReadResult LegacyJsonReader::nextObjectText(size_t& begin, size_t& end, qint64& line, RecordProblem& problem)
{
    return m_layout == Layout::Lines ? nextLine(begin, end, line) : nextArrayElement(begin, end, line, problem);
}

ReadResult LegacyJsonReader::parseObject(size_t begin, size_t end, qint64 line, QJsonObject& object,
                                         RecordProblem& problem)
{
    const std::string& buf = m_in->buffer();
    const std::string_view text(buf.data() + begin, end - begin);
    const size_t bad = firstInvalidUtf8(text);
    if (bad != std::string_view::npos) {
        problem = {line, int(bad + 1), shortenedForMessage(text), QStringLiteral("invalid UTF-8")};
        return ReadResult::BadRow;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())),
                                                      &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problem = {line, parseError.offset + 1, shortenedForMessage(text),
                   QStringLiteral("invalid JSON: %1").arg(parseError.errorString())};
        return ReadResult::BadRow;
    }
    if (!doc.isObject()) {
        problem = {line, 1, shortenedForMessage(text), QStringLiteral("expected a JSON object")};
        return ReadResult::BadRow;
    }
    object = doc.object();
    return ReadResult::Row;
}

void LegacyJsonReader::fillRecord(const QJsonObject& object, Record& record)
{
    m_data.clear();
    std::vector<size_t> ends;
    ends.reserve(size_t(m_columns.size()));
    for (const QString& column : m_columns) {
        const QJsonValue v = object.value(column);
        switch (v.type()) {
        case QJsonValue::Bool: m_data += v.toBool() ? "true" : "false"; break;
        case QJsonValue::Double: m_data += shortestNumber(v.toDouble()).toStdString(); break;
        case QJsonValue::String: m_data += v.toString().toStdString(); break;
        case QJsonValue::Array:
            m_data += QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).toStdString();
            break;
        case QJsonValue::Object:
            m_data += QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).toStdString();
            break;
        default: break; // null or absent: missing
        }
        ends.push_back(m_data.size());
    }
    record.fields.clear();
    size_t start = 0;
    for (size_t e : ends) {
        record.fields.emplace_back(m_data.data() + start, e - start);
        start = e;
    }
}

ReadResult LegacyJsonReader::next(Record& record, RecordProblem& problem)
{
    size_t begin = 0, end = 0;
    qint64 line = 0;
    const ReadResult r = nextObjectText(begin, end, line, problem);
    if (r != ReadResult::Row)
        return r;
    QJsonObject object;
    const ReadResult parsed = parseObject(begin, end, line, object, problem);
    if (parsed != ReadResult::Row)
        return parsed;
    record.line = line;
    fillRecord(object, record);
    return ReadResult::Row;
}

} // namespace ul::bench
