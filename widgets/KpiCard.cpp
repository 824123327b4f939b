// SPDX-License-Identifier: MIT
#include "KpiCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ul {

KpiCard::KpiCard(const QString& title, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("KpiCard"));
    // palette() roles keep the card readable in both themes without per-theme code.
    setStyleSheet(QStringLiteral("#KpiCard { background: palette(base); border: 1px solid palette(mid);"
                                 " border-radius: 6px; }"));
    // Cards in a row grow to the tallest one (a wrapped note), their text kept at the top.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    m_title = new QLabel(title, this);
    m_title->setStyleSheet(QStringLiteral("color: palette(placeholder-text); font-size: 9pt;"));
    m_value = new QLabel(QStringLiteral("–"), this);
    m_value->setStyleSheet(QStringLiteral("font-size: 17pt; font-weight: 600;"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QLabel(this);
    m_note->setStyleSheet(QStringLiteral("font-size: 9pt;"));
    // Title and note wrap instead of forcing the card (and six of them, a whole tab) wider than
    // a 1280-pixel projector.
    for (QLabel* label : {m_title, m_note})
        label->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

void KpiCard::setValue(const QString& value, const QString& note, const QColor& noteColor)
{
    m_value->setText(value);
    m_note->setText(note.isEmpty() ? QStringLiteral(" ") : note);
    m_note->setStyleSheet(noteColor.isValid()
                              ? QStringLiteral("font-size: 9pt; font-weight: 600; color: %1;").arg(noteColor.name())
                              : QStringLiteral("font-size: 9pt; color: palette(placeholder-text);"));
}

QString KpiCard::valueText() const { return m_value->text(); }
QString KpiCard::noteText() const { return m_note->text(); }
QString KpiCard::titleText() const { return m_title->text(); }

std::pair<QString, QString> KpiCard::exported() const
{
    const QString note = noteText().trimmed();
    return {titleText(), note.isEmpty() ? valueText() : valueText() + QLatin1Char('\n') + note};
}

} // namespace ul
