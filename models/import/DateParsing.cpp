// SPDX-License-Identifier: MIT
#include "import/DateParsing.h"

#include "import/ValueParsing.h"

#include <boost/date_time/posix_time/posix_time.hpp>

#include <cmath>

namespace ul {

namespace {

/// Reads 1..maxDigits decimal digits at `pos`.
bool readInt(std::string_view s, size_t& pos, int minDigits, int maxDigits, int& out)
{
    int digits = 0;
    int value = 0;
    while (pos < s.size() && digits < maxDigits && s[pos] >= '0' && s[pos] <= '9') {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++digits;
    }
    out = value;
    return digits >= minDigits;
}

bool expect(std::string_view s, size_t& pos, char c)
{
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

/// Case-insensitive "AM"/"PM" (also "a.m."/"p.m.") at `pos`: 0 for AM, 12 for PM, -1 when absent.
int readMeridiem(std::string_view s, size_t& pos)
{
    const auto lower = [&](size_t i) { return i < s.size() ? char(s[i] | 0x20) : '\0'; };
    const char first = lower(pos);
    if (first != 'a' && first != 'p')
        return -1;
    size_t p = pos + 1;
    if (p < s.size() && s[p] == '.')
        ++p;
    if (lower(p) != 'm')
        return -1;
    ++p;
    if (p < s.size() && s[p] == '.')
        ++p;
    pos = p;
    return first == 'a' ? 0 : 12;
}

/// Optional "H[H]:MM[:SS[.fraction]]" with an optional AM/PM after a date, then an optional
/// zone. Returns the offset in seconds to subtract, through `offsetSeconds`, and the time of day
/// through `secondsOfDay`.
bool parseTimeAndZone(std::string_view s, size_t pos, int& secondsOfDay, int& offsetSeconds)
{
    secondsOfDay = 0;
    offsetSeconds = 0;
    if (pos == s.size())
        return true;
    if (s[pos] != 'T' && s[pos] != ' ')
        return false;
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == 'T'))
        ++pos;
    int h = 0, m = 0, sec = 0;
    if (!readInt(s, pos, 1, 2, h) || !expect(s, pos, ':') || !readInt(s, pos, 2, 2, m))
        return false;
    if (expect(s, pos, ':')) {
        if (!readInt(s, pos, 2, 2, sec))
            return false;
        if (expect(s, pos, '.') || expect(s, pos, ',')) {
            int frac = 0;
            if (!readInt(s, pos, 1, 9, frac))
                return false;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
                ++pos; // finer than nanoseconds: still the same second
        }
    }
    size_t afterSpace = pos;
    while (afterSpace < s.size() && s[afterSpace] == ' ')
        ++afterSpace;
    if (const int meridiem = readMeridiem(s, afterSpace); meridiem >= 0) {
        if (h < 1 || h > 12)
            return false;
        h = h % 12 + meridiem;
        pos = afterSpace;
    }
    if (h > 23 || m > 59 || sec > 60)
        return false;
    secondsOfDay = h * 3600 + m * 60 + sec;
    if (pos < s.size() && s[pos] == ' ')
        ++pos;
    if (pos == s.size())
        return true;
    if (s[pos] == 'Z' || s[pos] == 'z')
        return pos + 1 == s.size();
    if (s.substr(pos) == "UTC" || s.substr(pos) == "GMT")
        return true;
    if (s[pos] != '+' && s[pos] != '-')
        return false;
    const int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    int oh = 0, om = 0;
    if (!readInt(s, pos, 2, 2, oh))
        return false;
    if (expect(s, pos, ':')) {
        if (!readInt(s, pos, 2, 2, om))
            return false;
    } else if (pos < s.size()) {
        if (!readInt(s, pos, 2, 2, om))
            return false;
    }
    if (pos != s.size() || oh > 18 || om > 59)
        return false;
    offsetSeconds = sign * (oh * 3600 + om * 60);
    return true;
}

std::optional<Day> dayWithTime(int y, int mo, int d, int secondsOfDay, int offsetSeconds)
{
    const auto day = dayFromYmd(y, mo, d);
    if (!day || offsetSeconds == 0)
        return day;
    // Boost's posix_time does the offset arithmetic; the UTC date is what we keep.
    const boost::gregorian::date date(boost::gregorian::date(1970, 1, 1) + boost::gregorian::days(*day));
    const boost::posix_time::ptime local(date, boost::posix_time::seconds(secondsOfDay));
    const boost::posix_time::ptime utc = local - boost::posix_time::seconds(offsetSeconds);
    return static_cast<Day>((utc.date() - boost::gregorian::date(1970, 1, 1)).days());
}

std::optional<Day> parseIso(std::string_view s)
{
    size_t pos = 0;
    int y = 0, mo = 0, d = 1;
    if (!readInt(s, pos, 4, 4, y) || !expect(s, pos, '-') || !readInt(s, pos, 2, 2, mo))
        return std::nullopt;
    if (pos == s.size())
        return dayFromYmd(y, mo, 1); // month-only: counts as the first of the month
    if (!expect(s, pos, '-') || !readInt(s, pos, 2, 2, d))
        return std::nullopt;
    int secondsOfDay = 0, offset = 0;
    if (!parseTimeAndZone(s, pos, secondsOfDay, offset))
        return std::nullopt;
    return dayWithTime(y, mo, d, secondsOfDay, offset);
}

int expandYear(int year, int digits)
{
    if (digits > 2)
        return year;
    return year <= 68 ? 2000 + year : 1900 + year;
}

std::optional<Day> parseNumeric(std::string_view s, char separator, bool monthFirst)
{
    size_t pos = 0;
    int a = 0, b = 0, y = 0;
    if (!readInt(s, pos, 1, 2, a) || !expect(s, pos, separator) || !readInt(s, pos, 1, 2, b)
        || !expect(s, pos, separator))
        return std::nullopt;
    const size_t yearStart = pos;
    if (!readInt(s, pos, 2, 4, y))
        return std::nullopt;
    const int yearDigits = int(pos - yearStart);
    if (yearDigits == 3)
        return std::nullopt;
    // A trailing time (no offset) is allowed and ignored: the calendar day is what counts.
    int secondsOfDay = 0, offset = 0;
    if (!parseTimeAndZone(s, pos, secondsOfDay, offset))
        return std::nullopt;
    const int month = monthFirst ? a : b;
    const int day = monthFirst ? b : a;
    return dayWithTime(expandYear(y, yearDigits), month, day, secondsOfDay, offset);
}

std::optional<Day> parseYearFirstSlash(std::string_view s)
{
    size_t pos = 0;
    int y = 0, mo = 0, d = 0;
    if (!readInt(s, pos, 4, 4, y) || !expect(s, pos, '/') || !readInt(s, pos, 1, 2, mo) || !expect(s, pos, '/')
        || !readInt(s, pos, 1, 2, d))
        return std::nullopt;
    int secondsOfDay = 0, offset = 0;
    if (!parseTimeAndZone(s, pos, secondsOfDay, offset))
        return std::nullopt;
    return dayWithTime(y, mo, d, secondsOfDay, offset);
}

std::optional<Day> parseCompact(std::string_view s)
{
    if (s.size() != 8)
        return std::nullopt;
    size_t pos = 0;
    int y = 0, mo = 0, d = 0;
    if (!readInt(s, pos, 4, 4, y) || !readInt(s, pos, 2, 2, mo) || !readInt(s, pos, 2, 2, d))
        return std::nullopt;
    if (y < 1900 || y > 2100)
        return std::nullopt;
    return dayFromYmd(y, mo, d);
}

/// 1..12 for an English month name or its abbreviation ("Sep", "Sept", "September"), any case.
int monthFromName(std::string_view word)
{
    static constexpr const char* kNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                             "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3)
        return 0;
    std::string lower(word);
    for (char& c : lower)
        c = char(c | 0x20);
    for (int m = 0; m < 12; ++m) {
        const std::string_view name(kNames[m]);
        if (lower == name || lower == name.substr(0, 3) || (m == 8 && lower == "sept"))
            return m + 1;
    }
    return 0;
}

std::optional<Day> parseDayMonthName(std::string_view s)
{
    size_t pos = 0;
    int d = 0;
    if (!readInt(s, pos, 1, 2, d) || pos >= s.size() || (s[pos] != '-' && s[pos] != ' '))
        return std::nullopt;
    const char separator = s[pos++];
    const size_t wordStart = pos;
    while (pos < s.size() && ((s[pos] | 0x20) >= 'a' && (s[pos] | 0x20) <= 'z'))
        ++pos;
    const int mo = monthFromName(s.substr(wordStart, pos - wordStart));
    if (mo == 0 || !expect(s, pos, separator))
        return std::nullopt;
    const size_t yearStart = pos;
    int y = 0;
    if (!readInt(s, pos, 2, 4, y) || pos - yearStart == 3)
        return std::nullopt;
    const int yearDigits = int(pos - yearStart);
    int secondsOfDay = 0, offset = 0;
    if (!parseTimeAndZone(s, pos, secondsOfDay, offset))
        return std::nullopt;
    return dayWithTime(expandYear(y, yearDigits), mo, d, secondsOfDay, offset);
}

/// Whole or fractional seconds (or milliseconds) since 1970 within [minValue, maxValue): a
/// value outside the range the format stands for is not a timestamp but a bad value.
std::optional<Day> parseEpoch(std::string_view s, double unitsPerDay, double minValue, double maxValue)
{
    const auto value = parseNumber(s);
    if (!value || *value < minValue || *value >= maxValue)
        return std::nullopt;
    return static_cast<Day>(std::floor(*value / unitsPerDay));
}

} // namespace

QString dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso: return QStringLiteral("iso");
    case DateFormat::MonthDayYear: return QStringLiteral("m/d/y");
    case DateFormat::DayMonthYear: return QStringLiteral("d/m/y");
    case DateFormat::DayMonthYearDots: return QStringLiteral("d.m.y");
    case DateFormat::YearMonthDaySlash: return QStringLiteral("y/m/d");
    case DateFormat::CompactYmd: return QStringLiteral("yyyymmdd");
    case DateFormat::DayMonthName: return QStringLiteral("d-mon-y");
    case DateFormat::EpochSeconds: return QStringLiteral("epoch-s");
    case DateFormat::EpochMillis: return QStringLiteral("epoch-ms");
    }
    return {};
}

QString dateFormatNames()
{
    QStringList names;
    for (DateFormat f : kAllDateFormats)
        names << dateFormatName(f);
    return names.join(QStringLiteral(", "));
}

std::optional<DateFormat> dateFormatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (DateFormat f : kAllDateFormats) {
        if (dateFormatName(f) == n)
            return f;
    }
    if (n == QLatin1String("mdy") || n == QLatin1String("us"))
        return DateFormat::MonthDayYear;
    if (n == QLatin1String("dmy"))
        return DateFormat::DayMonthYear;
    if (n == QLatin1String("ymd") || n == QLatin1String("compact"))
        return DateFormat::CompactYmd;
    if (n == QLatin1String("d mon y") || n == QLatin1String("dd-mon-yyyy"))
        return DateFormat::DayMonthName;
    return std::nullopt;
}

namespace {

std::optional<Day> parseAnyYear(std::string_view text, DateFormat format)
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    switch (format) {
    case DateFormat::Iso: return parseIso(text);
    case DateFormat::MonthDayYear: return parseNumeric(text, '/', true);
    case DateFormat::DayMonthYear: return parseNumeric(text, '/', false);
    case DateFormat::DayMonthYearDots: return parseNumeric(text, '.', false);
    case DateFormat::YearMonthDaySlash: return parseYearFirstSlash(text);
    case DateFormat::CompactYmd: return parseCompact(text);
    case DateFormat::DayMonthName: return parseDayMonthName(text);
    // Years 1..9999; parseDate() narrows to the accepted range.
    case DateFormat::EpochSeconds: return parseEpoch(text, 86400.0, -62135596800.0, 253402300800.0);
    case DateFormat::EpochMillis: return parseEpoch(text, 86400000.0, -62135596800000.0, 253402300800000.0);
    }
    return std::nullopt;
}

} // namespace

AcceptedDates AcceptedDates::standard()
{
    static const AcceptedDates range{*dayFromYmd(kFirstAcceptedYear, 1, 1), *dayFromYmd(kLastAcceptedYear, 12, 31)};
    return range;
}

QString AcceptedDates::describe() const { return QStringLiteral("%1 .. %2").arg(isoDate(first), isoDate(last)); }

std::optional<AcceptedDates> AcceptedDates::fromText(const QString& text)
{
    const QStringList sides = text.split(QStringLiteral(".."));
    if (sides.size() != 2)
        return std::nullopt;
    AcceptedDates range = standard();
    if (!sides[0].trimmed().isEmpty()) {
        const auto first = parseIsoDate(sides[0].trimmed());
        if (!first)
            return std::nullopt;
        range.first = *first;
    }
    if (!sides[1].trimmed().isEmpty()) {
        const auto last = parseIsoDate(sides[1].trimmed());
        if (!last)
            return std::nullopt;
        range.last = *last;
    }
    if (range.first > range.last)
        return std::nullopt;
    return range;
}

std::optional<Day> parseDate(std::string_view text, DateFormat format)
{
    const auto day = parseAnyYear(text, format);
    if (day && !AcceptedDates::standard().contains(*day))
        return std::nullopt;
    return day;
}

std::optional<Day> parseDateAnyYear(std::string_view text, DateFormat format) { return parseAnyYear(text, format); }

} // namespace ul
