// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "import/BillingFormat.h"
#include "import/ImportMapping.h"
#include "import/RecordReader.h"

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>

namespace ul {

/// One invoice of a billing export as the money rules need it (views into the record).
struct BillingFields {
    std::string_view invoice;
    std::string_view subscription; ///< empty: a one-off invoice
    std::string_view status;       ///< as written
    std::string_view currency;     ///< as written (stored lower-case)
    Day issued = 0;
    int issuedSecond = 0; ///< second of the day it was issued: orders invoices of one day
    std::optional<Day> serviceStart;
    std::optional<Day> serviceEnd;
    qint64 amountMicros = 0; ///< subtotal - discounts (or total - tax), never tax or payments
    InvoiceKind kind = InvoiceKind::Counted;
};

/// The second of the day of a timestamp's time part ("2021-03-04 10:23:45" -> 37425); 0 without one.
int secondOfDay(std::string_view timestamp);

/// Reads the billing fields of a recognised export's rows (mapping.billing set), each money
/// column with its own decimal mark and the dates in the forms detection found.
class BillingRowConverter {
public:
    explicit BillingRowConverter(const ImportMapping& mapping);
    /// False with `problem` set (column, text) when a value the rules need cannot be read.
    bool convert(const Record& record, BillingFields& out, RecordProblem& problem) const;

private:
    bool money(const Record& record, int column, qint64* micros, RecordProblem& problem) const;
    bool date(const Record& record, int column, std::optional<Day>* day, RecordProblem& problem) const;

    const ImportMapping& m_mapping;
    BillingFormat m_format;
    mutable std::string m_scratch;
};

} // namespace ul
