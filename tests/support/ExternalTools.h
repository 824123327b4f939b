// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ul::test {

// The command-line tools tests read exports with (packaging/test-tools.txt lists them);
// guard each test with UL_REQUIRE_TOOL() from RequireTool.h.

/// Text of one entry of a zip archive (`unzip -p`), or a null array when unzip fails.
QByteArray zipEntry(const QString& zip, const QString& entry);
/// The entry names of a zip archive (`unzip -Z1`).
QStringList zipEntries(const QString& zip);
/// The text of a PDF (`pdftotext -layout`).
QString pdfText(const QString& pdf);
/// The page count of a PDF (`pdfinfo`), -1 when it cannot be read.
int pdfPages(const QString& pdf);

} // namespace ul::test
