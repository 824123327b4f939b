// SPDX-License-Identifier: MIT
#include "NotesDialog.h"

#include "ChartStyle.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ul {

namespace {

QDate qdateOf(Day day)
{
    const Ymd ymd = ymdFromDay(day);
    return QDate(ymd.year, ymd.month, ymd.day);
}

} // namespace

NotesDialog::NotesDialog(Connection& db, const QString& dataset, Day suggested, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_dataset(dataset)
{
    setObjectName(QStringLiteral("notesDialog"));
    setWindowTitle(tr("Notes on dates — %1").arg(dataset));
    resize(620, 400);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A note marks its date on every time chart of this dataset, in slides and in the "
                                "PDF. Double-click a note to change it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Note")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto* form = new QHBoxLayout;
    m_date = new QDateEdit(qdateOf(suggested), this);
    m_date->setDisplayFormat(ChartStyle::dateFormat());
    m_date->setCalendarPopup(true);
    m_text = new QLineEdit(this);
    m_text->setMaxLength(AnnotationStore::kMaxLength);
    m_text->setPlaceholderText(tr("What happened (pricing change, outage, launch…)"));
    m_add = new QPushButton(tr("Add"), this);
    form->addWidget(m_date);
    form->addWidget(m_text, 1);
    form->addWidget(m_add);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_remove = new QPushButton(tr("Remove"), this);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QDate d = m_date->date();
        if (const std::optional<Day> day = dayFromYmd(d.year(), d.month(), d.day()))
            addNote(*day, m_text->text());
    });
    connect(m_text, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &NotesDialog::removeSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { edit(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    reload();
}

void NotesDialog::reload(qint64 select)
{
    QString error;
    if (!AnnotationStore(m_db).list(m_dataset, &m_notes, &error))
        showError(error);
    m_table->setRowCount(int(m_notes.size()));
    for (int row = 0; row < int(m_notes.size()); ++row) {
        const Annotation& n = m_notes[size_t(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(ChartStyle::date(n.day)));
        m_table->setItem(row, 1, new QTableWidgetItem(n.text));
        if (n.id == select)
            m_table->selectRow(row);
    }
    m_remove->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
}

void NotesDialog::edit(int row)
{
    if (row < 0 || row >= int(m_notes.size()))
        return;
    const Annotation& n = m_notes[size_t(row)];
    m_editing = n.id;
    m_date->setDate(qdateOf(n.day));
    m_text->setText(n.text);
    m_add->setText(tr("Save"));
    m_text->setFocus();
}

bool NotesDialog::addNote(Day day, const QString& text)
{
    QString error;
    qint64 id = m_editing;
    AnnotationStore store(m_db);
    const bool ok = m_editing ? store.update(m_editing, day, text, &error)
                              : store.add(m_dataset, day, text, &id, &error);
    if (!ok) {
        showError(error);
        return false;
    }
    m_editing = 0;
    m_add->setText(tr("Add"));
    m_text->clear();
    reload(id);
    emit notesChanged();
    return true;
}

bool NotesDialog::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    AnnotationStore store(m_db);
    QString error;
    for (const QModelIndex& row : rows) {
        const qint64 id = m_notes[size_t(row.row())].id;
        if (!store.remove(id, &error)) {
            showError(error);
            break;
        }
        if (id == m_editing) {
            m_editing = 0;
            m_add->setText(tr("Add"));
        }
    }
    reload();
    emit notesChanged();
    return error.isEmpty();
}

void NotesDialog::showError(const QString& error) { QMessageBox::warning(this, tr("Notes on dates"), error); }

} // namespace ul
