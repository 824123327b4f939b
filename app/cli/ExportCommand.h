// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandRegistry.h"
#include "report/ReportRequest.h"

#include <QStringList>

#include <functional>

namespace ul {

/// `usagelens export --db F --format csv|xlsx|pdf --out PATH [filters] [--tabs K,K]`.
/// csv and xlsx are written here on usagelens_core alone (models/report/Workbook.h); pdf needs
/// widgets, so the application passes a PdfWriter when it registers the command (app/main.cpp).
class ExportCommand {
public:
    struct Parsed {
        QString workspace;
        ReportRequest request; ///< dataset resolved; from/to as given
        QStringList tabs;      ///< tab keys; empty = every tab
        QString format;
        QString out;
        QString pageSize;      ///< a4 or letter
        QString theme;         ///< light or dark
        bool forecast = false; ///< PDF: the forecast drawn on the metric tabs' and Revenue's charts
    };
    using PdfWriter = std::function<int(const Parsed& parsed, CliStreams& io)>;

    static int run(const QStringList& args, CliStreams& io, const PdfWriter& pdf = {});
};

/// Registers `export`; without a PdfWriter, --format pdf is refused with a clear message.
void registerExportCommand(CommandRegistry& registry, const ExportCommand::PdfWriter& pdf = {});

} // namespace ul
