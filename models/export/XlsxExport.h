// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QString>
#include <vector>

namespace ul {

/// Writes report tables as an .xlsx workbook (libxlsxwriter), one worksheet per table:
/// numbers as number cells rounded to their column's scale, in shortest decimal form, with a
/// number format of the column's kind (XlsxNumberStyle), series as short readable text,
/// columns of ISO dates / months as real dates,
/// a bold frozen header row, an auto-filter, column widths from the content, and neutralised
/// text (CellSafety). A table's meta fields (ReportTable::meta) go beside it, one key and value
/// per row, after an empty column. Any thread; no Qt GUI types.
class XlsxExport {
public:
    static bool write(const QString& path, const std::vector<ReportTable>& sheets, QString* error);
    /// A valid, unique (case-insensitive) worksheet name: at most 31 characters, none of []:*?/\.
    static QString sheetName(const QString& tableName, const QStringList& taken);
};

} // namespace ul
