// SPDX-License-Identifier: MIT
#include "tables/RankingTableModel.h"

#include "ChartStyle.h"
#include "core/StandardColumns.h"

#include <QColor>
#include <QCoreApplication>

#include <cmath>

namespace ul {

RankingTableModel::RankingTableModel(QObject* parent)
    : ReportTableModel(parent)
{
    setColumns({shown(cols::rank, tr("#")), shown(cols::customer), shown(cols::value), shown(cols::sharePct),
                shown(cols::cumulativeSharePct, tr("Cumulative")), shown(cols::previous, tr("Previous span")),
                shown(cols::changePct), shown(cols::rankChange, tr("Rank move")), shown(cols::trend)});
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
    if (key == cols::trend.key) {
        const std::vector<double> values = trendOf(index);
        switch (role) {
        case TrendRole: return QVariant::fromValue(QList<double>(values.begin(), values.end()));
        case SortRole: return values.empty() ? QVariant() : QVariant(values.back() - values.front());
        case Qt::DisplayRole: return QString();
        default: return {};
        }
    }
    if (key == cols::rankChange.key) {
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
    if (key == cols::changePct.key && role == Qt::ForegroundRole && number) {
        const QColor color = ChartStyle::changeColor(*number, m_dark);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    return ReportTableModel::data(index, role);
}

} // namespace ul
