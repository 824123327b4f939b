// SPDX-License-Identifier: MIT
#include "import/ImportMapping.h"

#include <QJsonArray>

namespace ul {

QString columnRoleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Customer: return QStringLiteral("customer");
    case ColumnRole::Date: return QStringLiteral("date");
    case ColumnRole::Created: return QStringLiteral("created");
    case ColumnRole::Metric: return QStringLiteral("metric");
    case ColumnRole::Attribute: return QStringLiteral("attribute");
    case ColumnRole::Dimension: return QStringLiteral("dimension");
    case ColumnRole::Distinct: return QStringLiteral("distinct");
    case ColumnRole::Ignore: return QStringLiteral("ignore");
    }
    return {};
}

std::optional<ColumnRole> columnRoleFromName(const QString& name)
{
    for (auto role : {ColumnRole::Customer, ColumnRole::Date, ColumnRole::Created, ColumnRole::Metric,
                      ColumnRole::Distinct, ColumnRole::Dimension, ColumnRole::Attribute, ColumnRole::Ignore}) {
        if (columnRoleName(role) == name.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

int ImportMapping::indexOf(ColumnRole role) const
{
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].role == role)
            return int(i);
    }
    return -1;
}

bool ImportMapping::commaAt(int column) const
{
    return column >= 0 && size_t(column) < columns.size() ? columns[size_t(column)].decimalComma.value_or(decimalComma)
                                                          : decimalComma;
}

std::vector<char> ImportMapping::commaByColumn() const
{
    std::vector<char> out(columns.size());
    for (size_t i = 0; i < columns.size(); ++i)
        out[i] = commaAt(int(i));
    return out;
}

std::vector<int> ImportMapping::indexesOf(ColumnRole role) const
{
    std::vector<int> out;
    for (size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].role == role)
            out.push_back(int(i));
    }
    return out;
}

QString ImportMapping::describe() const
{
    QString out;
    if (billing) {
        const BillingColumns& b = billing->columns;
        const auto header = [&](int column) { return column >= 0 ? columns[size_t(column)].header : QString(); };
        QString amount = b.subtotal >= 0 ? header(b.subtotal)
                                         : QStringLiteral("%1 - %2").arg(header(b.total), header(b.tax));
        if (b.subtotal >= 0 && b.discount >= 0)
            amount += QStringLiteral(" - ") + header(b.discount);
        out += QStringLiteral("  %1: %2 (invoices: MRR of %3 over %4 .. %5 per %6 of %7; %8 in %9)\n")
                   .arg(QStringLiteral("billing"), -10)
                   .arg(billing->name(), amount, header(b.serviceStart), header(b.serviceEnd), header(b.subscription),
                        header(b.customer), header(b.status), header(b.currency));
    }
    for (auto role : {ColumnRole::Customer, ColumnRole::Date, ColumnRole::Created, ColumnRole::Metric,
                      ColumnRole::Distinct, ColumnRole::Dimension, ColumnRole::Attribute, ColumnRole::Ignore}) {
        QStringList names;
        for (const auto& c : columns) {
            if (c.role != role)
                continue;
            QString name = c.header;
            if (c.dateFormat)
                name += QStringLiteral(" (%1%2)").arg(dateFormatName(*c.dateFormat),
                                                      c.dateFormatAmbiguous ? QStringLiteral(", ambiguous: assumed")
                                                                            : QString());
            else if (role == ColumnRole::Metric && c.key != c.header)
                name += QStringLiteral(" [%1]").arg(c.key);
            else if (role == ColumnRole::Distinct)
                name += QStringLiteral(" [%1]").arg(distinctMetricKey(c));
            else if (role == ColumnRole::Dimension && c.key != c.header)
                name += QStringLiteral(" [%1]").arg(c.key);
            names << name;
        }
        out += QStringLiteral("  %1: %2\n")
                   .arg(columnRoleName(role), -10)
                   .arg(names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", ")));
        if (role == ColumnRole::Metric)
            for (const ComputedMetric& c : computed)
                out += QStringLiteral("  %1: %2 [%3] = %4\n")
                           .arg(QStringLiteral("computed"), -10)
                           .arg(c.name, c.key, c.expression);
        if (role == ColumnRole::Metric && indexOf(ColumnRole::Date) >= 0)
            out += QStringLiteral("  %1: %2 [%3], one per row (built in)\n")
                       .arg(QStringLiteral("records"), -10)
                       .arg(QLatin1String(kRecordsMetricName), QLatin1String(kRecordsMetricKey));
    }
    for (const QString& note : allNotes())
        out += QStringLiteral("  note:      %1\n").arg(note);
    return out;
}

QStringList ImportMapping::allNotes() const
{
    QStringList out = source.notes();
    // Columns whose own values chose the other decimal mark than the file's ("7.7" beside "104,40").
    QStringList others;
    for (const ColumnMapping& c : columns)
        if (c.role == ColumnRole::Metric && c.decimalComma && *c.decimalComma != decimalComma)
            others << c.header;
    if (decimalComma)
        out << QStringLiteral("decimal comma (%1): 1,5 is one and a half")
                       .arg(decimalCommaDetected ? QStringLiteral("detected") : QStringLiteral("given"))
                   + (others.isEmpty()
                          ? QString()
                          : QStringLiteral("; decimal point in %1").arg(others.join(QStringLiteral(", "))));
    else if (!others.isEmpty())
        out << QStringLiteral("decimal comma (detected per column) in %1: 1,5 is one and a half")
                   .arg(others.join(QStringLiteral(", ")));
    if (!(dateRange == AcceptedDates::standard()))
        out << QStringLiteral("dates accepted: %1 (given)").arg(dateRange.describe());
    out << notes;
    return out;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonArray array;
    for (const auto& c : columns) {
        QJsonObject o{{QStringLiteral("column"), c.header}, {QStringLiteral("role"), columnRoleName(c.role)}};
        if (c.dateFormat)
            o.insert(QStringLiteral("date_format"), dateFormatName(*c.dateFormat));
        if (c.role == ColumnRole::Metric)
            o.insert(QStringLiteral("key"), c.key);
        if (c.role == ColumnRole::Distinct)
            o.insert(QStringLiteral("key"), distinctMetricKey(c));
        if (c.role == ColumnRole::Dimension)
            o.insert(QStringLiteral("key"), c.key);
        array.append(o);
    }
    QJsonObject out{{QStringLiteral("columns"), array}};
    if (billing)
        out.insert(QStringLiteral("billing"), billing->key());
    QJsonArray computedArray;
    for (const ComputedMetric& c : computed)
        computedArray.append(QJsonObject{{QStringLiteral("name"), c.name},
                                         {QStringLiteral("key"), c.key},
                                         {QStringLiteral("expression"), c.expression}});
    if (!computedArray.isEmpty())
        out.insert(QStringLiteral("computed"), computedArray);
    const QStringList all = allNotes();
    if (!all.isEmpty())
        out.insert(QStringLiteral("notes"), QJsonArray::fromStringList(all));
    return out;
}

QString distinctMetricKey(const ColumnMapping& column) { return QStringLiteral("unique_") + column.key; }

QString distinctMetricName(const ColumnMapping& column) { return QStringLiteral("Unique ") + column.header; }

std::optional<MappingOverride> parseMappingOverride(const QString& text, QString* error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1) {
        *error = QStringLiteral("--map expects ROLE=COLUMN, got '%1'").arg(text);
        return std::nullopt;
    }
    const auto role = columnRoleFromName(text.left(eq));
    if (!role) {
        *error = QStringLiteral(
                     "--map: unknown role '%1' (customer, date, created, metric, distinct, dimension, attribute, "
                     "ignore)")
                     .arg(text.left(eq));
        return std::nullopt;
    }
    return MappingOverride{*role, text.mid(eq + 1)};
}

} // namespace ul
