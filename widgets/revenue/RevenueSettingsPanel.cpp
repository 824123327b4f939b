// SPDX-License-Identifier: MIT
#include "RevenueSettingsPanel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ul {

RevenueSettingsPanel::RevenueSettingsPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Revenue settings"), this);
    title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(title);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_spend = new QDoubleSpinBox(this);
    m_spend->setRange(0, 1e9);
    m_spend->setDecimals(0);
    m_spend->setSingleStep(500);
    m_spend->setGroupSeparatorShown(true);
    m_spend->setToolTip(tr("Sales and marketing spend per month; CAC = spend / new customers"));
    m_currency = new QLineEdit(this);
    m_currency->setMaxLength(8);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\S{1,8}")), m_currency));
    m_currency->setToolTip(tr("Currency of the invoice amounts (a label only: nothing is converted)"));
    m_margin = new QDoubleSpinBox(this);
    m_margin->setRange(1, 100);
    m_margin->setDecimals(1);
    m_margin->setSuffix(QStringLiteral(" %"));
    m_margin->setToolTip(tr("Gross margin used for LTV and CAC payback"));
    m_billing = new QSpinBox(this);
    m_billing->setRange(1, 60);
    m_billing->setSuffix(tr(" month(s)"));
    m_billing->setToolTip(tr("Each invoice is spread evenly over this many months, starting with the month paid"));
    m_firstMonthNew = new QCheckBox(tr("count as new"), this);
    m_firstMonthNew->setToolTip(tr("Off: the customers paying in the data's first month are the opening base, not "
                                   "new revenue (an export rarely starts with the first sale). On: the data starts "
                                   "with the business, so they are all new."));
    // Recompute once per finished edit, not on every keystroke.
    m_spend->setKeyboardTracking(false);
    m_margin->setKeyboardTracking(false);
    m_billing->setKeyboardTracking(false);
    form->addRow(tr("Monthly acquisition spend"), m_spend);
    form->addRow(tr("Currency"), m_currency);
    form->addRow(tr("Gross margin"), m_margin);
    form->addRow(tr("Billing period"), m_billing);
    // The caption above the box (rows wrap): the panel is narrow at 1600 px.
    form->addRow(tr("First month's customers"), m_firstMonthNew);
    layout->addLayout(form);

    auto* note = new QLabel(tr("An invoice counts as one month of recurring revenue in the UTC month it was paid "
                               "(billing period setting spreads it). Several invoices of a customer in one month "
                               "add up.\n\nLTV uses the logo churn averaged over the last 3 months; it is n/a "
                               "while nobody churns."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 8.5pt;"));
    layout->addWidget(note);
    layout->addStretch(1);

    setSettings(RevenueSettings{});
    connect(m_spend, &QDoubleSpinBox::valueChanged, this, &RevenueSettingsPanel::commit);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, &RevenueSettingsPanel::commit);
    connect(m_billing, &QSpinBox::valueChanged, this, &RevenueSettingsPanel::commit);
    connect(m_firstMonthNew, &QCheckBox::toggled, this, &RevenueSettingsPanel::commit);
    connect(m_currency, &QLineEdit::editingFinished, this, &RevenueSettingsPanel::commit);
}

void RevenueSettingsPanel::setSettings(const RevenueSettings& settings)
{
    const QSignalBlocker b1(m_spend), b2(m_currency), b3(m_margin), b4(m_billing), b5(m_firstMonthNew);
    m_spend->setValue(settings.monthlyAcquisitionSpend);
    m_currency->setText(settings.currency);
    m_margin->setValue(settings.grossMarginPct);
    m_billing->setValue(settings.billingPeriodMonths);
    m_firstMonthNew->setChecked(settings.firstMonthIsNew);
    m_last = this->settings();
}

RevenueSettings RevenueSettingsPanel::settings() const
{
    RevenueSettings s;
    s.monthlyAcquisitionSpend = m_spend->value();
    s.currency = m_currency->text().trimmed().isEmpty() ? RevenueSettings{}.currency : m_currency->text().trimmed();
    s.grossMarginPct = m_margin->value();
    s.billingPeriodMonths = m_billing->value();
    s.firstMonthIsNew = m_firstMonthNew->isChecked();
    return s;
}

void RevenueSettingsPanel::commit()
{
    const RevenueSettings s = settings();
    // editingFinished also fires on focus loss without a change: emit only real changes.
    if (s.monthlyAcquisitionSpend == m_last.monthlyAcquisitionSpend && s.currency == m_last.currency
        && s.grossMarginPct == m_last.grossMarginPct && s.billingPeriodMonths == m_last.billingPeriodMonths
        && s.firstMonthIsNew == m_last.firstMonthIsNew)
        return;
    m_last = s;
    emit settingsChanged(s);
}

} // namespace ul
