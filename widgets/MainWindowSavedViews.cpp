// SPDX-License-Identifier: MIT
// The window's saved views: capturing what is on screen and showing a saved one again.
#include "MainWindow.h"

#include "DashboardTab.h"
#include "FilterBar.h"
#include "MetricTab.h"
#include "SavedViewsDialog.h"
#include "query/RangePresets.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace ul {

SavedView MainWindow::currentView(const QString& name) const
{
    const FilterState f = m_filterBar->state();
    SavedView v;
    v.name = name;
    v.dataset = f.dataset;
    if (auto* tab = qobject_cast<DashboardTab*>(m_tabs->currentWidget()))
        v.tab = tab->key();
    if (auto* metric = qobject_cast<MetricTab*>(m_tabs->currentWidget())) {
        v.page = MetricTab::pageKey(metric->page());
        v.compare = metric->comparison().text();
    }
    v.preset = f.preset;
    if (f.preset.isEmpty() && !f.range.isEmpty()) {
        v.from = f.range.from;
        v.to = f.range.to;
    }
    v.granularity = f.granularity;
    v.top = f.top;
    v.newWithinDays = f.newWithinDays;
    if (f.customer)
        v.customer = f.customerName;
    v.where = f.where;
    v.breakdown = f.breakdown;
    v.customerKey = f.customerKey;
    return v;
}

bool MainWindow::saveView(const QString& name, QString* error)
{
    if (!m_ws) {
        *error = tr("No workspace is open");
        return false;
    }
    return SavedViewStore(m_ws->db()).save(currentView(name.trimmed()), error);
}

bool MainWindow::openSavedView(const QString& name, QString* error)
{
    if (!m_ws) {
        *error = tr("No workspace is open");
        return false;
    }
    const std::optional<SavedView> v = SavedViewStore(m_ws->db()).find(name, error);
    if (!v)
        return false;
    if (!v->dataset.isEmpty() && v->dataset != m_filterBar->state().dataset)
        selectDataset(v->dataset);
    if (m_filterBar->state().dataset != v->dataset) {
        *error = tr("The saved view '%1' shows the dataset '%2', which the workspace no longer has")
                     .arg(v->name, v->dataset);
        return false;
    }
    FilterState f = m_filterBar->state();
    const std::optional<DateRange> data = datasetDataRange(m_ws->db(), f.datasetId, error);
    f.preset = v->preset;
    if (!v->preset.isEmpty() && data)
        f.range = rangeOfPreset(v->preset, *data);
    else if (v->from && v->to)
        f.range = {*v->from, *v->to};
    f.granularity = v->granularity;
    f.top = v->top;
    f.newWithinDays = v->newWithinDays;
    f.customer.reset();
    f.customerName.clear();
    if (!v->customer.isEmpty()) {
        f.customer = customerIdByExternal(m_ws->db(), v->customer);
        if (f.customer)
            f.customerName = v->customer;
    }
    f.where = v->where;
    f.breakdown = v->breakdown;
    f.customerKey = v->customerKey;
    setFilters(f);
    if (!v->tab.isEmpty())
        selectTab(v->tab);
    if (auto* metric = qobject_cast<MetricTab*>(m_tabs->currentWidget())) {
        metric->showPage(MetricTab::pageFromKey(v->page).value_or(MetricTab::Page::Usage));
        metric->setComparison(Comparison::parse(v->compare));
    }
    error->clear();
    return true;
}

void MainWindow::askToSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"),
                                               tr("Name of this view (dataset, tab, range, filters, ranking):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || !m_ws)
        return;
    QString error;
    if (SavedViewStore(m_ws->db()).find(name, &error)
        && QMessageBox::question(this, tr("Save view"), tr("Replace the saved view '%1'?").arg(name))
               != QMessageBox::Yes)
        return;
    if (!saveView(name, &error))
        QMessageBox::warning(this, tr("Save view"), error);
    else
        statusBar()->showMessage(tr("Saved the view '%1' in the workspace").arg(name), 4000);
}

void MainWindow::showSavedViews()
{
    if (!m_ws)
        return;
    SavedViewsDialog dialog(m_ws->db(), this);
    connect(&dialog, &SavedViewsDialog::openRequested, this, [this](const QString& name) {
        QString error;
        if (!openSavedView(name, &error))
            QMessageBox::warning(this, tr("Saved views"), error);
    });
    dialog.exec();
}

} // namespace ul
