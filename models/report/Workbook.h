// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"
#include "report/DatasetTabs.h"
#include "report/ReportContext.h"
#include "report/ReportRequest.h"

#include <QStringList>

#include <vector>

namespace ul {

/// One tab of a workbook with the request its views run with.
struct WorkbookTab {
    TabSpec spec;
    ReportRequest request;
};

/// The tabs a request's workbook has: the dataset's tabs (datasetTabs()), or those `tabKeys`
/// names ("customer:ID" included), each with tabRequest(). An unknown key is an error listing
/// the dataset's tabs.
bool workbookTabs(ReportContext& context, const ReportRequest& request, const QStringList& tabKeys,
                  std::vector<WorkbookTab>* out, ReportError* error);

/// The tables of a report, one per view of each tab, named "<tab key> <view key>"
/// ("transcoded_minutes totals", "revenue mrr"): the sheets of the workbook and the files of a
/// CSV export, written the same by File › Export workbook and `usagelens export`.
/// A metric without data has nothing to export and is left out.
bool buildWorkbook(ReportContext& context, const std::vector<WorkbookTab>& tabs, std::vector<ReportTable>* out,
                   ReportError* error);

/// The request a tab's views run with by default: the dataset's request with the tab's metric
/// (and the customer of a customer tab).
ReportRequest tabRequest(const ReportRequest& request, const TabSpec& tab);
/// The tab of a key in a dataset: one of datasetTabs(), or a customer tab ("customer:ID").
std::optional<TabSpec> findTab(const DatasetInfo& dataset, const QString& key);

} // namespace ul
