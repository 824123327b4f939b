// SPDX-License-Identifier: MIT
#include "importwizard/QuerySourceDialog.h"

#include "ServerConnectDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace ul {

QuerySourceDialog::QuerySourceDialog(const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(folder)
{
    setObjectName(QStringLiteral("querySourceDialog"));
    setWindowTitle(tr("Import from a database"));
    resize(640, 380);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Rows of a query on a PostgreSQL server (or Citus, Redshift, CockroachDB, "
                                "YugabyteDB). The query runs read-only; timestamps arrive in UTC. The import records "
                                "the server and the query as its source; the same query imported again can replace "
                                "its earlier result."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("postgresql://analyst@warehouse.example.com/usage"));
    m_query = new QPlainTextEdit(this);
    m_query->setPlaceholderText(QStringLiteral("SELECT account_id, day, minutes FROM daily_usage WHERE day >= "
                                               "'2024-01-01'"));
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Query:"), m_query);
    layout->addLayout(form, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #DC2626;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run query"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuerySourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QuerySource QuerySourceDialog::source() const { return {m_server->text().trimmed(), m_query->toPlainText().trimmed()}; }

void QuerySourceDialog::accept()
{
    const QuerySource query = source();
    // Named after the import: a bad row's message then says which query it came from.
    const QString csv = QDir(m_folder).filePath(query.importName() + QStringLiteral(".csv"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        // On a worker: a large result takes a while, and the window must not freeze meanwhile.
        auto cancel = std::make_shared<QueryCancel>();
        QProgressDialog progress(tr("Running the query…"), tr("Cancel"), 0, 0, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        // The server stops the query at once; the worker then returns within moments.
        connect(&progress, &QProgressDialog::canceled, this, [cancel] { cancel->cancel(); });
        struct Outcome {
            bool ok = false;
            qint64 rows = 0;
            QString error;
        };
        QFutureWatcher<Outcome> watcher;
        connect(&watcher, &QFutureWatcher<Outcome>::finished, &progress, &QProgressDialog::reset);
        watcher.setFuture(QtConcurrent::run([query, csv, cancel] {
            Outcome o;
            o.ok = fetchQueryAsCsv(query, csv, &o.rows, &o.error, cancel.get());
            return o;
        }));
        progress.exec();
        watcher.waitForFinished();
        const Outcome outcome = watcher.result();
        if (outcome.ok) {
            m_csv = csv;
            m_rows = outcome.rows;
            QDialog::accept();
            return;
        }
        if (cancel->cancelled())
            return;
        if (attempt == 0 && ServerConnectDialog::needsPassword(outcome.error)
            && ServerConnectDialog::askPassword(this, query.server))
            continue;
        m_error->setText(outcome.error);
        m_error->show();
        return;
    }
}

} // namespace ul
