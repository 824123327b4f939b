// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ul {

/// libxlsxwriter (1.1.4, as Debian ships it) prints every number cell with printf("%.16G"), not
/// in shortest round-trip form, so a value rounded to 9645.8 is written as 9645.799999999999 and
/// 65.4 as 65.40000000000001. This copies the workbook `from` into the file `to` with the values
/// of every worksheet's number cells in the shortest text that reads back to the same double:
/// the decimals the export rounded to. Text, formula-string and boolean cells are left alone.
bool copyXlsxWithShortestNumbers(const QString& from, const QString& to, QString* error);

/// The rewriting of one worksheet's XML, fed in pieces as it is inflated: number cells
/// (`<c>` without a type, or t="n") get their `<v>` in shortest round-trip form.
class SheetNumberRewriter {
public:
    QByteArray feed(QByteArrayView chunk);
    QByteArray finish();

private:
    QByteArray m_pending; ///< after the last complete row
};

} // namespace ul
