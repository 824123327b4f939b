// SPDX-License-Identifier: MIT
#pragma once

#include <QRect>
#include <QStringList>

#include <vector>

class QChart;
class QImage;
class QLabel;
class QWidget;

namespace ul {

/// What a reader of a projected window would hit, found from the widgets' own text layout (not
/// from pixels, except for contrast): the same checks guard the offscreen tests, the real-window
/// probe and the slides. Each function returns one line per problem, prefixed with `where`.
namespace LayoutAudit {

/// A dynamic property set (true) on a table that scrolls sideways by design (a pivot's periods).
inline constexpr char kScrollsSideways[] = "ulScrollsSideways";

/// Why a label's text does not fit the room it was given ("" when it fits).
QString cutLabel(const QLabel* label);

/// Chart texts Qt Charts shortened with "…" because they had no room.
QStringList elidedChartTexts(const QChart* chart);

/// Cut labels, elided chart texts and sideways scrolling (scroll areas and tables) below `page`.
QStringList readability(QWidget* page, const QString& where, const std::vector<QChart*>& charts);

/// Visible widgets of `window` that reach outside `screen` (global coordinates).
QStringList outsideScreen(QWidget* window, const QRect& screen);

/// Visible labels below `window` whose text hardly stands out from the background it is drawn on,
/// read from `shot` (the window grabbed as it is shown): a contrast ratio below 3:1.
QStringList lowContrast(QWidget* window, const QImage& shot, const QString& where);

} // namespace LayoutAudit
} // namespace ul
