// SPDX-License-Identifier: MIT
#pragma once

#include "import/Importer.h"

#include <QWizard>

#include <functional>

namespace ul {

class ImportFilesPage;
class ImportMappingPage;
class ImportRunPage;

/// Files → preview and roles → import with progress. imported() fires after a successful commit.
/// GUI thread; the import itself runs on a worker (ImportRunPage).
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { FilesPage, MappingPage, RunPage };

    ImportWizard(const QString& workspacePath, const QStringList& files, QWidget* parent = nullptr);

    ImportFilesPage* filesPage() const { return m_files; }
    ImportMappingPage* mappingPage() const { return m_mapping; }
    ImportRunPage* runPage() const { return m_run; }
    /// Asked when the content was already imported; default: a question box. Tests replace it.
    void setConfirmReplace(std::function<bool(const QString& message)> confirm)
    {
        m_confirmReplace = std::move(confirm);
    }

signals:
    void imported(const QString& dataset);

protected:
    void initializePage(int id) override;
    void reject() override;

private:
    void onFinished(const ImportResult& result);

    QString m_workspacePath;
    ImportFilesPage* m_files = nullptr;
    ImportMappingPage* m_mapping = nullptr;
    ImportRunPage* m_run = nullptr;
    ImportOptions m_options;
    std::function<bool(const QString&)> m_confirmReplace;
};

} // namespace ul
