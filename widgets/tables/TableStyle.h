// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

#include <memory>

namespace ul {

/// The colours a table model paints with, so a model depends on no tab or theme code and can be
/// tested with fixed colours. ChartTableStyle is the window's (light or dark).
class TableStyle {
public:
    virtual ~TableStyle() = default;
    /// A heatmap cell for a fraction of 0..1 (values outside are clamped).
    virtual QColor heat(double fraction) const = 0;
    /// Text that stays readable on `background`.
    virtual QColor textOn(const QColor& background) const = 0;
};

/// The window's table colours: the first chart colour over the theme's table background.
class ChartTableStyle final : public TableStyle {
public:
    explicit ChartTableStyle(bool dark)
        : m_dark(dark)
    {}
    QColor heat(double fraction) const override;
    QColor textOn(const QColor& background) const override;
    static std::shared_ptr<const TableStyle> forTheme(bool dark);

private:
    bool m_dark;
};

} // namespace ul
