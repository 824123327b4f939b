// SPDX-License-Identifier: MIT
#include "export/ReportOptionsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace ul {

ReportOptionsDialog::ReportOptionsDialog(const QList<std::pair<QString, QString>>& tabs, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export report"));
    auto* form = new QFormLayout(this);
    m_tabs = new QListWidget(this);
    for (const auto& [key, title] : tabs) {
        auto* item = new QListWidgetItem(title, m_tabs);
        item->setData(Qt::UserRole, key);
        item->setCheckState(Qt::Checked);
    }
    form->addRow(tr("Tabs:"), m_tabs);
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4, landscape"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter, landscape"), int(QPageSize::Letter));
    // Letter where the locale uses it (US, Canada...), A4 elsewhere.
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);
    form->addRow(tr("Page:"), m_pageSize);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tabs, &QListWidget::itemChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedKeys().isEmpty()); });
    form->addRow(buttons);
}

QStringList ReportOptionsDialog::selectedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->item(i)->checkState() == Qt::Checked)
            keys << m_tabs->item(i)->data(Qt::UserRole).toString();
    return keys;
}

QPageSize::PageSizeId ReportOptionsDialog::pageSize() const
{
    return QPageSize::PageSizeId(m_pageSize->currentData().toInt());
}

} // namespace ul
