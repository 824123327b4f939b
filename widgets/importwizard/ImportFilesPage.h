// SPDX-License-Identifier: MIT
#pragma once

#include "import/QuerySource.h"

#include <QTemporaryDir>
#include <QWizardPage>

#include <optional>

class QListWidget;

namespace ul {

/// Step 1 of the import wizard: the files to import (CSV or NDJSON), added by dialog or drop.
class ImportFilesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilesPage(QWidget* parent = nullptr);
    QStringList files() const;
    void setFiles(const QStringList& files);
    bool isComplete() const override;
    /// Set when the rows come from a query ("From database…"): files() is then its result.
    const std::optional<QuerySource>& querySource() const { return m_query; }
    /// Takes the rows of a query, already written as CSV to `csv` (tests; the dialog's result).
    void setQueryResult(const QuerySource& source, const QString& csv, qint64 rows);

private:
    void addFiles();
    void fromDatabase();

    QListWidget* m_list = nullptr;
    std::optional<QuerySource> m_query;
    QTemporaryDir m_queryDir; ///< holds a query's rows until the wizard closes
};

} // namespace ul
