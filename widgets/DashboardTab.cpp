// SPDX-License-Identifier: MIT
#include "DashboardTab.h"

#include "ChartNotes.h"
#include "ContributorsDialog.h"
#include "ViewTablesDialog.h"

#include <QProgressBar>
#include <QThread>
#include <QToolButton>

namespace ul {

void DashboardTab::requestRefresh()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!isVisible() && (!m_synchronous || m_lazyWhenHidden)) {
        m_stale = true;
        ++m_generation; // whatever is in flight is outdated now
        setPending(false);
        return;
    }
    m_stale = false;
    refresh();
}

void DashboardTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void DashboardTab::refreshNowIfStale()
{
    if (!m_stale && !m_pending)
        return;
    m_stale = false;
    const bool wasSynchronous = m_synchronous;
    m_synchronous = true;
    refresh();
    m_synchronous = wasSynchronous;
}

void DashboardTab::refreshInBackground()
{
    if (isCurrent() || (m_pending && !m_stale))
        return; // current, or its refresh is already in flight
    m_stale = false;
    refresh();
}

QProgressBar* DashboardTab::busyIndicator()
{
    if (!m_busy) {
        m_busy = new QProgressBar(this);
        m_busy->setRange(0, 0); // indeterminate: a refresh is pending
        m_busy->setMaximumSize(120, 10);
        m_busy->setTextVisible(false);
        m_busy->setVisible(m_pending);
    }
    return m_busy;
}

QToolButton* DashboardTab::tablesButton()
{
    if (!m_tablesButton) {
        m_tablesButton = new QToolButton(this);
        m_tablesButton->setText(tr("Tables…"));
        m_tablesButton->setToolTip(tr("Every view of this tab as a table, as the exports write it"));
        m_tablesButton->setAutoRaise(true);
        connect(m_tablesButton, &QToolButton::clicked, this, [this] {
            auto* dialog = new ViewTablesDialog(this, window());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
    }
    return m_tablesButton;
}

void DashboardTab::setPending(bool pending)
{
    m_pending = pending;
    if (m_busy)
        m_busy->setVisible(pending);
}

void DashboardTab::showContributors(const QString& workspacePath, const ReportRequest& request,
                                    const QString& metricName)
{
    if (!m_contributors) {
        m_contributors = new ContributorsDialog(workspacePath, this);
        connect(m_contributors, &ContributorsDialog::customerRequested, this, &DashboardTab::customerRequested);
    }
    m_contributors->setSynchronous(m_synchronous);
    m_contributors->showPeriod(request, metricName);
    m_contributors->show();
    m_contributors->raise();
}

void DashboardTab::setNotes(const std::vector<Annotation>& notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    redraw();
}

void DashboardTab::markNotes(QChart* chart, const std::vector<Day>& starts, Granularity g, bool dark) const
{
    ChartNotes::attach(chart, starts, g, m_notes, dark);
}

} // namespace ul
