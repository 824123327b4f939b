// SPDX-License-Identifier: MIT
#include "DrillPath.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ul {

std::optional<Granularity> finerGranularity(Granularity g)
{
    switch (g) {
    case Granularity::Year: return Granularity::Quarter;
    case Granularity::Quarter: return Granularity::Month;
    case Granularity::Month: return Granularity::Week;
    case Granularity::Week: return Granularity::Day;
    case Granularity::Day: return std::nullopt;
    }
    return std::nullopt;
}

std::optional<FilterState> drilledInto(const FilterState& filters, const QString& label)
{
    const std::optional<Day> start = periodStartOfLabel(label);
    const std::optional<Granularity> finer = finerGranularity(filters.granularity);
    if (!start || !finer)
        return std::nullopt;
    DateRange period{*start, nextPeriodStart(*start, filters.granularity) - 1};
    if (!filters.range.isEmpty()) { // a period cut by the range stays cut
        period.from = std::max(period.from, filters.range.from);
        period.to = std::min(period.to, filters.range.to);
    }
    if (period.isEmpty())
        return std::nullopt;
    FilterState out = filters;
    out.range = period;
    out.preset.clear();
    out.granularity = *finer;
    return out;
}

DrillPath::DrillPath(QWidget* parent)
    : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(8, 0, 8, 0);
    m_layout->setSpacing(2);
    setObjectName(QStringLiteral("drillPath"));
    rebuild();
}

void DrillPath::push(const QString& label, const FilterState& before)
{
    m_steps.push_back({label, before});
    rebuild();
}

void DrillPath::clear()
{
    if (m_steps.empty())
        return;
    m_steps.clear();
    rebuild();
}

std::optional<FilterState> DrillPath::back()
{
    if (m_steps.empty())
        return std::nullopt;
    FilterState before = m_steps.back().before;
    m_steps.pop_back();
    rebuild();
    return before;
}

void DrillPath::setCurrent(const FilterState& current)
{
    m_current = current;
    rebuild();
}

QStringList DrillPath::labels() const
{
    QStringList out;
    for (const Step& s : m_steps)
        out << s.label;
    return out;
}

void DrillPath::goBackTo(int index)
{
    if (index < 0 || index >= int(m_steps.size()))
        return;
    const FilterState before = m_steps[size_t(index)].before;
    m_steps.resize(size_t(index));
    rebuild();
    emit restoreRequested(before);
}

void DrillPath::rebuild()
{
    // Later, not now: the crumb that was clicked is still in its clicked() signal.
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const auto crumb = [this](const QString& text, const QString& tip, int backTo) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setAutoRaise(true);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, [this, backTo] { goBackTo(backTo); });
        m_layout->addWidget(b);
    };
    if (!m_steps.empty()) {
        crumb(tr("All"), tr("Back to the filters before the first click (Backspace steps back one)"), 0);
        for (size_t i = 0; i < m_steps.size(); ++i) {
            auto* sep = new QLabel(QStringLiteral("›"), this);
            m_layout->addWidget(sep);
            if (i + 1 < m_steps.size()) {
                crumb(m_steps[i].label, tr("Back to %1").arg(m_steps[i].label), int(i) + 1);
            } else {
                auto* here = new QLabel(QStringLiteral("<b>%1</b>").arg(m_steps[i].label.toHtmlEscaped()), this);
                m_layout->addWidget(here);
            }
        }
    }
    if (m_current.customer) {
        auto* chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("customerChip"));
        chip->setText(tr("Customer %1  ×").arg(m_current.customerName));
        chip->setToolTip(tr("Every chart shows this customer only; click to show all customers again"));
        chip->setAccessibleName(tr("Remove the customer filter %1").arg(m_current.customerName));
        connect(chip, &QToolButton::clicked, this, [this] {
            FilterState all = m_current;
            all.customer.reset();
            all.customerName.clear();
            m_steps.clear(); // the filters left the path
            emit restoreRequested(all);
        });
        m_layout->addSpacing(12);
        m_layout->addWidget(chip);
    }
    m_layout->addStretch(1);
    setVisible(!m_steps.empty() || m_current.customer);
}

} // namespace ul
