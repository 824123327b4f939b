// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "core/ReportTable.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE
class QLabel;
class QStackedLayout;

namespace ul {

/// A chart with a titled "no data" state, so an empty selection never shows a broken chart.
/// Right-click offers the chart exports (ChartExport): copy image, PNG at 1x/2x/3x, SVG,
/// copy data, CSV.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);
    /// Takes ownership of `chart` (the previous one is deleted). `data` is the table behind the
    /// chart for "Copy data" / CSV; without it the series points are exported.
    /// `title`, when given, replaces the panel's title on this chart (a variant of it).
    void setChart(QChart* chart, const ReportTable& data = {}, const QString& title = {});
    void showMessage(const QString& message, bool dark);
    QChart* chart() const;
    /// The charts on display in `panels` (skipping empty ones), for exports.
    template <typename Panels> static std::vector<QChart*> chartsOf(const Panels& panels)
    {
        std::vector<QChart*> out;
        for (const ChartPanel* p : panels) {
            if (QChart* c = p ? p->chart() : nullptr)
                out.push_back(c);
        }
        return out;
    }
    bool hasChart() const;
    QString message() const;
    QString title() const { return m_title; }
    /// The table behind the chart (given or read from the series).
    ReportTable data() const;
    QChartView* view() const { return m_view; }
    /// A line of small text under the chart (a forecast's model and track record); empty hides it.
    void setCaption(const QString& caption);
    QString caption() const;

private:
    void showExportMenu(const QPoint& pos);

    QString m_title;
    ReportTable m_data;
    QChartView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_caption = nullptr;
    QStackedLayout* m_stack = nullptr;
};

} // namespace ul
