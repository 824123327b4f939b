// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandRegistry.h"
#include "cli/ExportTables.h"

#include <functional>

namespace ul {

/// `usagelens export --db F --format csv|xlsx|pdf --out PATH [filters] [--tabs K,K]`.
/// csv and xlsx are written here on usagelens_core alone; pdf needs widgets, so the GUI library
/// registers the same command again with a PdfWriter (see GuiEntry.cpp).
class ExportCommand {
public:
    struct Parsed {
        QString workspace;
        ExportRequest request;
        QString format;
        QString out;
        QString pageSize;   ///< a4 or letter
        QString theme;      ///< light or dark
    };
    using PdfWriter = std::function<int(const Parsed& parsed, CliStreams& io)>;

    static int run(const QStringList& args, CliStreams& io, const PdfWriter& pdf = {});
};

} // namespace ul
