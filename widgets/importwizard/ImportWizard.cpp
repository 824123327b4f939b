// SPDX-License-Identifier: MIT
#include "ImportWizard.h"

#include "ImportFilesPage.h"
#include "ImportMappingPage.h"
#include "ImportRunPage.h"
#include "db/Workspace.h"
#include "query/DatasetCatalog.h"

#include <QMessageBox>
#include <QPushButton>

#include <climits>

namespace ul {

ImportWizard::ImportWizard(const QString& workspacePath, const QStringList& files, QWidget* parent)
    : QWizard(parent)
    , m_workspacePath(workspacePath)
{
    setWindowTitle(tr("Import files"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(900, 640);
    m_files = new ImportFilesPage(this);
    m_mapping = new ImportMappingPage(this);
    m_mapping->setCommitPage(true);
    m_mapping->setButtonText(QWizard::CommitButton, tr("Import"));
    m_run = new ImportRunPage(this);
    setPage(FilesPage, m_files);
    setPage(MappingPage, m_mapping);
    setPage(RunPage, m_run);
    m_files->setFiles(files);
    m_resolveDuplicate = [this](const ImportInfo& earlier) {
        QMessageBox box(QMessageBox::Question, tr("Already imported"),
                        tr("This content was already imported on %1 from %2 into the dataset '%3' (import #%4, "
                           "%n row(s)).",
                           nullptr, int(std::min<qint64>(earlier.rowsImported, INT_MAX)))
                            .arg(earlier.importedAt, earlier.fileName, earlier.dataset)
                            .arg(earlier.id),
                        QMessageBox::Cancel, this);
        box.setInformativeText(tr("Replace swaps the earlier import for this file; a new dataset keeps both."));
        QPushButton* replace = box.addButton(tr("Replace import #%1").arg(earlier.id), QMessageBox::AcceptRole);
        QPushButton* separate = box.addButton(tr("Import as a new dataset"), QMessageBox::ActionRole);
        box.setDefaultButton(replace);
        box.exec();
        if (box.clickedButton() == replace)
            return Duplicate::Replace;
        if (box.clickedButton() == separate)
            return Duplicate::NewDataset;
        return Duplicate::Cancel;
    };
    connect(m_run, &ImportRunPage::finished, this, &ImportWizard::onFinished);
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage) {
        m_mapping->loadPreview(m_files->files().value(0));
    } else if (id == RunPage) {
        m_options = ImportOptions{};
        m_options.dataset = m_mapping->datasetName();
        m_options.mapping = m_mapping->mapping();
        if (const std::optional<QuerySource>& query = m_files->querySource()) {
            m_options.sourceName = query->importName();
            m_options.sourceLocation = query->importLocation();
        }
        m_run->start(m_workspacePath, m_files->files(), m_options);
    }
    QWizard::initializePage(id);
}

void ImportWizard::onFinished(const ImportResult& result)
{
    if (result.ok) {
        emit imported(result.files.empty() ? m_options.dataset : result.files.front().dataset);
        return;
    }
    if (result.cancelled || m_options.replace || !result.alreadyImported || !m_resolveDuplicate)
        return;
    switch (m_resolveDuplicate(*result.alreadyImported)) {
    case Duplicate::Replace: m_options.replace = true; break;
    case Duplicate::NewDataset:
        m_options.dataset = freeDatasetName(
            m_workspacePath, m_options.dataset.isEmpty() ? result.alreadyImported->dataset : m_options.dataset);
        m_options.allowSameContentElsewhere = true;
        break;
    case Duplicate::Cancel: return; // nothing was written; the run page says why
    }
    m_run->start(m_workspacePath, m_files->files(), m_options);
}

QString ImportWizard::freeDatasetName(const QString& workspacePath, const QString& base)
{
    QStringList taken;
    Workspace ws;
    QString error;
    if (ws.open(workspacePath, Workspace::OpenMode::ReadOnly, &error))
        for (const DatasetInfo& d : listDatasets(ws.db(), &error))
            taken << d.name;
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n)
        if (const QString name = QStringLiteral("%1 %2").arg(base).arg(n); !taken.contains(name))
            return name;
}

void ImportWizard::reject()
{
    // Closing during an import cancels it first; the importer rolls back.
    if (m_run->isRunning())
        m_run->cancel();
    QWizard::reject();
}

} // namespace ul
