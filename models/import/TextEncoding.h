// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace ul {

/// The text encodings an export arrives in. Readers work on UTF-8: the others are transcoded
/// as the file is read (Utf8Transcoder).
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

/// "utf-8", "utf-16le", "utf-16be", "windows-1252" (the --encoding names).
QString encodingName(TextEncoding encoding);
/// Also accepts "utf8", "utf16le", "cp1252", "latin1"/"iso-8859-1" (read as windows-1252, its superset).
std::optional<TextEncoding> encodingFromName(const QString& name);

/// What the first bytes of a file say: a byte-order mark decides; otherwise UTF-8 when `head`
/// is valid UTF-8 (a sequence cut at the end of `head` does not count against it), else
/// Windows-1252. `bomLength` receives the bytes of the mark (0 without one).
TextEncoding detectEncoding(std::string_view head, bool atEndOfFile, size_t* bomLength);

/// Turns a byte stream in one encoding into UTF-8, chunk by chunk: a character split between
/// two chunks is completed by the next one. UTF-16 surrogates that do not pair and an odd
/// last byte become U+FFFD, like every decoder that must not stop.
class Utf8Transcoder {
public:
    explicit Utf8Transcoder(TextEncoding encoding)
        : m_encoding(encoding)
    {}
    /// Appends the UTF-8 of `bytes` (plus what was left over from the last call) to `out`.
    void append(std::string_view bytes, std::string& out);
    /// Flushes an incomplete character at the end of the input.
    void finish(std::string& out);

private:
    void appendUtf16(std::string_view bytes, std::string& out);
    TextEncoding m_encoding;
    std::string m_carry;        ///< bytes of an incomplete UTF-16 unit
    char16_t m_pendingHigh = 0; ///< a high surrogate waiting for its low half
};

/// Appends code point `cp` as UTF-8.
void appendUtf8(char32_t cp, std::string& out);

} // namespace ul
