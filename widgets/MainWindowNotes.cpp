// SPDX-License-Identifier: MIT
// The window's notes on dates: read once per dataset, drawn by every tab's time charts.
#include "MainWindow.h"

#include "DashboardTab.h"
#include "NotesDialog.h"

#include <QStatusBar>
#include <QTabWidget>

namespace ul {

void MainWindow::reloadNotes()
{
    m_notes.clear();
    QString error;
    if (m_ws && !m_filters.dataset.isEmpty() && !AnnotationStore(m_ws->db()).list(m_filters.dataset, &m_notes, &error))
        statusBar()->showMessage(tr("The notes on dates cannot be read: %1").arg(error));
    for (DashboardTab* tab : dashboardTabs())
        tab->setNotes(m_notes);
}

void MainWindow::showNotes()
{
    if (!m_ws || m_filters.dataset.isEmpty())
        return;
    // A new note starts on the last day on screen: usually the period being explained.
    const Day suggested = m_filters.range.isEmpty() ? todayUtc() : m_filters.range.to;
    auto* dialog = new NotesDialog(m_ws->db(), m_filters.dataset, suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NotesDialog::notesChanged, this, &MainWindow::reloadNotes);
    dialog->open();
}

} // namespace ul
