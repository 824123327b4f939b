// SPDX-License-Identifier: MIT
#include "FilterBar.h"

#include "ChartStyle.h"
#include "CompactCombo.h"
#include "query/RangePresets.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>

namespace ul {

namespace {

QDate toQDate(Day d)
{
    const Ymd ymd = ymdFromDay(d);
    return QDate(ymd.year, ymd.month, ymd.day);
}

Day fromQDate(const QDate& d) { return dayFromYmd(d.year(), d.month(), d.day()).value_or(0); }

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    return label;
}

const int kCustomTop = -1;

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);

    m_dataset = new QComboBox(this);
    m_dataset->setToolTip(tr("Dataset"));
    makeCompact(m_dataset, 10);
    layout->addWidget(caption(tr("Dataset"), this));
    layout->addWidget(m_dataset);
    layout->addSpacing(8);

    m_preset = new QComboBox(this);
    const QStringList presetNames{tr("Last 7 days"),     tr("Last 30 days"), tr("Last 90 days"),   tr("Month to date"),
                                  tr("Quarter to date"), tr("Year to date"), tr("Last 12 months"), tr("All time")};
    const QStringList keys = presetKeys();
    for (int i = 0; i < keys.size(); ++i)
        m_preset->addItem(presetNames.at(i), keys.at(i));
    m_preset->addItem(tr("Custom range"), QString());
    // Exported files rarely end today, so "last 30 days" would often be empty if anchored on the clock.
    m_preset->setToolTip(tr("Presets end on the dataset's last day with data, not on today."));
    layout->addWidget(caption(tr("Range"), this));
    layout->addWidget(m_preset);

    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(ChartStyle::dateFormat());
        e->setKeyboardTracking(false);
    }
    m_from->setToolTip(tr("First day (inclusive)"));
    m_to->setToolTip(tr("Last day (inclusive)"));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);

    m_granularity = new QComboBox(this);
    const QStringList grains{tr("Day"), tr("Week"), tr("Month"), tr("Quarter"), tr("Year")};
    for (int i = 0; i < grains.size(); ++i)
        m_granularity->addItem(grains.at(i), i);
    layout->addWidget(caption(tr("By"), this));
    layout->addWidget(m_granularity);
    layout->addSpacing(8);

    m_top = new QComboBox(this);
    for (int n : {5, 10, 15, 20})
        m_top->addItem(tr("Top %1", "ranking: show the N largest customers").arg(n), n);
    m_top->addItem(tr("Custom…"), kCustomTop);
    m_topCustom = new QSpinBox(this);
    m_topCustom->setRange(1, 100);
    m_topCustom->setValue(25);
    m_topCustom->setVisible(false);
    m_topCustom->setKeyboardTracking(false);
    layout->addWidget(m_top);
    layout->addWidget(m_topCustom);
    layout->addSpacing(8);

    m_customer = new QComboBox(this);
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_customer->setToolTip(tr("Type to search a customer id"));
    makeCompact(m_customer, 10);
    layout->addWidget(caption(tr("Customer"), this));
    layout->addWidget(m_customer);
    layout->addSpacing(8);

    m_newDays = new QSpinBox(this);
    m_newDays->setRange(1, 3650);
    m_newDays->setValue(90);
    m_newDays->setSuffix(tr(" days"));
    m_newDays->setKeyboardTracking(false);
    m_newDays->setToolTip(tr("A customer is new when created within this many days before the range end"));
    layout->addWidget(caption(tr("New within"), this));
    layout->addWidget(m_newDays);
    layout->addStretch(1);

    // Object names let tests and accessibility tools find each filter.
    m_dataset->setObjectName(QStringLiteral("dataset"));
    m_preset->setObjectName(QStringLiteral("preset"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_granularity->setObjectName(QStringLiteral("granularity"));
    m_top->setObjectName(QStringLiteral("top"));
    m_topCustom->setObjectName(QStringLiteral("topCustom"));
    m_customer->setObjectName(QStringLiteral("customer"));
    m_newDays->setObjectName(QStringLiteral("newWithinDays"));

    m_emitTimer = new QTimer(this);
    m_emitTimer->setSingleShot(true);
    m_emitTimer->setInterval(0);
    connect(m_emitTimer, &QTimer::timeout, this, [this] { emit filtersChanged(m_state); });

    connect(m_dataset, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit datasetChanged(m_dataset->currentText());
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, &FilterBar::onPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::onDatesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::onDatesEdited);
    auto changed = [this] {
        if (m_updating)
            return;
        readWidgets();
        scheduleEmit();
    };
    connect(m_granularity, &QComboBox::currentIndexChanged, this, changed);
    connect(m_top, &QComboBox::currentIndexChanged, this, [this, changed] {
        m_topCustom->setVisible(m_top->currentData().toInt() == kCustomTop);
        changed();
    });
    connect(m_topCustom, &QSpinBox::valueChanged, this, changed);
    connect(m_newDays, &QSpinBox::valueChanged, this, changed);
    connect(m_customer, &QComboBox::currentIndexChanged, this, changed);
    connect(m_customer->lineEdit(), &QLineEdit::editingFinished, this, changed);

    m_state.preset = QStringLiteral("all");
}

QStringList FilterBar::presetKeys() { return rangePresetKeys(); }

DateRange FilterBar::presetRange(const QString& key, const DateRange& data) { return rangeOfPreset(key, data); }

void FilterBar::setDatasets(const QStringList& names, const QString& current)
{
    m_updating = true;
    m_dataset->clear();
    m_dataset->addItems(names);
    const int index = m_dataset->findText(current);
    m_dataset->setCurrentIndex(index >= 0 ? index : 0);
    m_updating = false;
}

QString FilterBar::currentDataset() const { return m_dataset->currentText(); }

void FilterBar::setDatasetContext(qint64 datasetId, std::optional<DateRange> dataRange,
                                  const QHash<QString, qint64>& customers)
{
    m_dataRange = dataRange;
    m_customers = customers;
    m_state.dataset = m_dataset->currentText();
    m_state.datasetId = datasetId;

    m_updating = true;
    QStringList names = customers.keys();
    names.sort();
    const QString current = m_state.customerName;
    m_customer->clear();
    m_customer->addItem(tr("All customers"));
    m_customer->addItems(names);
    const int index = current.isEmpty() ? 0 : m_customer->findText(current);
    m_customer->setCurrentIndex(std::max(0, index));
    if (dataRange) {
        m_from->setDateRange(toQDate(dataRange->from), toQDate(dataRange->to));
        m_to->setDateRange(toQDate(dataRange->from), toQDate(dataRange->to));
    }
    m_updating = false;
    if (dataRange && (!m_state.preset.isEmpty() || m_state.range.isEmpty()))
        m_state.range = presetRange(m_state.preset.isEmpty() ? QStringLiteral("all") : m_state.preset, *dataRange);
    else if (dataRange) // a custom range is kept but clamped to the data
        m_state.range = {std::max(m_state.range.from, dataRange->from), std::min(m_state.range.to, dataRange->to)};
    syncWidgets();
    readWidgets();
    scheduleEmit();
}

void FilterBar::setState(const FilterState& state)
{
    m_state = state;
    syncWidgets();
}

void FilterBar::setCustomer(const QString& externalId)
{
    const int index = externalId.isEmpty() ? 0 : m_customer->findText(externalId);
    if (index >= 0)
        m_customer->setCurrentIndex(index);
}

void FilterBar::syncWidgets()
{
    m_updating = true;
    const int presetIndex = m_preset->findData(m_state.preset);
    m_preset->setCurrentIndex(presetIndex >= 0 ? presetIndex : m_preset->count() - 1);
    if (!m_state.range.isEmpty()) {
        m_from->setDate(toQDate(m_state.range.from));
        m_to->setDate(toQDate(m_state.range.to));
    }
    m_granularity->setCurrentIndex(static_cast<int>(m_state.granularity));
    const int topIndex = m_top->findData(m_state.top);
    if (topIndex >= 0) {
        m_top->setCurrentIndex(topIndex);
    } else {
        m_top->setCurrentIndex(m_top->count() - 1);
        m_topCustom->setValue(m_state.top);
    }
    m_topCustom->setVisible(m_top->currentData().toInt() == kCustomTop);
    m_newDays->setValue(m_state.newWithinDays);
    const int customerIndex = m_state.customerName.isEmpty() ? 0 : m_customer->findText(m_state.customerName);
    m_customer->setCurrentIndex(std::max(0, customerIndex));
    m_updating = false;
}

void FilterBar::readWidgets()
{
    m_state.dataset = m_dataset->currentText();
    m_state.range = {fromQDate(m_from->date()), fromQDate(m_to->date())};
    m_state.granularity = static_cast<Granularity>(m_granularity->currentIndex());
    const int top = m_top->currentData().toInt();
    m_state.top = top == kCustomTop ? m_topCustom->value() : top;
    m_state.newWithinDays = m_newDays->value();
    const QString text = m_customer->currentText().trimmed();
    const auto it = m_customers.constFind(text);
    if (it != m_customers.constEnd()) {
        m_state.customer = it.value();
        m_state.customerName = text;
    } else {
        // Unknown text falls back to all customers rather than an empty dashboard.
        m_state.customer.reset();
        m_state.customerName.clear();
    }
}

void FilterBar::onPreset(int index)
{
    if (m_updating)
        return;
    const QString key = m_preset->itemData(index).toString();
    if (key.isEmpty())
        return; // "Custom range" only reflects manual edits
    m_state.preset = key;
    if (m_dataRange) {
        m_state.range = presetRange(key, *m_dataRange);
        syncWidgets();
    }
    readWidgets();
    scheduleEmit();
}

void FilterBar::onDatesEdited()
{
    if (m_updating)
        return;
    m_state.preset.clear();
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->count() - 1);
    m_updating = false;
    readWidgets();
    scheduleEmit();
}

void FilterBar::scheduleEmit()
{
    // Several widgets may change in one go (preset -> two dates); coalesce into one refresh.
    m_emitTimer->start();
}

} // namespace ul
