// SPDX-License-Identifier: MIT
#pragma once

#include "revenue/Invoice.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace ul {

/// The Revenue tab's side panel: acquisition spend, currency, gross margin and billing period,
/// plus a note on how invoices become MRR. GUI thread only. settingsChanged() fires when the
/// user finishes changing a value (not on setSettings()).
class RevenueSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RevenueSettingsPanel(QWidget* parent = nullptr);
    void setSettings(const RevenueSettings& settings);
    RevenueSettings settings() const;

signals:
    void settingsChanged(const RevenueSettings& settings);

private:
    void commit();

    QDoubleSpinBox* m_spend = nullptr;
    QLineEdit* m_currency = nullptr;
    QDoubleSpinBox* m_margin = nullptr;
    QSpinBox* m_billing = nullptr;
    QCheckBox* m_firstMonthNew = nullptr;
    RevenueSettings m_last;
};

} // namespace ul
