// SPDX-License-Identifier: MIT
#pragma once

#include "segments/SegmentRules.h"

#include <QAbstractTableModel>

#include <vector>

namespace ul {

/// The editable RFM rule table (first matching row names the segment). Every edit is checked
/// with validateSegmentRules(): an edit that would make the table invalid is refused and
/// rejected() carries the reason. rulesChanged() fires after each accepted change. GUI thread only.
class SegmentRuleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, RMin, RMax, FMin, FMax, MMin, MMax, ColumnCount };

    explicit SegmentRuleModel(QObject* parent = nullptr);
    const std::vector<SegmentRule>& rules() const { return m_rules; }
    void setRules(std::vector<SegmentRule> rules);
    void resetToDefaults() { setRules(defaultSegmentRules()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// New rows match everything (1-5 on every score) and are named "New segment".
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

signals:
    void rulesChanged();
    void rejected(const QString& reason);

private:
    std::vector<SegmentRule> m_rules;
};

} // namespace ul
