// SPDX-License-Identifier: MIT
#include "import/JsonReader.h"

#include <simdjson.h>

#include <cstring>

namespace ul {

namespace {

constexpr int kKeySampleObjects = 1000;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

QString describeError(simdjson::error_code code)
{
    using simdjson::error_code;
    switch (code) {
    case error_code::TAPE_ERROR:
    case error_code::INCOMPLETE_ARRAY_OR_OBJECT:
        return QStringLiteral("JSON syntax: the object is not complete (a value, ',' or '}' is missing)");
    case error_code::STRING_ERROR:
        return QStringLiteral("JSON syntax: an invalid string (a bad escape or a lone surrogate such as \\ud800)");
    case error_code::UNCLOSED_STRING: return QStringLiteral("JSON syntax: a string is never closed");
    case error_code::NUMBER_ERROR: return QStringLiteral("JSON syntax: an invalid number");
    case error_code::T_ATOM_ERROR:
    case error_code::F_ATOM_ERROR:
    case error_code::N_ATOM_ERROR: return QStringLiteral("JSON syntax: an invalid word (true, false or null expected)");
    case error_code::UTF8_ERROR: return QStringLiteral("invalid UTF-8");
    case error_code::INCORRECT_TYPE: return QStringLiteral("JSON: an object was expected");
    default: return QStringLiteral("JSON syntax: %1").arg(QString::fromLatin1(simdjson::error_message(code)));
    }
}

} // namespace

struct JsonReader::Parser {
    simdjson::ondemand::parser parser;
    std::string padded; ///< a copy of an object with room for simdjson's padding, when needed
};

JsonReader::JsonReader(QString path, SourceFormat format)
    : m_path(std::move(path))
    , m_format(std::move(format))
    , m_parser(std::make_unique<Parser>())
{}

JsonReader::~JsonReader() = default;

bool JsonReader::start(QString* error)
{
    m_in = std::make_unique<ChunkedInput>();
    m_pos = 0;
    m_line = 1;
    m_arrayState = ArrayState::BeforeOpen;
    if (!m_in->open(m_path, error))
        return false;
    m_in->setEncoding(m_format.encoding, m_format.bomLength);
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
    return true;
}

bool JsonReader::open(QString* error)
{
    // A first pass over a sample learns the keys, then reading starts again from the top.
    if (!start(error))
        return false;
    m_discovering = true;
    Record ignored;
    for (int n = 0; n < kKeySampleObjects; ++n) {
        RecordProblem problem;
        const ReadResult r = next(ignored, problem);
        if (r == ReadResult::End)
            break;
        if (r == ReadResult::Fatal) {
            m_discovering = false;
            const QString at = problem.character > 0 ? QStringLiteral(":%1").arg(problem.character) : QString();
            *error = QStringLiteral("%1:%2%3: %4").arg(m_path).arg(problem.line).arg(at, problem.message);
            return false;
        }
    }
    m_discovering = false;
    if (m_columns.isEmpty()) {
        *error = QStringLiteral("%1: no JSON objects with fields were found").arg(m_path);
        return false;
    }
    m_spans.assign(m_keys.size(), {0, 0});
    m_seen.assign(m_keys.size(), false);
    return start(error);
}

bool JsonReader::refill(RecordProblem& problem)
{
    if (m_in->buffer().size() - m_pos > kMaxRecordBytes) {
        problem = {m_line, 0, {}, QStringLiteral("an object longer than %1 MB").arg(kMaxRecordBytes >> 20)};
        return false;
    }
    size_t dropped = 0;
    m_in->refill(m_pos, &dropped);
    m_pos -= dropped;
    m_commaPos -= std::min(m_commaPos, dropped);
    return true;
}

bool JsonReader::skipSpace()
{
    const std::string& buf = m_in->buffer();
    while (m_pos < buf.size() && isSpace(buf[m_pos])) {
        m_line += buf[m_pos] == '\n';
        ++m_pos;
    }
    return m_pos < buf.size() || m_in->atEnd();
}

ReadResult JsonReader::nextLine(size_t& begin, size_t& end, qint64& line, RecordProblem& problem)
{
    for (;;) {
        const std::string& buf = m_in->buffer();
        const void* nl = m_pos < buf.size() ? std::memchr(buf.data() + m_pos, '\n', buf.size() - m_pos) : nullptr;
        if (!nl && !m_in->atEnd()) {
            if (!refill(problem))
                return ReadResult::Fatal;
            continue;
        }
        if (m_pos >= buf.size())
            return ReadResult::End;
        begin = m_pos;
        end = nl ? size_t(static_cast<const char*>(nl) - buf.data()) : buf.size();
        m_pos = nl ? end + 1 : end;
        line = m_line++;
        size_t last = end;
        while (last > begin && isSpace(buf[last - 1]))
            --last;
        size_t firstChar = begin;
        while (firstChar < last && isSpace(buf[firstChar]))
            ++firstChar;
        if (firstChar == last)
            continue; // blank line
        end = last;
        return ReadResult::Row;
    }
}

ReadResult JsonReader::nextArrayElement(size_t& begin, size_t& end, qint64& line, RecordProblem& problem)
{
    const auto fail = [&](qint64 atLine, size_t at, const QString& message) {
        const std::string& buf = m_in->buffer();
        size_t lineStart = at;
        while (lineStart > 0 && buf[lineStart - 1] != '\n')
            --lineStart;
        problem = {atLine, 0, {}, message, int(at - lineStart + 1)};
        return ReadResult::Fatal;
    };
    for (;;) {
        if (!skipSpace()) {
            if (!refill(problem))
                return ReadResult::Fatal;
            continue;
        }
        const std::string& buf = m_in->buffer();
        const bool atEnd = m_pos >= buf.size();
        const char c = atEnd ? '\0' : buf[m_pos];
        switch (m_arrayState) {
        case ArrayState::BeforeOpen:
            if (c != '[')
                return fail(m_line, m_pos, QStringLiteral("JSON syntax: '[' expected at the start of the array"));
            ++m_pos;
            m_arrayState = ArrayState::ExpectElement;
            m_commaPos = 0;
            m_commaLine = 0;
            continue;
        case ArrayState::AfterElement:
            if (c == ',') {
                m_commaPos = m_pos;
                m_commaLine = m_line;
                ++m_pos;
                m_arrayState = ArrayState::ExpectElement;
                continue;
            }
            if (c == ']') {
                ++m_pos;
                m_arrayState = ArrayState::Closed;
                continue;
            }
            return fail(m_line, m_pos,
                        atEnd ? QStringLiteral("JSON syntax: the array is never closed with ']'")
                              : QStringLiteral("JSON syntax: ',' or ']' expected after an object"));
        case ArrayState::Closed:
            if (!atEnd)
                return fail(m_line, m_pos, QStringLiteral("JSON syntax: text after the closing ']'"));
            return ReadResult::End;
        case ArrayState::ExpectElement: break;
        }
        if (c == ']') {
            if (m_commaLine > 0)
                return fail(m_commaLine, m_commaPos, QStringLiteral("JSON syntax: a trailing comma before ']'"));
            ++m_pos;
            m_arrayState = ArrayState::Closed;
            continue;
        }
        if (c != '{')
            return fail(m_line, m_pos,
                        atEnd ? QStringLiteral("JSON syntax: the array is never closed with ']'")
                              : QStringLiteral("JSON syntax: an object was expected in the array"));
        // The object's extent: braces outside strings, at any depth.
        int depth = 0;
        bool inString = false;
        size_t i = m_pos;
        qint64 newlines = 0;
        for (; i < buf.size(); ++i) {
            const char ch = buf[i];
            newlines += ch == '\n';
            if (inString) {
                if (ch == '\\')
                    ++i;
                else if (ch == '"')
                    inString = false;
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{' || ch == '[') {
                ++depth;
            } else if ((ch == '}' || ch == ']') && --depth == 0) {
                break;
            }
        }
        if (i >= buf.size()) {
            if (m_in->atEnd())
                return fail(m_line, m_pos, QStringLiteral("JSON syntax: the object is never closed"));
            if (!refill(problem))
                return ReadResult::Fatal;
            continue;
        }
        begin = m_pos;
        end = i + 1;
        line = m_line;
        m_line += newlines;
        m_pos = end;
        m_arrayState = ArrayState::AfterElement;
        m_commaLine = 0;
        return ReadResult::Row;
    }
}

ReadResult JsonReader::nextObjectText(size_t& begin, size_t& end, qint64& line, RecordProblem& problem)
{
    return m_format.kind == SourceKind::JsonArray ? nextArrayElement(begin, end, line, problem)
                                                  : nextLine(begin, end, line, problem);
}

int JsonReader::columnOf(std::string_view key, size_t hint)
{
    // Objects of one export list their keys in the same order: the hint is usually right.
    if (hint < m_keys.size() && m_keys[hint] == key)
        return int(hint);
    for (size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i] == key)
            return int(i);
    if (!m_discovering)
        return -1; // a key first met after the sample: not a column
    m_keys.emplace_back(key);
    m_columns << QString::fromUtf8(key.data(), qsizetype(key.size()));
    return int(m_keys.size() - 1);
}

ReadResult JsonReader::parseObject(size_t begin, size_t end, qint64 line, Record& record, RecordProblem& problem)
{
    using namespace simdjson;
    const std::string& buf = m_in->buffer();
    const char* text = buf.data() + begin;
    const size_t length = end - begin;
    // simdjson reads up to SIMDJSON_PADDING bytes past the text: the buffer's own bytes when
    // there are enough, else a copy.
    if (buf.capacity() - end < SIMDJSON_PADDING) {
        m_parser->padded.assign(text, length);
        m_parser->padded.reserve(length + SIMDJSON_PADDING);
        text = m_parser->padded.data();
    }
    const size_t capacity = text == buf.data() + begin ? buf.capacity() - begin : m_parser->padded.capacity();
    const auto locate = [&](size_t offset, const QString& message, const QString& value = {}) {
        offset = std::min(offset, length);
        qint64 atLine = line;
        size_t lineStart = 0;
        for (size_t i = 0; i < offset; ++i)
            if (text[i] == '\n') {
                ++atLine;
                lineStart = i + 1;
            }
        // Columns of an array element count from its line's start in the file.
        size_t column = offset - lineStart + 1;
        if (lineStart == 0 && m_format.kind == SourceKind::JsonArray) {
            size_t fileLineStart = begin;
            while (fileLineStart > 0 && buf[fileLineStart - 1] != '\n')
                --fileLineStart;
            column += begin - fileLineStart;
        }
        problem = {atLine, 0, value, message, int(column)};
        return ReadResult::BadRow;
    };
    ondemand::document doc;
    const auto where = [&]() -> size_t {
        const char* at = nullptr;
        return doc.current_location().get(at) ? length : size_t(at - text);
    };
    // An object cut short is wrong where its text ends, not where the parser last stood.
    const auto fail = [&](size_t offset, simdjson::error_code e) {
        if (e == error_code::INCOMPLETE_ARRAY_OR_OBJECT || e == error_code::UNCLOSED_STRING) {
            offset = length;
            while (offset > 0 && isSpace(text[offset - 1]))
                --offset; // the first character that is missing
        }
        return locate(offset, describeError(e));
    };
    if (const auto e = m_parser->parser.iterate(padded_string_view(text, length, capacity)).get(doc))
        return fail(length, e);
    ondemand::object object;
    if (const auto e = doc.get_object().get(object))
        return fail(where(), e);

    m_data.clear();
    std::fill(m_seen.begin(), m_seen.end(), false);
    size_t fieldIndex = 0;
    for (auto field : object) {
        std::string_view key;
        if (const auto e = field.unescaped_key().get(key))
            return fail(where(), e);
        ondemand::value value;
        if (const auto e = field.value().get(value))
            return fail(where(), e);
        ondemand::json_type type;
        if (const auto e = value.type().get(type))
            return fail(where(), e);
        const size_t valueAt = where();
        std::string_view content;
        bool missing = false;
        switch (type) {
        case ondemand::json_type::string:
            if (const auto e = value.get_string().get(content))
                return fail(valueAt, e);
            if (content.find('\0') != std::string_view::npos)
                return locate(valueAt, QStringLiteral("JSON: \\u0000 in a value"));
            break;
        case ondemand::json_type::number:
        case ondemand::json_type::boolean: {
            content = value.raw_json_token();
            while (!content.empty() && isSpace(content.back()))
                content.remove_suffix(1);
            if (type == ondemand::json_type::boolean && content != "true" && content != "false")
                return locate(valueAt, describeError(error_code::T_ATOM_ERROR));
            if (type == ondemand::json_type::number) {
                double ignored = 0;
                if (const auto e = value.get_double().get(ignored); e)
                    return fail(valueAt, e);
            }
            break;
        }
        case ondemand::json_type::null:
            if (bool isNull = false; value.is_null().get(isNull) || !isNull)
                return locate(valueAt, describeError(error_code::N_ATOM_ERROR));
            missing = true;
            break;
        case ondemand::json_type::object: {
            ondemand::object inner;
            if (const auto e = value.get_object().get(inner); e || inner.raw_json().get(content))
                return locate(valueAt, describeError(e ? e : error_code::TAPE_ERROR));
            break;
        }
        case ondemand::json_type::array: {
            ondemand::array inner;
            if (const auto e = value.get_array().get(inner); e || inner.raw_json().get(content))
                return locate(valueAt, describeError(e ? e : error_code::TAPE_ERROR));
            break;
        }
        }
        if (content.size() > kMaxValueBytes)
            return locate(valueAt, QStringLiteral("a value longer than %1 MB").arg(kMaxValueBytes >> 20));
        const int column = columnOf(key, fieldIndex++);
        if (column < 0)
            continue;
        if (size_t(column) >= m_seen.size()) {
            m_seen.resize(size_t(column) + 1, false);
            m_spans.resize(size_t(column) + 1, {0, 0});
        }
        if (m_seen[size_t(column)]) {
            // A repeated key is an error unless it repeats the same value.
            const auto [offset, size] = m_spans[size_t(column)];
            if (std::string_view(m_data).substr(offset, size) != (missing ? std::string_view() : content))
                return locate(valueAt, QStringLiteral("JSON: the key '%1' appears twice with different values")
                                           .arg(QString::fromUtf8(key.data(), qsizetype(key.size()))));
            continue;
        }
        m_seen[size_t(column)] = true;
        m_spans[size_t(column)] = {m_data.size(), missing ? 0 : content.size()};
        if (!missing)
            m_data.append(content);
    }
    // Nothing may follow the object on its line.
    const char* after = nullptr;
    if (!doc.current_location().get(after) && after < text + length)
        return locate(size_t(after - text), QStringLiteral("JSON syntax: text after the object"));

    record.line = line;
    record.fields.assign(m_keys.size(), std::string_view());
    for (size_t c = 0; c < m_keys.size() && c < m_seen.size(); ++c)
        if (m_seen[c])
            record.fields[c] = std::string_view(m_data).substr(m_spans[c].first, m_spans[c].second);
    return ReadResult::Row;
}

ReadResult JsonReader::next(Record& record, RecordProblem& problem)
{
    size_t begin = 0, end = 0;
    qint64 line = 0;
    const ReadResult r = nextObjectText(begin, end, line, problem);
    if (r != ReadResult::Row)
        return r;
    return parseObject(begin, end, line, record, problem);
}

} // namespace ul
