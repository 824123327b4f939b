// SPDX-License-Identifier: MIT
#include "import/BinaryCheck.h"

#include <algorithm>

namespace ul {

std::optional<QString> binaryReason(std::string_view head)
{
    struct Signature {
        std::string_view bytes;
        const char* what;
    };
    static constexpr Signature signatures[] = {
        {std::string_view("PK\x03\x04", 4),
         "a zip archive or an Excel workbook (.xlsx): save the sheet as CSV, or unzip it first"},
        {std::string_view("\xD0\xCF\x11\xE0", 4), "an old Excel workbook (.xls): save the sheet as CSV"},
        {std::string_view("\x1F\x8B", 2), "a gzip-compressed file: decompress it first"},
        {std::string_view("\xFD"
                          "7zXZ",
                          5),
         "an xz-compressed file: decompress it first"},
        {std::string_view("\x28\xB5\x2F\xFD", 4), "a zstd-compressed file: decompress it first"},
        {std::string_view("%PDF-", 5), "a PDF document"},
        {std::string_view("SQLite format 3\0", 16), "an SQLite database (a workspace is opened with --db)"},
        {std::string_view("\x89PNG", 4), "a PNG image"},
        {std::string_view("\xFF\xD8\xFF", 3), "a JPEG image"},
    };
    for (const Signature& s : signatures)
        if (head.substr(0, s.bytes.size()) == s.bytes)
            return QStringLiteral("this is a binary file, not CSV or JSON text: %1").arg(QLatin1String(s.what));
    const std::string_view sample = head.substr(0, 65536);
    const auto nuls = std::count(sample.begin(), sample.end(), '\0');
    if (!sample.empty() && nuls * 100 > qsizetype(sample.size()))
        return QStringLiteral("this is a binary file, not CSV or JSON text (%1 NUL bytes in its first %2 KB)")
            .arg(nuls)
            .arg((sample.size() + 1023) / 1024);
    return std::nullopt;
}

} // namespace ul
