// SPDX-License-Identifier: MIT
#include "ImportFilesPage.h"

#include "importwizard/QuerySourceDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ul {

ImportFilesPage::ImportFilesPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Choose files"));
    setSubTitle(tr("CSV or NDJSON exports with one row per customer and day. Several files of the same layout "
                   "are imported together into one dataset."));
    auto* layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add files…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* database = new QPushButton(tr("From database…"), this);
    database->setToolTip(tr("Import the rows of a query on a PostgreSQL-protocol server"));
    buttons->addWidget(add);
    buttons->addWidget(database);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ImportFilesPage::addFiles);
    connect(database, &QPushButton::clicked, this, &ImportFilesPage::fromDatabase);
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        emit completeChanged();
    });
}

QStringList ImportFilesPage::files() const
{
    QStringList files;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString path = m_list->item(i)->data(Qt::UserRole).toString();
        files << (path.isEmpty() ? m_list->item(i)->text() : path);
    }
    return files;
}

void ImportFilesPage::setFiles(const QStringList& files)
{
    m_query.reset();
    m_list->clear();
    m_list->addItems(files);
    emit completeChanged();
}

void ImportFilesPage::setQueryResult(const QuerySource& source, const QString& csv, qint64 rows)
{
    m_list->clear();
    auto* item = new QListWidgetItem(tr("%n row(s) of %1: %2", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                                         .arg(source.server.section(QLatin1Char('?'), 0, 0), source.query.simplified()),
                                     m_list);
    item->setData(Qt::UserRole, csv);
    item->setToolTip(source.query);
    m_query = source;
    emit completeChanged();
}

void ImportFilesPage::fromDatabase()
{
    QuerySourceDialog dialog(m_queryDir.path(), this);
    if (dialog.exec() == QDialog::Accepted)
        setQueryResult(dialog.source(), dialog.csvPath(), dialog.rows());
}

bool ImportFilesPage::isComplete() const { return m_list->count() > 0; }

void ImportFilesPage::addFiles()
{
    const QStringList picked = QFileDialog::getOpenFileNames(this, tr("Import files"), QDir::homePath(),
                                                             tr("Usage data (*.csv *.tsv *.ndjson *.jsonl *.json);;"
                                                                "All files (*)"));
    // Files replace a query's rows: one import reads one kind of source.
    QStringList all = m_query ? QStringList() : files();
    for (const QString& f : picked)
        if (!all.contains(f))
            all << f;
    setFiles(all);
}

} // namespace ul
