// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace ul {

class Connection;

/// View > Saved views…: the workspace's saved views, to open, rename or delete. Changes are
/// written to the workspace at once; opening one is left to the window (openRequested).
class SavedViewsDialog final : public QDialog {
    Q_OBJECT
public:
    SavedViewsDialog(Connection& db, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    /// Renames the selected view (the window asks for the new name; tests call it directly).
    bool renameSelected(const QString& newName);
    bool deleteSelected();

signals:
    void openRequested(const QString& name);

private:
    void reload(const QString& select = {});
    QString selectedName() const;
    void showError(const QString& error);

    Connection& m_db;
    QListWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_rename;
    QPushButton* m_delete;
};

} // namespace ul
