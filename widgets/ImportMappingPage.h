// SPDX-License-Identifier: MIT
#pragma once

#include "import/Importer.h"

#include <QWizardPage>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace ul {

/// Step 2: the first rows of the first file, a role per column (detected, editable) with the
/// detected date format, and the problems found in the preview, before anything is written.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(QWidget* parent = nullptr);
    /// Reads the preview of `path` (first 200 rows) on the calling thread.
    void loadPreview(const QString& path);
    ImportMapping mapping() const;
    QString datasetName() const;
    const FilePreview& preview() const { return m_preview; }
    QComboBox* roleCombo(int column) const { return m_roles.at(size_t(column)); }
    QTableWidget* table() const { return m_table; }
    bool isComplete() const override;

private:
    void updateValidity();

    FilePreview m_preview;
    QLineEdit* m_dataset = nullptr;
    QTableWidget* m_table = nullptr;
    QListWidget* m_problems = nullptr;
    QLabel* m_status = nullptr;
    std::vector<QComboBox*> m_roles;
};

} // namespace ul
