// SPDX-License-Identifier: MIT
#include "tables/CohortModel.h"

#include "ChartStyle.h"
#include "revenue/MonthIndex.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace ul {

CohortModel::CohortModel(QObject* parent)
    : CohortModel(ChartTableStyle::forTheme(false), parent)
{}

CohortModel::CohortModel(std::shared_ptr<const TableStyle> style, QObject* parent)
    : QAbstractTableModel(parent)
    , m_style(std::move(style))
{}

void CohortModel::setCohorts(std::vector<Cohort> cohorts, const QString& currency)
{
    beginResetModel();
    m_cohorts = std::move(cohorts);
    m_currency = currency;
    m_columns = 0;
    for (const Cohort& c : m_cohorts)
        m_columns = std::max(m_columns, int(c.customers.size()));
    endResetModel();
}

void CohortModel::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    beginResetModel();
    m_measure = measure;
    endResetModel();
}

void CohortModel::setStyle(std::shared_ptr<const TableStyle> style)
{
    m_style = std::move(style);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

std::optional<std::pair<QString, QString>> CohortModel::cohortAndMonth(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return std::nullopt;
    const Cohort& c = m_cohorts[size_t(index.row())];
    if (size_t(index.column()) >= c.customers.size())
        return std::nullopt;
    return std::pair{monthLabel(c.month), monthLabel(c.month + index.column())};
}

int CohortModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_cohorts.size()); }

int CohortModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_columns; }

std::optional<double> CohortModel::value(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0)
        return std::nullopt;
    const Cohort& c = m_cohorts[size_t(row)];
    if (column >= int(c.customers.size()))
        return std::nullopt;
    if (m_measure == Measure::Customers)
        return c.customerRetention(column);
    return c.revenueRetention(column);
}

QVariant CohortModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const std::optional<double> v = value(index.row(), index.column());
    const Cohort& c = m_cohorts[size_t(index.row())];
    const bool inTriangle = index.column() < int(c.customers.size());
    switch (role) {
    case Qt::DisplayRole: return v ? QVariant(ChartStyle::percent(*v * 100.0)) : QVariant();
    case SortRole: return v ? QVariant(*v) : QVariant();
    case Qt::BackgroundRole: return v ? QVariant(m_style->heat(*v)) : QVariant();
    case Qt::ForegroundRole:
        if (!v)
            return {};
        // Dark text on light cells, light text on saturated ones.
        return QVariant(m_style->textOn(m_style->heat(*v)));
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        if (!inTriangle)
            return {};
        const int k = index.column();
        const QLocale locale;
        const double revenue = fromMicros(c.revenue[size_t(k)]);
        const double startRevenue = fromMicros(c.revenue.front());
        const std::optional<double> rr = c.revenueRetention(k);
        if (!m_usageMetric.isEmpty())
            return tr("Cohort %1, month %2 (%3)\nCustomers active: %4 of %5 (%6)\n%7: %8 (%9 of the first month)")
                .arg(monthLabel(c.month))
                .arg(k)
                .arg(monthLabel(c.month + k))
                .arg(c.customers[size_t(k)])
                .arg(c.size())
                .arg(ChartStyle::percent(c.customerRetention(k) * 100.0))
                .arg(m_usageMetric, locale.toString(revenue, 'g', 12),
                     rr ? ChartStyle::percent(*rr * 100.0) : tr("n/a"));
        return tr("Cohort %1, month %2 (%3)\nCustomers: %4 of %5 (%6)\nRevenue: %7 of %8 %9 (%10)")
            .arg(monthLabel(c.month))
            .arg(k)
            .arg(monthLabel(c.month + k))
            .arg(c.customers[size_t(k)])
            .arg(c.size())
            .arg(ChartStyle::percent(c.customerRetention(k) * 100.0))
            .arg(locale.toString(revenue, 'f', 2), locale.toString(startRevenue, 'f', 2), m_currency,
                 rr ? ChartStyle::percent(*rr * 100.0) : tr("n/a"));
    }
    default: return {};
    }
}

QVariant CohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole) {
        if (orientation == Qt::Horizontal && section >= 0 && section < columnCount())
            return tr("M%1").arg(section);
        if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
            const Cohort& c = m_cohorts[size_t(section)];
            return tr("%1 (%2)").arg(monthLabel(c.month)).arg(c.size());
        }
    }
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section >= 0 && section < columnCount())
        return m_usageMetric.isEmpty() ? tr("%n month(s) since the cohort's first payment", nullptr, section)
                                       : tr("%n month(s) since the cohort's first active month", nullptr, section);
    if (role == Qt::ToolTipRole && orientation == Qt::Vertical && section >= 0 && section < rowCount())
        return (m_usageMetric.isEmpty() ? tr("Customers whose first payment was in %1")
                                        : tr("Customers first active in %1"))
            .arg(monthLabel(m_cohorts[size_t(section)].month));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ul
