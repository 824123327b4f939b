// SPDX-License-Identifier: MIT
#pragma once

#include "FilterState.h"

#include <QWidget>

#include <vector>

class QHBoxLayout;
class QToolButton;

namespace ul {

/// The window's cross-filter trail: each click that narrowed the filters (a period drilled into,
/// a customer picked from a chart) is one step with the filters it replaced. Shown as a
/// breadcrumb ("All › 2022 › 2022-Q3") whose crumbs go back to that point, plus a chip with ×
/// while one customer is filtered. Backspace and Alt+Left (MainWindow) call back().
/// GUI thread only.
class DrillPath : public QWidget {
    Q_OBJECT
public:
    explicit DrillPath(QWidget* parent = nullptr);

    /// A new step `label` replaced the filters `before`.
    void push(const QString& label, const FilterState& before);
    /// Forgets every step (the user set the filters some other way).
    void clear();
    /// The filters before the last step, which is dropped; nullopt without steps.
    std::optional<FilterState> back();
    /// Shows the customer chip when `current` filters one customer.
    void setCurrent(const FilterState& current);
    int depth() const { return int(m_steps.size()); }
    QStringList labels() const;

signals:
    /// The user chose earlier filters (a crumb, the chip's ×).
    void restoreRequested(const ul::FilterState& state);

private:
    struct Step {
        QString label;
        FilterState before;
    };
    void rebuild();
    /// Back to the filters before step `index` (dropping it and every later one).
    void goBackTo(int index);

    std::vector<Step> m_steps;
    FilterState m_current;
    QHBoxLayout* m_layout = nullptr;
};

/// The next finer granularity a drill steps down to (year → quarter → month → week → day);
/// nullopt for days.
std::optional<Granularity> finerGranularity(Granularity g);

/// The filters narrowed to the period labelled `label` (at the filters' granularity, cut to the
/// range) one granularity finer; nullopt when the label is not a period or days cannot drill.
std::optional<FilterState> drilledInto(const FilterState& filters, const QString& label);

} // namespace ul
