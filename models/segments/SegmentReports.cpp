// SPDX-License-Identifier: MIT
#include "segments/SegmentReports.h"

#include "core/StandardColumns.h"

#include <algorithm>
#include <cmath>

namespace ul {

namespace {
ReportCell number(double v)
{
    if (!std::isfinite(v))
        return std::monostate{};
    return v;
}

ReportCell customerCell(qint64 id, const QHash<qint64, QString>& names)
{
    const QString name = names.value(id);
    return name.isEmpty() ? QString::number(id) : name;
}

// The group (a segment or a cluster), then the columns of RfmGroupStats.
Columns groupColumns(const Column& group)
{
    return {group,          cols::customers,       cols::customersPct,  cols::value,
            cols::valuePct, cols::meanRecencyDays, cols::meanFrequency, cols::meanMonetary};
}

void addStats(std::vector<ReportCell>& row, const RfmGroupStats& s)
{
    row.push_back(double(s.customers));
    row.push_back(number(s.customersPct));
    row.push_back(number(s.value));
    row.push_back(number(s.valuePct));
    row.push_back(number(s.meanRecencyDays));
    row.push_back(number(s.meanFrequency));
    row.push_back(number(s.meanMonetary));
}
} // namespace

ReportTable rfmReport(const std::vector<RfmRecord>& records, const std::vector<QString>& segments,
                      const QHash<qint64, QString>& names)
{
    Q_ASSERT(segments.size() == records.size());
    ReportTable t{
        QStringLiteral("rfm"),
        {cols::customer, cols::recencyDays, cols::frequency, cols::monetary, cols::r, cols::f, cols::m, cols::segment},
        {}};
    t.rows.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        const RfmRecord& rec = records[i];
        t.addRow({customerCell(rec.customer, names), double(rec.recencyDays), double(rec.frequency),
                  number(rec.monetary), double(rec.r), double(rec.f), double(rec.m), segments[i]});
    }
    return t;
}

ReportTable segmentsReport(const std::vector<SegmentSummaryRow>& rows)
{
    ReportTable t{QStringLiteral("segments"), groupColumns(cols::segment), {}};
    for (const SegmentSummaryRow& r : rows) {
        std::vector<ReportCell> row{r.segment};
        addStats(row, r.stats);
        t.addRow(std::move(row));
    }
    return t;
}

ReportTable clustersReport(const std::vector<RfmRecord>& records, const std::vector<int>& labels,
                           const QHash<qint64, QString>& names)
{
    Q_ASSERT(labels.size() == records.size());
    ReportTable t{QStringLiteral("clusters"),
                  {cols::customer, cols::cluster, cols::recencyDays, cols::frequency, cols::monetary},
                  {}};
    t.rows.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
        const RfmRecord& rec = records[i];
        t.addRow({customerCell(rec.customer, names), double(labels[i]), double(rec.recencyDays), double(rec.frequency),
                  number(rec.monetary)});
    }
    return t;
}

ReportTable clusterSummaryReport(const std::vector<ClusterSummaryRow>& rows)
{
    ReportTable t{QStringLiteral("cluster-summary"), groupColumns(cols::cluster), {}};
    for (const ClusterSummaryRow& r : rows) {
        std::vector<ReportCell> row{double(r.cluster)};
        addStats(row, r.stats);
        t.addRow(std::move(row));
    }
    return t;
}

ReportTable healthReport(const std::vector<HealthRecord>& records, const QHash<qint64, QString>& names)
{
    ReportTable t{
        QStringLiteral("health"), {cols::customer, cols::previous, cols::current, cols::changePct, cols::status}, {}};
    t.rows.reserve(records.size());
    for (const HealthRecord& rec : records) {
        t.addRow({customerCell(rec.customer, names), number(rec.previous), number(rec.current), number(rec.changePct),
                  healthStatusKey(rec.status)});
    }
    return t;
}

ReportTable atRiskReport(const std::vector<HealthRecord>& records, const QHash<qint64, QString>& names,
                         std::size_t limit)
{
    std::vector<const HealthRecord*> atRisk;
    for (const HealthRecord& rec : records)
        if (rec.status == HealthStatus::AtRisk)
            atRisk.push_back(&rec);
    // The largest accounts first: a big customer halving matters more than a small one vanishing.
    std::stable_sort(atRisk.begin(), atRisk.end(),
                     [](const HealthRecord* a, const HealthRecord* b) { return a->previous > b->previous; });
    const std::size_t all = atRisk.size();
    atRisk.resize(std::min(atRisk.size(), limit));
    ReportTable t{
        QStringLiteral("at-risk"), {cols::customer, cols::previous, cols::current, cols::changePct, cols::trend}, {}};
    t.meta.emplace_back(QStringLiteral("at_risk"), double(all));
    for (const HealthRecord* rec : atRisk) {
        QStringList trend;
        for (double v : rec->trend)
            trend << cellText(ReportCell(v));
        t.addRow({customerCell(rec->customer, names), number(rec->previous), number(rec->current),
                  number(rec->changePct), trend.join(QLatin1Char(' '))});
    }
    return t;
}

ReportTable kmeansKReport(const std::vector<KScore>& scores)
{
    ReportTable t{QStringLiteral("kmeans-k"), {cols::k, cols::inertia, cols::silhouette}, {}};
    for (const KScore& s : scores)
        t.addRow({double(s.k), number(s.inertia), number(s.silhouette)});
    return t;
}

ReportTable kDistanceReport(const std::vector<double>& curve)
{
    ReportTable t{QStringLiteral("k-distance"), {cols::rank, cols::distance}, {}};
    t.rows.reserve(curve.size());
    for (std::size_t i = 0; i < curve.size(); ++i)
        t.addRow({double(i + 1), number(curve[i])});
    return t;
}

} // namespace ul
