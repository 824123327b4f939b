// SPDX-License-Identifier: MIT
#include "export/TabsReady.h"

#include "DashboardTab.h"

#include <QPointer>
#include <QProgressDialog>

#include <memory>

namespace ul {

void whenTabsReady(QWidget* parent, const std::vector<DashboardTab*>& tabs, const FilterState& filters,
                   std::function<void()> ready)
{
    std::vector<QPointer<DashboardTab>> waiting;
    for (DashboardTab* tab : tabs) {
        if (tab->filters() != filters)
            tab->setFilters(filters);
        tab->refreshInBackground();
        if (!tab->isCurrent())
            waiting.emplace_back(tab);
    }
    if (waiting.empty()) {
        ready();
        return;
    }
    auto* progress = new QProgressDialog(QObject::tr("Bringing %n tab(s) up to date…", nullptr, int(waiting.size())),
                                         QObject::tr("Cancel"), 0, int(waiting.size()), parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    struct State {
        std::vector<QPointer<DashboardTab>> waiting;
        std::function<void()> ready;
        std::vector<QMetaObject::Connection> connections;
        bool finished = false;
        int inSetValue = 0;       ///< a modal dialog's setValue() processes events: check() can re-enter
        bool finishAfter = false; ///< all tabs came in while setValue() ran: finish once it returns
        bool cancelAfter = false; ///< Cancel was pressed while setValue() ran
    };
    auto state = std::make_shared<State>();
    state->waiting = std::move(waiting);
    state->ready = std::move(ready);
    const auto finish = [state, progress](bool run) {
        if (state->finished)
            return;
        state->finished = true;
        for (const auto& c : state->connections)
            QObject::disconnect(c);
        progress->close(); // deletes it (WA_DeleteOnClose): only ever outside its own setValue()
        if (run)
            state->ready();
    };
    const auto check = [state, progress, finish] {
        if (state->finished)
            return;
        int done = 0;
        for (const auto& tab : state->waiting)
            done += !tab || tab->isCurrent();
        if (done == int(state->waiting.size())) {
            if (state->inSetValue > 0)
                state->finishAfter = true;
            else
                finish(true);
            return;
        }
        ++state->inSetValue;
        progress->setValue(done);
        --state->inSetValue;
        if (state->inSetValue == 0 && (state->finishAfter || state->cancelAfter))
            finish(!state->cancelAfter);
    };
    for (const auto& tab : state->waiting)
        state->connections.push_back(QObject::connect(tab, &DashboardTab::refreshed, progress, check));
    QObject::connect(progress, &QProgressDialog::canceled, progress, [state, finish] {
        if (state->inSetValue > 0)
            state->cancelAfter = true;
        else
            finish(false);
    });
    check();
}

} // namespace ul
