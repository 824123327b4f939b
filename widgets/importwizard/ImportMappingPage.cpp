// SPDX-License-Identifier: MIT
#include "ImportMappingPage.h"

#include "PreviewLoader.h"
#include "SourceLayoutBar.h"
#include "revenue/BillingText.h"

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

constexpr int kPreviewRows = 200;

const ColumnRole kRoles[] = {ColumnRole::Customer, ColumnRole::Date,      ColumnRole::Created,   ColumnRole::Metric,
                             ColumnRole::Distinct, ColumnRole::Dimension, ColumnRole::Attribute, ColumnRole::Ignore};

QString roleLabel(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Customer: return ImportMappingPage::tr("Customer id");
    case ColumnRole::Date: return ImportMappingPage::tr("Date");
    case ColumnRole::Created: return ImportMappingPage::tr("Created date");
    case ColumnRole::Metric: return ImportMappingPage::tr("Metric (summed)");
    case ColumnRole::Distinct: return ImportMappingPage::tr("Unique count (distinct values)");
    case ColumnRole::Dimension: return ImportMappingPage::tr("Filter and break down (per row)");
    case ColumnRole::Attribute: return ImportMappingPage::tr("Attribute");
    case ColumnRole::Ignore: return ImportMappingPage::tr("Ignore");
    }
    return {};
}

bool isDateRole(ColumnRole role) { return role == ColumnRole::Date || role == ColumnRole::Created; }

} // namespace

ImportMappingPage::ImportMappingPage(QWidget* parent)
    : QWizardPage(parent)
    , m_loader(new PreviewLoader(this))
{
    setTitle(tr("Check the columns"));
    setSubTitle(tr("The layout and roles were detected from the data; change any that are wrong. "
                   "Nothing is written yet."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_dataset = new QLineEdit(this);
    form->addRow(tr("Dataset name:"), m_dataset);
    m_computed = new QLineEdit(this);
    m_computed->setPlaceholderText(tr("optional, e.g. revenue = Qty * \"Unit Price\"; hours = seconds / 3600"));
    m_computed->setToolTip(tr("Metrics computed from each row: + - * / and parentheses over numeric columns "
                              "(names with spaces in quotes). Separate several with ';'."));
    form->addRow(tr("Computed metrics:"), m_computed);
    layout->addLayout(form);
    connect(m_computed, &QLineEdit::textChanged, this, &ImportMappingPage::updateValidity);
    m_layout = new SourceLayoutBar(this);
    layout->addWidget(m_layout);
    // A billing export is said first: its invoices are read by the money rules, not as usage.
    m_billing = new QLabel(this);
    m_billing->setObjectName(QStringLiteral("billingSummary"));
    m_billing->setWordWrap(true);
    m_billing->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_billing->hide();
    layout->addWidget(m_billing);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 3);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Problems in the preview:"), this));
    m_problems = new QListWidget(this);
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems, 1);
    connect(m_layout, &SourceLayoutBar::changed, this, &ImportMappingPage::requestDetection);
    connect(m_loader, &PreviewLoader::loaded, this, &ImportMappingPage::onLoaded);
}

void ImportMappingPage::loadPreview(const QString& path)
{
    m_path = path;
    m_dataset->setPlaceholderText(QFileInfo(path).completeBaseName());
    requestDetection();
}

bool ImportMappingPage::isPreviewLoading() const { return m_loader->isLoading(); }

void ImportMappingPage::requestDetection()
{
    ImportOptions options;
    options.source = m_layout->options();
    m_status->setText(tr("Reading the preview…"));
    m_loader->request(m_path, options, kPreviewRows);
    emit completeChanged();
}

void ImportMappingPage::requestReparse()
{
    ImportOptions options;
    options.mapping = mapping();
    m_loader->request(m_path, options, kPreviewRows);
    emit completeChanged();
}

void ImportMappingPage::onLoaded(const FilePreview& preview, bool redetected)
{
    m_preview = preview;
    if (redetected) {
        m_detected = preview.mapping;
        bool perColumn = false;
        for (const ColumnMapping& c : preview.mapping.columns)
            perColumn = perColumn
                        || (c.role == ColumnRole::Metric
                            && c.decimalComma.value_or(preview.mapping.decimalComma) != preview.mapping.decimalComma);
        m_layout->showDetected(preview.mapping.source, preview.mapping.decimalComma, perColumn);
        m_layout->setDelimitedText(preview.mapping.source.kind == SourceKind::Csv);
        rebuildTable();
    }
    showProblems();
    updateValidity();
    emit previewLoaded();
}

void ImportMappingPage::rebuildTable()
{
    m_roles.clear();
    m_dateForms.clear();
    m_table->clear();
    const int columns = int(m_preview.columns.size());
    // Row 0 holds the role editors, row 1 the date form; data follows.
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(m_preview.rows.size()) + 2);
    m_table->setHorizontalHeaderLabels(m_preview.columns);
    m_table->setVerticalHeaderItem(0, new QTableWidgetItem(tr("Role")));
    m_table->setVerticalHeaderItem(1, new QTableWidgetItem(tr("Date form")));
    for (int c = 0; c < columns; ++c) {
        const ColumnMapping* mapped = c < int(m_detected.columns.size()) ? &m_detected.columns[size_t(c)] : nullptr;
        auto* role = new QComboBox(m_table);
        for (ColumnRole r : kRoles)
            role->addItem(roleLabel(r), int(r));
        role->setCurrentIndex(role->findData(int(mapped ? mapped->role : ColumnRole::Ignore)));
        m_table->setCellWidget(0, c, role);
        m_roles.push_back(role);

        auto* form = new QComboBox(m_table);
        form->addItem(tr("(choose)"));
        for (DateFormat f : kAllDateFormats)
            form->addItem(dateFormatName(f), int(f));
        // A column detection did not take for a date still offers the form its values fit best.
        std::optional<DateFormat> format = mapped ? mapped->dateFormat : std::nullopt;
        if (!format && c < int(m_preview.profiles.size()))
            format = m_preview.profiles[size_t(c)].bestDateFormat(true, true);
        form->setCurrentIndex(format ? form->findData(int(*format)) : 0);
        if (mapped && mapped->dateFormatAmbiguous)
            form->setToolTip(tr("No value decides the order of day and month; check it."));
        form->setEnabled(isDateRole(mapped ? mapped->role : ColumnRole::Ignore));
        m_table->setCellWidget(1, c, form);
        m_dateForms.push_back(form);

        connect(role, &QComboBox::currentIndexChanged, this, [this, c] {
            m_dateForms[size_t(c)]->setEnabled(
                isDateRole(static_cast<ColumnRole>(m_roles[size_t(c)]->currentData().toInt())));
            updateValidity();
            requestReparse();
        });
        connect(form, &QComboBox::currentIndexChanged, this, [this] {
            updateValidity();
            requestReparse();
        });
    }
    for (int r = 0; r < int(m_preview.rows.size()); ++r) {
        const QStringList& row = m_preview.rows[size_t(r)];
        for (int c = 0; c < columns && c < row.size(); ++c)
            m_table->setItem(r + 2, c, new QTableWidgetItem(row.at(c)));
        m_table->setVerticalHeaderItem(r + 2, new QTableWidgetItem(QString::number(r + 1)));
    }
    m_table->resizeColumnsToContents();
}

void ImportMappingPage::showProblems()
{
    m_problems->clear();
    if (!m_preview.error.isEmpty())
        m_problems->addItem(m_preview.error);
    for (const ImportProblem& p : m_preview.problems)
        m_problems->addItem(p.toString());
    if (m_problems->count() == 0)
        m_problems->addItem(tr("No problems in the first %n row(s).", nullptr, int(m_preview.rows.size())));
    const QStringList notes = m_detected.allNotes();
    m_notes->setText(notes.isEmpty() ? QString() : tr("Detected: %1").arg(notes.join(QStringLiteral("; "))));
    m_notes->setVisible(!notes.isEmpty());
    if (m_preview.billing && m_preview.mapping.billing) {
        const BillingImportSummary& b = *m_preview.billing;
        QString text = BillingText::summary(m_preview.mapping.billing->system, b);
        if (b.currencies.size() > 1)
            text += QLatin1Char('\n')
                    + tr("Currencies: %1 (revenue is shown per currency, never summed)")
                          .arg(b.currencies.join(QStringLiteral(", ")).toUpper());
        m_billing->setText(text);
        m_billing->show();
    } else {
        m_billing->hide();
    }
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping mapping = m_detected;
    mapping.columns.resize(m_roles.size());
    for (size_t c = 0; c < m_roles.size(); ++c) {
        ColumnMapping& col = mapping.columns[c];
        if (col.header.isEmpty())
            col.header = m_preview.columns.value(int(c));
        col.role = static_cast<ColumnRole>(m_roles[c]->currentData().toInt());
        const QVariant form = m_dateForms[c]->currentData();
        col.dateFormat = isDateRole(col.role) && form.isValid() ? std::optional(static_cast<DateFormat>(form.toInt()))
                                                                : std::nullopt;
        // A billing export's service period is read in the form detection found, whatever its role.
        if (!col.dateFormat && m_detected.billing && c < m_detected.columns.size())
            col.dateFormat = m_detected.columns[c].dateFormat;
    }
    QString ignored; // updateValidity() shows it and keeps the page incomplete
    mapping.computed = computedMetrics(&ignored);
    return mapping;
}

std::vector<ComputedMetric> ImportMappingPage::computedMetrics(QString* error) const
{
    std::vector<ComputedMetric> out;
    QStringList headers;
    for (int c = 0; c < int(m_roles.size()); ++c)
        headers << m_preview.columns.value(c);
    for (const QString& part : m_computed->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        QString problem;
        std::optional<ComputedMetric> metric = parseComputedMetric(part.trimmed(), &problem);
        ComputedMetricProgram program;
        if (!metric || !program.compile(*metric, headers, &problem)) {
            *error = problem;
            return {};
        }
        out.push_back(*metric);
    }
    return out;
}

QString ImportMappingPage::datasetName() const
{
    const QString name = m_dataset->text().trimmed();
    return name.isEmpty() ? m_dataset->placeholderText() : name;
}

bool ImportMappingPage::isComplete() const
{
    if (isPreviewLoading() || m_roles.empty())
        return false;
    const ImportMapping m = mapping();
    const int date = m.indexOf(ColumnRole::Date);
    const int created = m.indexOf(ColumnRole::Created);
    QString computedProblem;
    computedMetrics(&computedProblem);
    return m_preview.error.isEmpty() && computedProblem.isEmpty() && m.indexOf(ColumnRole::Customer) >= 0 && date >= 0
           && m.columns[size_t(date)].dateFormat && (created < 0 || m.columns[size_t(created)].dateFormat);
}

void ImportMappingPage::updateValidity()
{
    const ImportMapping m = mapping();
    QStringList missing;
    if (m.indexOf(ColumnRole::Customer) < 0)
        missing << tr("a customer id");
    if (m.indexOf(ColumnRole::Date) < 0)
        missing << tr("a date");
    // No metric column is needed: every dataset counts its rows (Records).
    for (const ColumnMapping& c : m.columns)
        if (isDateRole(c.role) && !c.dateFormat)
            missing << tr("the date form of '%1'").arg(c.header);
    QString computedProblem;
    computedMetrics(&computedProblem);
    if (!computedProblem.isEmpty())
        m_status->setText(tr("Computed metrics: %1").arg(computedProblem));
    else
        m_status->setText(missing.isEmpty()
                              ? tr("%1 format, %n column(s).", nullptr, int(m.columns.size())).arg(m_preview.format)
                              : tr("Choose %1.").arg(missing.join(QStringLiteral(", "))));
    emit completeChanged();
}

} // namespace ul
