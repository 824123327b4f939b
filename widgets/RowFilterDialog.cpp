// SPDX-License-Identifier: MIT
#include "RowFilterDialog.h"

#include "ChartStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ul {

namespace {

QString blankName() { return RowFilterDialog::tr("(blank)"); }

} // namespace

RowFilterDialog::RowFilterDialog(const QString& workspacePath, const DatasetInfo& dataset, const ReportRequest& request,
                                 QWidget* parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
    , m_dataset(dataset)
    , m_request(request)
{
    setWindowTitle(tr("Filter rows"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_column = new QComboBox(this);
    for (const DimensionInfo& d : dataset.dimensions)
        m_column->addItem(d.displayName, d.key);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("is"), false);
    m_mode->addItem(tr("is not"), true);
    form->addRow(tr("Column"), m_column);
    form->addRow(tr("Condition"), m_mode);
    layout->addLayout(form);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search values"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_values = new QListWidget(this);
    m_values->setMinimumSize(320, 240);
    layout->addWidget(m_values, 1);
    m_status = new QLabel(this);
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_column, &QComboBox::currentIndexChanged, this, [this] {
        m_ticked.clear();
        loadValues();
    });
    connect(m_search, &QLineEdit::textChanged, this, &RowFilterDialog::applySearch);
    loadValues();
}

void RowFilterDialog::preset(const QString& column, const std::vector<RowCondition>& conditions)
{
    const DimensionInfo* d = findDimension(m_dataset, column);
    if (!d)
        return;
    m_column->setCurrentIndex(m_column->findData(d->key));
    m_ticked.clear();
    for (const RowCondition& c : conditions) {
        m_ticked << c.value;
        m_mode->setCurrentIndex(c.exclude ? 1 : 0);
    }
    loadValues();
}

QString RowFilterDialog::column() const { return m_column->currentText(); }

std::vector<RowCondition> RowFilterDialog::conditions() const
{
    std::vector<RowCondition> out;
    const bool exclude = m_mode->currentData().toBool();
    for (int i = 0; i < m_values->count(); ++i) {
        const QListWidgetItem* item = m_values->item(i);
        if (item->checkState() == Qt::Checked)
            out.push_back({column(), item->data(Qt::UserRole).toString(), exclude});
    }
    return out;
}

void RowFilterDialog::loadValues()
{
    m_loaded = false;
    m_values->clear();
    m_status->setText(tr("Counting rows…"));
    const int generation = ++m_generation;
    QtConcurrent::run([path = m_workspacePath, request = m_request, column = column()] {
        std::vector<DimensionValueCount> values;
        ReportError error;
        loadDimensionValueCounts(path, request, column, &values, &error);
        return std::make_pair(values, error.message);
    }).then(this, [this, generation](std::pair<std::vector<DimensionValueCount>, QString> result) {
        if (generation != m_generation)
            return; // another column was picked meanwhile
        if (!result.second.isEmpty())
            m_status->setText(result.second);
        showValues(result.first);
    });
}

void RowFilterDialog::showValues(const std::vector<DimensionValueCount>& values)
{
    m_values->clear();
    for (const DimensionValueCount& v : values) {
        auto* item = new QListWidgetItem(tr("%1 — %n row(s)", nullptr, int(std::min<qint64>(v.rows, INT_MAX)))
                                             .arg(v.value.isEmpty() ? blankName() : v.value),
                                         m_values);
        item->setData(Qt::UserRole, v.value);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_ticked.contains(v.value) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_status->text() == tr("Counting rows…"))
        m_status->setText(tr("%n value(s) in the selected range", nullptr, int(values.size())));
    m_loaded = true;
    applySearch();
}

void RowFilterDialog::applySearch()
{
    const QString needle = m_search->text().trimmed();
    for (int i = 0; i < m_values->count(); ++i) {
        QListWidgetItem* item = m_values->item(i);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

} // namespace ul
