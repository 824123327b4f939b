// SPDX-License-Identifier: MIT
#include "export/XlsxShortestNumbers.h"

#include "core/NumberFormat.h"
#include "export/ZipCopy.h"

#include <charconv>

namespace ul {

namespace {

/// The shortest round-trip text of a number cell's value; the text itself when it is not one.
QByteArray shortest(QByteArrayView value)
{
    double d = 0;
    const char* end = value.data() + value.size();
    const auto parsed = std::from_chars(value.data(), end, d);
    if (parsed.ec != std::errc() || parsed.ptr != end)
        return value.toByteArray();
    return shortestNumber(d).toLatin1();
}

/// Whether the start tag of a cell (`<c r="A1" s="2" t="inlineStr">`) holds a number.
bool isNumberCell(QByteArrayView startTag)
{
    const qsizetype type = startTag.indexOf(QByteArrayView(" t=\""));
    return type < 0 || startTag.sliced(type + 4).startsWith(QByteArrayView("n\""));
}

/// Rewrites the number cells of complete XML (whole rows).
QByteArray rewriteCells(QByteArrayView xml)
{
    QByteArray out;
    out.reserve(xml.size());
    qsizetype at = 0;
    for (;;) {
        const qsizetype cell = xml.indexOf(QByteArrayView("<c "), at);
        if (cell < 0)
            break;
        const qsizetype tagEnd = xml.indexOf('>', cell);
        if (tagEnd < 0)
            break;
        out += xml.sliced(at, tagEnd + 1 - at);
        at = tagEnd + 1;
        if (xml.at(tagEnd - 1) == '/' || !isNumberCell(xml.sliced(cell, tagEnd - cell)))
            continue;
        const qsizetype close = xml.indexOf(QByteArrayView("</c>"), at);
        const qsizetype v = xml.indexOf(QByteArrayView("<v>"), at);
        const qsizetype vEnd = v < 0 ? -1 : xml.indexOf(QByteArrayView("</v>"), v);
        if (close < 0 || v < 0 || vEnd < 0 || vEnd > close)
            continue;
        out += xml.sliced(at, v + 3 - at);
        out += shortest(xml.sliced(v + 3, vEnd - v - 3));
        at = vEnd;
    }
    out += xml.sliced(at);
    return out;
}

class SheetEdit : public ZipEntryEdit {
public:
    QByteArray feed(QByteArrayView chunk) override { return m_rewriter.feed(chunk); }
    QByteArray finish() override { return m_rewriter.finish(); }

private:
    SheetNumberRewriter m_rewriter;
};

} // namespace

QByteArray SheetNumberRewriter::feed(QByteArrayView chunk)
{
    // Cells never span rows: everything up to the last complete row can be rewritten now.
    m_pending += chunk;
    const QByteArrayView rowEnd("</row>");
    const qsizetype last = m_pending.lastIndexOf(rowEnd);
    if (last < 0)
        return {};
    const qsizetype cut = last + rowEnd.size();
    const QByteArray done = rewriteCells(QByteArrayView(m_pending).first(cut));
    m_pending.remove(0, cut);
    return done;
}

QByteArray SheetNumberRewriter::finish()
{
    const QByteArray done = rewriteCells(m_pending);
    m_pending.clear();
    return done;
}

bool copyXlsxWithShortestNumbers(const QString& from, const QString& to, QString* error)
{
    const auto sheets = [](const QByteArray& name) -> std::unique_ptr<ZipEntryEdit> {
        if (name.startsWith("xl/worksheets/sheet") && name.endsWith(".xml"))
            return std::make_unique<SheetEdit>();
        return nullptr;
    };
    return copyZip(from, to, sheets, error);
}

} // namespace ul
