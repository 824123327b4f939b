// SPDX-License-Identifier: MIT
#include "CompactCombo.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFontMetrics>
#include <QStyle>

namespace ul {
namespace {

void widenPopup(QComboBox* combo)
{
    int widest = 0;
    const QFontMetrics metrics(combo->view()->font());
    for (int i = 0; i < combo->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(combo->itemText(i)));
    const int scrollBar = combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    combo->view()->setMinimumWidth(widest + scrollBar + 4 * metrics.averageCharWidth());
}

void explainCutText(QComboBox* combo, const QString& ownTip)
{
    const QString text = combo->currentText();
    const int room = combo->width() - combo->iconSize().width() - 3 * combo->fontMetrics().averageCharWidth();
    const bool cut = combo->fontMetrics().horizontalAdvance(text) > room;
    combo->setToolTip(cut ? text + (ownTip.isEmpty() ? QString() : QStringLiteral("\n") + ownTip) : ownTip);
}

} // namespace

void makeCompact(QComboBox* combo, int characters)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    const QString ownTip = combo->toolTip();
    QAbstractItemModel* model = combo->model();
    const auto update = [combo, ownTip] {
        widenPopup(combo);
        explainCutText(combo, ownTip);
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, combo, update);
    QObject::connect(model, &QAbstractItemModel::modelReset, combo, update);
    QObject::connect(model, &QAbstractItemModel::dataChanged, combo, update);
    QObject::connect(combo, &QComboBox::currentTextChanged, combo, update);
    update();
}

} // namespace ul
