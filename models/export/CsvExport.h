// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QString>
#include <vector>

namespace ul {

/// CSV files meant for people and spreadsheets: UTF-8 with BOM (Excel then reads accents
/// right) and neutralised text cells. `report` on stdout keeps plain toCsv() for pipelines.
class CsvExport {
public:
    /// toCsv() of the neutralised table.
    static QString safeCsv(const ReportTable& table);
    static bool writeFile(const ReportTable& table, const QString& path, QString* error);
    /// Whether `folder` can take the files: absent (it is created) or a folder, never a file.
    static bool checkFolder(const QString& folder, QString* error);
    /// One file per table into `folder` (created if missing), named after the table.
    /// `written` receives the paths in table order.
    static bool writeFolder(const std::vector<ReportTable>& tables, const QString& folder, QStringList* written,
                            QString* error);
    /// A file-system-safe name for a table ("usage minutes / top" -> "usage_minutes_top").
    static QString fileNameFor(const QString& tableName);
};

} // namespace ul
