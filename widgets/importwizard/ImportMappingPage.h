// SPDX-License-Identifier: MIT
#pragma once

#include "import/Importer.h"

#include <QWizardPage>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace ul {

class PreviewLoader;
class SourceLayoutBar;

/// Step 2: the first rows of the first file; the layout (header row, delimiter, encoding,
/// decimal mark) and a role and date form per column, detected and editable; the problems
/// those choices give in the preview, before anything is written. Every change re-reads the
/// preview on a worker thread.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(QWidget* parent = nullptr);
    /// Starts reading the preview of `path` (first 200 rows) with detection; previewLoaded()
    /// follows.
    void loadPreview(const QString& path);
    bool isPreviewLoading() const;
    ImportMapping mapping() const;
    QString datasetName() const;
    const FilePreview& preview() const { return m_preview; }
    QComboBox* roleCombo(int column) const { return m_roles.at(size_t(column)); }
    QComboBox* dateFormatCombo(int column) const { return m_dateForms.at(size_t(column)); }
    SourceLayoutBar* layoutBar() const { return m_layout; }
    QTableWidget* table() const { return m_table; }
    QLineEdit* computedEdit() const { return m_computed; }
    bool isComplete() const override;

signals:
    void previewLoaded();

private:
    void requestDetection();
    void requestReparse();
    void onLoaded(const FilePreview& preview, bool redetected);
    void rebuildTable();
    void showProblems();
    void updateValidity();

    QString m_path;
    FilePreview m_preview;    ///< the latest preview (re-parsed with the user's mapping)
    ImportMapping m_detected; ///< the mapping detection gave, layout included
    PreviewLoader* m_loader = nullptr;
    SourceLayoutBar* m_layout = nullptr;
    QLineEdit* m_dataset = nullptr;
    QLineEdit* m_computed = nullptr; ///< "NAME = EXPR; ..." as --compute
    /// The computed metrics typed so far, or the first problem with them.
    std::vector<ComputedMetric> computedMetrics(QString* error) const;
    QTableWidget* m_table = nullptr;
    QListWidget* m_problems = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_billing = nullptr; ///< what the money rules make of a billing export's invoices
    std::vector<QComboBox*> m_roles;
    std::vector<QComboBox*> m_dateForms;
};

} // namespace ul
