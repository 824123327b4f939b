// SPDX-License-Identifier: MIT
#include "import/Importer.h"

#include "core/Decimal.h"
#include "core/NumberFormat.h"
#include "import/ConvertedRowStream.h"
#include "import/ImportSink.h"
#include "import/ReaderFactory.h"
#include "import/RoleDetector.h"
#include "import/RowConverter.h"
#include "import/SourceSniffer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

#include <array>
#include <bit>
#include <unordered_set>

namespace ul {

namespace {

constexpr int kProfileSampleRows = 10000;
constexpr int kProgressEveryRows = 8192;

QString problemLine(const QString& file, const RecordProblem& p, const QString& column)
{
    ImportProblem problem{file, p, column};
    return problem.toString();
}

QString columnName(const QStringList& columns, int oneBased)
{
    return oneBased >= 1 && oneBased <= columns.size() ? columns[oneBased - 1] : QString();
}

} // namespace

QString BillingImportSummary::describe() const
{
    QStringList kinds;
    for (InvoiceKind k : kExcludedKinds)
        if (const auto it = excluded.find(k); it != excluded.end() && it->second > 0)
            kinds << QStringLiteral("%1 %2").arg(invoiceKindKey(k), groupedInteger(it->second));
    QString text = QStringLiteral("%1: %2 invoices").arg(format, groupedInteger(invoices));
    if (kinds.isEmpty())
        return text + QStringLiteral(", none excluded");
    return text
           + QStringLiteral(", %1 excluded kind%2 (%3)")
                 .arg(kinds.size())
                 .arg(kinds.size() == 1 ? QString() : QStringLiteral("s"), kinds.join(QStringLiteral(", ")));
}

QString ImportProblem::toString() const
{
    QString s = QStringLiteral("%1:%2").arg(QFileInfo(file).fileName()).arg(where.line);
    if (where.character > 0)
        s += QStringLiteral(":%1").arg(where.character);
    else if (where.column > 0)
        s += QStringLiteral(":%1").arg(where.column);
    if (!columnName.isEmpty())
        s += QStringLiteral(" (column '%1')").arg(columnName);
    s += QStringLiteral(": ") + where.message;
    if (!where.text.isEmpty())
        s += QStringLiteral(": '%1'").arg(where.text);
    return s;
}

bool detectFileMapping(const QString& path, const ImportOptions& options, ImportMapping* mapping,
                       std::vector<ColumnProfile>* profiles, QString* error)
{
    SourceFormat format;
    if (!sniffSource(path, options.source, &format, error))
        return false;
    auto reader = openRecordReader(path, format, error);
    if (!reader)
        return false;
    ColumnProfiler profiler(reader->columns(), options.dateRange.value_or(AcceptedDates::standard()));
    Record record;
    RecordProblem problem;
    std::optional<ImportProblem> firstBadRow; // a syntax error explains a failed detection best
    for (int n = 0; n < kProfileSampleRows;) {
        const ReadResult r = reader->next(record, problem);
        if (r == ReadResult::End)
            break;
        if (r == ReadResult::Fatal) {
            *error = problemLine(path, problem, {});
            return false;
        }
        if (r == ReadResult::BadRow && !firstBadRow)
            firstBadRow = ImportProblem{path, problem, columnName(reader->columns(), problem.column)};
        if (r == ReadResult::Row) {
            profiler.add(record);
            ++n;
        }
    }
    if (profiler.rows() == 0) {
        *error = firstBadRow ? firstBadRow->toString()
                             : QStringLiteral("%1: the file has a header but no data rows").arg(path);
        return false;
    }
    // Columns the sample could not settle are profiled over the whole file.
    const std::vector<int> undecided = undecidedColumns(profiler.profiles());
    if (!undecided.empty()) {
        for (;;) {
            const ReadResult r = reader->next(record, problem);
            if (r == ReadResult::End || r == ReadResult::Fatal)
                break;
            if (r == ReadResult::Row)
                profiler.addColumns(record, undecided);
        }
    }
    *profiles = profiler.profiles();
    *mapping = detectRoles(*profiles, format, options.source.decimalComma);
    if (applyOverrides(*mapping, *profiles, options.overrides, options.dateFormat, error))
        return true;
    if (firstBadRow)
        *error = firstBadRow->toString() + QStringLiteral(" (and then: ") + *error + QLatin1Char(')');
    return false;
}

FilePreview previewImportFile(const QString& path, const ImportOptions& options, int maxRows)
{
    FilePreview preview;
    preview.path = path;
    if (options.mapping) {
        preview.mapping = *options.mapping; // the user's mapping: only the rows are read again
    } else if (!detectFileMapping(path, options, &preview.mapping, &preview.profiles, &preview.error)) {
        // Still show the columns when the file is readable, so the user can map them by hand.
        if (preview.profiles.empty())
            return preview;
    }
    QString error;
    auto reader = openRecordReader(path, preview.mapping.source, &error);
    if (!reader) {
        preview.error = error;
        return preview;
    }
    preview.format = reader->formatDescription();
    preview.columns = reader->columns();
    const bool canConvert = preview.mapping.indexOf(ColumnRole::Customer) >= 0;
    RowConverter converter(preview.mapping);
    Record record;
    RecordProblem problem;
    ConvertedRow converted;
    while (int(preview.rows.size()) < maxRows) {
        const ReadResult r = reader->next(record, problem);
        if (r == ReadResult::End || r == ReadResult::Fatal)
            break;
        if (r == ReadResult::BadRow) {
            preview.problems.push_back({path, problem, columnName(preview.columns, problem.column)});
            continue;
        }
        QStringList row;
        for (const auto& f : record.fields)
            row << QString::fromUtf8(f.data(), qsizetype(f.size()));
        preview.rows.push_back(row);
        if (canConvert && !converter.convert(record, converted, problem))
            preview.problems.push_back({path, problem, columnName(preview.columns, problem.column)});
    }
    if (preview.mapping.billing)
        preview.billing = summarizeBilling(path, preview.mapping);
    return preview;
}

std::optional<BillingImportSummary> summarizeBilling(const QString& path, const ImportMapping& mapping)
{
    if (!mapping.billing)
        return std::nullopt;
    QString error;
    auto reader = openRecordReader(path, mapping.source, &error);
    if (!reader)
        return std::nullopt;
    BillingImportSummary summary;
    summary.format = mapping.billing->name();
    const BillingRowConverter converter(mapping);
    Record record;
    RecordProblem problem;
    BillingFields fields;
    for (;;) {
        const ReadResult r = reader->next(record, problem);
        if (r == ReadResult::End || r == ReadResult::Fatal)
            break;
        if (r != ReadResult::Row || !converter.convert(record, fields, problem))
            continue; // bad rows are the preview's problems
        ++summary.invoices;
        if (fields.kind == InvoiceKind::Counted)
            ++summary.counted;
        else
            ++summary.excluded[fields.kind];
        const QString currency = QString::fromUtf8(fields.currency.data(), qsizetype(fields.currency.size())).toLower();
        if (!currency.isEmpty() && !summary.currencies.contains(currency))
            summary.currencies << currency;
    }
    summary.currencies.sort();
    return summary;
}

namespace {

/// The computed metrics of `mapping` compile against its columns and take keys of their own.
bool checkComputedMetrics(const ImportMapping& mapping, QString* error)
{
    QStringList headers, keys = {QLatin1String(kRecordsMetricKey)};
    for (const ColumnMapping& c : mapping.columns) {
        headers << c.header;
        if (c.role == ColumnRole::Metric)
            keys << c.key;
    }
    for (const ComputedMetric& c : mapping.computed) {
        ComputedMetricProgram program;
        if (!program.compile(c, headers, error))
            return false;
        if (keys.contains(c.key)) {
            *error =
                QStringLiteral("--compute %1: the key '%2' is already taken; choose another name").arg(c.name, c.key);
            return false;
        }
        keys << c.key;
    }
    return true;
}

/// Imports one file inside the open transaction.
class FileImport {
public:
    FileImport(ImportSink& sink, ImportResult& result, const ImportOptions& options)
        : m_sink(sink)
        , m_result(result)
        , m_options(options)
    {}

    bool run(const QString& path, const QString& dataset, qint64 bytesBefore, qint64 bytesTotal,
             const ImportProgressFn& progress);

private:
    bool addProblem(const QString& path, const QStringList& columns, const RecordProblem& p);
    bool checkPrevious(FileImportResult& file, QString* error);

    ImportSink& m_sink;
    ImportResult& m_result;
    const ImportOptions& m_options;
};

bool FileImport::addProblem(const QString& path, const QStringList& columns, const RecordProblem& p)
{
    ++m_result.problemCount;
    if (m_result.problems.size() < size_t(ImportResult::kMaxProblems))
        m_result.problems.push_back({path, p, columnName(columns, p.column)});
    return m_options.skipBadRows;
}

bool FileImport::checkPrevious(FileImportResult& file, QString* error)
{
    const QString fileName = m_options.sourceName.isEmpty() ? QFileInfo(file.path).fileName() : m_options.sourceName;
    const auto previous = m_sink.previousImports(file.sha256, file.dataset, m_options.replace ? fileName : QString(),
                                                 error);
    for (const auto& p : previous) {
        if (p.id == file.importId)
            continue;
        if (m_options.allowSameContentElsewhere && p.dataset != file.dataset && p.sha256 == file.sha256)
            continue;
        if (!m_options.replace) {
            m_result.alreadyImported = p;
            *error = QStringLiteral("%1: this content was already imported as import #%2 (%3, dataset '%4', %5); "
                                    "use --replace to swap it for this file")
                         .arg(m_options.sourceName.isEmpty() ? file.path : m_options.sourceName)
                         .arg(p.id)
                         .arg(p.fileName, p.dataset, p.importedAt);
            return false;
        }
        if (!m_sink.removeImport(p.id, error))
            return false;
        file.replacedImports.push_back(p.id);
    }
    return true;
}

bool FileImport::run(const QString& path, const QString& dataset, qint64 bytesBefore, qint64 bytesTotal,
                     const ImportProgressFn& progress)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    FileImportResult file;
    file.path = path;
    file.dataset = dataset;
    std::vector<ColumnProfile> profiles;
    if (m_options.mapping) {
        file.mapping = *m_options.mapping;
    } else if (!detectFileMapping(path, m_options, &file.mapping, &profiles, &error)) {
        const bool named = error.startsWith(path) || error.startsWith(QFileInfo(path).fileName() + QLatin1Char(':'));
        m_result.error = named ? error : QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    if (m_options.dateRange)
        file.mapping.dateRange = *m_options.dateRange;
    if (!m_options.computed.empty())
        file.mapping.computed = m_options.computed;
    if (!checkComputedMetrics(file.mapping, &error)) {
        m_result.error = QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    auto reader = openRecordReader(path, file.mapping.source, &error);
    if (!reader) {
        m_result.error = error;
        return false;
    }
    file.format = reader->formatDescription();
    file.fileSize = reader->totalBytes();
    const QStringList columns = reader->columns();
    if (columns.size() != qsizetype(file.mapping.columns.size())) {
        m_result.error = QStringLiteral("%1: the mapping has %2 columns but the file has %3")
                             .arg(path)
                             .arg(file.mapping.columns.size())
                             .arg(columns.size());
        return false;
    }

    ImportSink& writer = m_sink;
    const QString mappingJson = QString::fromUtf8(QJsonDocument(file.mapping.toJson()).toJson(QJsonDocument::Compact));
    if (!writer.beginFile(dataset, m_options.sourceName.isEmpty() ? QFileInfo(path).fileName() : m_options.sourceName,
                          m_options.sourceLocation.isEmpty() ? QFileInfo(path).absoluteFilePath()
                                                             : m_options.sourceLocation,
                          file.fileSize, mappingJson, &error)) {
        m_result.error = QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    file.importId = writer.importId();
    RowConverter converter(file.mapping);
    std::vector<int> metricSlots;
    for (int col : converter.metricColumns()) {
        int slot = 0;
        const auto& c = file.mapping.columns[size_t(col)];
        if (!writer.addMetric(c.key, c.header, &slot, &error)) {
            m_result.error = QStringLiteral("%1: %2").arg(path, error);
            return false;
        }
        metricSlots.push_back(slot);
    }
    for (const ComputedMetric& c : file.mapping.computed) {
        int slot = 0;
        if (!writer.addMetric(c.key, c.name, &slot, &error)) {
            m_result.error = QStringLiteral("%1: %2").arg(path, error);
            return false;
        }
        metricSlots.push_back(slot);
    }
    std::vector<int> distinctSlots;
    for (int col : converter.distinctColumns()) {
        int slot = 0;
        const auto& c = file.mapping.columns[size_t(col)];
        if (!writer.addDistinctMetric(distinctMetricKey(c), distinctMetricName(c), &slot, &error)) {
            m_result.error = QStringLiteral("%1: %2").arg(path, error);
            return false;
        }
        distinctSlots.push_back(slot);
    }
    qint64 divisionsByZero = 0;
    std::array<qint64, 64> unread{}; // per metric slot: texts left missing (billing exports)
    // Every dated row also counts once in the built-in records metric.
    int recordsSlot = -1;
    if (file.mapping.indexOf(ColumnRole::Date) >= 0
        && !writer.addMetric(QLatin1String(kRecordsMetricKey), QLatin1String(kRecordsMetricName), &recordsSlot,
                             &error)) {
        m_result.error = QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    // Rows with a value in the first metric are counted from its cells; only the others are added.
    const int impliedBy = metricSlots.empty() ? -1 : metricSlots.front();
    if (recordsSlot >= 0)
        writer.setRecords(recordsSlot, impliedBy);
    const MetricValue oneRecord{true, qint64(1000000), 0, 0};
    static_assert(Decimal::kMaxScale == 6, "oneRecord is 1 in millionths");
    QStringList attributeNames;
    // Dimensions are attributes kept per row too: attribute slot -> dimension number, or -1.
    std::vector<int> dimensionOfAttribute;
    std::vector<std::pair<QString, QString>> dimensions;
    for (int col : converter.attributeColumns()) {
        const ColumnMapping& c = file.mapping.columns[size_t(col)];
        attributeNames << c.header;
        dimensionOfAttribute.push_back(c.role == ColumnRole::Dimension ? int(dimensions.size()) : -1);
        if (c.role == ColumnRole::Dimension)
            dimensions.emplace_back(c.key, c.header);
    }
    QStringList dimensionsNewToData;
    bool earlierUnsliced = false;
    if (recordsSlot >= 0 && !writer.beginSlices(dimensions, &dimensionsNewToData, &earlierUnsliced, &error)) {
        m_result.error = QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    if (!dimensionsNewToData.isEmpty())
        file.warnings << (earlierUnsliced ? QStringLiteral("earlier imports of this dataset were not kept per row: "
                                                           "filters on %1 leave their rows out (re-import those files "
                                                           "with --replace to filter them)")
                                          : QStringLiteral("earlier imports of this dataset have no %1: their rows "
                                                           "are blank in it"))
                             .arg(dimensionsNewToData.join(QStringLiteral(", ")));
    const bool slicing = recordsSlot >= 0 && writer.slicing();
    std::vector<std::string_view> dimensionValues(dimensions.size());

    // Rows are read and converted on a worker (ConvertedRowStream); this thread stores them.
    ConvertedRowStream stream(std::move(reader), file.mapping);
    qint64 bytesRead = 0;
    std::unordered_set<std::string> mangledIds; // distinct ids; rare, so a set is cheap
    QStringList mangledExamples;
    qint64 withoutCustomer = 0;
    // The invoices of a billing export, written once all rows are read (BillingInvoices.h).
    std::vector<StoredInvoice> invoices;
    if (file.mapping.billing) {
        file.billing.emplace();
        file.billing->format = file.mapping.billing->name();
    }
    bool writing = true; // stops at the first problem unless bad rows are skipped
    for (bool more = true; more;) {
        ConvertedRowStream::Batch batch = stream.next();
        more = !batch.end;
        bytesRead = batch.bytesRead;
        constexpr size_t kPrefetchAhead = 8;
        for (size_t r = 0; r < std::min(kPrefetchAhead, batch.rows.size()); ++r)
            writer.prefetchCustomer(batch.rows[r].customerHash);
        for (size_t r = 0; r < batch.rows.size(); ++r) {
            const ConvertedRowStream::Row& row = batch.rows[r];
            if (r + kPrefetchAhead < batch.rows.size())
                writer.prefetchCustomer(batch.rows[r + kPrefetchAhead].customerHash);
            ++file.rowsRead;
            if (row.problem >= 0) {
                ++file.rowsRejected;
                writing = addProblem(path, columns, batch.problems[size_t(row.problem)]) && writing;
                continue;
            }
            if (row.noCustomer) {
                ++withoutCustomer;
                ++file.rowsRejected;
                continue;
            }
            if (!writing)
                continue;
            divisionsByZero += row.divisionsByZero;
            for (quint64 bits = row.unreadMetrics; bits; bits &= bits - 1)
                ++unread[size_t(std::countr_zero(bits))];
            if (row.mangledId && mangledIds.emplace(row.customer).second && mangledExamples.size() < 3)
                mangledExamples << QString::fromUtf8(row.customer.data(), qsizetype(row.customer.size()));
            ImportCustomerRef customer;
            bool ok = writer.customer(row.customer, row.customerHash, &customer, &error);
            if (ok)
                writer.noteCustomer(customer, row.day, row.created);
            // The row's slice: the combination of its dimension values (blank when missing).
            int slice = -1;
            if (ok && slicing) {
                std::fill(dimensionValues.begin(), dimensionValues.end(), std::string_view());
                for (quint32 a = row.attributesBegin; a < row.attributesEnd; ++a) {
                    const ConvertedRowStream::Attribute& attr = batch.attributes[a];
                    if (const int d = dimensionOfAttribute[size_t(attr.slot)]; d >= 0)
                        dimensionValues[size_t(d)] = attr.text;
                }
                ok = writer.sliceOf(dimensionValues, &slice, &error);
            }
            for (quint32 m = row.metricsBegin; ok && m < row.metricsEnd; ++m) {
                const auto& [slot, value] = batch.metrics[m];
                const int metricSlot = metricSlots[size_t(slot)];
                ok = writer.addValue(metricSlot, *row.day, row.month, row.monthNumber, customer, value, &error)
                     && (slice < 0
                         || writer.addSlicedValue(metricSlot, slice, *row.day, row.month, row.monthNumber, customer,
                                                  value, &error));
            }
            bool implied = false;
            for (quint32 m = row.metricsBegin; impliedBy >= 0 && m < row.metricsEnd; ++m)
                implied = implied || metricSlots[size_t(batch.metrics[m].first)] == impliedBy;
            if (ok && recordsSlot >= 0 && !implied)
                ok = writer.addValue(recordsSlot, *row.day, row.month, row.monthNumber, customer, oneRecord, &error);
            if (ok && slice >= 0)
                ok = writer.addSlicedValue(recordsSlot, slice, *row.day, row.month, row.monthNumber, customer,
                                           oneRecord, &error);
            for (quint32 d = row.distinctsBegin; ok && row.day && d < row.distinctsEnd; ++d) {
                const ConvertedRowStream::Attribute& v = batch.distincts[d];
                quint32 valueId = 0;
                const int distinctSlot = distinctSlots[size_t(v.slot)];
                ok = writer.addDistinct(distinctSlot, *row.day, row.month, row.monthNumber, customer, v.text, &error,
                                        &valueId)
                     && (slice < 0
                         || writer.addSlicedDistinct(distinctSlot, slice, *row.day, row.month, row.monthNumber,
                                                     customer, valueId, &error));
            }
            for (quint32 a = row.attributesBegin; a < row.attributesEnd; ++a) {
                const ConvertedRowStream::Attribute& attr = batch.attributes[a];
                writer.setAttribute(customer, attr.slot, attributeNames[attr.slot], row.day, attr.text);
            }
            if (ok && row.billing >= 0) {
                const BillingFields& b = batch.invoices[size_t(row.billing)];
                StoredInvoice& invoice = invoices.emplace_back();
                invoice.line = row.line;
                invoice.invoice = QString::fromUtf8(b.invoice.data(), qsizetype(b.invoice.size()));
                invoice.customer = customer.data->workspaceId;
                invoice.subscription = QString::fromUtf8(b.subscription.data(), qsizetype(b.subscription.size()));
                invoice.status = QString::fromUtf8(b.status.data(), qsizetype(b.status.size()));
                invoice.currency = QString::fromUtf8(b.currency.data(), qsizetype(b.currency.size())).toLower();
                invoice.issued = b.issued;
                invoice.issuedSecond = b.issuedSecond;
                invoice.serviceStart = b.serviceStart;
                invoice.serviceEnd = b.serviceEnd;
                invoice.amountMicros = b.amountMicros;
                invoice.kind = b.kind;
                if (slice >= 0)
                    invoice.slice = writer.sliceId(slice);
                ++file.billing->invoices;
                if (b.kind == InvoiceKind::Counted)
                    ++file.billing->counted;
                else
                    ++file.billing->excluded[b.kind];
                if (!invoice.currency.isEmpty() && !file.billing->currencies.contains(invoice.currency))
                    file.billing->currencies << invoice.currency;
            }
            if (!ok) {
                m_result.error = QStringLiteral("%1:%2: cannot store the row: %3").arg(path).arg(row.line).arg(error);
                return false;
            }
            ++file.rowsImported;
        }
        if (batch.fatal) {
            m_result.error = problemLine(path, batch.fatalProblem, {});
            return false;
        }
        if (progress && !progress(bytesBefore + bytesRead, bytesTotal, file.rowsRead)) {
            m_result.cancelled = true;
            m_result.error = QStringLiteral("import cancelled; the workspace is unchanged");
            return false;
        }
    }
    if (file.rowsRead == 0) {
        m_result.error = QStringLiteral("%1: the file has a header but no data rows").arg(path);
        return false;
    }
    if (!writing) {
        m_result.error = QStringLiteral(
                             "%1: %2 bad row(s); nothing was imported (use --skip-bad-rows to import the good rows)")
                             .arg(path)
                             .arg(m_result.problemCount);
        return false;
    }
    if (!mangledIds.empty())
        file.warnings << QStringLiteral("%1 customer id(s) look spreadsheet-mangled (e.g. %2): kept as written; "
                                        "export ids as text to avoid it")
                             .arg(mangledIds.size())
                             .arg(mangledExamples.join(QStringLiteral(", ")));
    if (divisionsByZero > 0)
        file.warnings
            << QStringLiteral("%1 computed value(s) divide by zero and were left missing").arg(divisionsByZero);
    QStringList unreadColumns;
    qint64 unreadValues = 0;
    const std::vector<int> metricColumns = file.mapping.indexesOf(ColumnRole::Metric);
    for (size_t slot = 0; slot < unread.size(); ++slot) {
        if (unread[slot] == 0)
            continue;
        unreadValues += unread[slot];
        unreadColumns << (slot < metricColumns.size() && slot < 63
                              ? QStringLiteral("'%1'").arg(file.mapping.columns[size_t(metricColumns[slot])].header)
                              : QStringLiteral("others"));
    }
    if (unreadValues > 0)
        file.warnings << QStringLiteral("%1 value(s) in %2 are not numbers and were left missing (the invoices keep "
                                        "them: only the columns the money rules read must be numbers)")
                             .arg(unreadValues)
                             .arg(unreadColumns.join(QStringLiteral(", ")));
    if (withoutCustomer > 0) {
        const int column = file.mapping.indexOf(ColumnRole::Customer);
        file.warnings << QStringLiteral("%1 row(s) have no customer id in '%2' and were left out")
                             .arg(withoutCustomer)
                             .arg(column >= 0 ? file.mapping.columns[size_t(column)].header : QString());
    }
    if (file.billing)
        file.billing->currencies.sort();
    file.sha256 = stream.sha256Hex();
    // An import this one replaces goes first, so the new facts are written into free months.
    if (!checkPrevious(file, &error)) {
        m_result.error = error;
        return false;
    }
    file.readMs = timer.elapsed();
    if (!writer.finishFile(file.sha256, file.rowsRead, file.rowsImported, file.rowsRejected, &error)) {
        m_result.error = QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    if (!writer.addInvoices(invoices, &error)) {
        m_result.error = QStringLiteral("%1: %2").arg(path, error);
        return false;
    }
    file.writeMs = timer.elapsed() - file.readMs;
    file.spilledBytes = writer.spilledBytes();
    m_result.files.push_back(std::move(file));
    return true;
}

QString defaultDatasetName(const QString& path)
{
    const QString base = QFileInfo(path).completeBaseName();
    return base.isEmpty() ? QStringLiteral("dataset") : base;
}

} // namespace

ImportResult importFiles(ImportTarget& target, const QStringList& files, const ImportOptions& options,
                         const ImportProgressFn& progress)
{
    ImportResult result;
    if (files.isEmpty()) {
        result.error = QStringLiteral("no files to import");
        return result;
    }
    qint64 bytesTotal = 0;
    for (const QString& f : files)
        bytesTotal += QFileInfo(f).size();
    const QString dataset = options.dataset.isEmpty() ? defaultDatasetName(files.first()) : options.dataset;

    QString error;
    const std::unique_ptr<ImportSink> sink = target.beginImport(&error);
    if (!sink) {
        result.error = error;
        return result;
    }
    FileImport fileImport(*sink, result, options);
    qint64 bytesBefore = 0;
    for (const QString& path : files) {
        if (!fileImport.run(path, dataset, bytesBefore, bytesTotal, progress))
            return result; // the transaction rolls back: the workspace is exactly as before
        bytesBefore += QFileInfo(path).size();
    }
    if (!sink->commit(dataset, &error)) {
        result.error = QStringLiteral("%1: cannot save the import: %2").arg(sink->location(), error);
        return result;
    }
    result.ok = true;
    // The import is saved; what follows (a journal switch) only warns.
    if (const QString warning = sink->afterCommit(); !warning.isEmpty() && !result.files.empty())
        result.files.back().warnings << warning;
    return result;
}

} // namespace ul
