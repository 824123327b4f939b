// SPDX-License-Identifier: MIT
#include "cli/RequestOptions.h"

#include "core/Day.h"
#include "forecast/ForecastPeriods.h"
#include "segments/ClusterFeatures.h"

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
    parser.addOption({QStringLiteral("rows"),
                      QStringLiteral("pivot: rows are customers (default) or the values of a column kept per row."),
                      QStringLiteral("customer|COL")});
    parser.addOption(
        {QStringLiteral("of"),
         QStringLiteral("distribution: of each customer's total (default) or of each whole period's total."),
         QStringLiteral("customers|periods")});
    parser.addOption(
        {QStringLiteral("min-total"),
         QStringLiteral("distribution, segments, clusters: only customers whose total over the range is at "
                        "least X."),
         QStringLiteral("X")});
    parser.addOption(
        {QStringLiteral("max-total"),
         QStringLiteral("distribution, segments, clusters: only customers whose total over the range is at "
                        "most X."),
         QStringLiteral("X")});
    parser.addOption({QStringLiteral("cohort-by"),
                      QStringLiteral("customers by activity, cohorts: group customers by their first active month "
                                     "(first-active, default) or by the month their account was created (created)."),
                      QStringLiteral("first-active|created")});
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
    parser.addOption(
        {QStringLiteral("features"),
         QStringLiteral("Clustering: what is clustered, a comma list of total, frequency, recency, tenure, "
                        "avg_per_period, trend and metric keys (default: recency, log frequency, log "
                        "monetary)."),
         QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("scale"),
                      QStringLiteral("Clustering on chosen features: none, standard (z-scores, default) or log."),
                      QStringLiteral("none|standard|log")});
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

namespace {

/// The most features one clustering takes: more only dilutes every distance.
constexpr int kMaxClusterFeatures = 16;

/// --features and --scale. --scale without --features clusters recency, frequency and total
/// scaled as asked.
bool parseFeatureChoice(const QCommandLineParser& parser, ClusterParams* params, QString* error)
{
    const bool scaleSet = parser.isSet(QStringLiteral("scale"));
    if (scaleSet) {
        const QString scale = parser.value(QStringLiteral("scale")).trimmed();
        if (scale == QLatin1String("none"))
            params->scale = FeatureScale::None;
        else if (scale == QLatin1String("standard"))
            params->scale = FeatureScale::Standard;
        else if (scale == QLatin1String("log"))
            params->scale = FeatureScale::Log;
        else {
            *error = QStringLiteral("--scale must be none, standard or log, got '%1'").arg(scale);
            return false;
        }
    }
    if (!parser.isSet(QStringLiteral("features"))) {
        if (scaleSet)
            params->features = {QStringLiteral("recency"), QStringLiteral("frequency"), QStringLiteral("total")};
        return true;
    }
    QStringList names;
    for (const QString& part : parser.value(QStringLiteral("features")).split(QLatin1Char(','))) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        if (names.contains(name)) {
            *error = QStringLiteral("--features names '%1' twice").arg(name);
            return false;
        }
        names << name;
    }
    if (names.isEmpty() || names.size() > kMaxClusterFeatures) {
        *error = QStringLiteral("--features takes 1 to %1 comma-separated names (%2, or metric keys)")
                     .arg(kMaxClusterFeatures)
                     .arg(builtinFeatureNames().join(QStringLiteral(", ")));
        return false;
    }
    params->features = names;
    return true;
}

} // namespace

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
    r.pivotRows = parser.value(QStringLiteral("rows")).trimmed();
    if (parser.isSet(QStringLiteral("of"))) {
        const QString of = parser.value(QStringLiteral("of")).trimmed();
        if (of != QLatin1String("customers") && of != QLatin1String("periods")) {
            *error = QStringLiteral("--of must be customers or periods, got '%1'").arg(of);
            return false;
        }
        r.distributionOfPeriods = of == QLatin1String("periods");
    }
    for (const auto& [name, target] :
         {std::pair{QStringLiteral("min-total"), &r.minTotal}, std::pair{QStringLiteral("max-total"), &r.maxTotal}})
        if (parser.isSet(name))
            *target = parser.value(name).toDouble(); // a finite number: checked by OptionLimits
    if (r.minTotal && r.maxTotal && *r.maxTotal < *r.minTotal) {
        *error = QStringLiteral("--max-total is below --min-total");
        return false;
    }
    if (parser.isSet(QStringLiteral("cohort-by"))) {
        const QString by = parser.value(QStringLiteral("cohort-by")).trimmed();
        if (by != QLatin1String("created") && by != QLatin1String("first-active")) {
            *error = QStringLiteral("--cohort-by must be first-active or created, got '%1'").arg(by);
            return false;
        }
        r.cohortByCreated = by == QLatin1String("created");
    }
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
    // --top 0 is every row, for the pivot view (ViewRegistry refuses it elsewhere).
    if (!okNew || r.newWithinDays < 1 || !okBins || r.bins < 1 || !okTop || r.top < 0) {
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
    if (!parseFeatureChoice(parser, &r.cluster, error))
        return false;
    *out = r;
    return true;
}

} // namespace ul
