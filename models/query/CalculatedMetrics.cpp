// SPDX-License-Identifier: MIT
#include "query/CalculatedMetrics.h"

#include "import/MetricKey.h"
#include "query/DatasetCatalog.h"

namespace ul {

bool parseRatio(const QString& text, QString* numerator, QString* denominator, QString* error)
{
    const QStringList sides = text.split(QLatin1Char('/'));
    if (sides.size() != 2 || sides[0].trimmed().isEmpty() || sides[1].trimmed().isEmpty()) {
        *error = QStringLiteral("--ratio expects NUMERATOR/DENOMINATOR (two metric keys), got '%1'").arg(text);
        return false;
    }
    *numerator = sides[0].trimmed();
    *denominator = sides[1].trimmed();
    return true;
}

bool addRatioMetric(Connection& db, const RatioDefinition& ratio, QString* error)
{
    const std::optional<DatasetInfo> dataset = findDataset(db, ratio.dataset, error);
    if (!dataset)
        return false;
    const QString key = metricKeyFromHeader(ratio.key);
    if (key.isEmpty()) {
        *error = QStringLiteral("'%1' gives no metric key (it needs a letter or digit)").arg(ratio.key);
        return false;
    }
    for (const MetricInfo& m : dataset->metrics) {
        if (m.key == key) {
            *error = QStringLiteral("dataset '%1' already has a metric '%2'").arg(dataset->name, key);
            return false;
        }
    }
    std::vector<DatasetInfo> only{*dataset};
    const auto numerator = findMetricIn(only, ratio.numerator, dataset->name, error);
    const auto denominator = numerator ? findMetricIn(only, ratio.denominator, dataset->name, error) : std::nullopt;
    if (!denominator)
        return false;
    for (const MetricInfo* side : {&*numerator, &*denominator}) {
        if (side->kind == QLatin1String("ratio")) {
            *error = QStringLiteral("'%1' is itself a ratio; a ratio divides summed or distinct-count metrics")
                         .arg(side->key);
            return false;
        }
    }
    const QString name = ratio.displayName.trimmed().isEmpty()
                             ? QStringLiteral("%1 per %2").arg(numerator->displayName, denominator->displayName)
                             : ratio.displayName.trimmed();
    Statement insert = db.prepare(QStringLiteral("INSERT INTO metrics(dataset_id, key, display_name, scale, kind, "
                                                 "formula) VALUES(?, ?, ?, -1, 'ratio', ?)"),
                                  error);
    if (!insert.isValid())
        return false;
    insert.bind(1, dataset->id).bind(2, key).bind(3, name);
    insert.bind(4, numerator->key + QLatin1Char('/') + denominator->key);
    return insert.run(error);
}

bool removeCalculatedMetric(Connection& db, const QString& dataset, const QString& key, QString* error)
{
    const auto metric = findMetric(db, key, dataset, error);
    if (!metric)
        return false;
    if (metric->kind != QLatin1String("ratio")) {
        *error = QStringLiteral("'%1' was imported, not calculated; forget its import to remove it (usagelens "
                                "forget-import)")
                     .arg(metric->key);
        return false;
    }
    Statement st = db.prepare(QStringLiteral("DELETE FROM metrics WHERE id = ?"), error);
    if (!st.isValid())
        return false;
    st.bind(1, metric->id);
    return st.run(error);
}

} // namespace ul
