// SPDX-License-Identifier: MIT
#pragma once

#include "import/BillingRowConverter.h"
#include "import/ImportMapping.h"
#include "import/RecordReader.h"
#include "import/ValueParsing.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ul {

/// A file's rows read and converted (RowConverter) on a worker thread, handed over in batches,
/// so the importing thread only stores them: parsing and storing run on two cores. Batches come
/// in file order; a batch owns the bytes its rows point to.
class ConvertedRowStream {
public:
    struct Row {
        qint64 line = 0;
        int problem = -1; ///< unusable row: its problem in Batch::problems
        std::string_view customer;
        quint64 customerHash = 0;  ///< CustomerIndex::hashOf(customer), computed off the storing thread
        bool mangledId = false;    ///< looksSpreadsheetMangled(customer)
        int divisionsByZero = 0;   ///< computed metrics left missing (division by zero)
        quint64 unreadMetrics = 0; ///< ConvertedRow::unreadMetrics
        bool noCustomer = false;   ///< no customer id: left out, counted in a warning
        int billing = -1;          ///< the invoice of a billing export: its index in Batch::invoices
        std::optional<Day> day;
        Day month = 0;       ///< first day of day's month
        int monthNumber = 0; ///< year * 12 + month - 1
        std::optional<Day> created;
        quint32 metricsBegin = 0, metricsEnd = 0;       ///< into Batch::metrics
        quint32 attributesBegin = 0, attributesEnd = 0; ///< into Batch::attributes
        quint32 distinctsBegin = 0, distinctsEnd = 0;   ///< into Batch::distincts
    };
    struct Attribute {
        int slot;
        std::string_view text;
    };
    struct Batch {
        std::vector<Row> rows;
        std::vector<RecordProblem> problems;
        std::vector<std::pair<int, MetricValue>> metrics; ///< (metric slot, value)
        std::vector<Attribute> attributes;
        std::vector<Attribute> distincts;    ///< (distinct slot, text)
        std::vector<BillingFields> invoices; ///< texts kept in `bytes`
        std::deque<std::string> bytes;       ///< the texts rows point to (stable addresses)
        qint64 bytesRead = 0;
        bool end = false;   ///< no rows after this batch
        bool fatal = false; ///< the file could not be read further: `fatalProblem`
        RecordProblem fatalProblem;
    };

    /// Starts reading `reader` (opened) with `mapping`'s conversion at once.
    ConvertedRowStream(std::unique_ptr<RecordReader> reader, const ImportMapping& mapping);
    /// Stops the worker (if still reading) and waits for it.
    ~ConvertedRowStream();
    ConvertedRowStream(const ConvertedRowStream&) = delete;
    ConvertedRowStream& operator=(const ConvertedRowStream&) = delete;

    /// The next batch, waiting for it; after a batch with `end` set, nothing more.
    Batch next();
    /// Valid once a batch with `end` came: the whole file was read.
    QString sha256Hex();

private:
    void run();
    void stop();

    std::unique_ptr<RecordReader> m_reader;
    const ImportMapping& m_mapping;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::atomic<bool> m_stop{false};
    bool m_finished = false;
    std::thread m_thread;
};

} // namespace ul
