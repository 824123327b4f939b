// SPDX-License-Identifier: MIT
#pragma once

#include "db/SavedViews.h"
#include "report/ReportRequest.h"

#include <QCommandLineParser>

namespace ul {

/// `--saved-view NAME` of export and snapshot: the view saved in the window, with any option
/// given on the command line taking precedence over the saved value (`--to` narrows a saved
/// range, `--tabs` replaces the saved tab).
namespace SavedViewOptions {

void add(QCommandLineParser& parser);
/// The saved view --saved-view names (nullopt without the option, or with *error when the
/// workspace has no such view).
std::optional<SavedView> load(const QCommandLineParser& parser, Connection& db, QString* error);
/// Fills `request` from `view` where the command line left a value unset. A range preset is
/// resolved against the dataset's data now, so "last 30 days" follows the data.
bool apply(const SavedView& view, const QCommandLineParser& parser, Connection& db, ReportRequest* request,
           QString* error);

} // namespace SavedViewOptions

} // namespace ul
