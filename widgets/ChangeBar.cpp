// SPDX-License-Identifier: MIT
#include "ChangeBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace ul {

ChangeBar::ChangeBar(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("changeBar"));
    setStyleSheet(QStringLiteral("#changeBar { background: #DBEAFE; color: #1E3A8A; }"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    m_text = new QLabel(this);
    layout->addWidget(m_text, 1);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    auto* dismiss = new QToolButton(this);
    dismiss->setText(QStringLiteral("×"));
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Keep the numbers on screen"));
    layout->addWidget(refresh);
    layout->addWidget(dismiss);
    connect(refresh, &QPushButton::clicked, this, [this] {
        m_changes.clear();
        hide();
        emit refreshRequested();
    });
    connect(dismiss, &QToolButton::clicked, this, [this] {
        m_changes.clear();
        hide();
    });
    hide();
}

void ChangeBar::noteChange(const QString& what)
{
    const QString kind = what.section(QLatin1Char(':'), 0, 0);
    const QString subject = what.section(QLatin1Char(':'), 1);
    m_changes << (kind == QLatin1String("import") ? tr("new data in '%1'").arg(subject)
                                                  : tr("import #%1 undone").arg(subject));
    m_changes.removeDuplicates();
    m_text->setText(tr("Another session changed this workspace: %1.").arg(m_changes.join(QStringLiteral(", "))));
    show();
}

QString ChangeBar::text() const { return m_text->text(); }

} // namespace ul
