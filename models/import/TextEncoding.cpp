// SPDX-License-Identifier: MIT
#include "import/TextEncoding.h"

#include "import/ValueParsing.h"

#include <array>
#include <cstring>

namespace ul {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

/// Windows-1252 bytes 0x80..0x9F (the rest equals Latin-1). The five bytes the code page leaves
/// undefined map to the C1 controls of the same value, as web browsers decode them.
constexpr std::array<char16_t, 32> kCp1252High = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

void appendUtf8(char32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(const QString& name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16"))
        return TextEncoding::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") || n == QLatin1String("latin1")
        || n == QLatin1String("iso88591"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

TextEncoding detectEncoding(std::string_view head, bool atEndOfFile, size_t* bomLength)
{
    *bomLength = 0;
    if (head.size() >= 3 && std::memcmp(head.data(), "\xEF\xBB\xBF", 3) == 0) {
        *bomLength = 3;
        return TextEncoding::Utf8;
    }
    if (head.size() >= 2 && std::memcmp(head.data(), "\xFF\xFE", 2) == 0) {
        *bomLength = 2;
        return TextEncoding::Utf16LE;
    }
    if (head.size() >= 2 && std::memcmp(head.data(), "\xFE\xFF", 2) == 0) {
        *bomLength = 2;
        return TextEncoding::Utf16BE;
    }
    const size_t bad = firstInvalidUtf8(head);
    if (bad == std::string_view::npos)
        return TextEncoding::Utf8;
    // A multi-byte character cut by the end of the sample is not evidence against UTF-8.
    if (!atEndOfFile && head.size() - bad < 4) {
        const auto lead = static_cast<unsigned char>(head[bad]);
        const size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
        if (need > head.size() - bad)
            return TextEncoding::Utf8;
    }
    return TextEncoding::Windows1252;
}

void Utf8Transcoder::append(std::string_view bytes, std::string& out)
{
    switch (m_encoding) {
    case TextEncoding::Utf8: out.append(bytes); return;
    case TextEncoding::Windows1252:
        out.reserve(out.size() + bytes.size() + bytes.size() / 8);
        for (const char ch : bytes) {
            const auto b = static_cast<unsigned char>(ch);
            if (b < 0x80)
                out += ch;
            else
                appendUtf8(b < 0xA0 ? char32_t(kCp1252High[b - 0x80]) : char32_t(b), out);
        }
        return;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: appendUtf16(bytes, out); return;
    }
}

void Utf8Transcoder::appendUtf16(std::string_view bytes, std::string& out)
{
    std::string joined;
    if (!m_carry.empty()) {
        joined = m_carry;
        joined.append(bytes);
        bytes = joined;
        m_carry.clear();
    }
    const bool little = m_encoding == TextEncoding::Utf16LE;
    size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        const auto b0 = static_cast<unsigned char>(bytes[i]);
        const auto b1 = static_cast<unsigned char>(bytes[i + 1]);
        const char16_t unit = little ? char16_t(b0 | (b1 << 8)) : char16_t((b0 << 8) | b1);
        if (m_pendingHigh) {
            const char16_t high = m_pendingHigh;
            m_pendingHigh = 0;
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                appendUtf8(0x10000 + ((char32_t(high) - 0xD800) << 10) + (char32_t(unit) - 0xDC00), out);
                continue;
            }
            appendUtf8(kReplacement, out);
        }
        if (unit >= 0xD800 && unit <= 0xDBFF)
            m_pendingHigh = unit;
        else if (unit >= 0xDC00 && unit <= 0xDFFF)
            appendUtf8(kReplacement, out);
        else
            appendUtf8(unit, out);
    }
    if (i < bytes.size())
        m_carry.assign(bytes.substr(i));
}

void Utf8Transcoder::finish(std::string& out)
{
    if (m_pendingHigh || !m_carry.empty())
        appendUtf8(kReplacement, out);
    m_pendingHigh = 0;
    m_carry.clear();
}

} // namespace ul
