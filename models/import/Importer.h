// SPDX-License-Identifier: MIT
#pragma once

#include "import/ColumnProfile.h"
#include "import/ImportSink.h"
#include "import/ImportTypes.h"

#include <QStringList>

namespace ul {

/// What the import wizard shows before committing: the first rows, the detected mapping and
/// the problems found in them.
struct FilePreview {
    QString path;
    QString format;
    QStringList columns;
    std::vector<QStringList> rows;
    std::vector<ColumnProfile> profiles;
    ImportMapping mapping;
    std::vector<ImportProblem> problems;
    QString error; ///< set when the file cannot be read or mapped at all
    /// A billing export: what the money rules make of all its invoices (the whole file is read).
    std::optional<BillingImportSummary> billing;
};

/// Detects the format and the role of every column of `path` from a sample (the whole file
/// when the sample leaves a column undecided), then applies the options' overrides.
bool detectFileMapping(const QString& path, const ImportOptions& options, ImportMapping* mapping,
                       std::vector<ColumnProfile>* profiles, QString* error);

/// The first `maxRows` rows of `path` with the problems converting them. With options.mapping
/// set, that mapping is used as it is; otherwise it is detected (see detectFileMapping()).
FilePreview previewImportFile(const QString& path, const ImportOptions& options, int maxRows = 200);

/// Reads every row of a billing export (mapping.billing set) and counts what the money rules make
/// of its invoices, as the import will: the wizard shows it before importing.
std::optional<BillingImportSummary> summarizeBilling(const QString& path, const ImportMapping& mapping);

/// Imports files into a target (a workspace, db/Workspace.h) in one transaction: all of them or
/// nothing. Runs on the calling thread (the GUI calls it from a worker); `progress` may cancel.
ImportResult importFiles(ImportTarget& target, const QStringList& files, const ImportOptions& options,
                         const ImportProgressFn& progress = {});

} // namespace ul
