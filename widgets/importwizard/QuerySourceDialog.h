// SPDX-License-Identifier: MIT
#pragma once

#include "import/QuerySource.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ul {

/// The import wizard's "From database…": a server (libpq URI) and a query. Accepting runs the
/// query on a worker (progress and Cancel; a password asked for if the server wants one) and
/// writes its rows as CSV into `folder`; the wizard then maps and imports that file like an
/// export, recorded with the query as its source.
class QuerySourceDialog final : public QDialog {
    Q_OBJECT
public:
    QuerySourceDialog(const QString& folder, QWidget* parent = nullptr);
    QuerySource source() const;
    /// The CSV the accepted query's rows were written to.
    QString csvPath() const { return m_csv; }
    qint64 rows() const { return m_rows; }

    void accept() override;

private:
    QString m_folder;
    QString m_csv;
    qint64 m_rows = 0;
    QLineEdit* m_server;
    QPlainTextEdit* m_query;
    QLabel* m_error;
};

} // namespace ul
