// SPDX-License-Identifier: MIT
#pragma once

#include "db/SqliteConnection.h"
#include "query/Granularity.h"
#include "report/ReportTable.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace ul {

/// The common part of a `report` request for the views beyond usage (revenue, segments).
struct ReportRequest {
    QString dataset;
    QString metric;
    std::optional<Day> from;
    std::optional<Day> to;
    Granularity granularity = Granularity::Day;
    int top = 10;
    QString customer;
};

/// Usage views plus the revenue and segmentation views.
QStringList allReportViewNames();
/// Adds the options of the extra views (--method, --k, --eps, ...).
void addExtraReportOptions(QCommandLineParser& parser);
/// Runs a non-usage view. Returns an ExitCode; *error holds the message on failure.
int runExtraReportView(SqliteConnection& db, const QString& view, const ReportRequest& request,
                       const QCommandLineParser& parser, ReportTable* out, QString* error);

} // namespace ul
