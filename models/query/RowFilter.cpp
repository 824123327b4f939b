// SPDX-License-Identifier: MIT
#include "query/RowFilter.h"

#include "import/ValueParsing.h"

#include <map>
#include <set>

namespace ul {

namespace {

/// Every slice of a dataset with its value per dimension id (absent: blank).
bool loadSlices(Connection& db, qint64 datasetId, std::map<qint64, std::map<qint64, QString>>* out, QString* error)
{
    Statement all = db.prepare(QStringLiteral("SELECT id FROM slices WHERE dataset_id = ? ORDER BY id"), error);
    Statement values = db.prepare(QStringLiteral("SELECT v.slice_id, v.dimension_id, v.value FROM slice_values v "
                                                 "JOIN slices s ON s.id = v.slice_id WHERE s.dataset_id = ? "
                                                 "ORDER BY v.slice_id, v.dimension_id"),
                                  error);
    if (!all.isValid() || !values.isValid())
        return false;
    all.bind(1, datasetId);
    while (all.step(error))
        (*out)[all.columnInt(0)];
    if (all.failed())
        return false;
    values.bind(1, datasetId);
    while (values.step(error))
        (*out)[values.columnInt(0)][values.columnInt(1)] = values.columnText(2);
    return !values.failed();
}

/// Stored booleans are "true"/"false" (import/RowConverter.cpp); a filter may spell them TRUE or 1.
bool sameValue(const QString& stored, const QString& wanted)
{
    if (stored == wanted)
        return true;
    if (stored != QLatin1String("true") && stored != QLatin1String("false"))
        return false;
    const QByteArray utf8 = wanted.trimmed().toUtf8();
    const std::optional<bool> b = parseBool(std::string_view(utf8.constData(), size_t(utf8.size())), true);
    return b && (*b ? stored == QLatin1String("true") : stored == QLatin1String("false"));
}

/// A column of currency codes (ISO 4217: `eur` is `EUR`): its values match in any case.
bool isCurrencyColumn(const DimensionInfo& d)
{
    for (const char* key :
         {"currency", "currency_code", "invoice_currency_code", "waehrung", "devise", "moneda", "moeda"})
        if (d.key == QLatin1String(key))
            return true;
    return false;
}

QString dimensionList(const DatasetInfo& dataset)
{
    QStringList names;
    for (const DimensionInfo& d : dataset.dimensions)
        names << d.displayName;
    return names.isEmpty() ? QStringLiteral("none; import with --map dimension=COLUMN to keep one")
                           : names.join(QStringLiteral(", "));
}

} // namespace

std::optional<RowCondition> parseRowCondition(const QString& text, QString* error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || (eq == 1 && text.startsWith(QLatin1Char('!')))) {
        *error = QStringLiteral("--where expects COLUMN=VALUE or COLUMN!=VALUE, got '%1'").arg(text);
        return std::nullopt;
    }
    RowCondition c;
    c.exclude = text.at(eq - 1) == QLatin1Char('!');
    c.column = text.left(c.exclude ? eq - 1 : eq).trimmed();
    c.value = text.mid(eq + 1);
    return c;
}

QString rowConditionText(const RowCondition& c)
{
    return c.column + (c.exclude ? QStringLiteral("!=") : QStringLiteral("=")) + c.value;
}

QString describeRowConditions(const std::vector<RowCondition>& where, const DatasetInfo& dataset)
{
    QStringList parts;
    for (const RowCondition& c : where) {
        const DimensionInfo* d = findDimension(dataset, c.column);
        const QString name = d ? d->displayName : c.column;
        const QString value = c.value.isEmpty() ? QStringLiteral("(blank)") : c.value;
        parts << (c.exclude ? QStringLiteral("%1 is not %2") : QStringLiteral("%1 is %2")).arg(name, value);
    }
    return parts.join(QStringLiteral(", "));
}

const DimensionInfo* findDimension(const DatasetInfo& dataset, const QString& column)
{
    for (const DimensionInfo& d : dataset.dimensions)
        if (d.displayName == column)
            return &d;
    for (const DimensionInfo& d : dataset.dimensions)
        if (d.key == column || d.displayName.compare(column, Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

bool matchingSlices(Connection& db, const DatasetInfo& dataset, const std::vector<RowCondition>& where,
                    std::vector<qint64>* slices, QString* error)
{
    // Per dimension: the values kept (empty: any) and the values left out.
    std::map<qint64, std::pair<QStringList, QStringList>> tests;
    std::set<qint64> caseless;
    for (const RowCondition& c : where) {
        const DimensionInfo* d = findDimension(dataset, c.column);
        if (!d) {
            *error = QStringLiteral("--where %1: dataset '%2' keeps no column '%3' per row (per-row columns: %4)")
                         .arg(rowConditionText(c), dataset.name, c.column, dimensionList(dataset));
            return false;
        }
        auto& [keep, leave] = tests[d->id];
        (c.exclude ? leave : keep) << c.value;
        if (isCurrencyColumn(*d))
            caseless.insert(d->id);
    }
    std::map<qint64, std::map<qint64, QString>> all;
    if (!loadSlices(db, dataset.id, &all, error))
        return false;
    slices->clear();
    for (const auto& [slice, values] : all) {
        bool pass = true;
        for (const auto& [dimension, test] : tests) {
            const auto it = values.find(dimension);
            const QString value = it == values.end() ? QString() : it->second;
            const bool anyCase = caseless.count(dimension) > 0;
            const auto matches = [&](const QStringList& list) {
                for (const QString& v : list)
                    if (sameValue(value, v) || (anyCase && value.compare(v, Qt::CaseInsensitive) == 0))
                        return true;
                return false;
            };
            pass = pass && (test.first.isEmpty() || matches(test.first)) && !matches(test.second);
        }
        if (pass)
            slices->push_back(slice);
    }
    return true;
}

bool dimensionValues(Connection& db, const DatasetInfo& dataset, const DimensionInfo& dimension,
                     std::vector<DimensionValue>* out, QString* error)
{
    std::map<qint64, std::map<qint64, QString>> all;
    if (!loadSlices(db, dataset.id, &all, error))
        return false;
    std::map<QString, std::vector<qint64>> byValue;
    for (const auto& [slice, values] : all) {
        const auto it = values.find(dimension.id);
        byValue[it == values.end() ? QString() : it->second].push_back(slice);
    }
    out->clear();
    for (auto& [value, ids] : byValue)
        out->push_back({value, std::move(ids)});
    return true;
}

} // namespace ul
