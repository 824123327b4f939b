// SPDX-License-Identifier: MIT
#pragma once

#include "churn/ChurnAssessment.h"
#include "db/BillingInvoices.h"
#include "db/Connection.h"
#include "query/CustomerDirectory.h"
#include "query/CustomerRollup.h"
#include "query/DatasetCatalog.h"
#include "query/UsageQuery.h"
#include "query/UsageViews.h"
#include "report/ReportRequest.h"
#include "revenue/RevenueAnalysis.h"
#include "revenue/RevenueReports.h"
#include "segments/CustomerHealth.h"
#include "segments/HealthWindow.h"
#include "segments/Rfm.h"
#include "store/FactStore.h"

#include <QHash>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace ul {

/// What the views of one report share: the connection, the catalog look-ups that turn a
/// request's names into ids, and the results several views are built from (a tab's totals,
/// cumulative and change views read the totals once; all revenue views one analysis). One
/// context per thread and per batch of views; it caches, so make a new one after an import.
/// It holds a read snapshot for its lifetime: every view of the batch sees one committed state.
class ReportContext {
public:
    explicit ReportContext(Connection& db);
    ~ReportContext();
    Connection& db() { return m_db; }
    /// The facts of the workspace (the engine reads every value through it), filtered by
    /// setRowFilter()'s conditions.
    FactStore& store() { return *m_store; }
    /// Makes every later view read only the rows passing `where` (empty: all rows); clears the
    /// cached results. Unknown columns are reported by the first view that reads facts.
    /// `within` narrows it to these slices (a breakdown's value; FilteredFactStore).
    void setRowFilter(const std::vector<RowCondition>& where,
                      const std::optional<std::vector<qint64>>& within = std::nullopt);
    const std::vector<RowCondition>& rowFilter() const { return m_where; }
    /// Counts sub-accounts as the customers named by `attribute` in every later view (empty: as
    /// stored); clears the cached results. False with *error when no customer has the attribute.
    bool setCustomerKey(const QString& attribute, ReportError* error);

    const std::vector<DatasetInfo>& datasets(ReportError* error);
    /// The dataset called `name`, or the default one (most metrics) when `name` is empty.
    const DatasetInfo* dataset(const QString& name, ReportError* error);

    /// The metric of a usage view: the request must name one (usage error otherwise).
    std::optional<MetricInfo> requestedMetric(const ReportRequest& request, const QString& view, ReportError* error);
    /// The metric a segment view scores: `request.metric`, else the dataset's amount metric,
    /// else its first metric.
    std::optional<MetricInfo> segmentMetric(const ReportRequest& request, const QString& view, ReportError* error);

    /// The metric of a view that can choose one (forecasts, churn risk): `request.metric` when
    /// named, else the default value metric (report/DatasetTabs.h) of `request.dataset`, or of
    /// the default dataset.
    std::optional<MetricInfo> valueMetric(const ReportRequest& request, ReportError* error);

    /// The request's range with unset ends taken from the metric's data (empty when it has none).
    DateRange effectiveRange(const MetricInfo& metric, const ReportRequest& request);
    /// The last day of the last period at `g` that both `range` and the metric's data cover whole:
    /// a health window ending in a half month would call the missing half a drop. When no period
    /// is whole, the end of what is covered.
    Day lastCompleteDay(const MetricInfo& metric, const DateRange& range, Granularity g);
    /// A usage query for the metric: range, granularity, ranking, customer.
    bool usageQuery(const MetricInfo& metric, const ReportRequest& request, UsageQuery* out, ReportError* error);

    /// Cached per query: totals per period of a usage query.
    const std::vector<PeriodTotal>* totals(const UsageQuery& query, ReportError* error);
    /// The dataset a revenue view reads: the request's, else the workspace's one invoices dataset
    /// (a billing export or a dataset with an amount metric); usage error when that is not one.
    const DatasetInfo* revenueDataset(const ReportRequest& request, const QString& view, ReportError* error);
    /// The revenue analysis of a revenue view's request (ReportContextRevenue.cpp), cached: the
    /// rows the row filter keeps, only `request.customer` when set, in one currency or converted
    /// (request.currency, request.fx; several currencies otherwise are a usage error). Billing
    /// datasets give subscription MRR from their invoices, others the amount metric's.
    const RevenueAnalysis* revenueFor(const ReportRequest& request, const QString& view, ReportError* error);
    /// A billing dataset's invoices of every kind that the row filter and request.customer keep
    /// (empty for other datasets).
    const std::vector<StoredInvoice>* billingInvoices(const DatasetInfo& dataset, const ReportRequest& request,
                                                      ReportError* error);
    /// Cached per metric, range and bounds: scored RFM records as of the range end, of the
    /// customers whose total lies within `bounds`.
    const std::vector<RfmRecord>* rfm(const MetricInfo& metric, const DateRange& range, ReportError* error,
                                      const TotalBounds& bounds = {});
    /// Cached per records and parameters: the clustering of the Segments tab, of the customers
    /// within params.bounds, on params.features (periods of chosen features at `g`).
    const ClusterRun* clusters(const MetricInfo& metric, const DateRange& range, const ClusterParams& params,
                               ReportError* error, Granularity g = Granularity::Month);
    /// Cached per metric and window: every customer's health over the last 2N periods (at
    /// `g`) ending with `last`, even when they start before the range: a short range must not
    /// make everyone "new".
    struct Health {
        HealthWindow window;
        std::vector<HealthRecord> records;
    };
    const Health* health(const MetricInfo& metric, Day last, Granularity g, const HealthOptions& options,
                         ReportError* error);
    /// Cached per metric and question: churn risks and their backtest (both, one read of the facts).
    const ChurnAssessment* churn(const MetricInfo& metric, const ChurnQuestion& question, ReportError* error);
    /// External id of every customer (internal id -> text).
    const QHash<qint64, QString>& customerNames() { return m_customers.allNames(); }
    /// Names and creation days, loaded once for the batch.
    CustomerDirectory& customers() { return m_customers; }

private:
    /// Backend, then filter, then roll-up, then the cache; drops every cached result.
    void rebuildStore();
    /// The internal id of the request's customer (an owner when rolled up); nullopt without one.
    bool requestedCustomer(const QString& externalId, std::optional<qint64>* out, ReportError* error);
    /// The generic invoices path (an amount metric) with the currency choice (ReportContextRevenue.cpp).
    bool metricInvoices(const DatasetInfo& dataset, const ReportRequest& request, std::optional<qint64> customer,
                        std::vector<Invoice>* out, QString* label, ReportError* error);

    Connection& m_db;
    ReadSnapshot m_snapshot;               ///< before anything reads: the batch sees one committed state
    std::unique_ptr<FactStore> m_backend;  ///< the workspace's own store
    std::unique_ptr<FactStore> m_filtered; ///< the backend's rows passing m_where (unset: all)
    std::unique_ptr<FactStore> m_rolledUp; ///< the above with sub-accounts as owners (unset: none)
    std::optional<CustomerRollup> m_rollup;
    std::unique_ptr<FactStore> m_store; ///< what the views read: the above with a cache
    std::vector<RowCondition> m_where;
    std::optional<std::vector<qint64>> m_within;
    std::optional<std::vector<DatasetInfo>> m_datasets;
    std::map<QString, std::vector<PeriodTotal>> m_totals;
    std::map<QString, RevenueAnalysis> m_revenue;
    std::map<qint64, std::vector<StoredInvoice>> m_billingRows;  ///< per dataset, as stored
    std::map<QString, std::vector<StoredInvoice>> m_billingKept; ///< per dataset, filter and customer
    std::map<QString, std::vector<RfmRecord>> m_rfm;
    std::map<QString, ClusterRun> m_clusters;
    std::map<QString, Health> m_health;
    std::map<QString, ChurnAssessment> m_churn;
    CustomerDirectory m_customers;
};

/// The month filter of a revenue view: the request's range, in months.
MonthFilter monthFilterOf(const ReportRequest& request);

} // namespace ul
