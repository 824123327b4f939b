// SPDX-License-Identifier: MIT
#include "report/ReportContext.h"

#include "db/TestPause.h"
#include "query/ActivityLoader.h"
#include "query/FilteredFactStore.h"
#include "query/RollupFactStore.h"
#include "report/ClusterInputs.h"
#include "report/DatasetTabs.h"
#include "revenue/MonthIndex.h"
#include "segments/SegmentInputs.h"
#include "store/CachingFactStore.h"
#include "store/ChunkFactStore.h"

namespace ul {

namespace {

QString rangeKey(const DateRange& r) { return QStringLiteral("%1..%2").arg(r.from).arg(r.to); }

} // namespace

ReportContext::ReportContext(Connection& db)
    : m_db(db)
    , m_snapshot(db)
    , m_backend(std::make_unique<ChunkFactStore>(db))
    , m_store(std::make_unique<CachingFactStore>(*m_backend))
    , m_customers(db)
{}

ReportContext::~ReportContext() = default;

void ReportContext::setRowFilter(const std::vector<RowCondition>& where,
                                 const std::optional<std::vector<qint64>>& within)
{
    if (where == m_where && within == m_within)
        return;
    m_where = where;
    m_within = within;
    rebuildStore();
}

bool ReportContext::setCustomerKey(const QString& attribute, ReportError* error)
{
    if (attribute == (m_rollup ? m_rollup->attribute() : QString()))
        return true;
    m_rollup.reset();
    if (!attribute.isEmpty()) {
        QString message;
        m_rollup = CustomerRollup::load(m_db, attribute, &message);
        if (!m_rollup) {
            *error = ReportError::runtime(message);
            rebuildStore();
            return false;
        }
    }
    m_customers.setRollup(m_rollup ? &*m_rollup : nullptr);
    rebuildStore();
    return true;
}

void ReportContext::rebuildStore()
{
    m_store.reset();
    m_rolledUp.reset();
    m_filtered.reset();
    FactStore* base = m_backend.get();
    if (!m_where.empty() || m_within) {
        ReportError ignored; // a listing failure shows again in the views
        m_filtered = std::make_unique<FilteredFactStore>(*base, m_db, datasets(&ignored), m_where, m_within);
        base = m_filtered.get();
    }
    if (m_rollup) {
        m_rolledUp = std::make_unique<RollupFactStore>(*base, *m_rollup);
        base = m_rolledUp.get();
    }
    m_store = std::make_unique<CachingFactStore>(*base);
    m_totals.clear();
    m_revenue.clear();
    m_billingKept.clear();
    m_rfm.clear();
    m_clusters.clear();
    m_health.clear();
    m_churn.clear();
}

const std::vector<DatasetInfo>& ReportContext::datasets(ReportError* error)
{
    if (!m_datasets) {
        QString message;
        m_datasets = listDatasets(m_db, &message);
        if (!message.isEmpty()) {
            *error = ReportError::runtime(message);
            m_datasets.reset();
            static const std::vector<DatasetInfo> none;
            return none;
        }
        // Tests commit a writer here, between the catalog and the facts (tst_read_snapshot).
        testPausePoint();
    }
    return *m_datasets;
}

const DatasetInfo* ReportContext::dataset(const QString& name, ReportError* error)
{
    ReportError listing;
    const std::vector<DatasetInfo>& all = datasets(&listing);
    if (!listing.message.isEmpty()) {
        *error = listing;
        return nullptr;
    }
    const QString wanted = name.isEmpty() ? defaultDatasetName(all) : name;
    for (const DatasetInfo& d : all)
        if (d.name == wanted)
            return &d;
    *error = ReportError::runtime(name.isEmpty() ? QStringLiteral("the workspace has no datasets")
                                                 : QStringLiteral("no dataset '%1'").arg(name));
    return nullptr;
}

std::optional<MetricInfo> ReportContext::requestedMetric(const ReportRequest& request, const QString& view,
                                                         ReportError* error)
{
    if (request.metric.isEmpty()) {
        *error = ReportError::usage(QStringLiteral("--metric KEY is required for the '%1' view").arg(view));
        return std::nullopt;
    }
    QString message;
    ReportError failure;
    const std::vector<DatasetInfo>& all = datasets(&failure);
    if (!failure.message.isEmpty()) {
        *error = failure;
        return std::nullopt;
    }
    auto metric = findMetricIn(all, request.metric, request.dataset, &message);
    if (!metric)
        *error = ReportError::runtime(message);
    return metric;
}

std::optional<MetricInfo> ReportContext::segmentMetric(const ReportRequest& request, const QString& view,
                                                       ReportError* error)
{
    if (request.dataset.isEmpty() && request.metric.isEmpty()) {
        *error = ReportError::usage(
            QStringLiteral("--dataset NAME (and --metric KEY for usage data) is required for the '%1' view").arg(view));
        return std::nullopt;
    }
    QString message;
    std::optional<MetricInfo> metric;
    if (!request.metric.isEmpty()) {
        ReportError failure;
        const std::vector<DatasetInfo>& all = datasets(&failure);
        if (!failure.message.isEmpty()) {
            *error = failure;
            return std::nullopt;
        }
        metric = findMetricIn(all, request.metric, request.dataset, &message);
    } else if (const DatasetInfo* d = dataset(request.dataset, error)) {
        metric = defaultValueMetric(*d);
        if (!metric)
            message = QStringLiteral("dataset '%1' has no metrics").arg(d->name);
    } else {
        return std::nullopt;
    }
    if (!metric)
        *error = ReportError::runtime(message);
    return metric;
}

std::optional<MetricInfo> ReportContext::valueMetric(const ReportRequest& request, ReportError* error)
{
    if (!request.metric.isEmpty())
        return requestedMetric(request, QString(), error);
    const DatasetInfo* d = dataset(request.dataset, error);
    if (!d)
        return std::nullopt;
    std::optional<MetricInfo> metric = defaultValueMetric(*d);
    if (!metric)
        *error = ReportError::runtime(QStringLiteral("dataset '%1' has no metrics").arg(d->name));
    return metric;
}

DateRange ReportContext::effectiveRange(const MetricInfo& metric, const ReportRequest& request)
{
    QString ignored;
    const auto data = metricDataRange(m_db, metric.id, &ignored);
    return DateRange{request.from.value_or(data ? data->from : 0), request.to.value_or(data ? data->to : -1)};
}

Day ReportContext::lastCompleteDay(const MetricInfo& metric, const DateRange& range, Granularity g)
{
    QString ignored;
    const auto data = metricDataRange(m_db, metric.id, &ignored);
    const Day from = data ? std::max(range.from, data->from) : range.from;
    const Day to = data ? std::min(range.to, data->to) : range.to;
    if (nextPeriodStart(periodStart(to, g), g) - 1 == to)
        return to;
    const Day previousEnd = periodStart(to, g) - 1;
    return previousEnd >= periodStart(from, g) && previousEnd >= from ? previousEnd : to;
}

bool ReportContext::usageQuery(const MetricInfo& metric, const ReportRequest& request, UsageQuery* out,
                               ReportError* error)
{
    UsageQuery q;
    q.metricId = metric.id;
    q.datasetId = metric.datasetId;
    q.granularity = request.granularity;
    q.top = request.top;
    q.newWithinDays = request.newWithinDays;
    q.firstPeriodIsNew = request.firstPeriodIsNew;
    q.bins = request.bins;
    q.logBins = request.logBins;
    q.range = effectiveRange(metric, request);
    // Refused before anything is computed: a day granularity over centuries is millions of rows.
    if (const QString tooMany = checkPeriodCount(q.range, q.granularity); !tooMany.isEmpty()) {
        *error = ReportError::usage(tooMany);
        return false;
    }
    if (!request.customer.isEmpty()) {
        // Rolled up, a customer may be an owner that is no stored customer.
        if (m_rollup)
            if (const std::optional<quint32> owner = m_rollup->ownerByName(request.customer))
                q.customer = qint64(*owner);
        if (!q.customer)
            q.customer = customerIdByExternal(m_db, request.customer);
        if (!q.customer) {
            *error = ReportError::runtime(QStringLiteral("no customer '%1' in this workspace").arg(request.customer));
            return false;
        }
    }
    *out = q;
    return true;
}

const std::vector<PeriodTotal>* ReportContext::totals(const UsageQuery& q, ReportError* error)
{
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(q.metricId)
                            .arg(rangeKey(q.range), granularityKey(q.granularity))
                            .arg(q.customer ? *q.customer : -1);
    if (auto it = m_totals.find(key); it != m_totals.end())
        return &it->second;
    std::vector<PeriodTotal> totals;
    QString message;
    if (!totalsView(*m_store, q, &totals, &message)) {
        *error = ReportError::runtime(message);
        return nullptr;
    }
    return &m_totals.emplace(key, std::move(totals)).first->second;
}

const std::vector<RfmRecord>* ReportContext::rfm(const MetricInfo& metric, const DateRange& range, ReportError* error,
                                                 const TotalBounds& bounds)
{
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(metric.id)
                            .arg(rangeKey(range))
                            .arg(bounds.min ? QString::number(*bounds.min, 'g', 17) : QString(),
                                 bounds.max ? QString::number(*bounds.max, 'g', 17) : QString());
    if (auto it = m_rfm.find(key); it != m_rfm.end())
        return &it->second;
    if (bounds.isSet()) {
        const std::vector<RfmRecord>* all = rfm(metric, range, error);
        return all ? &m_rfm.emplace(key, recordsWithin(*all, bounds)).first->second : nullptr;
    }
    const DatasetInfo* d = dataset(metric.dataset, error);
    if (!d)
        return nullptr;
    std::vector<RfmRecord> records;
    QString message;
    if (!loadRfmRecords(*m_store, metric.id, range, frequencyModeFor(*d, metric.id), &records, &message)) {
        *error = ReportError::runtime(message);
        return nullptr;
    }
    return &m_rfm.emplace(key, std::move(records)).first->second;
}

const ClusterRun* ReportContext::clusters(const MetricInfo& metric, const DateRange& range, const ClusterParams& p,
                                          ReportError* error, Granularity g)
{
    const bool chosen = !p.features.isEmpty();
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                            .arg(metric.id)
                            .arg(rangeKey(range))
                            .arg(int(p.method))
                            .arg(p.k)
                            .arg(p.eps, 0, 'g', 17)
                            .arg(p.minPoints)
                            .arg(chosen ? p.features.join(QLatin1Char(',')) + QLatin1Char('/')
                                              + QString::number(int(p.scale)) + QLatin1Char('/') + granularityKey(g)
                                        : QString())
                            .arg(p.bounds.min ? QString::number(*p.bounds.min, 'g', 17) : QString(),
                                 p.bounds.max ? QString::number(*p.bounds.max, 'g', 17) : QString());
    if (auto it = m_clusters.find(key); it != m_clusters.end())
        return &it->second;
    const std::vector<RfmRecord>* records = rfm(metric, range, error, p.bounds);
    if (!records)
        return nullptr;
    if (!chosen)
        return &m_clusters.emplace(key, ClusterRun::compute(*records, p)).first->second;
    FeatureColumns raw;
    if (!clusterFeatureColumns(*this, metric, range, g, *records, p.features, &raw, error))
        return nullptr;
    return &m_clusters.emplace(key, ClusterRun::compute(*records, raw, p)).first->second;
}

const ReportContext::Health* ReportContext::health(const MetricInfo& metric, Day last, Granularity g,
                                                   const HealthOptions& options, ReportError* error)
{
    const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(metric.id)
                            .arg(last)
                            .arg(granularityKey(g))
                            .arg(options.periods)
                            .arg(options.thresholdPct, 0, 'g', 17);
    if (auto it = m_health.find(key); it != m_health.end())
        return &it->second;
    Health h;
    h.window = HealthWindow::ending(last, g, options.periods);
    std::vector<CustomerPeriod> periods;
    QString message;
    const std::optional<Precision> p = m_store->precision(metric.id, &message);
    if (!p
        || !m_store->customerPeriods(metric.id, g, DateRange{h.window.first(), h.window.end}, std::nullopt, &periods,
                                     &message)) {
        *error = ReportError::runtime(message);
        return nullptr;
    }
    const std::optional<MetricKind> kind = m_store->metricKind(metric.id, &message);
    if (!kind) {
        *error = ReportError::runtime(message);
        return nullptr;
    }
    // Distinct counts and ratios of a window are not the sums of its periods: read each window whole.
    std::optional<std::unordered_map<qint64, std::pair<double, double>>> windows;
    if (kind->kind != MetricKind::Sum && h.window.starts.size() >= 2) {
        const Day split = h.window.starts[h.window.starts.size() / 2];
        std::vector<CustomerTotal> before, after;
        if (!m_store->customerTotals(metric.id, DateRange{h.window.first(), split - 1}, std::nullopt, &before, &message)
            || !m_store->customerTotals(metric.id, DateRange{split, h.window.end}, std::nullopt, &after, &message)) {
            *error = ReportError::runtime(message);
            return nullptr;
        }
        windows.emplace();
        for (const CustomerTotal& t : before)
            (*windows)[t.customer].first = rawToDouble(*p, t.value);
        for (const CustomerTotal& t : after)
            (*windows)[t.customer].second = rawToDouble(*p, t.value);
    }
    h.records = assessHealth(
        h.window.seriesOf(periods, [&](const CustomerPeriod& c) { return rawToDouble(*p, c.value); }), options,
        windows ? &*windows : nullptr);
    return &m_health.emplace(key, std::move(h)).first->second;
}

const ChurnAssessment* ReportContext::churn(const MetricInfo& metric, const ChurnQuestion& question, ReportError* error)
{
    const QString key = QStringLiteral("%1|%2|%3").arg(metric.id).arg(question.asOf).arg(question.within);
    if (auto it = m_churn.find(key); it != m_churn.end())
        return &it->second;
    ChurnQuestion both = question;
    both.scores = both.accuracy = true;
    ChurnAssessment a;
    QString message;
    if (!assessChurn(*m_store, metric.id, both, &a, &message)) {
        *error = ReportError::runtime(message);
        return nullptr;
    }
    return &m_churn.emplace(key, std::move(a)).first->second;
}

MonthFilter monthFilterOf(const ReportRequest& request)
{
    MonthFilter filter;
    if (request.from)
        filter.from = monthOfDay(*request.from);
    if (request.to)
        filter.to = monthOfDay(*request.to);
    return filter;
}

} // namespace ul
