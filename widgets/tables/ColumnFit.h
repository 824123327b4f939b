// SPDX-License-Identifier: MIT
#pragma once

class QTableView;

namespace ul {

/// Keeps a table of short values within its own width, refitting whenever the view is resized
/// or its model changes: columns take the width of their content and label; when that is more
/// than the view has, labels wrap at spaces (two lines of header instead of a scroll bar), and
/// only then does the widest text column give up room (its cells elide in the middle). Left-over
/// width goes to the last column. The view's horizontal header is replaced by a WrappingHeader.
void fitColumnsToWidth(QTableView* view);

/// A heatmap (cohorts): equal columns that fill the width, between a minimum that still shows
/// the colour and a maximum that keeps cells square-ish. Labels shorten ("M10" → "10") and the
/// cells' numbers give way to their colour (the tooltip keeps the number) when too narrow.
void fitHeatmapToWidth(QTableView* view);

} // namespace ul
