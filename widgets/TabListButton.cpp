// SPDX-License-Identifier: MIT
#include "TabListButton.h"

#include <QEvent>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace ul {

TabListButton::TabListButton(QTabWidget* tabs)
    : QToolButton(tabs)
    , m_tabs(tabs)
{
    setObjectName(QStringLiteral("tabListButton"));
    setText(tr("All tabs") + QStringLiteral(" \u25BE"));
    // The style's own menu arrow is drawn below the text and cut by the short tab bar.
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));
    setToolTip(tr("List every tab of the dataset"));
    setPopupMode(QToolButton::InstantPopup);
    setAutoRaise(true);
    auto* menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &TabListButton::fillMenu);
    tabs->setCornerWidget(this, Qt::TopRightCorner);
    tabs->installEventFilter(this);
    tabs->tabBar()->installEventFilter(this);
    hide();
}

bool TabListButton::tabsOverflow() const
{
    // The tabs' own widths, not the bar's: the bar shrinks when this button shows.
    const QTabBar* bar = m_tabs->tabBar();
    int needed = 0;
    for (int i = 0; i < bar->count(); ++i)
        needed += bar->tabRect(i).width();
    return needed > m_tabs->width();
}

bool TabListButton::eventFilter(QObject* watched, QEvent* event)
{
    // Tabs are added and removed without a signal; the bar re-lays itself out each time.
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
        QTimer::singleShot(0, this, &TabListButton::updateVisibility);
    return QToolButton::eventFilter(watched, event);
}

void TabListButton::updateVisibility()
{
    const bool overflow = tabsOverflow();
    if (overflow != isVisible())
        setVisible(overflow);
}

void TabListButton::fillMenu()
{
    QMenu* list = menu();
    list->clear();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction* action = list->addAction(m_tabs->tabText(i)); // same "&&" escaping as a tab
        action->setCheckable(true);
        action->setChecked(i == m_tabs->currentIndex());
        connect(action, &QAction::triggered, m_tabs, [tabs = m_tabs, i] { tabs->setCurrentIndex(i); });
    }
}

} // namespace ul
