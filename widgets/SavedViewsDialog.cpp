// SPDX-License-Identifier: MIT
#include "SavedViewsDialog.h"

#include "db/SavedViews.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ul {

SavedViewsDialog::SavedViewsDialog(Connection& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("savedViewsDialog"));
    setWindowTitle(tr("Saved views"));
    resize(520, 360);
    auto* layout = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 1);
    auto* side = new QVBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_rename = new QPushButton(tr("Rename…"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* b : {m_open, m_rename, m_delete})
        side->addWidget(b);
    side->addStretch(1);
    side->addWidget(close);
    layout->addLayout(side);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedName(); !name.isEmpty()) {
            emit openRequested(name);
            accept();
        }
    });
    connect(m_list, &QListWidget::itemDoubleClicked, m_open, &QPushButton::click);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename view"), tr("New name:"), QLineEdit::Normal,
                                                   selectedName(), &ok);
        if (ok)
            renameSelected(name.trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Delete view"), tr("Delete the saved view '%1'?").arg(selectedName()))
            == QMessageBox::Yes)
            deleteSelected();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        for (QPushButton* b : {m_open, m_rename, m_delete})
            b->setEnabled(row >= 0);
    });
    reload();
}

void SavedViewsDialog::reload(const QString& select)
{
    m_list->clear();
    std::vector<SavedView> views;
    QString error;
    if (!SavedViewStore(m_db).list(&views, &error))
        showError(error);
    for (const SavedView& v : views)
        m_list->addItem(v.name);
    const QList<QListWidgetItem*> found = m_list->findItems(select, Qt::MatchExactly);
    m_list->setCurrentRow(found.isEmpty() ? (m_list->count() > 0 ? 0 : -1) : m_list->row(found.front()));
    for (QPushButton* b : {m_open, m_rename, m_delete})
        b->setEnabled(m_list->currentRow() >= 0);
}

QString SavedViewsDialog::selectedName() const
{
    return m_list->currentItem() ? m_list->currentItem()->text() : QString();
}

bool SavedViewsDialog::renameSelected(const QString& newName)
{
    QString error;
    if (!SavedViewStore(m_db).rename(selectedName(), newName, &error)) {
        showError(error);
        return false;
    }
    reload(newName);
    return true;
}

bool SavedViewsDialog::deleteSelected()
{
    QString error;
    if (!SavedViewStore(m_db).remove(selectedName(), &error)) {
        showError(error);
        return false;
    }
    reload();
    return true;
}

void SavedViewsDialog::showError(const QString& error) { QMessageBox::warning(this, tr("Saved views"), error); }

} // namespace ul
