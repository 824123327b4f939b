// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "db/Annotations.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ul {

class Connection;

/// View > Notes on dates…: a dataset's notes ("pricing change" on 2022-10-03), to add, change or
/// remove. Changes are written to the workspace at once and announced with notesChanged(), so
/// the charts mark them while the dialog is open.
class NotesDialog final : public QDialog {
    Q_OBJECT
public:
    /// `suggested`: the day a new note starts on (the period the user looked at).
    NotesDialog(Connection& db, const QString& dataset, Day suggested, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// Adds a note (or saves the one being edited) from the form; tests call it directly.
    bool addNote(Day day, const QString& text);
    bool removeSelected();
    const std::vector<Annotation>& notes() const { return m_notes; }

signals:
    void notesChanged();

private:
    void reload(qint64 select = 0);
    void edit(int row);
    void showError(const QString& error);

    Connection& m_db;
    QString m_dataset;
    std::vector<Annotation> m_notes;
    qint64 m_editing = 0; ///< the note the form changes; 0: the form adds a new one
    QTableWidget* m_table;
    QDateEdit* m_date;
    QLineEdit* m_text;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace ul
