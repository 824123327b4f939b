// SPDX-License-Identifier: MIT
// Cross-filtering in the window: clicks on charts narrow the filters step by step, and the
// drill path takes them back.
#include "DrillPath.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "db/Workspace.h"
#include "query/DatasetCatalog.h"

namespace ul {

void MainWindow::drillIntoPeriod(const QString& label)
{
    const std::optional<FilterState> next = drilledInto(m_filters, label);
    if (next)
        applyDrillStep(label, *next);
}

void MainWindow::filterToCustomer(const QString& externalId)
{
    // The bar of the customer already filtered: the next step is its own view.
    if (m_filters.customer && m_filters.customerName == externalId) {
        openCustomer(externalId);
        return;
    }
    const std::optional<qint64> id = m_ws ? customerIdByExternal(m_ws->db(), externalId) : std::nullopt;
    if (!id)
        return;
    FilterState next = m_filters;
    next.customer = id;
    next.customerName = externalId;
    applyDrillStep(externalId, next);
}

void MainWindow::applyDrillStep(const QString& label, const FilterState& next)
{
    m_drillPath->push(label, m_filters);
    restoreDrilled(next);
}

void MainWindow::drillBack()
{
    if (const std::optional<FilterState> before = m_drillPath->back())
        restoreDrilled(*before);
}

void MainWindow::restoreDrilled(const FilterState& state)
{
    m_applyingDrill = true;
    setFilters(state);
    m_applyingDrill = false;
}

} // namespace ul
