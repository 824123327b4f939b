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
    /// What to do with a file whose content is already in the workspace.
    enum class Duplicate { Replace, NewDataset, Cancel };
    /// Asked when the content was already imported (`earlier`); default: a box with the three
    /// choices. Tests replace it.
    void setResolveDuplicate(std::function<Duplicate(const ImportInfo& earlier)> resolve)
    {
        m_resolveDuplicate = std::move(resolve);
    }
    /// A dataset name not in the workspace yet: `base`, else "base 2", "base 3", ...
    static QString freeDatasetName(const QString& workspacePath, const QString& base);

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
    std::function<Duplicate(const ImportInfo&)> m_resolveDuplicate;
};

} // namespace ul
