// SPDX-License-Identifier: MIT
#include "import/DelimiterDetection.h"

#include <algorithm>
#include <vector>

namespace ul {

namespace {

constexpr int kMaxLines = 50;

/// The first lines, quoted line breaks kept inside their line, without a final partial one.
std::vector<std::string_view> firstLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    size_t start = 0;
    bool inQuotes = false;
    for (size_t i = 0; i < text.size() && int(lines.size()) < kMaxLines; ++i) {
        const char c = text[i];
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == '\n' && !inQuotes) {
            std::string_view line = text.substr(start, i - start);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (line.find_first_not_of(" \t") != std::string_view::npos)
                lines.push_back(line);
            start = i + 1;
        }
    }
    if (lines.empty() && start < text.size())
        lines.push_back(text.substr(start)); // a file of one line
    return lines;
}

int fieldsWith(std::string_view line, char delimiter)
{
    int fields = 1;
    bool inQuotes = false;
    for (const char c : line) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == delimiter && !inQuotes)
            ++fields;
    }
    return fields;
}

int fieldsWithSpaces(std::string_view line)
{
    int fields = 0;
    bool inField = false;
    bool inQuotes = false;
    for (const char c : line) {
        const bool space = !inQuotes && (c == ' ' || c == '\t');
        if (c == '"')
            inQuotes = !inQuotes;
        if (!space && !inField)
            ++fields;
        inField = !space;
    }
    return fields;
}

/// The field count every line agrees on (90% of them when there are ten or more), or 0.
int consistentCount(const std::vector<int>& counts)
{
    if (counts.empty())
        return 0;
    std::vector<int> sorted = counts;
    std::sort(sorted.begin(), sorted.end());
    int best = 0, bestRun = 0;
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        if (int(j - i) > bestRun) {
            bestRun = int(j - i);
            best = sorted[i];
        }
        i = j;
    }
    const bool enough = counts.size() >= 10 ? bestRun * 10 >= int(counts.size()) * 9 : bestRun == int(counts.size());
    return enough ? best : 0;
}

} // namespace

Delimiter detectDelimiter(std::string_view head)
{
    const std::vector<std::string_view> lines = firstLines(head);
    if (lines.empty())
        return {};
    const char candidates[] = {',', ';', '\t', '|'};
    Delimiter best;
    int bestFields = 1;
    for (const char c : candidates) {
        std::vector<int> counts;
        for (const std::string_view line : lines)
            counts.push_back(fieldsWith(line, c));
        const int n = consistentCount(counts);
        if (n > bestFields) {
            bestFields = n;
            best = Delimiter{c, false};
        }
    }
    std::vector<int> spaceCounts;
    int aligned = 0; // lines laid out in columns: leading spaces or runs of them
    for (const std::string_view line : lines) {
        spaceCounts.push_back(fieldsWithSpaces(line));
        aligned += line.front() == ' ' || line.find("  ") != std::string_view::npos;
    }
    // Spaces beat a character only in a column layout: a tab-separated file whose values
    // hold "2022-01-01 10:00" stays tab-separated.
    const bool columnLayout = aligned * 2 > int(lines.size());
    if (const int n = consistentCount(spaceCounts); n >= 2 && n > bestFields && (bestFields == 1 || columnLayout))
        return Delimiter{' ', true};
    if (bestFields > 1)
        return best;
    // No consistent split: the character most frequent on the first line (a ragged file is
    // then reported row by row), else one column.
    int most = 0;
    for (const char c : candidates) {
        const int n = fieldsWith(lines.front(), c) - 1;
        if (n > most) {
            most = n;
            best = Delimiter{c, false};
        }
    }
    return best;
}

} // namespace ul
