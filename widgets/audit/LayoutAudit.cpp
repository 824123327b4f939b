// SPDX-License-Identifier: MIT
#include "audit/LayoutAudit.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTextDocument>

#include <cmath>
#include <map>

namespace ul::LayoutAudit {

QString cutLabel(const QLabel* label)
{
    const QString text = label->text();
    if (text.trimmed().isEmpty() || Qt::mightBeRichText(text) || !label->pixmap().isNull())
        return {};
    const QFontMetrics metrics(label->font());
    const QRect room = label->contentsRect();
    if (label->wordWrap()) {
        const QRect needed = metrics.boundingRect(QRect(0, 0, room.width(), 100000), Qt::TextWordWrap, text);
        if (needed.height() > room.height() + 1)
            return QStringLiteral("'%1' needs %2 px of height, has %3")
                .arg(text)
                .arg(needed.height())
                .arg(room.height());
        return {};
    }
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    if (widest > room.width() + 1)
        return QStringLiteral("'%1' needs %2 px, has %3").arg(text).arg(widest).arg(room.width());
    return {};
}

QStringList elidedChartTexts(const QChart* chart)
{
    QStringList out;
    if (!chart || !chart->scene())
        return out;
    for (const QGraphicsItem* item : chart->scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (const auto* t = dynamic_cast<const QGraphicsTextItem*>(item))
            text = t->document()->toPlainText();
        else if (const auto* s = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
            text = s->text();
        if (text.endsWith(QLatin1String("...")) || text.contains(QChar(0x2026)))
            out << text;
    }
    return out;
}

QStringList readability(QWidget* page, const QString& where, const std::vector<QChart*>& charts)
{
    QStringList problems;
    for (const QLabel* label : page->findChildren<QLabel*>())
        if (label->isVisible())
            if (const QString cut = cutLabel(label); !cut.isEmpty())
                problems << where + QStringLiteral(": label ") + cut;
    for (const QScrollArea* scroll : page->findChildren<QScrollArea*>())
        if (scroll->isVisible() && scroll->horizontalScrollBar()->isVisible())
            problems << where
                            + QStringLiteral(": scrolls sideways (content %1 px in %2)")
                                  .arg(scroll->widget() ? scroll->widget()->minimumSizeHint().width() : 0)
                                  .arg(scroll->viewport()->width());
    // Tables too: columns fit (labels wrap, heatmap cells narrow) instead of scrolling.
    for (const QTableView* table : page->findChildren<QTableView*>())
        if (table->isVisible() && table->model() && table->horizontalScrollBar()->isVisible()
            && !table->property(kScrollsSideways).toBool())
            problems << where
                            + QStringLiteral(": table '%1' scrolls sideways (columns %2 px in %3)")
                                  .arg(table->model()->headerData(0, Qt::Horizontal).toString())
                                  .arg(table->horizontalHeader()->length())
                                  .arg(table->viewport()->width());
    for (const QChart* chart : charts)
        for (const QString& text : elidedChartTexts(chart))
            problems << where + QStringLiteral(": chart '%1' shows '%2'").arg(chart->title(), text);
    return problems;
}

QStringList outsideScreen(QWidget* window, const QRect& screen)
{
    QStringList problems;
    const auto describe = [](const QWidget* w) {
        const QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                       : w->objectName();
        if (const auto* label = qobject_cast<const QLabel*>(w); label && !label->text().isEmpty())
            return name + QStringLiteral(" '") + label->text().left(40) + QLatin1Char('\'');
        return name;
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->isWindow() || w->width() <= 0 || w->height() <= 0)
            continue;
        // Only what the user can see: the part of the widget its ancestors do not clip away.
        const QRect own(w->mapToGlobal(QPoint(0, 0)), w->size());
        QRect shown = own;
        for (QWidget* p = w->parentWidget(); p; p = p->isWindow() ? nullptr : p->parentWidget())
            shown &= QRect(p->mapToGlobal(QPoint(0, 0)), p->size());
        if (shown.isEmpty())
            continue;
        if (!screen.contains(shown))
            problems << QStringLiteral("%1 at %2,%3 %4x%5 is outside the screen %6x%7")
                            .arg(describe(w))
                            .arg(shown.x())
                            .arg(shown.y())
                            .arg(shown.width())
                            .arg(shown.height())
                            .arg(screen.width())
                            .arg(screen.height());
    }
    return problems;
}

namespace {

double luminance(QRgb c)
{
    const auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

double contrastRatio(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The label's background is its most frequent colour; its text is the pixel that differs most
/// from it (anti-aliasing only lowers the contrast of edge pixels, never of the glyph cores).
double textContrast(const QImage& region)
{
    std::map<QRgb, int> counts;
    for (int y = 0; y < region.height(); ++y)
        for (int x = 0; x < region.width(); ++x)
            ++counts[region.pixel(x, y) | 0xFF000000u];
    if (counts.size() < 2)
        return 1.0;
    QRgb background = counts.begin()->first;
    int most = 0;
    for (const auto& [colour, n] : counts)
        if (n > most) {
            most = n;
            background = colour;
        }
    double best = 1.0;
    for (const auto& [colour, n] : counts)
        best = std::max(best, contrastRatio(colour, background));
    return best;
}

} // namespace

QStringList lowContrast(QWidget* window, const QImage& shot, const QString& where)
{
    QStringList problems;
    const double scale = shot.width() / double(std::max(1, window->width()));
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().trimmed().isEmpty() || !label->pixmap().isNull())
            continue;
        const QRect inWindow(label->mapTo(window, QPoint(0, 0)), label->size());
        const QRect onShot(QPoint(int(inWindow.x() * scale), int(inWindow.y() * scale)),
                           QSize(int(inWindow.width() * scale), int(inWindow.height() * scale)));
        const QRect clipped = onShot & shot.rect();
        if (clipped.width() < 4 || clipped.height() < 4)
            continue;
        if (const double ratio = textContrast(shot.copy(clipped)); ratio < 3.0)
            problems << where
                            + QStringLiteral(": label '%1' has a contrast of %2:1 with its background")
                                  .arg(label->text().left(40))
                                  .arg(ratio, 0, 'f', 1);
    }
    return problems;
}

} // namespace ul::LayoutAudit
