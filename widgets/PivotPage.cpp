// SPDX-License-Identifier: MIT
#include "PivotPage.h"

#include "audit/LayoutAudit.h"

#include "export/OutputFile.h"
#include "tables/PivotTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ul {

namespace {

/// Sorts by the clicked column; "Other" and "Total" stay at the bottom in either order.
class PivotSortProxy final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const int kl = left.data(PivotTableModel::RowKindRole).toInt();
        const int kr = right.data(PivotTableModel::RowKindRole).toInt();
        if (kl != kr) // Qt reverses the answer for a descending sort: undo that here
            return sortOrder() == Qt::AscendingOrder ? kl < kr : kl > kr;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

PivotPage::PivotPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_model = new PivotTableModel(this);
    m_proxy = new PivotSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PivotTableModel::SortRole);
    m_table = new QTableView(this);
    // A pivot has one column per period, like a spreadsheet: it scrolls sideways by design.
    m_table->setProperty(LayoutAudit::kScrollsSideways, true);
    m_table->setObjectName(QStringLiteral("pivotTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Click a column header to sort by it; Ctrl+C copies the table as tab-separated text"));
    layout->addWidget(m_table, 1);

    auto* bar = new QHBoxLayout;
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    bar->addWidget(m_note, 1);
    m_copy = new QPushButton(tr("Copy as TSV"), this);
    m_copy->setToolTip(tr("The whole table on the clipboard, ready to paste into a spreadsheet"));
    connect(m_copy, &QPushButton::clicked, this, &PivotPage::copyAsTsv);
    bar->addWidget(m_copy);
    m_export = new QPushButton(tr("Export CSV…"), this);
    connect(m_export, &QPushButton::clicked, this, &PivotPage::exportCsv);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    auto* copy = new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &PivotPage::copyAsTsv);
}

void PivotPage::setPivot(const ReportTable& pivot, bool dark)
{
    m_model->setStyle(ChartTableStyle::forTheme(dark));
    m_model->setPivot(pivot);
    m_proxy->sort(-1); // the view's order: largest total first
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    const bool partial = !pivot.metaText(QStringLiteral("partial_periods")).isEmpty();
    const QString rows = pivot.columns.value(0) == QLatin1String("customer") ? tr("customers") : pivot.columns.value(0);
    m_note->setText(partial ? tr("Rows: %1, largest total first. * the data covers this period only in part.").arg(rows)
                            : tr("Rows: %1, largest total first.").arg(rows));
    m_copy->setEnabled(!pivot.rows.empty());
    m_export->setEnabled(!pivot.rows.empty());
}

void PivotPage::showMessage(const QString& message)
{
    m_model->setPivot(ReportTable{});
    m_note->setText(message);
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
}

void PivotPage::copyAsTsv()
{
    if (m_model->rowCount() > 0)
        QApplication::clipboard()->setText(m_model->toTsv());
}

void PivotPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export pivot as CSV"), QDir::home().filePath(QStringLiteral("pivot.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!OutputFile::writeAll(path, toCsv(m_model->pivot()).toUtf8(), &error))
        QMessageBox::warning(this, tr("Export pivot"), error);
}

} // namespace ul
