// SPDX-License-Identifier: MIT
#pragma once

#include "tables/ReportTableModel.h"

namespace ul {

/// The `ranking` view as the Ranking page shows it: rank moves as arrows ("▲ 3", "▼ 2", "new"
/// for a customer without a value in the previous span), and the trend as the list of values
/// TrendRole hands to SparklineDelegate. SortRole stays numeric (a new entry sorts above every
/// climb; a trend by its last value minus its first). GUI thread only.
class RankingTableModel : public ReportTableModel {
    Q_OBJECT
public:
    static constexpr int TrendRole = Qt::UserRole + 2;
    static constexpr int CustomerRole = Qt::UserRole + 3; ///< external id of the row

    explicit RankingTableModel(QObject* parent = nullptr);
    /// The ranking; `previousKnown`: the data covers the span before the range, so a missing
    /// previous rank means "new" rather than "unknown".
    void setRanking(ReportTable ranking, bool previousKnown, bool dark);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<double> trendOf(const QModelIndex& index) const;

    bool m_previousKnown = false;
    bool m_dark = false;
};

} // namespace ul
