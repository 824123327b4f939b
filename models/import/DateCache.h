// SPDX-License-Identifier: MIT
#pragma once

#include "import/DateParsing.h"

#include <array>
#include <cstring>

namespace ul {

/// Remembers the days of recently parsed date texts of one column: exports repeat the same
/// few hundred dates millions of times, in any order. Direct-mapped, texts up to 31 bytes; a
/// miss parses as usual. One per converter (not thread-safe).
class DateCache {
public:
    explicit DateCache(DateFormat format)
        : m_format(format)
    {}

    std::optional<Day> parse(std::string_view text)
    {
        if (text.size() > kMaxText)
            return parseDateAnyYear(text, m_format);
        Entry& e = m_entries[slotOf(text)];
        if (e.length == text.size() && std::memcmp(e.text, text.data(), text.size()) == 0)
            return e.valid ? std::optional<Day>(e.day) : std::nullopt;
        const std::optional<Day> day = parseDateAnyYear(text, m_format);
        e.length = quint8(text.size());
        std::memcpy(e.text, text.data(), text.size());
        e.valid = day.has_value();
        e.day = day.value_or(0);
        return day;
    }

private:
    static constexpr size_t kMaxText = 31;
    static constexpr size_t kSlots = 1024;
    struct Entry {
        char text[kMaxText];
        quint8 length = 0xFF; ///< no text is this long: empty
        Day day = 0;
        bool valid = false;
    };
    static size_t slotOf(std::string_view text)
    {
        quint64 h = 1469598103934665603ULL;
        for (const char c : text)
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
        return size_t(h ^ (h >> 29)) & (kSlots - 1);
    }

    DateFormat m_format;
    std::array<Entry, kSlots> m_entries{};
};

} // namespace ul
