// SPDX-License-Identifier: MIT
#include "cli/SavedViewOptions.h"

#include "query/DatasetCatalog.h"
#include "query/RangePresets.h"

namespace ul {

namespace {

/// Whether the option was typed (optionNames(): no warning for options a command lacks).
bool given(const QCommandLineParser& parser, const QString& name) { return parser.optionNames().contains(name); }

} // namespace

void SavedViewOptions::add(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("saved-view"),
                      QStringLiteral("Use a view saved in the window (View > Save view...): its dataset, tab, range, "
                                     "granularity, filters and ranking; options given here take precedence."),
                      QStringLiteral("NAME")});
}

std::optional<SavedView> SavedViewOptions::load(const QCommandLineParser& parser, Connection& db, QString* error)
{
    if (!parser.isSet(QStringLiteral("saved-view")))
        return std::nullopt;
    return SavedViewStore(db).find(parser.value(QStringLiteral("saved-view")), error);
}

bool SavedViewOptions::apply(const SavedView& view, const QCommandLineParser& parser, Connection& db,
                             ReportRequest* request, QString* error)
{
    if (!given(parser, QStringLiteral("dataset")))
        request->dataset = view.dataset;
    if (!given(parser, QStringLiteral("granularity")))
        request->granularity = view.granularity;
    if (!given(parser, QStringLiteral("top")))
        request->top = view.top;
    if (!given(parser, QStringLiteral("new-within")))
        request->newWithinDays = view.newWithinDays;
    if (!given(parser, QStringLiteral("customer")))
        request->customer = view.customer;
    if (!given(parser, QStringLiteral("where")))
        request->where = view.where;
    if (!given(parser, QStringLiteral("by")))
        request->by = view.breakdown;
    if (!given(parser, QStringLiteral("compare")) && request->by.isEmpty())
        request->compare = Comparison::parse(view.compare);
    if (!given(parser, QStringLiteral("customer-key")))
        request->customerKey = view.customerKey;
    std::optional<Day> from = view.from, to = view.to;
    if (!view.preset.isEmpty()) {
        const std::optional<DatasetInfo> dataset = findDataset(db, request->dataset, error);
        if (!dataset) {
            if (error->isEmpty())
                *error = QStringLiteral("saved view '%1': the workspace has no dataset '%2' any more")
                             .arg(view.name, request->dataset);
            return false;
        }
        const std::optional<DateRange> data = datasetDataRange(db, dataset->id, error);
        if (data) {
            const DateRange range = rangeOfPreset(view.preset, *data);
            from = range.from;
            to = range.to;
        }
    }
    if (!given(parser, QStringLiteral("from")))
        request->from = from;
    if (!given(parser, QStringLiteral("to")))
        request->to = to;
    return true;
}

} // namespace ul
