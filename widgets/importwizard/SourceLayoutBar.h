// SPDX-License-Identifier: MIT
#pragma once

#include "import/SourceFormat.h"

#include <QWidget>

class QComboBox;

namespace ul {

/// The file layout the user can correct: header row, delimiter, encoding and decimal mark.
/// Each starts at "Detected (…)" and shows what detection found; changed() fires when the
/// user picks another choice.
class SourceLayoutBar : public QWidget {
    Q_OBJECT
public:
    explicit SourceLayoutBar(QWidget* parent = nullptr);

    /// What the user forced (unset fields: detect).
    SourceOptions options() const;
    /// Shows what was detected in the "Detected" entries; keeps the user's choices.
    /// `perColumn`: the numeric columns do not all use the same decimal mark.
    void showDetected(const SourceFormat& format, bool decimalComma, bool perColumn = false);
    /// Only CSV files have a header, delimiter or decimal mark to choose.
    void setDelimitedText(bool delimited);

    QComboBox* headerCombo() const { return m_header; }
    QComboBox* delimiterCombo() const { return m_delimiter; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QComboBox* decimalCombo() const { return m_decimal; }

signals:
    void changed();

private:
    QComboBox* m_header = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_decimal = nullptr;
};

} // namespace ul
