// SPDX-License-Identifier: MIT
#pragma once

#include "db/Workspace.h"

#include <QString>

namespace ul {

/// Writes the built-in demo workspace: deterministic synthetic data shaped like the real
/// analyses (a few hundred customers over two years, heavy-tailed sizes, weekly and yearly
/// seasonality, sign-ups and churners, three usage metrics, invoices and account data).
/// The data goes through the real importer from generated CSV files.
/// Returns false with *error; an existing non-empty workspace is refused.
bool writeDemoWorkspace(const QString& path, QString* error);

/// Dataset names of the demo.
inline constexpr const char* kDemoUsageDataset = "demo_usage";
inline constexpr const char* kDemoInvoicesDataset = "demo_invoices";
inline constexpr const char* kDemoAccountsDataset = "demo_accounts";

} // namespace ul
