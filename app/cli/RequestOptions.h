// SPDX-License-Identifier: MIT
#pragma once

#include "report/ReportRequest.h"

#include <QCommandLineParser>

namespace ul {

/// The options that fill a ReportRequest, shared by `report`, `export` and `snapshot` so a
/// filter is spelled and checked the same everywhere.
class RequestOptions {
public:
    struct Limits {
        Granularity defaultGranularity = Granularity::Day;
        int maxTop = 1000;
    };
    /// Adds --dataset, --metric, --from, --to, --granularity, --top, --new-within, --customer,
    /// --bins, --log and the analysis options (--spend, --k, --eps, --periods, ...).
    static void add(QCommandLineParser& parser, const Limits& limits);
    /// Fills `out` from a parsed command line; false with a usage message in *error.
    static bool read(const QCommandLineParser& parser, const Limits& limits, ReportRequest* out, QString* error);
};

} // namespace ul
