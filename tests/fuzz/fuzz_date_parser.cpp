// SPDX-License-Identifier: MIT
// Every date form on any text; a parsed day must lie in the range it was parsed for.
#include "import/DateParsing.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (ul::DateFormat format : ul::kAllDateFormats) {
        const auto day = ul::parseDate(text, format);
        if (day && !ul::AcceptedDates::standard().contains(*day))
            std::abort(); // a date outside 1900..2100 was accepted
        (void)ul::parseDateAnyYear(text, format);
    }
    return 0;
}
