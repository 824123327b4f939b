// SPDX-License-Identifier: MIT
#pragma once

#include "import/ImportInfo.h"
#include "import/ImportMapping.h"
#include "import/RecordReader.h"
#include "import/SourceFormat.h"

#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace ul {

struct ImportOptions {
    QString dataset;      ///< empty: named after the first file
    SourceOptions source; ///< layout forced by the user (header, delimiter, encoding, decimal comma)
    std::vector<MappingOverride> overrides;
    std::optional<DateFormat> dateFormat;
    std::vector<ComputedMetric> computed;   ///< --compute NAME=EXPR, in order
    std::optional<AcceptedDates> dateRange; ///< --date-range: the days accepted (default 1900..2100)
    bool skipBadRows = false;
    bool replace = false;
    /// Content already imported into another dataset is imported again into this one (the
    /// window's "Import as a new dataset"); the same dataset still refuses a second copy.
    bool allowSameContentElsewhere = false;
    /// Mapping chosen in the import wizard; when set, detection and overrides are skipped.
    std::optional<ImportMapping> mapping;
    /// Provenance of rows that came from elsewhere than the file read (a database query saved
    /// to a temporary file): the name `--replace` matches and the source recorded. Empty: the
    /// file's own name and path.
    QString sourceName;
    QString sourceLocation;
};

/// One bad value or row, located precisely.
struct ImportProblem {
    QString file;
    RecordProblem where;
    QString columnName;
    /// "usage.csv:12:5 (column 'usage_date'): not a date: '2022-13-01'"
    QString toString() const;
};

/// What the money rules made of a billing export's invoices (shown after the import).
struct BillingImportSummary {
    QString format;                         ///< "Stripe invoice export"
    qint64 invoices = 0;                    ///< rows read as invoices
    qint64 counted = 0;                     ///< paid or open subscription invoices: the MRR's
    std::map<InvoiceKind, qint64> excluded; ///< left out, by kind (kExcludedKinds order)
    QStringList currencies;                 ///< lower case, sorted
    /// "Stripe invoice export: 4,271 invoices, 3 excluded kinds (void 40, draft 4, one-off 120)"
    QString describe() const;
};

struct FileImportResult {
    QString path;
    QString format;
    QString dataset;
    qint64 importId = 0;
    ImportMapping mapping;
    qint64 fileSize = 0;
    QString sha256;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    std::vector<qint64> replacedImports;
    qint64 readMs = 0;       ///< reading, parsing and buffering the rows
    qint64 writeMs = 0;      ///< sorting, packing and writing them with the derived rows
    qint64 spilledBytes = 0; ///< the import buffer's temporary file (0: it fitted in memory)
    QStringList warnings;    ///< worth a look, not wrong ("12 customer ids look spreadsheet-mangled ...")
    std::optional<BillingImportSummary> billing; ///< a recognised billing export
};

struct ImportResult {
    bool ok = false;
    bool cancelled = false;
    QString error;                       ///< one line; empty when ok
    std::vector<ImportProblem> problems; ///< the first kMaxProblems
    qint64 problemCount = 0;
    std::vector<FileImportResult> files;
    /// Set when a file was refused because its content is already in the workspace: that import.
    std::optional<ImportInfo> alreadyImported;
    static constexpr int kMaxProblems = 20;
};

/// Called from the importing thread every few thousand rows; return false to cancel.
using ImportProgressFn = std::function<bool(qint64 bytesDone, qint64 bytesTotal, qint64 rows)>;

} // namespace ul
