// SPDX-License-Identifier: MIT
// Role detection on any table: lines are rows, ',' separates cells; the first line names the
// columns. Profiling and detection must be total, and the mapping must name every column.
#include "import/ColumnProfile.h"
#include "import/RoleDetector.h"

#include <cstdlib>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<std::vector<std::string_view>> rows;
    while (!text.empty() && rows.size() < 200) {
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        std::vector<std::string_view> cells;
        while (cells.size() < 16) {
            const size_t comma = line.find(',');
            cells.push_back(line.substr(0, comma));
            if (comma == std::string_view::npos)
                break;
            line = line.substr(comma + 1);
        }
        rows.push_back(std::move(cells));
    }
    if (rows.empty())
        return 0;
    QStringList headers;
    for (std::string_view h : rows.front())
        headers << QString::fromUtf8(h.data(), qsizetype(h.size()));
    ul::ColumnProfiler profiler(headers);
    ul::Record record;
    for (size_t r = 1; r < rows.size(); ++r) {
        record.line = qint64(r + 1);
        record.fields.assign(size_t(headers.size()), std::string_view());
        for (size_t c = 0; c < rows[r].size() && c < record.fields.size(); ++c)
            record.fields[c] = rows[r][c];
        profiler.add(record);
    }
    ul::SourceFormat source;
    source.hasHeader = size % 2 == 0;
    const ul::ImportMapping mapping = ul::detectRoles(profiler.profiles(), source, std::nullopt);
    if (mapping.columns.size() != size_t(headers.size()))
        std::abort();
    return 0;
}
