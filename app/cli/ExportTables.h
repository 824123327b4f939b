// SPDX-License-Identifier: MIT
#pragma once

#include "db/SqliteConnection.h"
#include "query/Granularity.h"
#include "report/ReportTable.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>
#include <vector>

namespace ul {

/// What `usagelens export` writes: a dataset, a filter and the tabs (metric keys, "revenue").
struct ExportRequest {
    QString dataset;                 ///< empty: the dataset with the most metrics (as the window)
    std::optional<Day> from;
    std::optional<Day> to;
    Granularity granularity = Granularity::Month;
    int top = 10;
    QStringList tabs;                ///< empty: every tab
};

/// Builds the tables of an export from the same machinery as `report`: every usage view of each
/// metric ("<metric> <view>"), plus the revenue views ("revenue <view>") for invoice datasets.
/// Call on the thread that owns `db`.
class ExportTables {
public:
    /// `parser` supplies the revenue options (--spend, ...; see addExtraReportOptions()).
    static bool collect(SqliteConnection& db, const ExportRequest& request, const QCommandLineParser& parser,
                        std::vector<ReportTable>* out, QString* error);
    /// The dataset `request` resolves to (its name), or an empty string with *error set.
    static QString resolveDataset(SqliteConnection& db, const QString& requested, QString* error);
    /// Tab keys of a dataset in report order: metric keys, then "revenue" for invoice data.
    static QStringList tabKeys(SqliteConnection& db, const QString& dataset, QString* error);
};

} // namespace ul
