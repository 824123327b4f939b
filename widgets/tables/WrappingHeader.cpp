// SPDX-License-Identifier: MIT
#include "tables/WrappingHeader.h"

#include <QStyle>
#include <QStyleOptionHeader>

#include <algorithm>

namespace ul {

WrappingHeader::WrappingHeader(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    // QTableView's own header is clickable and highlights the selected column; keep that.
    setSectionsClickable(true);
    setHighlightSections(true);
    setTextElideMode(Qt::ElideNone); // a label is wrapped or compacted, never cut to "…"
}

void WrappingHeader::setWrapping(bool wrap)
{
    if (m_wrapping == wrap)
        return;
    m_wrapping = wrap;
    viewport()->update();
}

void WrappingHeader::setCompactLabel(std::function<QString(const QString&)> compact) { m_compact = std::move(compact); }

void WrappingHeader::useCompactLabels(bool compact)
{
    if (m_useCompact == compact)
        return;
    m_useCompact = compact;
    viewport()->update();
}

bool WrappingHeader::labelsFit() const
{
    const QFontMetrics metrics = fontMetrics();
    for (int i = 0; i < count(); ++i)
        if (!isSectionHidden(i) && metrics.horizontalAdvance(modelLabel(i)) > sectionSize(i) - textMargin(i))
            return false;
    return true;
}

QString WrappingHeader::modelLabel(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
}

QSize WrappingHeader::oneLineSize(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    // Qt keeps room for the sort arrow in every section; only the sorted one draws it.
    if (isSortIndicatorShown() && logicalIndex != sortIndicatorSection()) {
        QStyleOptionHeader option;
        initStyleOption(&option);
        size.rwidth() -= size.height() + style()->pixelMetric(QStyle::PM_HeaderMargin, &option, this);
    }
    return size;
}

int WrappingHeader::textMargin(int logicalIndex) const
{
    const QString text = modelLabel(logicalIndex);
    return oneLineSize(logicalIndex).width() - fontMetrics().horizontalAdvance(text);
}

int WrappingHeader::twoLineWidth(const QString& text, const QFontMetrics& metrics)
{
    int best = metrics.horizontalAdvance(text);
    for (qsizetype at = text.indexOf(QLatin1Char(' ')); at >= 0; at = text.indexOf(QLatin1Char(' '), at + 1))
        best = std::min(
            best, std::max(metrics.horizontalAdvance(text.left(at)), metrics.horizontalAdvance(text.mid(at + 1))));
    return best;
}

QString WrappingHeader::wrapText(const QString& text, const QFontMetrics& metrics, int width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString& word : words) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QString WrappingHeader::labelFor(int logicalIndex, int width) const
{
    QString text = modelLabel(logicalIndex);
    const int room = width - textMargin(logicalIndex);
    const QFontMetrics metrics = fontMetrics();
    if (m_compact && m_useCompact)
        text = m_compact(text);
    if (m_wrapping && metrics.horizontalAdvance(text) > room)
        text = wrapText(text, metrics, room);
    return text;
}

int WrappingHeader::linesNeeded() const
{
    int lines = 1;
    for (int i = 0; i < count(); ++i)
        if (!isSectionHidden(i))
            lines = std::max<int>(lines, int(labelFor(i, sectionSize(i)).count(QLatin1Char('\n'))) + 1);
    return lines;
}

int WrappingHeader::wrappedHeight() const
{
    int oneLine = 0;
    for (int i = 0; i < count(); ++i)
        if (!isSectionHidden(i))
            oneLine = std::max(oneLine, oneLineSize(i).height());
    return oneLine + (linesNeeded() - 1) * fontMetrics().lineSpacing();
}

void WrappingHeader::initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    option->text = labelFor(logicalIndex, sectionSize(logicalIndex));
    if (option->version >= QStyleOptionHeaderV2::Version)
        static_cast<QStyleOptionHeaderV2*>(option)->textElideMode = Qt::ElideNone;
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = oneLineSize(logicalIndex);
    if (m_wrapping)
        size.rheight() += (linesNeeded() - 1) * fontMetrics().lineSpacing();
    return size;
}

} // namespace ul
