// SPDX-License-Identifier: MIT
#include "cli/RequestOptions.h"

#include "core/Day.h"
#include "forecast/ForecastPeriods.h"

namespace ul {

void RequestOptions::add(QCommandLineParser& parser, const Limits& limits)
{
    const QString g = granularityKey(limits.defaultGranularity);
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("Dataset name."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("metric"), QStringLiteral("Metric key or original header."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First day, inclusive (default: first day with data)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last day, inclusive (default: last day with data)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("granularity"),
                      QStringLiteral("day, week, month, quarter or year (default %1).").arg(g), QStringLiteral("G"),
                      g});
    parser.addOption({QStringLiteral("top"), QStringLiteral("Ranking size (default 10)."), QStringLiteral("N"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("new-within"), QStringLiteral("New customer window in days (default 90)."),
                      QStringLiteral("DAYS"), QStringLiteral("90")});
    parser.addOption(
        {QStringLiteral("customer"), QStringLiteral("Restrict to one customer id."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("period"),
                      QStringLiteral("contributors: the period to explain (2022-10, 2022-Q4, 2022, or a day or week "
                                     "start; default: the last whole period)."),
                      QStringLiteral("LABEL")});
    parser.addOption({QStringLiteral("cohort"),
                      QStringLiteral("contributors: only the customers whose first active month is this one "
                                     "(2022-10), as a cell of a cohort table."),
                      QStringLiteral("MONTH")});
    parser.addOption({QStringLiteral("where"),
                      QStringLiteral("Only rows with COL=VALUE (or not: COL!=VALUE) in a column kept per row; "
                                     "repeatable (one column repeated: any of the values)."),
                      QStringLiteral("COL=VALUE")});
    parser.addOption({QStringLiteral("by"), QStringLiteral("totals: split by the values of a column kept per row."),
                      QStringLiteral("COL")});
    parser.addOption({QStringLiteral("compare"),
                      QStringLiteral("totals: add the compared periods, 'previous' (as many periods right before), "
                                     "'last-year' (52 weeks or 12 months earlier) or another metric of the dataset."),
                      QStringLiteral("WITH")});
    parser.addOption({QStringLiteral("customer-key"),
                      QStringLiteral("Count sub-accounts as the customer named by this attribute (a mapping file "
                                     "imported as customer attributes)."),
                      QStringLiteral("ATTRIBUTE")});
    parser.addOption({QStringLiteral("bins"), QStringLiteral("Histogram bins (default 24)."), QStringLiteral("N"),
                      QStringLiteral("24")});
    parser.addOption({QStringLiteral("log"), QStringLiteral("Logarithmic histogram bins (the default).")});
    parser.addOption({QStringLiteral("linear"), QStringLiteral("Linear histogram bins instead of logarithmic ones.")});
    parser.addOption({QStringLiteral("first-period-new"),
                      QStringLiteral("Count the customers of the data's first period (first month of revenue) as "
                                     "new instead of as the base the data starts with.")});
    parser.addOption({QStringLiteral("spend"),
                      QStringLiteral("Monthly acquisition spend (revenue views, default 4000)."),
                      QStringLiteral("AMOUNT")});
    parser.addOption({QStringLiteral("margin-pct"), QStringLiteral("Gross margin in percent (default 100)."),
                      QStringLiteral("PCT")});
    parser.addOption({QStringLiteral("billing-months"), QStringLiteral("Months one invoice covers (default 1)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("currency"),
                      QStringLiteral("Revenue views: only the invoices in this currency (data in several currencies "
                                     "needs it or --fx); on data without currencies, the money's name (default EUR)."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("fx"),
                      QStringLiteral("Revenue views: convert every currency with these rates first (a CSV: a header "
                                     "row, then currency,rate lines such as usd,0.92; the reporting currency at 1)."),
                      QStringLiteral("RATES.csv")});
    parser.addOption({QStringLiteral("method"), QStringLiteral("Clustering: kmeans (default) or dbscan."),
                      QStringLiteral("METHOD"), QStringLiteral("kmeans")});
    parser.addOption({QStringLiteral("k"), QStringLiteral("k-means clusters, or auto (default)."), QStringLiteral("N"),
                      QStringLiteral("auto")});
    parser.addOption({QStringLiteral("eps"), QStringLiteral("DBSCAN radius in standardised units (default 0.5)."),
                      QStringLiteral("E"), QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("min-points"), QStringLiteral("DBSCAN minimum points (default 5)."),
                      QStringLiteral("P"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("periods"), QStringLiteral("Health: periods per window (default 3)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("horizon"),
                      QStringLiteral("Forecasts: periods ahead, 1 to 366 days, 104 weeks, 60 months, 20 quarters or "
                                     "10 years (default 30, 13, 12, 4, 3)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("as-of"),
                      QStringLiteral("Churn risk: the last day the model sees (default: --to, else the data's last "
                                     "day)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("within"),
                      QStringLiteral("Churn risk: churn is no activity in the next DAYS days, 7 to 365 (default 60)."),
                      QStringLiteral("DAYS")});
    parser.addOption({QStringLiteral("threshold-pct"),
                      QStringLiteral("Health: change that counts as at risk / expanding (default 30)."),
                      QStringLiteral("X")});
}

bool RequestOptions::read(const QCommandLineParser& parser, const Limits& limits, ReportRequest* out, QString* error)
{
    ReportRequest r;
    r.dataset = parser.value(QStringLiteral("dataset"));
    r.metric = parser.value(QStringLiteral("metric"));
    r.customer = parser.value(QStringLiteral("customer"));
    r.period = parser.value(QStringLiteral("period")).trimmed();
    r.cohort = parser.value(QStringLiteral("cohort")).trimmed();
    for (const QString& text : parser.values(QStringLiteral("where"))) {
        const std::optional<RowCondition> c = parseRowCondition(text, error);
        if (!c)
            return false;
        r.where.push_back(*c);
    }
    r.by = parser.value(QStringLiteral("by"));
    r.compare = Comparison::parse(parser.value(QStringLiteral("compare")));
    if (!r.by.isEmpty() && r.compare.kind != Comparison::Kind::None) {
        *error = QStringLiteral("--by and --compare exclude each other (a split total has no single comparison)");
        return false;
    }
    r.customerKey = parser.value(QStringLiteral("customer-key"));
    if (parser.isSet(QStringLiteral("log")) && parser.isSet(QStringLiteral("linear"))) {
        *error = QStringLiteral("--log and --linear exclude each other");
        return false;
    }
    r.logBins = !parser.isSet(QStringLiteral("linear"));
    r.firstPeriodIsNew = parser.isSet(QStringLiteral("first-period-new"));
    r.revenue.firstMonthIsNew = r.firstPeriodIsNew;
    const auto granularity = granularityFromKey(parser.value(QStringLiteral("granularity")));
    if (!granularity) {
        *error = QStringLiteral("unknown granularity '%1' (day, week, month, quarter, year)")
                     .arg(parser.value(QStringLiteral("granularity")));
        return false;
    }
    r.granularity = *granularity;
    bool okTop = false, okNew = false, okBins = false;
    r.top = parser.value(QStringLiteral("top")).toInt(&okTop);
    r.newWithinDays = parser.value(QStringLiteral("new-within")).toInt(&okNew);
    r.bins = parser.value(QStringLiteral("bins")).toInt(&okBins);
    if (!okNew || r.newWithinDays < 1 || !okBins || r.bins < 1 || !okTop || r.top < 1) {
        *error = QStringLiteral("--top, --new-within and --bins take positive whole numbers");
        return false;
    }
    if (r.top > limits.maxTop) {
        *error = QStringLiteral("--top takes a whole number from 1 to %1").arg(limits.maxTop);
        return false;
    }
    for (const auto& [name, target] :
         {std::pair{QStringLiteral("from"), &r.from}, std::pair{QStringLiteral("to"), &r.to}}) {
        if (!parser.isSet(name))
            continue;
        *target = parseIsoDate(parser.value(name));
        if (!*target) {
            *error = QStringLiteral("--%1 expects a date YYYY-MM-DD, got '%2'").arg(name, parser.value(name));
            return false;
        }
    }
    if (r.from && r.to && *r.to < *r.from) {
        *error = QStringLiteral("--to is before --from");
        return false;
    }
    if (r.from && r.to) {
        if (const QString tooMany = checkPeriodCount(DateRange{*r.from, *r.to}, r.granularity); !tooMany.isEmpty()) {
            *error = tooMany;
            return false;
        }
    }

    bool ok = true;
    if (parser.isSet(QStringLiteral("spend")))
        r.revenue.monthlyAcquisitionSpend = parser.value(QStringLiteral("spend")).toDouble(&ok);
    if (ok && parser.isSet(QStringLiteral("margin-pct")))
        r.revenue.grossMarginPct = parser.value(QStringLiteral("margin-pct")).toDouble(&ok);
    if (ok && parser.isSet(QStringLiteral("billing-months")))
        r.revenue.billingPeriodMonths = parser.value(QStringLiteral("billing-months")).toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("--spend, --margin-pct and --billing-months take numbers");
        return false;
    }
    if (parser.isSet(QStringLiteral("currency")) && parser.isSet(QStringLiteral("fx"))) {
        *error = QStringLiteral("--currency and --fx exclude each other (one currency, or all converted)");
        return false;
    }
    if (parser.isSet(QStringLiteral("currency"))) {
        r.currency = parser.value(QStringLiteral("currency")).trimmed();
        if (r.currency.isEmpty()) {
            *error = QStringLiteral("--currency takes a currency code such as EUR");
            return false;
        }
        r.revenue.currency = r.currency.toUpper();
    }
    if (parser.isSet(QStringLiteral("fx"))) {
        r.fx = readFxRates(parser.value(QStringLiteral("fx")), error);
        if (!r.fx)
            return false;
        r.revenue.currency = r.fx->reportingCurrency.toUpper();
    }

    bool okP = true, okT = true;
    if (parser.isSet(QStringLiteral("periods")))
        r.health.periods = parser.value(QStringLiteral("periods")).toInt(&okP);
    if (parser.isSet(QStringLiteral("threshold-pct")))
        r.health.thresholdPct = parser.value(QStringLiteral("threshold-pct")).toDouble(&okT);
    if (!okP || !okT || r.health.periods < 1) {
        *error = QStringLiteral("--periods takes a positive whole number and --threshold-pct a number");
        return false;
    }

    if (parser.isSet(QStringLiteral("horizon"))) {
        bool okH = false;
        r.horizon = parser.value(QStringLiteral("horizon")).toInt(&okH);
        const int maxHorizon = maxForecastHorizon(r.granularity);
        if (!okH || r.horizon < 1 || r.horizon > maxHorizon) {
            *error = QStringLiteral("--horizon takes a whole number from 1 to %1 at --granularity %2")
                         .arg(maxHorizon)
                         .arg(granularityKey(r.granularity));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("as-of"))) {
        r.churn.asOf = parseIsoDate(parser.value(QStringLiteral("as-of")));
        if (!r.churn.asOf) {
            *error = QStringLiteral("--as-of expects a date YYYY-MM-DD, got '%1'")
                         .arg(parser.value(QStringLiteral("as-of")));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("within"))) {
        bool okW = false;
        r.churn.withinDays = parser.value(QStringLiteral("within")).toInt(&okW);
        if (!okW || r.churn.withinDays < kMinChurnWithin || r.churn.withinDays > kMaxChurnWithin) {
            *error = QStringLiteral("--within takes a whole number of days from %1 to %2")
                         .arg(kMinChurnWithin)
                         .arg(kMaxChurnWithin);
            return false;
        }
    }

    bool okE = true, okM = true;
    r.cluster.eps = parser.value(QStringLiteral("eps")).toDouble(&okE);
    r.cluster.minPoints = parser.value(QStringLiteral("min-points")).toInt(&okM);
    if (!okE || !okM || r.cluster.eps <= 0 || r.cluster.minPoints < 1) {
        *error = QStringLiteral("--eps takes a positive number and --min-points a positive whole number");
        return false;
    }
    const QString method = parser.value(QStringLiteral("method"));
    if (method == QLatin1String("dbscan")) {
        r.cluster.method = ClusterParams::Method::Dbscan;
    } else if (method == QLatin1String("kmeans")) {
        const QString k = parser.value(QStringLiteral("k"));
        bool okK = true;
        r.cluster.k = k == QLatin1String("auto") ? 0 : k.toInt(&okK);
        if (!okK || r.cluster.k < 0 || r.cluster.k == 1) {
            *error = QStringLiteral("--k takes a whole number of at least 2, or auto");
            return false;
        }
    } else {
        *error = QStringLiteral("--method must be kmeans or dbscan");
        return false;
    }
    *out = r;
    return true;
}

} // namespace ul
