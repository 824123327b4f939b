// SPDX-License-Identifier: MIT
#include "export/PrintedTable.h"

#include "Sparkline.h"

#include "core/StandardColumns.h"
#include "report/ViewRegistry.h"
#include "tables/CellText.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ul {

namespace {
constexpr size_t kSampledRows = 400; // widths from the first rows: long tables are uniform
} // namespace

QFont printedTableFont(qreal points, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

namespace {

/// The most period columns of a pivot on paper; the xlsx and the window keep them all.
constexpr int kPrintedPivotPeriods = 12;

/// A pivot cut to its last periods (and its total) so a page holds it readably.
ReportTable pivotForPaper(const ReportTable& pivot, bool* cut)
{
    const int periods = int(pivot.columns.size()) - 2; // the row name and `total` around them
    *cut = pivot.name == QLatin1String("pivot") && periods > kPrintedPivotPeriods;
    if (!*cut)
        return pivot;
    const int first = 1 + periods - kPrintedPivotPeriods;
    ReportTable out{pivot.name, {}, {}, pivot.meta};
    out.columns << pivot.columns[0];
    for (qsizetype c = first; c < pivot.columns.size(); ++c)
        out.columns << pivot.columns[c];
    for (const auto& row : pivot.rows) {
        std::vector<ReportCell> kept{row.front()};
        kept.insert(kept.end(), row.begin() + first, row.end());
        out.rows.push_back(std::move(kept));
    }
    return out;
}

} // namespace

PrintedTable PrintedTable::from(const ReportTable& source)
{
    PrintedTable out;
    bool cut = false;
    const ReportTable table = pivotForPaper(source, &cut);
    const ViewSpec* spec = findReportView(table.name);
    out.title = spec ? viewTitle(*spec) : titleFromKey(table.name);
    if (cut)
        out.title = QCoreApplication::translate("PrintedTable", "%1 — the last %2 periods (all in the xlsx)")
                        .arg(out.title)
                        .arg(kPrintedPivotPeriods);
    for (const Column& column : table.columns)
        out.headers << column.displayName();
    out.numeric.assign(size_t(table.columns.size()), false);
    for (qsizetype c = 0; c < table.columns.size() && out.sparklineColumn < 0; ++c)
        if (table.columns[c].kind == ColumnKind::Series)
            out.sparklineColumn = int(c);
    out.rows.reserve(table.rows.size());
    for (const auto& row : table.rows) {
        QStringList texts;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const Column& column = table.columns[c];
            const ReportCell cell = size_t(c) < row.size() ? row[size_t(c)] : ReportCell();
            // A column is numeric when its kind is and its cells are (empty cells do not decide).
            if (cellNumber(cell).has_value() && column.isNumeric())
                out.numeric[size_t(c)] = true;
            QString text = std::holds_alternative<std::monostate>(cell) ? QString() : cellDisplayText(cell, column);
            if (int(c) == out.sparklineColumn)
                text = cellText(cell); // the values, drawn as a line
            // Headline tables name their figures by key ("mrr_growth_pct"): print their titles.
            if (c == 0 && !table.figures.empty())
                if (const Column* figure = table.figure(text))
                    text = figure->displayName();
            texts << text;
        }
        out.rows.push_back(std::move(texts));
    }
    return out;
}

void orderForReading(ReportTable* table)
{
    if (table->name != QLatin1String("health"))
        return;
    // Health: at risk first, then expanding, new, churned, stable; the largest move first.
    const int status = table->columnIndex(cols::status);
    const int change = table->columnIndex(cols::changePct);
    if (status < 0 || change < 0)
        return;
    const QStringList rank{QStringLiteral("at_risk"), QStringLiteral("expanding"), QStringLiteral("new"),
                           QStringLiteral("churned"), QStringLiteral("stable")};
    const auto key = [&](const std::vector<ReportCell>& row) {
        const int s = int(rank.indexOf(cellText(row[size_t(status)])));
        const double c = cellNumber(row[size_t(change)]).value_or(0);
        // At risk: the deepest drop first; every other status: the largest change first.
        return std::pair{s < 0 ? int(rank.size()) : s, s == 0 ? c : -c};
    };
    std::stable_sort(table->rows.begin(), table->rows.end(),
                     [&](const auto& a, const auto& b) { return key(a) < key(b); });
}

void drawPrintedSparkline(QPainter* painter, const QRectF& box, const QString& values, const QColor& color)
{
    std::vector<double> v;
    for (const QString& part : values.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        v.push_back(part.toDouble());
    drawSparkline(painter, box.adjusted(0, box.height() * 0.2, 0, -box.height() * 0.2), v, color,
                  std::max(1.0, box.height() / 12), box.height() / 10);
}

qreal PrintedTableLayout::width() const { return std::accumulate(widths.begin(), widths.end(), qreal(0)); }

PrintedTableLayout PrintedTableLayout::fit(const PrintedTable& table, qreal halfWidth, qreal fullWidth,
                                           QPaintDevice* device, const std::function<qreal(qreal)>& px)
{
    PrintedTableLayout layout;
    const int n = int(table.headers.size());
    for (const qreal points : {7.0, 6.5, 6.0, 5.5}) {
        const QFontMetricsF cells(printedTableFont(points), device);
        const QFontMetricsF heads(printedTableFont(points, true), device);
        const qreal pad = px(8);
        std::vector<qreal> content(size_t(n), 0), header(size_t(n), 0), word(size_t(n), 0);
        for (int c = 0; c < n; ++c) {
            header[size_t(c)] = heads.horizontalAdvance(table.headers[c]) + pad;
            for (const QString& w : table.headers[c].split(QLatin1Char(' ')))
                word[size_t(c)] = std::max(word[size_t(c)], heads.horizontalAdvance(w) + pad);
        }
        for (size_t r = 0; r < std::min(table.rows.size(), kSampledRows); ++r)
            for (int c = 0; c < n && c < table.rows[r].size(); ++c)
                content[size_t(c)] = std::max(
                    content[size_t(c)],
                    c == table.sparklineColumn ? px(48) + pad : cells.horizontalAdvance(table.rows[r][c]) + pad);
        // A header may wrap onto two lines, so it needs its longest word or half its length.
        layout.widths.assign(size_t(n), 0);
        layout.headerLines = 1;
        for (size_t c = 0; c < size_t(n); ++c) {
            const qreal wrapped = std::max(word[c], header[c] / 2 + pad / 2);
            layout.widths[c] = std::max(content[c], std::min(header[c], std::max(wrapped, content[c])));
            if (layout.widths[c] < header[c])
                layout.headerLines = 2;
        }
        layout.points = points;
        // How many lines the widest wrapped header takes in its column (the drawing uses the same rule).
        for (size_t c = 0; c < size_t(n); ++c) {
            const QRectF wrapped = heads.boundingRect(QRectF(0, 0, layout.widths[c] - px(6), 1e6), Qt::TextWordWrap,
                                                      table.headers[int(c)]);
            layout.headerLines = std::max(layout.headerLines, int(std::ceil(wrapped.height() / heads.lineSpacing())));
        }
        const qreal total = layout.width();
        if (total <= halfWidth) {
            layout.fullWidth = false;
            return layout;
        }
        if (total <= fullWidth) {
            layout.fullWidth = true;
            return layout;
        }
    }
    // Still too wide at the smallest font: shorten the text columns (names, ids) evenly.
    layout.fullWidth = true;
    qreal numbers = 0, texts = 0;
    for (size_t c = 0; c < layout.widths.size(); ++c)
        (table.numeric[c] ? numbers : texts) += layout.widths[c];
    const qreal room = fullWidth - numbers;
    if (texts > 0 && room > 0) {
        for (size_t c = 0; c < layout.widths.size(); ++c)
            if (!table.numeric[c])
                layout.widths[c] *= room / texts;
    } else {
        for (qreal& w : layout.widths)
            w *= fullWidth / layout.width();
    }
    return layout;
}

} // namespace ul
