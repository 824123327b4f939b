// SPDX-License-Identifier: MIT
#include "ImportRunPage.h"

#include "db/Workspace.h"
#include "revenue/BillingText.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ul {

ImportRunPage::ImportRunPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("All files are imported in one transaction: cancelling leaves the workspace unchanged."));
    auto* layout = new QVBoxLayout(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setEnabled(false);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ImportRunPage::poll);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

ImportRunPage::~ImportRunPage()
{
    // The worker may outlive the page; make it stop (and roll back) as soon as it can.
    if (m_progress)
        m_progress->cancel = true;
}

void ImportRunPage::start(const QString& workspacePath, const QStringList& files, const ImportOptions& options)
{
    m_progress = std::make_shared<Progress>();
    m_running = true;
    m_result = {};
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    m_bar->setValue(0);
    m_label->setText(tr("Starting…"));
    m_cancel->setEnabled(true);
    m_timer->start();
    emit completeChanged();
    auto progress = m_progress;
    QtConcurrent::run([workspacePath, files, options, progress] {
        Workspace ws;
        ImportResult result;
        if (!ws.open(workspacePath, Workspace::OpenMode::CreateIfMissing, &result.error))
            return result;
        // Another import into a server workspace: wait for it, and let Cancel end the wait.
        ws.db().setWriterWait(true, [progress] {
            progress->waiting = true;
            return !progress->cancel.load();
        });
        return importFiles(ws, files, options, [progress](qint64 done, qint64 total, qint64 rows) {
            progress->bytesDone = done;
            progress->bytesTotal = total;
            progress->rows = rows;
            return !progress->cancel.load();
        });
    }).then(this, [this](ImportResult result) { done(std::move(result)); });
}

void ImportRunPage::cancel()
{
    if (m_progress && m_running) {
        m_progress->cancel = true;
        m_label->setText(tr("Cancelling…"));
    }
}

bool ImportRunPage::isComplete() const { return !m_running && m_result.ok; }

void ImportRunPage::poll()
{
    if (!m_progress)
        return;
    const qint64 done = m_progress->bytesDone, total = m_progress->bytesTotal, rows = m_progress->rows;
    if (m_progress->waiting && rows == 0 && done == 0) {
        m_label->setText(tr("Waiting for another import into this workspace to finish…"));
        return;
    }
    const double seconds = std::max<qint64>(1, QDateTime::currentMSecsSinceEpoch() - m_startMs) / 1000.0;
    if (total > 0)
        m_bar->setValue(int(1000.0 * double(done) / double(total)));
    const QLocale locale;
    m_label->setText(tr("%1 rows · %2 of %3 · %4 MB/s")
                         .arg(locale.toString(rows), locale.formattedDataSize(done), locale.formattedDataSize(total),
                              locale.toString(double(done) / 1e6 / seconds, 'f', 1)));
}

void ImportRunPage::done(ImportResult result)
{
    m_timer->stop();
    poll();
    m_running = false;
    m_cancel->setEnabled(false);
    m_result = std::move(result);
    if (m_result.ok) {
        m_bar->setValue(1000);
        qint64 rows = 0, rejected = 0;
        for (const FileImportResult& f : m_result.files) {
            rows += f.rowsImported;
            rejected += f.rowsRejected;
        }
        QString text = tr("Imported %1 rows into dataset '%2'%3.")
                           .arg(QLocale().toString(rows),
                                m_result.files.empty() ? QString() : m_result.files.front().dataset,
                                rejected ? tr(" (%1 rows skipped)").arg(rejected) : QString());
        // A billing export: what the money rules made of its invoices.
        for (const FileImportResult& f : m_result.files)
            if (f.billing && f.mapping.billing)
                text += QLatin1Char('\n') + BillingText::summary(f.mapping.billing->system, *f.billing);
        for (const FileImportResult& f : m_result.files)
            for (const QString& w : f.warnings)
                text += QLatin1Char('\n') + w;
        m_label->setText(text);
    } else if (m_result.cancelled) {
        m_bar->setValue(0);
        m_label->setText(tr("Import cancelled. The workspace is unchanged."));
    } else {
        QString text = tr("Import failed; the workspace is unchanged.\n%1").arg(m_result.error);
        for (const ImportProblem& p : m_result.problems)
            text += QLatin1Char('\n') + p.toString();
        m_label->setText(text);
    }
    emit completeChanged();
    emit finished(m_result);
}

} // namespace ul
