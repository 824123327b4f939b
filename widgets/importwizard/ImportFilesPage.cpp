// SPDX-License-Identifier: MIT
#include "ImportFilesPage.h"

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
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ImportFilesPage::addFiles);
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        emit completeChanged();
    });
}

QStringList ImportFilesPage::files() const
{
    QStringList files;
    for (int i = 0; i < m_list->count(); ++i)
        files << m_list->item(i)->text();
    return files;
}

void ImportFilesPage::setFiles(const QStringList& files)
{
    m_list->clear();
    m_list->addItems(files);
    emit completeChanged();
}

bool ImportFilesPage::isComplete() const { return m_list->count() > 0; }

void ImportFilesPage::addFiles()
{
    const QStringList picked = QFileDialog::getOpenFileNames(this, tr("Import files"), QDir::homePath(),
                                                             tr("Usage data (*.csv *.tsv *.ndjson *.jsonl *.json);;"
                                                                "All files (*)"));
    QStringList all = files();
    for (const QString& f : picked)
        if (!all.contains(f))
            all << f;
    setFiles(all);
}

} // namespace ul
