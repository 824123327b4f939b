// SPDX-License-Identifier: MIT
#include "RowFilterRow.h"

#include "CompactCombo.h"

#include "RowFilterDialog.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <map>

namespace ul {

namespace {

QString valueName(const QString& v) { return v.isEmpty() ? RowFilterRow::tr("(blank)") : v; }

/// "Region is Western Europe or Asia", "internal is not TRUE", "Plan is none of a, b".
QString chipText(const QString& column, bool exclude, const QStringList& values)
{
    QStringList names;
    for (const QString& v : values)
        names << valueName(v);
    if (!exclude)
        return names.size() <= 3 ? RowFilterRow::tr("%1 is %2").arg(column, names.join(RowFilterRow::tr(" or ")))
                                 : RowFilterRow::tr("%1 is one of %n value(s)", nullptr, int(names.size())).arg(column);
    if (names.size() == 1)
        return RowFilterRow::tr("%1 is not %2").arg(column, names.front());
    return names.size() <= 3 ? RowFilterRow::tr("%1 is none of %2").arg(column, names.join(QStringLiteral(", ")))
                             : RowFilterRow::tr("%1 is none of %n value(s)", nullptr, int(names.size())).arg(column);
}

} // namespace

RowFilterRow::RowFilterRow(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 6);
    layout->setSpacing(6);
    auto* caption = new QLabel(tr("Rows"), this);
    caption->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    caption->setToolTip(tr("Only the rows passing every filter count, on every tab and in every export."));
    layout->addWidget(caption);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(6);
    layout->addLayout(m_chips);
    m_add = new QToolButton(this);
    m_add->setText(tr("+ Filter"));
    m_add->setToolTip(tr("Keep or leave out rows by a column kept per row"));
    m_add->setAutoRaise(true);
    connect(m_add, &QToolButton::clicked, this, &RowFilterRow::addFilter);
    layout->addWidget(m_add);
    layout->addStretch(1);
    auto* by = new QLabel(tr("Break down by"), this);
    by->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    layout->addWidget(by);
    m_breakdown = new QComboBox(this);
    m_breakdown->setToolTip(tr("Split the total-per-period chart by a column's values (the 8 largest, then Other)"));
    makeCompact(m_breakdown, 10);
    connect(m_breakdown, &QComboBox::activated, this, [this] { emit breakdownChanged(breakdown()); });
    layout->addWidget(m_breakdown);
    m_customerKeyCaption = new QLabel(tr("Count customers by"), this);
    m_customerKeyCaption->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    layout->addWidget(m_customerKeyCaption);
    m_customerKey = new QComboBox(this);
    m_customerKey->setToolTip(tr("Roll sub-accounts up to the account an attribute names (imported from a mapping "
                                 "file): their usage is summed, ranked and segmented as one customer"));
    makeCompact(m_customerKey, 10);
    connect(m_customerKey, &QComboBox::activated, this, [this] { emit customerKeyChanged(customerKey()); });
    layout->addWidget(m_customerKey);
    setCustomerKeys({});
}

void RowFilterRow::setDataset(const QString& workspacePath, const DatasetInfo& dataset)
{
    m_workspacePath = workspacePath;
    m_dataset = dataset;
    m_breakdown->clear();
    m_breakdown->addItem(tr("Nothing"), QString());
    for (const DimensionInfo& d : dataset.dimensions)
        m_breakdown->addItem(d.displayName, d.displayName);
    updateVisibility();
}

void RowFilterRow::setCustomerKeys(const QStringList& attributes)
{
    const QString current = customerKey();
    m_customerKey->clear();
    m_customerKey->addItem(tr("Customer id"), QString());
    for (const QString& a : attributes)
        m_customerKey->addItem(a, a);
    const int index = m_customerKey->findData(current);
    m_customerKey->setCurrentIndex(index < 0 ? 0 : index);
    updateVisibility();
}

QString RowFilterRow::customerKey() const { return m_customerKey->currentData().toString(); }

void RowFilterRow::updateVisibility()
{
    const bool dimensions = !m_dataset.dimensions.empty();
    const bool keys = m_customerKey->count() > 1;
    for (QWidget* w : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (w != m_customerKey && w != m_customerKeyCaption)
            w->setVisible(dimensions);
    m_customerKey->setVisible(keys);
    m_customerKeyCaption->setVisible(keys);
    setVisible(dimensions || keys);
}

void RowFilterRow::setState(const std::vector<RowCondition>& where, const QString& breakdown,
                            const QString& customerKey)
{
    m_where = where;
    const int index = m_breakdown->findData(breakdown);
    m_breakdown->setCurrentIndex(index < 0 ? 0 : index);
    const int key = m_customerKey->findData(customerKey);
    m_customerKey->setCurrentIndex(key < 0 ? 0 : key);
    rebuildChips();
}

QString RowFilterRow::breakdown() const { return m_breakdown->currentData().toString(); }

QStringList RowFilterRow::chipTexts() const
{
    QStringList out;
    for (const QWidget* chip : m_chipWidgets)
        out << chip->property("chipText").toString();
    return out;
}

void RowFilterRow::rebuildChips()
{
    for (QWidget* w : m_chipWidgets)
        delete w;
    m_chipWidgets.clear();
    // One chip per column and condition, in the order the columns were first filtered.
    std::vector<std::pair<QString, bool>> order;
    std::map<std::pair<QString, bool>, QStringList> values;
    for (const RowCondition& c : m_where) {
        const DimensionInfo* d = findDimension(m_dataset, c.column);
        const std::pair<QString, bool> key{d ? d->displayName : c.column, c.exclude};
        if (!values.count(key))
            order.push_back(key);
        values[key] << c.value;
    }
    for (const auto& key : order) {
        auto* chip = new QFrame(this);
        chip->setObjectName(QStringLiteral("filterChip"));
        chip->setStyleSheet(QStringLiteral("#filterChip { border: 1px solid palette(mid); border-radius: 10px; "
                                           "background: palette(alternate-base); }"));
        auto* row = new QHBoxLayout(chip);
        row->setContentsMargins(6, 0, 2, 0);
        row->setSpacing(0);
        const QString text = chipText(key.first, key.second, values[key]);
        chip->setProperty("chipText", text);
        auto* edit = new QToolButton(chip);
        edit->setText(text);
        edit->setAutoRaise(true);
        edit->setToolTip(tr("Change this filter"));
        connect(edit, &QToolButton::clicked, this, [this, key] { editChip(key.first, key.second); });
        auto* remove = new QToolButton(chip);
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove this filter"));
        remove->setAccessibleName(tr("Remove filter %1").arg(text));
        connect(remove, &QToolButton::clicked, this, [this, key] { removeChip(key.first, key.second); });
        row->addWidget(edit);
        row->addWidget(remove);
        m_chips->addWidget(chip);
        chip->show(); // added to a widget that may already be visible
        m_chipWidgets.push_back(chip);
    }
}

void RowFilterRow::addFilter()
{
    std::vector<RowCondition> chosen;
    QString column;
    if (m_override) {
        chosen = m_override();
        if (chosen.empty())
            return;
        column = chosen.front().column;
    } else {
        RowFilterDialog dialog(m_workspacePath, m_dataset, m_request, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        chosen = dialog.conditions();
        column = dialog.column();
    }
    replaceColumn(column, chosen);
}

void RowFilterRow::editChip(const QString& column, bool exclude)
{
    if (m_override) {
        addFilter();
        return;
    }
    RowFilterDialog dialog(m_workspacePath, m_dataset, m_request, this);
    std::vector<RowCondition> current;
    for (const RowCondition& c : m_where)
        if (findDimension(m_dataset, c.column) == findDimension(m_dataset, column) && c.exclude == exclude)
            current.push_back(c);
    dialog.preset(column, current);
    if (dialog.exec() == QDialog::Accepted)
        replaceColumn(dialog.column(), dialog.conditions());
}

void RowFilterRow::removeChip(const QString& column, bool exclude)
{
    const DimensionInfo* d = findDimension(m_dataset, column);
    std::erase_if(m_where, [&](const RowCondition& c) {
        return c.exclude == exclude && (d ? findDimension(m_dataset, c.column) == d : c.column == column);
    });
    rebuildChips();
    emit conditionsChanged(m_where);
}

void RowFilterRow::replaceColumn(const QString& column, const std::vector<RowCondition>& replacement)
{
    const DimensionInfo* d = findDimension(m_dataset, column);
    std::erase_if(m_where, [&](const RowCondition& c) {
        return d ? findDimension(m_dataset, c.column) == d : c.column == column;
    });
    m_where.insert(m_where.end(), replacement.begin(), replacement.end());
    rebuildChips();
    emit conditionsChanged(m_where);
}

} // namespace ul
