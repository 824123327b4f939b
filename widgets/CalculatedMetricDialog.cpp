// SPDX-License-Identifier: MIT
#include "CalculatedMetricDialog.h"

#include "import/MetricKey.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ul {

CalculatedMetricDialog::CalculatedMetricDialog(const DatasetInfo& dataset, QWidget* parent)
    : QDialog(parent)
    , m_dataset(dataset)
{
    setWindowTitle(tr("New calculated metric"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A ratio of two metrics of %1, summed first: in every period and for every "
                                "customer, the sum of the first over the sum of the second.")
                                 .arg(dataset.name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_numerator = new QComboBox(this);
    m_denominator = new QComboBox(this);
    for (const MetricInfo& m : dataset.metrics) {
        if (m.kind == QLatin1String("ratio"))
            continue; // a ratio of ratios is not a sum over a sum
        m_numerator->addItem(m.displayName, m.key);
        m_denominator->addItem(m.displayName, m.key);
    }
    if (m_denominator->count() > 1)
        m_denominator->setCurrentIndex(m_denominator->count() - 1); // often Records: "per row"
    m_name = new QLineEdit(this);
    m_key = new QLabel(this);
    m_key->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    form->addRow(tr("Numerator (summed)"), m_numerator);
    form->addRow(tr("Denominator (summed)"), m_denominator);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Key"), m_key);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add metric"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_numerator, &QComboBox::currentIndexChanged, this, &CalculatedMetricDialog::updateProposal);
    connect(m_denominator, &QComboBox::currentIndexChanged, this, &CalculatedMetricDialog::updateProposal);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        updateProposal();
    });
    updateProposal();
}

void CalculatedMetricDialog::updateProposal()
{
    if (!m_nameEdited)
        m_name->setText(tr("%1 per %2").arg(m_numerator->currentText(), m_denominator->currentText()));
    m_key->setText(metricKeyFromHeader(m_name->text()));
}

void CalculatedMetricDialog::choose(const QString& numeratorKey, const QString& denominatorKey)
{
    m_numerator->setCurrentIndex(m_numerator->findData(numeratorKey));
    m_denominator->setCurrentIndex(m_denominator->findData(denominatorKey));
}

void CalculatedMetricDialog::setName(const QString& name)
{
    m_name->setText(name);
    m_nameEdited = true;
    updateProposal();
}

RatioDefinition CalculatedMetricDialog::definition() const
{
    RatioDefinition r;
    r.dataset = m_dataset.name;
    r.key = metricKeyFromHeader(m_name->text());
    r.displayName = m_name->text().trimmed();
    r.numerator = m_numerator->currentData().toString();
    r.denominator = m_denominator->currentData().toString();
    return r;
}

} // namespace ul
