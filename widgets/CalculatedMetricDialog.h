// SPDX-License-Identifier: MIT
#pragma once

#include "query/CalculatedMetrics.h"
#include "query/DatasetCatalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ul {

/// "New calculated metric": a ratio of two metrics of the dataset, sum(A) / sum(B) in every
/// period and per customer (as `usagelens metric add --ratio A/B`). Picks the sides from the
/// dataset's summed and unique-count metrics and proposes a name; the caller stores it.
/// GUI thread only.
class CalculatedMetricDialog : public QDialog {
    Q_OBJECT
public:
    explicit CalculatedMetricDialog(const DatasetInfo& dataset, QWidget* parent = nullptr);
    /// What to store (the key derived from the name).
    RatioDefinition definition() const;
    /// For tests and keyboard users: pick the sides by key.
    void choose(const QString& numeratorKey, const QString& denominatorKey);
    void setName(const QString& name);

private:
    void updateProposal();

    DatasetInfo m_dataset;
    QComboBox* m_numerator = nullptr;
    QComboBox* m_denominator = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_key = nullptr;
    bool m_nameEdited = false;
};

} // namespace ul
