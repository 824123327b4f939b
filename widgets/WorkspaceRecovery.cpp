// SPDX-License-Identifier: MIT
#include "WorkspaceRecovery.h"

#include "db/WorkspaceCheck.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace ul {

namespace {

/// The context of this file's translated texts.
class WorkspaceRecovery {
    Q_DECLARE_TR_FUNCTIONS(ul::WorkspaceRecovery)
};

} // namespace

void showOpenFailure(QWidget* parent, const QString& title, const QString& path, const QString& error,
                     const std::function<void(const QString&)>& open)
{
    if (!error.contains(QLatin1String(" is damaged ("))) {
        QMessageBox::warning(parent, title, error);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, error, QMessageBox::Close, parent);
    box.setInformativeText(
        WorkspaceRecovery::tr("The file is left as it is. UsageLens can copy what is still readable into a new "
                              "workspace and open that."));
    QPushButton* recover = box.addButton(WorkspaceRecovery::tr("Recover a copy…"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() != recover)
        return;
    const QFileInfo info(path);
    const QString out = QFileDialog::getSaveFileName(
        parent, WorkspaceRecovery::tr("Recover into"),
        info.dir().filePath(info.completeBaseName() + QStringLiteral("-recovered.usagelens")),
        WorkspaceRecovery::tr("UsageLens workspaces (*.usagelens)"));
    if (out.isEmpty())
        return;
    // The copy runs on a worker; the dialog keeps the window alive meanwhile.
    auto* progress = new QProgressDialog(WorkspaceRecovery::tr("Copying the readable data…"), QString(), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    auto* watcher = new QFutureWatcher<RecoveryReport>(progress);
    QObject::connect(watcher, &QFutureWatcher<RecoveryReport>::finished, progress, [=] {
        const RecoveryReport report = watcher->result();
        progress->deleteLater();
        if (!report.ok) {
            QMessageBox::warning(parent, title, report.error);
            return;
        }
        QMessageBox::information(parent, title, report.lines.join(QLatin1Char('\n')));
        open(out);
    });
    watcher->setFuture(QtConcurrent::run([path, out] { return recoverWorkspace(path, out); }));
    progress->show();
}

} // namespace ul
