// SPDX-License-Identifier: MIT
#pragma once

#include "db/ImportCatalog.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace ul {

/// File > Imports…: every import of the workspace with its provenance (file, time, rows read,
/// imported and rejected, SHA-256, mapping) and Undo, which forgets one import in one
/// transaction on a worker (the window stays responsive) and leaves the workspace as it was
/// before that import.
class ImportsDialog final : public QDialog {
    Q_OBJECT
public:
    ImportsDialog(const QString& workspacePath, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const std::vector<ImportInfo>& imports() const { return m_imports; }
    /// Undoes the selected import; `ask` shows a confirmation first (the button does).
    void undoSelected(bool ask);
    bool isBusy() const;

signals:
    /// An import was undone: datasets, metrics and numbers may have changed.
    void workspaceChanged(const QString& dataset);

private:
    void reload();
    void finishUndo(const QString& dataset, const QString& error);

    QString m_workspacePath;
    std::vector<ImportInfo> m_imports;
    QTableWidget* m_table;
    QLabel* m_status;
    QProgressBar* m_busy;
    QPushButton* m_undo;
};

} // namespace ul
