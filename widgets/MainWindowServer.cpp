// SPDX-License-Identifier: MIT
// The window on a workspace on a PostgreSQL server: connecting (a password asked for when the
// server wants one) and hearing of other sessions' imports.
#include "MainWindow.h"

#include "ChangeBar.h"
#include "ServerConnectDialog.h"
#include "db/pg/PgChangeListener.h"

#include <QApplication>
#include <QStatusBar>

namespace ul {

void MainWindow::connectToServer()
{
    const QString current = m_ws && m_ws->isServer() ? m_ws->path() : QString();
    ServerConnectDialog dialog(current, this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString location = dialog.location();
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        bool opened = openWorkspace(location, &error);
        QApplication::restoreOverrideCursor();
        if (!opened && ServerConnectDialog::needsPassword(error) && ServerConnectDialog::askPassword(this, location)) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            opened = openWorkspace(location, &error);
            QApplication::restoreOverrideCursor();
        }
        if (opened)
            return;
        dialog.setError(error);
    }
}

QStringList MainWindow::datasetNames() const
{
    QStringList names;
    for (const DatasetInfo& d : m_datasets)
        names << d.name;
    return names;
}

void MainWindow::listenForChanges()
{
    delete m_listener;
    m_listener = nullptr;
    m_changeBar->hide();
    if (!m_ws || !m_ws->isServer() || m_options.synchronous)
        return;
    m_listener = new PgChangeListener(this);
    QString error;
    if (!m_listener->listen(m_ws->path(), &error)) {
        statusBar()->showMessage(tr("Changes by other sessions will not be announced: %1").arg(error), 8000);
        return;
    }
    connect(m_listener, &PgChangeListener::changed, m_changeBar, &ChangeBar::noteChange);
}

} // namespace ul
