// SPDX-License-Identifier: MIT
#include "export/XlsxExport.h"

#include "core/NumberFormat.h"
#include "export/CellSafety.h"
#include "export/OutputFile.h"
#include "export/XlsxNumberStyle.h"
#include "export/XlsxShortestNumbers.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace ul {

namespace {

constexpr int kMaxSheetRows = 1048576;
constexpr double kMinWidth = 8;
constexpr double kMaxWidth = 50;

enum class DateKind { None, Day, Month };

// A column is a date column only when every text cell in it is an ISO day (or every one an
// ISO month); a single odd value (a customer id like "2024-01-x") keeps the column as text.
DateKind columnDateKind(const ReportTable& t, int column)
{
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
    bool allDays = true, allMonths = true, any = false;
    for (const auto& row : t.rows) {
        if (size_t(column) >= row.size())
            continue;
        if (cellNumber(row[size_t(column)]))
            return DateKind::None;
        const auto* s = std::get_if<QString>(&row[size_t(column)]);
        if (!s || s->isEmpty())
            continue;
        any = true;
        allDays = allDays && day.match(*s).hasMatch();
        allMonths = allMonths && month.match(*s).hasMatch();
        if (!allDays && !allMonths)
            return DateKind::None;
    }
    if (!any)
        return DateKind::None;
    return allDays ? DateKind::Day : DateKind::Month;
}

QString errorText(const QString& path, const QString& reason)
{
    return QCoreApplication::translate("XlsxExport", "cannot write %1: %2").arg(path, reason);
}

/// The style of each numeric column from what it holds; a headline table's value column takes
/// each row's figure instead (cellStyle).
std::vector<XlsxNumberStyle> columnStyles(const ReportTable& t)
{
    std::vector<ColumnNumbers> numbers(size_t(t.columns.size()));
    for (const auto& row : t.rows)
        for (size_t c = 0; c < row.size() && c < numbers.size(); ++c)
            numbers[c].add(row[c]);
    std::vector<XlsxNumberStyle> styles;
    for (qsizetype c = 0; c < t.columns.size(); ++c)
        styles.push_back(XlsxNumberStyle::of(t.columns[c], numbers[size_t(c)]));
    return styles;
}

/// The style of one number: a headline figure's own (a percent row, a money row), else its column's.
XlsxNumberStyle cellStyle(const ReportTable& t, const std::vector<ReportCell>& row, int column,
                          const std::vector<XlsxNumberStyle>& styles)
{
    if (!t.figures.empty() && column > 0 && !row.empty()) {
        if (const Column* figure = t.figure(cellText(row[0]))) {
            ColumnNumbers one;
            one.add(row[size_t(column)]);
            return XlsxNumberStyle::of(*figure, one);
        }
    }
    return styles[size_t(column)];
}

} // namespace

QString XlsxExport::sheetName(const QString& tableName, const QStringList& taken)
{
    QString base;
    for (const QChar c : tableName)
        base += QStringLiteral("[]:*?/\\").contains(c) ? QLatin1Char('_') : c;
    // Excel also rejects names that begin or end with an apostrophe.
    while (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('\'')))
        base.chop(1);
    if (base.trimmed().isEmpty())
        base = QStringLiteral("Sheet");
    base = base.left(31);
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    return name;
}

bool XlsxExport::write(const QString& path, const std::vector<ReportTable>& sheets, QString* error)
{
    // A table a worksheet cannot hold is refused before anything is written.
    for (const ReportTable& raw : sheets) {
        if (raw.rows.size() + 1 > size_t(kMaxSheetRows)) {
            *error = QCoreApplication::translate("XlsxExport",
                                                 "the table '%1' has %2 rows, more than a worksheet holds (%3); "
                                                 "export it as CSV or choose a shorter range or coarser granularity")
                         .arg(raw.name)
                         .arg(raw.rows.size())
                         .arg(kMaxSheetRows - 1);
            return false;
        }
    }
    // Written next to the target and renamed at the end: a reader never sees half a workbook,
    // and only a regular file is ever replaced.
    OutputFile out(path);
    if (!out.open(error))
        return false;
    // libxlsxwriter writes to a scratch file beside it; its numbers are then copied into the
    // temporary file in shortest form (XlsxShortestNumbers.h says why).
    QTemporaryFile scratch(out.tempPath() + QStringLiteral(".XXXXXX"));
    if (!scratch.open()) {
        *error = errorText(path, scratch.errorString());
        return false;
    }
    scratch.close();
    const QByteArray partialPath = QFile::encodeName(scratch.fileName());
    // Constant memory: rows stream to disk as they are written, so a sheet of a million
    // customers does not hold every cell in memory. libxlsxwriter prints its own errors to
    // stderr; ours is the one line the user sees.
    const StderrSilencer quiet;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(partialPath.constData(), &options);
    if (!wb) {
        *error = QCoreApplication::translate("XlsxExport", "cannot create %1").arg(path);
        return false;
    }
    lxw_format* header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    // One format per number format string, made when a column first needs it.
    QHash<QByteArray, lxw_format*> numberFormats;
    const auto numberFormat = [&](const QByteArray& text) {
        lxw_format*& f = numberFormats[text];
        if (!f) {
            f = workbook_add_format(wb);
            format_set_num_format(f, text.constData());
        }
        return f;
    };
    lxw_format* dayFormat = workbook_add_format(wb);
    // Built-in format 14 is the short date of the reader's Excel locale (31.10.2026 in German);
    // numbers likewise carry no separators of their own ("#,##0" is rendered in the reader's locale).
    format_set_num_format_index(dayFormat, 14);
    lxw_format* monthFormat = workbook_add_format(wb);
    format_set_num_format(monthFormat, "yyyy-mm");

    QStringList taken;
    for (const ReportTable& raw : sheets) {
        const ReportTable t = CellSafety::neutralized(raw);
        const QString name = sheetName(t.name, taken);
        taken << name;
        lxw_worksheet* ws = workbook_add_worksheet(wb, name.toUtf8().constData());
        if (!ws) {
            workbook_close(wb);
            *error = QCoreApplication::translate("XlsxExport", "cannot write %1: out of memory").arg(path);
            return false;
        }
        const int columns = int(t.columns.size());
        std::vector<double> widths(size_t(columns), kMinWidth);
        std::vector<DateKind> dates(static_cast<size_t>(columns), DateKind::None);
        const std::vector<XlsxNumberStyle> styles = columnStyles(t);
        for (int c = 0; c < columns; ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), t.columns[c].key.toUtf8().constData(), header);
            widths[size_t(c)] = std::max(widths[size_t(c)], double(t.columns[c].key.size()) + 2);
            dates[size_t(c)] = columnDateKind(t, c);
        }
        lxw_row_t r = 1;
        for (const auto& row : t.rows) {
            for (int c = 0; c < columns && size_t(c) < row.size(); ++c) {
                const ReportCell& cell = row[size_t(c)];
                double textWidth = 0;
                if (cellNumber(cell)) {
                    const XlsxNumberStyle style = cellStyle(t, row, c, styles);
                    const std::optional<double> d = style.value(cell);
                    if (!d)
                        continue; // no spreadsheet value for NaN/inf: leave the cell empty
                    worksheet_write_number(ws, r, lxw_col_t(c), *d, numberFormat(style.format));
                    // Digits plus grouping separators and decimals of the display format.
                    const double shown = std::abs(*d * style.divisor);
                    const double digits = std::floor(std::log10(std::max(1.0, shown))) + 1;
                    textWidth = digits + digits / 3 + (style.scale > 0 ? style.scale + 1 : 0) + (*d < 0 ? 1 : 0);
                } else if (const auto* s = std::get_if<QString>(&cell)) {
                    if (s->isEmpty())
                        continue;
                    if (t.columns[c].kind == ColumnKind::Series) {
                        // A sparkline's values as text a reader can take in, not 17-digit floats.
                        const QString series = readableSeries(*s);
                        worksheet_write_string(ws, r, lxw_col_t(c), series.toUtf8().constData(), nullptr);
                        widths[size_t(c)] = std::max(widths[size_t(c)], std::min(kMaxWidth, double(series.size()) + 2));
                        continue;
                    }
                    if (dates[size_t(c)] != DateKind::None) {
                        lxw_datetime dt{};
                        dt.year = s->mid(0, 4).toInt();
                        dt.month = s->mid(5, 2).toInt();
                        dt.day = dates[size_t(c)] == DateKind::Day ? s->mid(8, 2).toInt() : 1;
                        worksheet_write_datetime(ws, r, lxw_col_t(c), &dt,
                                                 dates[size_t(c)] == DateKind::Day ? dayFormat : monthFormat);
                    } else {
                        worksheet_write_string(ws, r, lxw_col_t(c), s->toUtf8().constData(), nullptr);
                    }
                    textWidth = double(s->size());
                }
                widths[size_t(c)] = std::max(widths[size_t(c)], std::min(kMaxWidth, textWidth + 2));
            }
            ++r;
        }
        for (int c = 0; c < columns; ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[size_t(c)], nullptr);
        // What the table says about itself (a forecast's model, a backtest's window): a key and
        // value per row beside the table, clear of its auto-filter.
        const lxw_col_t metaColumn = lxw_col_t(columns + 1);
        lxw_row_t metaRow = 0;
        double keyWidth = kMinWidth, valueWidth = kMinWidth;
        for (const auto& [key, value] : t.meta) {
            const QString text = cellText(value);
            if (text.isEmpty())
                continue;
            worksheet_write_string(ws, metaRow, metaColumn, key.toUtf8().constData(), header);
            ColumnNumbers one;
            one.add(value);
            const XlsxNumberStyle style = XlsxNumberStyle::of(Column(key), one);
            if (const std::optional<double> d = style.value(value))
                worksheet_write_number(ws, metaRow, metaColumn + 1, *d, nullptr);
            else
                worksheet_write_string(ws, metaRow, metaColumn + 1, text.toUtf8().constData(), nullptr);
            keyWidth = std::max(keyWidth, double(key.size()) + 2);
            valueWidth = std::max(valueWidth, std::min(kMaxWidth, double(text.size()) + 2));
            ++metaRow;
        }
        if (metaRow > 0) {
            worksheet_set_column(ws, metaColumn, metaColumn, keyWidth, nullptr);
            worksheet_set_column(ws, metaColumn + 1, metaColumn + 1, valueWidth, nullptr);
        }
        worksheet_freeze_panes(ws, 1, 0);
        if (columns > 0)
            worksheet_autofilter(ws, 0, 0, lxw_row_t(t.rows.size()), lxw_col_t(columns - 1));
    }
    if (sheets.empty())
        workbook_add_worksheet(wb, nullptr); // a workbook needs at least one sheet
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        *error = errorText(path, QString::fromUtf8(lxw_strerror(e)));
        return false;
    }
    QString reason;
    if (!copyXlsxWithShortestNumbers(scratch.fileName(), out.tempPath(), &reason)) {
        *error = errorText(path, reason);
        return false;
    }
    return out.commit(error);
}

} // namespace ul
