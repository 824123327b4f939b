// SPDX-License-Identifier: MIT
#include "tables/RankingTableModel.h"

#include "ChartStyle.h"
#include "report/ColumnFormat.h"

#include <QColor>
#include <QCoreApplication>

#include <cmath>

namespace ul {

RankingTableModel::RankingTableModel(QObject* parent)
    : ReportTableModel(parent)
{
    using F = Format;
    setColumns({{QStringLiteral("rank"), tr("#"), F::Count},
                {QStringLiteral("customer"), columnTitle(QStringLiteral("customer")), F::Text},
                {QStringLiteral("value"), columnTitle(QStringLiteral("value")), F::Number},
                {QStringLiteral("share_pct"), columnTitle(QStringLiteral("share_pct")), F::Percent},
                {QStringLiteral("cumulative_share_pct"), tr("Cumulative"), F::Percent},
                {QStringLiteral("previous"), tr("Previous span"), F::Number},
                {QStringLiteral("change_pct"), columnTitle(QStringLiteral("change_pct")), F::Percent},
                {QStringLiteral("rank_change"), tr("Rank move"), F::Text},
                {QStringLiteral("trend"), columnTitle(QStringLiteral("trend")), F::Text}});
}

void RankingTableModel::setRanking(ReportTable ranking, bool previousKnown, bool dark)
{
    m_previousKnown = previousKnown;
    m_dark = dark;
    setTable(std::move(ranking));
}

std::vector<double> RankingTableModel::trendOf(const QModelIndex& index) const
{
    std::vector<double> values;
    const ReportCell* c = cell(index);
    if (!c)
        return values;
    for (const QString& part : cellText(*c).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        values.push_back(part.toDouble());
    return values;
}

QVariant RankingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QString key = columnKey(index.column());
    const ReportCell* c = cell(index);
    const std::optional<double> number = c ? cellNumber(*c) : std::nullopt;
    if (role == CustomerRole) {
        const ReportCell* customer = cell(this->index(index.row(), 1));
        return customer ? cellText(*customer) : QString();
    }
    if (key == QLatin1String("trend")) {
        const std::vector<double> values = trendOf(index);
        switch (role) {
        case TrendRole: return QVariant::fromValue(QList<double>(values.begin(), values.end()));
        case SortRole: return values.empty() ? QVariant() : QVariant(values.back() - values.front());
        case Qt::DisplayRole: return QString();
        default: return {};
        }
    }
    if (key == QLatin1String("rank_change")) {
        switch (role) {
        case Qt::DisplayRole:
            if (!number)
                return m_previousKnown ? tr("new") : QStringLiteral("–");
            if (*number == 0)
                return QStringLiteral("=");
            return QStringLiteral("%1 %2")
                .arg(*number > 0 ? QStringLiteral("▲") : QStringLiteral("▼"))
                .arg(std::abs(*number));
        case Qt::ForegroundRole:
            if (number && *number > 0)
                return ChartStyle::upColor(m_dark);
            if (number && *number < 0)
                return ChartStyle::downColor(m_dark);
            return {};
        case SortRole: return number ? *number : (m_previousKnown ? 1e9 : 0.0); // new customers: the largest climb
        case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if (!number)
                return m_previousKnown ? tr("No value in the span before the range")
                                       : tr("The data does not cover "
                                            "the span before the range");
            return {};
        default: return {};
        }
    }
    if (key == QLatin1String("change_pct") && role == Qt::ForegroundRole && number) {
        const QColor color = ChartStyle::changeColor(*number, m_dark);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    return ReportTableModel::data(index, role);
}

} // namespace ul
