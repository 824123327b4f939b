// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE
class QLabel;
class QStackedLayout;

namespace ul {

/// A chart with a titled "no data" state, so an empty selection never shows a broken chart.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);
    /// Takes ownership of `chart` (the previous one is deleted).
    void setChart(QChart* chart);
    void showMessage(const QString& message, bool dark);
    QChart* chart() const;
    bool hasChart() const;
    QString message() const;
    QString title() const { return m_title; }

private:
    QString m_title;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QStackedLayout* m_stack = nullptr;
};

} // namespace ul
