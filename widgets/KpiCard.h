// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

#include <utility>

class QLabel;

namespace ul {

/// One headline number with a caption and an optional coloured note (e.g. "▲ 12% vs previous").
class KpiCard : public QFrame {
    Q_OBJECT
public:
    explicit KpiCard(const QString& title, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& note = QString(), const QColor& noteColor = QColor());
    QString valueText() const;
    QString noteText() const;
    QString titleText() const;
    /// Caption and "value\nnote" as the card shows them: what PDF pages and slides print.
    std::pair<QString, QString> exported() const;

private:
    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace ul
