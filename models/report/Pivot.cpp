// SPDX-License-Identifier: MIT
#include "report/Pivot.h"

#include "query/RowFilter.h"
#include "store/CustomerSubsetFactStore.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace ul {

namespace {

/// How a metric's values read: ratios are floating, whatever their parts are.
std::optional<Precision> valuePrecision(FactStore& store, qint64 metric, QString* error)
{
    const std::optional<MetricKind> kind = store.metricKind(metric, error);
    if (!kind)
        return std::nullopt;
    return kind->kind == MetricKind::Ratio ? std::optional<Precision>(Precision{false, 0})
                                           : store.precision(metric, error);
}

ReportCell cellOf(const Precision& p, RawValue raw)
{
    if (p.exact)
        return ReportCell(Decimal{raw, p.scale});
    const double v = doubleFromRaw(raw);
    return std::isfinite(v) ? ReportCell(v) : ReportCell();
}

double numberOf(const Precision& p, RawValue raw)
{
    const double v = rawToDouble(p, raw);
    return std::isfinite(v) ? v : 0.0;
}

/// a − b in the metric's representation (exact decimals stay exact).
RawValue subtractRaw(const Precision& p, RawValue a, RawValue b)
{
    return p.exact ? a - b : rawFromDouble(doubleFromRaw(a) - doubleFromRaw(b));
}

/// One row: a label, a cell per period (missing where nothing happened), the range total.
struct PivotRow {
    QString label;
    std::vector<ReportCell> cells;
    ReportCell total;
    double order = 0;
};

/// The totals per period and over the range of whatever `store` holds, as one row.
bool rowOf(FactStore& store, qint64 metric, const Precision& p, const UsageQuery& q, const QString& label,
           PivotRow* out, QString* error)
{
    std::vector<PeriodAggregate> periods;
    PeriodAggregate whole;
    bool defined = true;
    if (!store.periodTotals(metric, q.granularity, q.range, std::nullopt, &periods, error)
        || !store.rangeTotal(metric, q.range, std::nullopt, &whole, &defined, error))
        return false;
    out->label = label;
    out->cells.clear();
    for (const PeriodAggregate& a : periods)
        out->cells.push_back(a.active > 0 ? cellOf(p, a.value) : ReportCell());
    out->total = defined && whole.active > 0 ? cellOf(p, whole.value) : ReportCell();
    out->order = defined ? numberOf(p, whole.value) : 0;
    return true;
}

} // namespace

bool pivotTable(ReportContext& context, const MetricInfo& metric, const ReportRequest& request, ReportTable* out,
                ReportError* error)
{
    UsageQuery q;
    if (!context.usageQuery(metric, request, &q, error))
        return false;
    FactStore& store = context.store();
    QString message;
    const std::optional<Precision> p = valuePrecision(store, metric.id, &message);
    const auto fail = [&] {
        *error = ReportError::runtime(message);
        return false;
    };
    if (!p)
        return fail();
    std::vector<PeriodAggregate> frame; // the periods, their labels and partial flags
    if (!store.periodTotals(metric.id, q.granularity, q.range, std::nullopt, &frame, &message))
        return fail();
    const bool byCustomer = request.pivotRows.isEmpty() || request.pivotRows == QLatin1String("customer");
    const size_t keep = request.top > 0 ? size_t(request.top) : std::numeric_limits<size_t>::max();
    std::vector<PivotRow> rows;
    std::optional<PivotRow> other;
    QString kind = QStringLiteral("customer");

    if (byCustomer) {
        std::vector<CustomerTotal> totals;
        if (!store.customerTotals(metric.id, q.range, std::nullopt, &totals, &message))
            return fail();
        const QHash<qint64, QString>& names = context.customerNames();
        // Largest total first; equal totals by id, so the order never depends on storage. Only
        // the shown rows need an order: a partial sort, with each total converted once.
        struct Ranked {
            double value;
            const CustomerTotal* total;
        };
        std::vector<Ranked> order;
        order.reserve(totals.size());
        for (const CustomerTotal& t : totals)
            order.push_back({numberOf(*p, t.value), &t});
        const auto before = [&](const Ranked& a, const Ranked& b) {
            return a.value != b.value ? a.value > b.value
                                      : names.value(a.total->customer) < names.value(b.total->customer);
        };
        const size_t shownCount = std::min(order.size(), keep);
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(shownCount), order.end(), before);
        std::map<quint32, size_t> rowOfCustomer;
        std::unordered_set<quint32> shown;
        for (size_t i = 0; i < shownCount; ++i) {
            rowOfCustomer[order[i].total->customer] = rows.size();
            shown.insert(order[i].total->customer);
            rows.push_back({names.value(order[i].total->customer, QString::number(order[i].total->customer)),
                            std::vector<ReportCell>(frame.size()), cellOf(*p, order[i].total->value), order[i].value});
        }
        std::map<Day, size_t> column;
        for (size_t i = 0; i < frame.size(); ++i)
            column[frame[i].start] = i;
        // The shown customers' periods in one pass over the store (not one pass per customer).
        std::vector<CustomerPeriod> cells;
        CustomerSubsetFactStore onlyShown(store, shown, CustomerSubsetFactStore::Mode::Only);
        if (!onlyShown.customerPeriods(metric.id, q.granularity, q.range, std::nullopt, &cells, &message))
            return fail();
        for (const CustomerPeriod& c : cells) {
            const auto r = rowOfCustomer.find(c.customer);
            const auto k = column.find(c.period);
            if (r != rowOfCustomer.end() && k != column.end() && c.rows > 0)
                rows[r->second].cells[k->second] = cellOf(*p, c.value);
        }
        if (order.size() > keep) {
            other.emplace();
            const std::optional<MetricKind> kindOf = store.metricKind(metric.id, &message);
            if (!kindOf)
                return fail();
            if (kindOf->kind == MetricKind::Sum && p->exact) {
                // Exact sums: the others are the total less the shown rows, exactly, without
                // reading every other customer's periods (floating sums are added up instead:
                // a difference could leave rounding dust where the others hold nothing).
                PeriodAggregate whole;
                bool defined = true;
                if (!store.rangeTotal(metric.id, q.range, std::nullopt, &whole, &defined, &message))
                    return fail();
                std::vector<RawValue> shownValue(frame.size(), zeroRaw(*p));
                std::vector<qint64> shownActive(frame.size(), 0);
                for (const CustomerPeriod& c : cells) {
                    const auto k = column.find(c.period);
                    if (k == column.end() || c.rows <= 0)
                        continue;
                    addRaw(*p, shownValue[k->second], c.value);
                    ++shownActive[k->second];
                }
                other->label = QStringLiteral("Other");
                for (size_t k = 0; k < frame.size(); ++k) {
                    other->cells.push_back(frame[k].active > shownActive[k]
                                               ? cellOf(*p, subtractRaw(*p, frame[k].value, shownValue[k]))
                                               : ReportCell());
                }
                RawValue rest = whole.value;
                for (size_t i = 0; i < shownCount; ++i)
                    rest = subtractRaw(*p, rest, order[i].total->value);
                other->total = cellOf(*p, rest);
            } else {
                CustomerSubsetFactStore rest(store, std::move(shown));
                if (!rowOf(rest, metric.id, *p, q, QStringLiteral("Other"), &*other, &message))
                    return fail();
            }
        }
    } else {
        const DatasetInfo* dataset = context.dataset(metric.dataset, error);
        if (!dataset)
            return false;
        const DimensionInfo* dimension = findDimension(*dataset, request.pivotRows);
        if (!dimension) {
            QStringList names{QStringLiteral("customer")};
            for (const DimensionInfo& d : dataset->dimensions)
                names << d.key;
            *error = ReportError::usage(
                QStringLiteral("--rows %1: dataset '%2' keeps no such column per row (rows: %3)")
                    .arg(request.pivotRows, dataset->name, names.join(QStringLiteral(", "))));
            return false;
        }
        kind = dimension->key;
        std::vector<DimensionValue> values;
        if (!dimensionValues(context.db(), *dataset, *dimension, &values, &message))
            return fail();
        std::vector<std::pair<PivotRow, std::vector<qint64>>> all;
        for (const DimensionValue& v : values) {
            context.setRowFilter(request.where, v.slices);
            PivotRow row;
            if (!rowOf(context.store(), metric.id, *p, q, v.value, &row, &message)) {
                context.setRowFilter(request.where);
                return fail();
            }
            if (!std::holds_alternative<std::monostate>(row.total))
                all.emplace_back(std::move(row), v.slices);
        }
        std::stable_sort(all.begin(), all.end(),
                         [](const auto& a, const auto& b) { return a.first.order > b.first.order; });
        std::vector<qint64> restSlices;
        for (size_t i = 0; i < all.size(); ++i) {
            if (i < keep)
                rows.push_back(std::move(all[i].first));
            else
                restSlices.insert(restSlices.end(), all[i].second.begin(), all[i].second.end());
        }
        if (all.size() > keep) {
            context.setRowFilter(request.where, restSlices);
            other.emplace();
            const bool ok = rowOf(context.store(), metric.id, *p, q, QStringLiteral("Other"), &*other, &message);
            context.setRowFilter(request.where);
            if (!ok)
                return fail();
        }
        context.setRowFilter(request.where);
    }
    PivotRow total;
    if (!rowOf(context.store(), metric.id, *p, q, QStringLiteral("Total"), &total, &message))
        return fail();

    // Typed columns: the row names, then the metric's values per period and over the range.
    const auto amount = [](const QString& key) {
        Column c(key);
        c.kind = ColumnKind::Amount;
        return c;
    };
    Column rowName(kind);
    rowName.kind = ColumnKind::Id;
    out->columns = {rowName};
    QStringList partial;
    // Cut by the range, or by where the metric's data starts or ends.
    // context.store(), not `store`: a row filter set above rebuilt the context's store.
    const std::optional<DateRange> data = context.store().dataRange(metric.id, &message);
    for (const PeriodAggregate& a : frame) {
        const QString label = periodLabel(a.start, q.granularity);
        out->columns << amount(label);
        const Day end = nextPeriodStart(a.start, q.granularity) - 1;
        if (a.partial || (data && (a.start < data->from || end > data->to)))
            partial << label;
    }
    out->columns << amount(QStringLiteral("total"));
    if (other)
        rows.push_back(std::move(*other));
    rows.push_back(std::move(total));
    for (PivotRow& r : rows) {
        std::vector<ReportCell> line{r.label};
        line.insert(line.end(), r.cells.begin(), r.cells.end());
        line.push_back(r.total);
        out->addRow(std::move(line));
    }
    out->setMeta(QStringLiteral("partial_periods"), partial.join(QLatin1Char(' ')));
    return true;
}

} // namespace ul
