// SPDX-License-Identifier: MIT
#pragma once

#include "core/Decimal.h"
#include "db/Connection.h"
#include "query/CustomerDirectory.h"
#include "query/UsageQuery.h"
#include "store/FactStore.h"

#include <QString>

#include <optional>
#include <vector>

namespace ul {

struct PeriodTotal {
    Day start = 0;
    QString label;
    double value = 0;
    qint64 activeCustomers = 0;
    std::optional<Decimal> exact; ///< the value as an exact decimal, for exact metrics
    /// The period is covered only in part, by the range or by the metric's data (its first or
    /// last day falls inside the period): only coveredFrom..coveredTo count. A partial period
    /// never drives a change, churn or growth figure.
    bool partial = false;
    Day coveredFrom = 0;
    Day coveredTo = -1;
};

struct RankedCustomer {
    int rank = 0;
    qint64 customerId = 0;
    QString customer;
    double value = 0;
    std::optional<double> sharePct; ///< none for a ratio metric: ratios do not add up to a whole
    std::optional<Decimal> exact;
};

struct HistogramBin {
    double start = 0;
    double end = 0;
    qint64 count = 0;
};

struct UsageKpis {
    double total = 0;
    double previousTotal = 0;
    std::optional<Decimal> exactTotal; ///< exact metrics
    std::optional<Decimal> exactPrevious;
    std::optional<double> changePct; ///< none when the previous span is empty or not wholly covered
    /// The data covers the whole equal-length span before the range (its first day is on or
    /// before that span's): only then is there a change to give.
    bool previousComplete = false;
    qint64 activeCustomers = 0;
    qint64 newCustomers = 0;
    std::optional<double> avgPerActiveCustomer;
    std::optional<double> topCustomerSharePct;
    std::optional<double> topDecileSharePct;
};

/// The usage views of a metric. Each reads facts through `store` (and customer names and creation
/// days from `customers`), on the thread that owns both; results are plain values that can cross threads.
/// Periods: every period intersecting the range is listed, with 0 where nothing happened.
bool totalsView(FactStore& store, const UsageQuery& q, std::vector<PeriodTotal>* out, QString* error);
/// Running total within the range: value = cumulative sum up to and including the period.
std::vector<PeriodTotal> cumulativeFromTotals(const std::vector<PeriodTotal>& totals);
/// Running total of any metric kind: for summed metrics cumulativeFromTotals(totals); distinct
/// counts and ratios are read again (values seen so far; sum so far over sum so far).
bool runningTotalsView(FactStore& store, const UsageQuery& q, const std::vector<PeriodTotal>& totals,
                       std::vector<PeriodTotal>* out, QString* error);
/// Change vs the previous period in percent. Nullopt for the first period, where either period
/// is partial, and where the previous value is not meaningful: below kMeaningfulShare of the
/// median of the complete periods' non-zero magnitudes (a change from almost nothing says nothing).
inline constexpr double kMeaningfulShare = 0.05;
std::vector<std::optional<double>> changeFromTotals(const std::vector<PeriodTotal>& totals);
/// Distribution of the customers' totals over the range: each active customer counts once,
/// whatever the granularity. Linear bins span [min, max]; log bins span [smallest positive, max]
/// on a log10 scale and leave out values <= 0.
bool histogramView(FactStore& store, const UsageQuery& q, std::vector<HistogramBin>* out, QString* error);
std::vector<HistogramBin> makeHistogram(std::vector<double> values, int bins, bool logBins);
/// Customers by total in range, ties broken by id; share of the range total.
bool topView(CustomerDirectory& customers, FactStore& store, const UsageQuery& q, bool newOnly,
             std::vector<RankedCustomer>* out, QString* error);
bool kpisView(CustomerDirectory& customers, FactStore& store, const UsageQuery& q, UsageKpis* out, QString* error);

/// Customers created within `newWithinDays` days before the range end (created column where
/// present, else first usage): created day in (to - newWithinDays, to].
bool isNewCustomer(Day created, const DateRange& range, int newWithinDays);

} // namespace ul
