// SPDX-License-Identifier: MIT
#pragma once

#include "core/Day.h"
#include "import/BillingRowConverter.h"
#include "import/ComputedMetric.h"
#include "import/DateCache.h"
#include "import/ImportMapping.h"
#include "import/RecordReader.h"
#include "import/ValueParsing.h"

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace ul {

/// One source row turned into typed values according to a mapping.
struct ConvertedRow {
    std::string_view customer;
    std::optional<Day> day;
    std::optional<Day> created;
    std::vector<std::pair<int, MetricValue>> metrics;         ///< (metric slot, value), missing left out
    std::vector<std::pair<int, std::string_view>> attributes; ///< (attribute slot, text), missing left out
    std::vector<std::pair<int, std::string_view>> distincts;  ///< (distinct slot, text), missing left out
    int divisionsByZero = 0; ///< computed metrics left missing because they divide by zero
    /// Metric slots (bit per slot, the last bit for slots past 63) whose text was not a number and
    /// was left missing: in a billing export only the columns the money rules read must be
    /// numbers, a stray text in another money column is counted in a warning instead.
    quint64 unreadMetrics = 0;
    /// No customer id: the row is left out and counted in a warning (a customer column with
    /// gaps is not a reason to import nothing); nothing else is read.
    bool noCustomer = false;
    /// The invoice of a recognised billing export (mapping.billing set).
    std::optional<BillingFields> billing;
};

/// The columns kept per customer (latest value): attributes and dimensions, in file order.
std::vector<int> attributeColumnsOf(const ImportMapping& mapping);

/// Converts rows; slots number the mapping's metric and attribute columns in order, then the
/// computed metrics (slot metricColumns().size() + i).
class RowConverter {
public:
    explicit RowConverter(const ImportMapping& mapping);
    ~RowConverter();
    /// False with `problem` filled (column and offending text) when the row cannot be used.
    bool convert(const Record& record, ConvertedRow& row, RecordProblem& problem) const;
    const std::vector<int>& metricColumns() const { return m_metricColumns; }
    const std::vector<int>& attributeColumns() const { return m_attributeColumns; }
    const std::vector<int>& distinctColumns() const { return m_distinctColumns; }

private:
    const ImportMapping& m_mapping;
    int m_customer = -1;
    int m_date = -1;
    int m_created = -1;
    std::vector<int> m_metricColumns;
    std::vector<int> m_attributeColumns;
    std::vector<int> m_distinctColumns;
    std::vector<ComputedMetricProgram> m_computed; ///< compiled mapping.computed (checked by the importer)
    std::unique_ptr<DateCache> m_dateCache;        ///< the date column's recent texts (mutable: a cache)
    std::unique_ptr<BillingRowConverter> m_billing;
    std::vector<char> m_commas;    ///< per column: read with a decimal comma
    std::vector<char> m_lenient;   ///< per metric slot: a bad value is left missing (see unreadMetrics)
    mutable std::string m_scratch; ///< a decimal-comma value rewritten
};

} // namespace ul
