// SPDX-License-Identifier: MIT
#include "ViewTablesDialog.h"

#include "DashboardTab.h"
#include "report/ViewRegistry.h"
#include "tables/ReportTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ul {

ViewTablesDialog::ViewTablesDialog(DashboardTab* tab, QWidget* parent)
    : QDialog(parent)
    , m_tab(tab)
{
    setWindowTitle(tr("Tables"));
    resize(900, 560);
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(this);
    m_views = new QListWidget(splitter);
    m_views->setMinimumWidth(180);
    m_model = new ReportTableModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(ReportTableModel::SortRole);
    m_table = new QTableView(splitter);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_views, &QListWidget::currentRowChanged, this, &ViewTablesDialog::showTable);
    connect(tab, &DashboardTab::refreshed, this, &ViewTablesDialog::reload);
    reload();
}

void ViewTablesDialog::reload()
{
    const QString current = m_views->currentItem() ? m_views->currentItem()->data(Qt::UserRole).toString() : QString();
    const QSignalBlocker block(m_views);
    m_views->clear();
    for (const ReportTable& t : m_tab->tables()) {
        const ViewSpec* spec = findReportView(t.name);
        auto* item = new QListWidgetItem(spec ? viewTitle(*spec) : t.name, m_views);
        item->setData(Qt::UserRole, t.name);
        item->setToolTip(tr("usagelens report --view %1").arg(t.name));
    }
    if (!selectView(current) && m_views->count() > 0)
        m_views->setCurrentRow(0);
    showTable(m_views->currentRow());
}

bool ViewTablesDialog::selectView(const QString& key)
{
    for (int i = 0; i < m_views->count(); ++i) {
        if (m_views->item(i)->data(Qt::UserRole).toString() == key) {
            m_views->setCurrentRow(i);
            showTable(i);
            return true;
        }
    }
    return false;
}

void ViewTablesDialog::showTable(int row)
{
    const std::vector<ReportTable> tables = m_tab->tables();
    if (row < 0 || row >= int(tables.size())) {
        m_model->setColumns({});
        m_model->setTable({});
        return;
    }
    const ReportTable& t = tables[size_t(row)];
    m_model->setTable(t);
    m_model->setColumns(ReportTableModel::columnsOf(t));
    m_table->resizeColumnsToContents();
}

} // namespace ul
