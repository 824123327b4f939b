// SPDX-License-Identifier: MIT
#pragma once

#include "core/ReportTable.h"

#include <QString>

namespace ul {

/// Spreadsheet formula-injection guard for exported text (CSV and XLSX).
/// Text starting with =, +, -, @, tab or CR gets a leading apostrophe so a spreadsheet shows it
/// as text instead of evaluating it. Number cells are never touched: they stay numbers.
class CellSafety {
public:
    static bool needsNeutralizing(const QString& text);
    static QString neutralize(const QString& text);
    /// A copy of `table` with every text cell and column name neutralised.
    static ReportTable neutralized(const ReportTable& table);
};

} // namespace ul
