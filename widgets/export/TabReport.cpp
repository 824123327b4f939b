// SPDX-License-Identifier: MIT
#include "export/TabReport.h"
#include "ChartStyle.h"

#include "DashboardTab.h"

#include <QCoreApplication>
#include <QTabWidget>

namespace ul {

QString TabReport::tabKey(QTabWidget* tabs, int index)
{
    if (auto* tab = qobject_cast<DashboardTab*>(tabs->widget(index)))
        return tab->key();
    return tabs->tabText(index).remove(QLatin1Char('&')).toLower();
}

QStringList TabReport::tabKeys(QTabWidget* tabs)
{
    QStringList keys;
    for (int i = 0; i < tabs->count(); ++i)
        if (auto* tab = qobject_cast<DashboardTab*>(tabs->widget(i)))
            keys << tab->key();
    return keys;
}

std::vector<ReportSection> TabReport::sections(QTabWidget* tabs, const FilterState& filters, const QStringList& keys,
                                               bool pictures)
{
    std::vector<ReportSection> out;
    for (int i = 0; i < tabs->count(); ++i) {
        auto* tab = qobject_cast<DashboardTab*>(tabs->widget(i));
        if (!tab || (!keys.isEmpty() && !keys.contains(tabKey(tabs, i))))
            continue;
        if (tab->filters() != filters || !tab->isCurrent()) {
            // The window brings tabs up to date on workers first (TabsReady); what is still
            // stale here (the command line's PDF) is brought up to date inline.
            const bool wasSynchronous = tab->isSynchronous();
            tab->setSynchronous(true);
            if (tab->filters() != filters)
                tab->setFilters(filters);
            tab->refreshNowIfStale();
            tab->setSynchronous(wasSynchronous);
        }
        out.push_back(ReportSection::fromTab(tab, tabs->tabText(i).remove(QLatin1Char('&')), pictures));
        out.back().key = tab->key();
    }
    return out;
}

std::vector<ReportTable> TabReport::workbookTables(const std::vector<ReportSection>& sections)
{
    std::vector<ReportTable> out;
    for (const ReportSection& s : sections) {
        for (ReportTable t : s.tables) {
            t.name = s.key + QLatin1Char(' ') + t.name;
            out.push_back(std::move(t));
        }
    }
    return out;
}

namespace {

QString granularityName(Granularity g)
{
    switch (g) {
    case Granularity::Day: return TabReport::tr("daily");
    case Granularity::Week: return TabReport::tr("weekly");
    case Granularity::Month: return TabReport::tr("monthly");
    case Granularity::Quarter: return TabReport::tr("quarterly");
    case Granularity::Year: return TabReport::tr("yearly");
    }
    return granularityKey(g);
}

} // namespace

QString TabReport::filterSummary(const FilterState& f)
{
    QStringList parts;
    if (!f.range.isEmpty())
        parts << tr("%1 – %2").arg(ChartStyle::date(f.range.from), ChartStyle::date(f.range.to));
    parts << granularityName(f.granularity);
    parts << tr("top %1", "ranking: the N largest customers").arg(f.top);
    if (f.customer)
        parts << tr("customer %1").arg(f.customerName);
    // The numbers hold only for the rows that pass: the filters travel with them.
    if (!f.where.empty())
        parts << tr("rows where %1").arg(describeRowConditions(f.where, DatasetInfo{}));
    if (!f.breakdown.isEmpty())
        parts << tr("by %1").arg(f.breakdown);
    return parts.join(QStringLiteral(" · "));
}

} // namespace ul
