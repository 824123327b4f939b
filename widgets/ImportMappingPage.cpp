// SPDX-License-Identifier: MIT
#include "ImportMappingPage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ul {

namespace {
const ColumnRole kRoles[] = {ColumnRole::Customer, ColumnRole::Date,      ColumnRole::Created,
                             ColumnRole::Metric,   ColumnRole::Attribute, ColumnRole::Ignore};

QString roleLabel(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Customer: return ImportMappingPage::tr("Customer id");
    case ColumnRole::Date: return ImportMappingPage::tr("Date");
    case ColumnRole::Created: return ImportMappingPage::tr("Created date");
    case ColumnRole::Metric: return ImportMappingPage::tr("Metric (summed)");
    case ColumnRole::Attribute: return ImportMappingPage::tr("Attribute");
    case ColumnRole::Ignore: return ImportMappingPage::tr("Ignore");
    }
    return {};
}
} // namespace

ImportMappingPage::ImportMappingPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Check the columns"));
    setSubTitle(tr("Roles were detected from the data; change any that are wrong. Nothing is written yet."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_dataset = new QLineEdit(this);
    form->addRow(tr("Dataset name:"), m_dataset);
    layout->addLayout(form);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 3);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Problems in the preview:"), this));
    m_problems = new QListWidget(this);
    layout->addWidget(m_problems, 1);
}

void ImportMappingPage::loadPreview(const QString& path)
{
    m_preview = previewImportFile(path, ImportOptions{}, 200);
    m_dataset->setPlaceholderText(QFileInfo(path).completeBaseName());
    m_roles.clear();
    m_table->clear();
    m_problems->clear();
    const int columns = int(m_preview.columns.size());
    // Row 0 holds the role editors, row 1 the detected date format; data follows.
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(m_preview.rows.size()) + 2);
    m_table->setHorizontalHeaderLabels(m_preview.columns);
    m_table->setVerticalHeaderItem(0, new QTableWidgetItem(tr("Role")));
    m_table->setVerticalHeaderItem(1, new QTableWidgetItem(tr("Date format")));
    for (int c = 0; c < columns; ++c) {
        auto* combo = new QComboBox(m_table);
        for (ColumnRole role : kRoles)
            combo->addItem(roleLabel(role), int(role));
        const ColumnMapping* mapped = c < int(m_preview.mapping.columns.size()) ? &m_preview.mapping.columns[size_t(c)]
                                                                                : nullptr;
        combo->setCurrentIndex(combo->findData(int(mapped ? mapped->role : ColumnRole::Ignore)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateValidity);
        m_table->setCellWidget(0, c, combo);
        m_roles.push_back(combo);
        QString format;
        if (mapped && mapped->dateFormat)
            format = dateFormatName(*mapped->dateFormat)
                     + (mapped->dateFormatAmbiguous ? tr(" (ambiguous)") : QString());
        auto* item = new QTableWidgetItem(format);
        item->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(1, c, item);
    }
    for (int r = 0; r < int(m_preview.rows.size()); ++r) {
        const QStringList& row = m_preview.rows[size_t(r)];
        for (int c = 0; c < columns && c < row.size(); ++c)
            m_table->setItem(r + 2, c, new QTableWidgetItem(row.at(c)));
        m_table->setVerticalHeaderItem(r + 2, new QTableWidgetItem(QString::number(r + 1)));
    }
    m_table->resizeColumnsToContents();
    for (const ImportProblem& p : m_preview.problems)
        m_problems->addItem(p.toString());
    if (!m_preview.error.isEmpty())
        m_problems->addItem(m_preview.error);
    if (m_problems->count() == 0)
        m_problems->addItem(tr("No problems in the first %n row(s).", nullptr, int(m_preview.rows.size())));
    updateValidity();
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping mapping = m_preview.mapping;
    mapping.columns.resize(m_roles.size());
    for (size_t c = 0; c < m_roles.size(); ++c) {
        ColumnMapping& col = mapping.columns[c];
        if (col.header.isEmpty())
            col.header = m_preview.columns.value(int(c));
        col.role = static_cast<ColumnRole>(m_roles[c]->currentData().toInt());
    }
    return mapping;
}

QString ImportMappingPage::datasetName() const
{
    const QString name = m_dataset->text().trimmed();
    return name.isEmpty() ? m_dataset->placeholderText() : name;
}

bool ImportMappingPage::isComplete() const
{
    const ImportMapping m = mapping();
    return m_preview.error.isEmpty() && m.indexOf(ColumnRole::Customer) >= 0 && m.indexOf(ColumnRole::Date) >= 0
           && m.indexOf(ColumnRole::Metric) >= 0;
}

void ImportMappingPage::updateValidity()
{
    const ImportMapping m = mapping();
    QStringList missing;
    if (m.indexOf(ColumnRole::Customer) < 0)
        missing << tr("a customer id");
    if (m.indexOf(ColumnRole::Date) < 0)
        missing << tr("a date");
    if (m.indexOf(ColumnRole::Metric) < 0)
        missing << tr("at least one metric");
    m_status->setText(missing.isEmpty()
                          ? tr("%1 format, %n column(s).", nullptr, int(m.columns.size())).arg(m_preview.format)
                          : tr("Choose %1.").arg(missing.join(QStringLiteral(", "))));
    emit completeChanged();
}

} // namespace ul
