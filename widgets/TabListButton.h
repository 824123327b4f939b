// SPDX-License-Identifier: MIT
#pragma once

#include <QToolButton>

class QTabWidget;

namespace ul {

/// "All tabs ▾" in the corner of a tab bar that has more tabs than room (ten metrics on a
/// projector): a menu of every tab, the current one checked, so Segments and Health are one
/// click away instead of behind the scroll arrows. Hidden while every tab fits.
class TabListButton final : public QToolButton {
    Q_OBJECT
public:
    explicit TabListButton(QTabWidget* tabs);

    /// Whether the tabs need more width than the tab widget has.
    bool tabsOverflow() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateVisibility();
    void fillMenu();

    QTabWidget* m_tabs;
};

} // namespace ul
