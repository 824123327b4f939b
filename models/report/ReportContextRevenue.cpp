// SPDX-License-Identifier: MIT
// ReportContext's revenue: which dataset a revenue view reads, which of its invoices the request
// keeps (row filter, customer, currency) and the analysis of them.
#include "report/ReportContext.h"

#include "query/ActivityLoader.h"
#include "query/FilteredFactStore.h"
#include "query/RollupFactStore.h"
#include "query/RowFilter.h"
#include "report/BillingRevenue.h"

#include <set>

namespace ul {

namespace {

QString whereKey(const std::vector<RowCondition>& where)
{
    QStringList parts;
    for (const RowCondition& c : where)
        parts << rowConditionText(c);
    return parts.join(QChar(0x1e));
}

QString settingsKey(const RevenueSettings& s)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(s.billingPeriodMonths)
        .arg(s.monthlyAcquisitionSpend, 0, 'g', 17)
        .arg(s.grossMarginPct, 0, 'g', 17)
        .arg(s.currency)
        .arg(s.firstMonthIsNew);
}

/// The per-row column of a dataset that names the currency of a row, if it keeps one.
const DimensionInfo* currencyDimension(const DatasetInfo& dataset)
{
    for (const DimensionInfo& d : dataset.dimensions)
        for (const char* key : {"currency", "currency_code", "waehrung", "devise", "moneda", "moeda"})
            if (d.key == QLatin1String(key) || d.key == QString::fromUtf8("währung"))
                return &d;
    return nullptr;
}

} // namespace

const DatasetInfo* ReportContext::revenueDataset(const ReportRequest& request, const QString& view, ReportError* error)
{
    if (!request.dataset.isEmpty())
        return dataset(request.dataset, error);
    ReportError listing;
    const std::vector<DatasetInfo>& all = datasets(&listing);
    if (!listing.message.isEmpty()) {
        *error = listing;
        return nullptr;
    }
    // Without --dataset: the workspace's one dataset of invoices.
    std::vector<const DatasetInfo*> invoices;
    QStringList names;
    for (const DatasetInfo& d : all)
        if (d.billing || namedAmountMetric(d)) {
            invoices.push_back(&d);
            names << d.name;
        }
    if (invoices.size() == 1)
        return invoices.front();
    if (invoices.empty() && all.size() == 1)
        return &all.front();
    *error = ReportError::usage(
        names.isEmpty() ? QStringLiteral("--dataset NAME is required for the '%1' view").arg(view)
                        : QStringLiteral("--dataset NAME is required for the '%1' view (datasets of invoices: %2)")
                              .arg(view, names.join(QStringLiteral(", "))));
    return nullptr;
}

bool ReportContext::requestedCustomer(const QString& externalId, std::optional<qint64>* out, ReportError* error)
{
    out->reset();
    if (externalId.isEmpty())
        return true;
    // Rolled up, a customer may be an owner that is no stored customer.
    if (m_rollup)
        if (const std::optional<quint32> owner = m_rollup->ownerByName(externalId))
            *out = qint64(*owner);
    if (!*out)
        *out = customerIdByExternal(m_db, externalId);
    if (!*out) {
        *error = ReportError::runtime(QStringLiteral("no customer '%1' in this workspace").arg(externalId));
        return false;
    }
    return true;
}

const std::vector<StoredInvoice>* ReportContext::billingInvoices(const DatasetInfo& dataset,
                                                                 const ReportRequest& request, ReportError* error)
{
    std::optional<qint64> customer;
    if (!requestedCustomer(request.customer, &customer, error))
        return nullptr;
    const QString key = QStringLiteral("%1|%2|%3|%4")
                            .arg(dataset.id)
                            .arg(whereKey(m_where), request.customer, m_rollup ? m_rollup->attribute() : QString());
    if (auto it = m_billingKept.find(key); it != m_billingKept.end())
        return &it->second;
    auto stored = m_billingRows.find(dataset.id);
    if (stored == m_billingRows.end()) {
        std::vector<StoredInvoice> rows;
        QString message;
        if (dataset.billing && !loadBillingInvoices(m_db, dataset.id, &rows, &message)) {
            *error = ReportError::runtime(message);
            return nullptr;
        }
        stored = m_billingRows.emplace(dataset.id, std::move(rows)).first;
    }
    // The row filter keeps the invoices of the slices it keeps, as it does the facts.
    std::optional<std::set<qint64>> slices;
    if (!m_where.empty()) {
        std::vector<qint64> kept;
        QString message;
        if (!matchingSlices(m_db, dataset, m_where, &kept, &message)) {
            *error = ReportError::runtime(message);
            return nullptr;
        }
        slices.emplace(kept.begin(), kept.end());
    }
    std::vector<StoredInvoice> out;
    for (const StoredInvoice& r : stored->second) {
        if (slices && (!r.slice || !slices->count(*r.slice)))
            continue;
        StoredInvoice kept = r;
        if (m_rollup)
            kept.customer = qint64(m_rollup->ownerOf(quint32(r.customer)));
        if (customer && kept.customer != *customer)
            continue;
        out.push_back(std::move(kept));
    }
    return &m_billingKept.emplace(key, std::move(out)).first->second;
}

bool ReportContext::metricInvoices(const DatasetInfo& dataset, const ReportRequest& request,
                                   std::optional<qint64> customer, std::vector<Invoice>* out, QString* label,
                                   ReportError* error)
{
    out->clear();
    QString message;
    const std::optional<MetricInfo> amount = ul::amountMetric(m_db, dataset.name, request.metric, &message);
    if (!amount) {
        *error = ReportError::runtime(message);
        return false;
    }
    // A per-row currency column splits the invoices by currency; without one the money has the
    // currency the settings name.
    std::vector<DimensionValue> values;
    const DimensionInfo* currencyColumn = currencyDimension(dataset);
    if (currencyColumn && !dimensionValues(m_db, dataset, *currencyColumn, &values, &message)) {
        *error = ReportError::runtime(message);
        return false;
    }
    QStringList currencies;
    for (const DimensionValue& v : values)
        if (!v.value.isEmpty() && !currencies.contains(v.value.toLower()))
            currencies << v.value.toLower();
    currencies.sort();
    CurrencyChoice choice;
    if (!currencies.isEmpty() && !chooseCurrency(currencies, request, &choice, error))
        return false;
    *label = choice.label;
    const auto keep = [&](FactStore& store, double rate) {
        std::vector<ActivityRow> rows;
        if (!loadActivity(store, amount->id, std::nullopt, &rows, &message)) {
            *error = ReportError::runtime(message);
            return false;
        }
        for (const ActivityRow& r : rows)
            if (!customer || r.customer == *customer)
                out->push_back({r.customer, r.day, r.value * rate, r.events});
        return true;
    };
    if (currencies.size() <= 1 && !choice.fx)
        return keep(*m_store, 1.0);
    // One currency at a time: the rows of that value of the column (and of the row filter).
    for (const DimensionValue& v : values) {
        const QString currency = v.value.toLower();
        if (v.value.isEmpty() || (!choice.fx && currency != choice.currency))
            continue;
        std::vector<RowCondition> where = m_where;
        where.push_back({currencyColumn->key, v.value, false});
        FilteredFactStore filtered(*m_backend, m_db, m_datasets.value_or(std::vector<DatasetInfo>()), where);
        std::optional<RollupFactStore> rolled;
        if (m_rollup)
            rolled.emplace(filtered, *m_rollup);
        FactStore& store = rolled ? static_cast<FactStore&>(*rolled) : static_cast<FactStore&>(filtered);
        if (!keep(store, choice.fx ? choice.fx->rate(currency).value_or(0.0) : 1.0))
            return false;
    }
    return true;
}

const RevenueAnalysis* ReportContext::revenueFor(const ReportRequest& request, const QString& view, ReportError* error)
{
    const DatasetInfo* d = revenueDataset(request, view, error);
    if (!d)
        return nullptr;
    std::optional<qint64> customer;
    if (!requestedCustomer(request.customer, &customer, error))
        return nullptr;
    const QString scope = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                              .arg(d->id)
                              .arg(whereKey(m_where), request.customer, m_rollup ? m_rollup->attribute() : QString(),
                                   request.currency.toLower(), request.fx ? request.fx->signature() : QString(),
                                   request.metric, settingsKey(request.revenue));
    const QString key = QStringLiteral("for|") + scope;
    if (auto it = m_revenue.find(key); it != m_revenue.end())
        return &it->second;
    RevenueAnalysis analysis;
    if (d->billing) {
        const std::vector<StoredInvoice>* rows = billingInvoices(*d, request, error);
        if (!rows)
            return nullptr;
        CurrencyChoice choice;
        if (!chooseCurrency(countedCurrencies(*rows), request, &choice, error))
            return nullptr;
        analysis = analyzeBillingRevenue(*rows, choice, exportSpan(m_billingRows[d->id]), numericAttributes(m_db),
                                         request.revenue);
    } else {
        std::vector<Invoice> invoices;
        QString label;
        if (!metricInvoices(*d, request, customer, &invoices, &label, error))
            return nullptr;
        RevenueSettings settings = request.revenue;
        if (!label.isEmpty())
            settings.currency = label;
        analysis = analyzeRevenue(invoices, numericAttributes(m_db), settings);
    }
    return &m_revenue.emplace(key, std::move(analysis)).first->second;
}

} // namespace ul
