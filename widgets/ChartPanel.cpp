// SPDX-License-Identifier: MIT
#include "ChartPanel.h"

#include "export/ChartExport.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace ul {

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* host = new QWidget(this);
    m_stack = new QStackedLayout(host);
    column->addWidget(host, 1);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setStyleSheet(QStringLiteral("font-size: 8pt;"));
    m_caption->setObjectName(QStringLiteral("chartCaption"));
    m_caption->hide();
    column->addWidget(m_caption);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    // Two rows of charts, the KPI cards and the footer must fit a 720-pixel projector with a title bar.
    m_view->setMinimumSize(280, 170);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChartPanel::showExportMenu);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setAutoFillBackground(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
}

void ChartPanel::setChart(QChart* chart, const ReportTable& data, const QString& title)
{
    m_data = data;
    if (m_data.name.isEmpty())
        m_data.name = m_title;
    QChart* old = m_view->chart();
    chart->setTitle(title.isEmpty() ? m_title : title);
    m_view->setChart(chart);
    delete old;
    m_stack->setCurrentWidget(m_view);
}

void ChartPanel::showMessage(const QString& message, bool dark)
{
    const QString bg = dark ? QStringLiteral("#23262E") : QStringLiteral("#FFFFFF");
    const QString fg = dark ? QStringLiteral("#E5E7EB") : QStringLiteral("#1F2937");
    const QString muted = dark ? QStringLiteral("#9CA3AF") : QStringLiteral("#6B7280");
    m_message->setStyleSheet(QStringLiteral("background: %1;").arg(bg));
    m_message->setText(QStringLiteral("<div style='color:%1; font-weight:600; font-size:10.5pt'>%2</div>"
                                      "<div style='color:%3; font-size:11pt; margin-top:40px'>%4</div>")
                           .arg(fg, m_title.toHtmlEscaped(), muted, message.toHtmlEscaped()));
    m_stack->setCurrentWidget(m_message);
}

void ChartPanel::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    m_caption->setToolTip(caption);
    m_caption->setVisible(!caption.isEmpty());
}

QString ChartPanel::caption() const { return m_caption->text(); }

ReportTable ChartPanel::data() const
{
    if (!hasChart())
        return {};
    if (!m_data.columns.isEmpty())
        return m_data;
    ReportTable fromSeries = ChartExport::seriesData(m_view->chart());
    fromSeries.name = m_title;
    return fromSeries;
}

void ChartPanel::showExportMenu(const QPoint& pos)
{
    if (hasChart())
        ChartExport::execMenu(this, m_view->mapToGlobal(pos));
}

QChart* ChartPanel::chart() const { return hasChart() ? m_view->chart() : nullptr; }
bool ChartPanel::hasChart() const { return m_stack->currentWidget() == m_view; }
QString ChartPanel::message() const { return hasChart() ? QString() : m_message->text(); }

} // namespace ul
