// SPDX-License-Identifier: MIT
#include "import/ConvertedRowStream.h"

#include "import/CustomerIdCheck.h"
#include "import/RowConverter.h"

#include "import/CustomerIndex.h"

#include <array>
#include <limits>

namespace ul {

namespace {
constexpr size_t kRowsPerBatch = 8192;
constexpr size_t kBatchesAhead = 4;
} // namespace

ConvertedRowStream::ConvertedRowStream(std::unique_ptr<RecordReader> reader, const ImportMapping& mapping)
    : m_reader(std::move(reader))
    , m_mapping(mapping)
    , m_thread([this] { run(); })
{}

ConvertedRowStream::~ConvertedRowStream() { stop(); }

void ConvertedRowStream::stop()
{
    m_stop = true;
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

QString ConvertedRowStream::sha256Hex()
{
    stop();
    return m_reader->sha256Hex();
}

ConvertedRowStream::Batch ConvertedRowStream::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty()) {
        Batch done;
        done.end = true;
        return done;
    }
    Batch b = std::move(m_ready.front());
    m_ready.pop_front();
    m_changed.notify_all();
    return b;
}

void ConvertedRowStream::run()
{
    RowConverter converter(m_mapping);
    Record record;
    RecordProblem problem;
    ConvertedRow converted;
    // The month of a day, remembered: rows repeat a few hundred days in any order.
    struct MonthOfDay {
        Day day = std::numeric_limits<Day>::min();
        Day month = 0;
        int monthNumber = 0;
    };
    std::array<MonthOfDay, 1024> months{};
    bool end = false;
    while (!end && !m_stop) {
        Batch batch;
        batch.rows.reserve(kRowsPerBatch);
        // One block of bytes per batch: the fields of the batch's rows, copied once.
        std::string* bytes = &batch.bytes.emplace_back();
        bytes->reserve(kRowsPerBatch * 16);
        const auto keep = [&](std::string_view text) -> std::string_view {
            if (bytes->size() + text.size() > bytes->capacity()) {
                bytes = &batch.bytes.emplace_back();
                bytes->reserve(std::max(text.size(), kRowsPerBatch * 16));
            }
            const size_t at = bytes->size();
            bytes->append(text);
            return std::string_view(bytes->data() + at, text.size());
        };
        while (batch.rows.size() < kRowsPerBatch) {
            const ReadResult r = m_reader->next(record, problem);
            if (r == ReadResult::End) {
                end = batch.end = true;
                break;
            }
            if (r == ReadResult::Fatal) {
                end = batch.end = batch.fatal = true;
                batch.fatalProblem = problem;
                break;
            }
            Row row;
            row.line = record.line;
            if (r == ReadResult::BadRow || !converter.convert(record, converted, problem)) {
                row.problem = int(batch.problems.size());
                batch.problems.push_back(problem);
                batch.rows.push_back(row);
                continue;
            }
            if (converted.noCustomer) {
                row.noCustomer = true;
                batch.rows.push_back(row);
                continue;
            }
            row.customer = keep(converted.customer);
            row.customerHash = CustomerIndex::hashOf(row.customer);
            row.mangledId = looksSpreadsheetMangled(row.customer);
            row.divisionsByZero = converted.divisionsByZero;
            row.unreadMetrics = converted.unreadMetrics;
            row.day = converted.day;
            if (row.day) {
                MonthOfDay& m = months[size_t(*row.day) & (months.size() - 1)];
                if (m.day != *row.day) {
                    const Ymd ymd = ymdFromDay(*row.day);
                    m = {*row.day, *row.day - (ymd.day - 1), ymd.year * 12 + ymd.month - 1};
                }
                row.month = m.month;
                row.monthNumber = m.monthNumber;
            }
            row.created = converted.created;
            row.metricsBegin = quint32(batch.metrics.size());
            batch.metrics.insert(batch.metrics.end(), converted.metrics.begin(), converted.metrics.end());
            row.metricsEnd = quint32(batch.metrics.size());
            row.attributesBegin = quint32(batch.attributes.size());
            for (const auto& [slot, text] : converted.attributes)
                batch.attributes.push_back({slot, keep(text)});
            row.attributesEnd = quint32(batch.attributes.size());
            row.distinctsBegin = quint32(batch.distincts.size());
            for (const auto& [slot, text] : converted.distincts)
                batch.distincts.push_back({slot, keep(text)});
            row.distinctsEnd = quint32(batch.distincts.size());
            if (converted.billing) {
                BillingFields invoice = *converted.billing;
                invoice.invoice = keep(invoice.invoice);
                invoice.subscription = keep(invoice.subscription);
                invoice.status = keep(invoice.status);
                invoice.currency = keep(invoice.currency);
                row.billing = int(batch.invoices.size());
                batch.invoices.push_back(invoice);
            }
            batch.rows.push_back(row);
        }
        batch.bytesRead = m_reader->bytesRead();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_stop; });
        if (m_stop)
            break;
        m_ready.push_back(std::move(batch));
        m_changed.notify_all();
    }
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

} // namespace ul
