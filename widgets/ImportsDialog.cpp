// SPDX-License-Identifier: MIT
#include "ImportsDialog.h"

#include "db/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ul {

namespace {

// Prefixed: inside a QDialog, a bare "Rejected" would be QDialog::Rejected (0).
enum Column {
    IdColumn,
    DatasetColumn,
    FileColumn,
    WhenColumn,
    ReadColumn,
    ImportedColumn,
    RejectedColumn,
    ShaColumn,
    MappingColumn,
    ColumnCount
};

QTableWidgetItem* cell(const QString& text, const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QTableWidgetItem* number(qint64 value)
{
    auto* item = cell(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// The mapping JSON on one line for the cell; the tooltip has it indented.
QString mappingTip(const QString& json)
{
    return QString::fromUtf8(QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Indented));
}

} // namespace

ImportsDialog::ImportsDialog(const QString& workspacePath, QWidget* parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
{
    setObjectName(QStringLiteral("importsDialog"));
    setWindowTitle(tr("Imports"));
    resize(1000, 420); // fits 1280x720
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Dataset"), tr("File"), tr("Imported at (UTC)"), tr("Rows read"),
                                        tr("Imported"), tr("Rejected"), tr("SHA-256"), tr("Mapping")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false); // one line per import; the tooltips hold the full mapping
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("Undo import…"), QDialogButtonBox::ActionRole);
    m_undo->setToolTip(tr("Remove this import's rows; the workspace is as before the import"));
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_undo->setEnabled(!isBusy() && !m_table->selectedItems().isEmpty()); });
    layout->addWidget(m_table, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    reload();
}

void ImportsDialog::reload()
{
    Workspace ws;
    QString error;
    m_imports.clear();
    if (ws.open(m_workspacePath, Workspace::OpenMode::ReadOnly, &error))
        m_imports = listImports(ws.db(), &error);
    m_table->setRowCount(int(m_imports.size()));
    for (int r = 0; r < int(m_imports.size()); ++r) {
        const ImportInfo& i = m_imports[size_t(r)];
        m_table->setItem(r, IdColumn, number(i.id));
        m_table->setItem(r, DatasetColumn, cell(i.dataset));
        m_table->setItem(r, FileColumn, cell(i.fileName, i.filePath));
        m_table->setItem(r, WhenColumn, cell(i.importedAt));
        m_table->setItem(r, ReadColumn, number(i.rowsRead));
        m_table->setItem(r, ImportedColumn, number(i.rowsImported));
        m_table->setItem(r, RejectedColumn, number(i.rowsRejected));
        m_table->setItem(r, ShaColumn, cell(i.sha256.left(12) + QStringLiteral("…"), i.sha256));
        m_table->setItem(r, MappingColumn, cell(i.mappingJson, mappingTip(i.mappingJson)));
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(MappingColumn, 160);
    m_undo->setEnabled(false);
    m_status->setText(error.isEmpty() ? tr("%n import(s) in this workspace.", nullptr, int(m_imports.size())) : error);
}

bool ImportsDialog::isBusy() const { return m_busy->isVisible(); }

void ImportsDialog::undoSelected(bool ask)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_imports.size()) || isBusy())
        return;
    const ImportInfo chosen = m_imports[size_t(row)];
    if (ask
        && QMessageBox::question(this, tr("Undo import"),
                                 tr("Remove import #%1 (%2, %n row(s)) from the dataset '%3'?", nullptr,
                                    int(std::min<qint64>(chosen.rowsImported, INT_MAX)))
                                     .arg(chosen.id)
                                     .arg(chosen.fileName, chosen.dataset))
               != QMessageBox::Yes)
        return;
    m_busy->show();
    m_undo->setEnabled(false);
    m_status->setText(tr("Removing import #%1…").arg(chosen.id));
    // One transaction on a worker: the window stays responsive; a failure changes nothing.
    QtConcurrent::run([path = m_workspacePath, id = chosen.id] {
        Workspace ws;
        QString error;
        if (ws.open(path, Workspace::OpenMode::WriteExisting, &error))
            forgetImport(ws.db(), id, &error);
        return error;
    }).then(this, [this, dataset = chosen.dataset](const QString& error) { finishUndo(dataset, error); });
}

void ImportsDialog::finishUndo(const QString& dataset, const QString& error)
{
    m_busy->hide();
    reload();
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("Import undone.") + QLatin1Char(' ') + m_status->text());
    emit workspaceChanged(dataset);
}

} // namespace ul
