// SPDX-License-Identifier: MIT
#pragma once

#include <QHeaderView>

#include <functional>

namespace ul {

/// A horizontal header whose labels may break onto several lines at spaces ("Avg R" over "(d)")
/// so a table of short numbers fits its width, and whose labels may be replaced by a shorter
/// form when they do not fit ("M10" → "10" in a narrow heatmap). ColumnFit decides when; this
/// class only draws and measures.
class WrappingHeader final : public QHeaderView {
    Q_OBJECT
public:
    explicit WrappingHeader(QWidget* parent = nullptr);

    /// Labels wrap to their section's width (true) or stay on one line (false, the default).
    void setWrapping(bool wrap);
    bool wrapping() const { return m_wrapping; }
    /// A shorter form of a label, for sections too narrow for the model's labels.
    void setCompactLabel(std::function<QString(const QString&)> compact);
    /// All labels in their short form or none (a row of "M0 … M9 10 11" reads as two scales).
    void useCompactLabels(bool compact);
    /// Whether every model label fits its section at the current widths.
    bool labelsFit() const;

    /// The label as drawn in a section `width` pixels wide.
    QString labelFor(int logicalIndex, int width) const;
    /// Lines the widest label needs at the current section widths.
    int linesNeeded() const;
    /// The header's height with every label at its wrapped line count.
    int wrappedHeight() const;
    /// Pixels a section needs besides its text (padding, sort arrow).
    int textMargin(int logicalIndex) const;

    /// The narrowest width `text` takes on at most two lines broken at one space.
    static int twoLineWidth(const QString& text, const QFontMetrics& metrics);
    /// `text` broken at spaces into lines no wider than `width` (a longer word keeps its line).
    static QString wrapText(const QString& text, const QFontMetrics& metrics, int width);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    /// The section's size on one line, with room for the sort arrow only where it is drawn.
    QSize oneLineSize(int logicalIndex) const;
    QString modelLabel(int logicalIndex) const;

    bool m_wrapping = false;
    bool m_useCompact = false;
    std::function<QString(const QString&)> m_compact;
};

} // namespace ul
