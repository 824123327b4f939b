// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ul {

class MainWindow;

/// The real-window check's eyes inside the program (USAGELENS_WINDOW_PROBE=DIR, see
/// tests/realwindow/): once the window is on screen it visits every dataset, tab and page, the
/// all-customers view and a live switch to the dark theme and back; for each it waits for the
/// results, saves a screenshot of the screen and lists what a reader would hit (a widget outside
/// the screen, a cut label, a chart text in "…", sideways scrolling, text that does not stand out)
/// in DIR/problems.txt; DIR/window.txt records the geometry; DIR/done is written last and the
/// program quits.
void startWindowProbe(MainWindow* window, const QString& directory);

} // namespace ul
