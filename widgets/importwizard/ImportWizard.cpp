// SPDX-License-Identifier: MIT
#include "ImportWizard.h"

#include "ImportFilesPage.h"
#include "ImportMappingPage.h"
#include "ImportRunPage.h"

#include <QMessageBox>

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
    m_confirmReplace = [this](const QString& message) {
        return QMessageBox::question(this, tr("Already imported"),
                                     tr("%1\n\nReplace the earlier import with this file?").arg(message))
               == QMessageBox::Yes;
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
    if (!result.cancelled && !m_options.replace && result.error.contains(QLatin1String("already imported"))
        && m_confirmReplace && m_confirmReplace(result.error)) {
        m_options.replace = true;
        m_run->start(m_workspacePath, m_files->files(), m_options);
    }
}

void ImportWizard::reject()
{
    // Closing during an import cancels it first; the importer rolls back.
    if (m_run->isRunning())
        m_run->cancel();
    QWizard::reject();
}

} // namespace ul
