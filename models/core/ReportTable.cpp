// SPDX-License-Identifier: MIT
#include "core/ReportTable.h"

#include "core/NumberFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ul {

namespace {
QString csvField(const QString& text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

} // namespace

std::optional<double> cellNumber(const ReportCell& cell)
{
    if (const auto* d = std::get_if<double>(&cell))
        return *d;
    if (const auto* x = std::get_if<Decimal>(&cell))
        return x->toDouble();
    return std::nullopt;
}

QString cellText(const ReportCell& cell)
{
    if (const auto* d = std::get_if<double>(&cell))
        return shortestNumber(*d);
    if (const auto* x = std::get_if<Decimal>(&cell))
        return x->toString();
    if (const auto* s = std::get_if<QString>(&cell))
        return *s;
    return QString();
}

std::optional<double> ReportTable::number(size_t row, const QString& column) const
{
    const int c = columnIndex(column);
    if (c < 0 || row >= rows.size() || size_t(c) >= rows[row].size())
        return std::nullopt;
    return cellNumber(rows[row][size_t(c)]);
}

QString ReportTable::text(size_t row, const QString& column) const
{
    const int c = columnIndex(column);
    if (c < 0 || row >= rows.size() || size_t(c) >= rows[row].size())
        return QString();
    return cellText(rows[row][size_t(c)]);
}

ReportCell ReportTable::cell(size_t row, const Column& column) const
{
    const int c = columnIndex(column);
    if (c < 0 || row >= rows.size() || size_t(c) >= rows[row].size())
        return {};
    return rows[row][size_t(c)];
}

void ReportTable::addFigure(const Column& figure, ReportCell value)
{
    figures.push_back(figure);
    rows.push_back({figure.key, std::move(value)});
}

int ReportTable::figureRow(const Column& figure) const
{
    for (size_t r = 0; r < rows.size(); ++r)
        if (!rows[r].empty() && cellText(rows[r][0]) == figure.key)
            return int(r);
    return -1;
}

std::optional<double> ReportTable::figureNumber(const Column& figure) const
{
    const int r = figureRow(figure);
    return r >= 0 && rows[size_t(r)].size() > 1 ? cellNumber(rows[size_t(r)][1]) : std::nullopt;
}

QString ReportTable::figureText(const Column& figure) const
{
    const int r = figureRow(figure);
    return r >= 0 && rows[size_t(r)].size() > 1 ? cellText(rows[size_t(r)][1]) : QString();
}

const Column* ReportTable::figure(const QString& key) const
{
    for (const Column& f : figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

std::vector<std::optional<double>> ReportTable::numbers(const QString& column) const
{
    std::vector<std::optional<double>> out;
    out.reserve(rows.size());
    for (size_t r = 0; r < rows.size(); ++r)
        out.push_back(number(r, column));
    return out;
}

QStringList ReportTable::texts(const QString& column) const
{
    QStringList out;
    for (size_t r = 0; r < rows.size(); ++r)
        out << text(r, column);
    return out;
}

QString ReportTable::metaText(const QString& key) const
{
    for (const auto& [k, v] : meta)
        if (k == key)
            return cellText(v);
    return QString();
}

void ReportTable::setMeta(const QString& key, ReportCell value)
{
    for (auto& [k, v] : meta)
        if (k == key) {
            v = std::move(value);
            return;
        }
    meta.emplace_back(key, std::move(value));
}

QString toCsv(const ReportTable& table)
{
    QString out;
    QStringList fields;
    for (const Column& c : table.columns)
        fields << csvField(c.key);
    out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const auto& row : table.rows) {
        fields.clear();
        for (const auto& cell : row)
            fields << csvField(cellText(cell));
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

namespace {

/// A JSON string literal (quotes and escapes).
QString jsonString(const QString& text)
{
    const QJsonDocument doc(QJsonArray{text});
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

/// A cell as a JSON value: numbers in shortest round-trip form (QJsonValue would reformat
/// them), null for missing cells and for what is not a finite number.
QString jsonValue(const ReportCell& cell)
{
    if (const auto* d = std::get_if<double>(&cell)) {
        const QString s = shortestNumber(*d);
        return (s.isEmpty() || s.contains(QLatin1String("inf")) || s.contains(QLatin1String("nan")))
                   ? QStringLiteral("null")
                   : s;
    }
    if (const auto* x = std::get_if<Decimal>(&cell))
        return x->toString();
    if (const auto* s = std::get_if<QString>(&cell))
        return jsonString(*s);
    return QStringLiteral("null");
}

} // namespace

QString toJson(const ReportTable& table)
{
    // Built by hand so numbers keep their shortest round-trip form.
    const bool wrapped = !table.meta.empty();
    QString out;
    if (wrapped) {
        out = QStringLiteral("{");
        for (const auto& [key, value] : table.meta)
            out += jsonString(key) + QStringLiteral(": ") + jsonValue(value) + QStringLiteral(",\n ");
        out += QStringLiteral("\"rows\": ");
    }
    out += QStringLiteral("[");
    for (size_t r = 0; r < table.rows.size(); ++r) {
        out += r ? QStringLiteral(",\n {") : QStringLiteral("\n {");
        const auto& row = table.rows[r];
        for (int c = 0; c < table.columns.size(); ++c) {
            if (c)
                out += QStringLiteral(", ");
            out += jsonString(table.columns[c].key) + QStringLiteral(": ");
            out += jsonValue(size_t(c) < row.size() ? row[size_t(c)] : ReportCell{});
        }
        out += QLatin1Char('}');
    }
    out += table.rows.empty() ? QStringLiteral("]") : QStringLiteral("\n]");
    out += wrapped ? QStringLiteral("}\n") : QStringLiteral("\n");
    return out;
}

} // namespace ul
