// SPDX-License-Identifier: MIT
#include "SourceLayoutBar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace ul {

namespace {

/// The first entry of every combo is "Detected: …" with no data; the others carry a choice.
QComboBox* choiceCombo(QWidget* parent, const QList<std::pair<QString, QVariant>>& choices)
{
    auto* combo = new QComboBox(parent);
    combo->addItem(SourceLayoutBar::tr("Detected"));
    for (const auto& [label, value] : choices)
        combo->addItem(label, value);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void setDetectedText(QComboBox* combo, const QString& what)
{
    combo->setItemText(0, SourceLayoutBar::tr("Detected: %1").arg(what));
}

QString delimiterLabel(const Delimiter& d)
{
    if (d.whitespace)
        return SourceLayoutBar::tr("runs of spaces");
    switch (d.character) {
    case ',': return SourceLayoutBar::tr("comma");
    case ';': return SourceLayoutBar::tr("semicolon");
    case '\t': return SourceLayoutBar::tr("tab");
    case '|': return SourceLayoutBar::tr("vertical bar");
    default: return d.describe();
    }
}

} // namespace

SourceLayoutBar::SourceLayoutBar(QWidget* parent)
    : QWidget(parent)
{
    m_header = choiceCombo(this, {{tr("first row is the header"), true}, {tr("no header row"), false}});
    QList<std::pair<QString, QVariant>> delimiters;
    for (const char* name : {",", ";", "tab", "|", "spaces"}) {
        const Delimiter d = *Delimiter::fromName(QString::fromLatin1(name));
        delimiters.append({delimiterLabel(d), QString::fromLatin1(name)});
    }
    m_delimiter = choiceCombo(this, delimiters);
    QList<std::pair<QString, QVariant>> encodings;
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Windows1252})
        encodings.append({encodingName(e), encodingName(e)});
    m_encoding = choiceCombo(this, encodings);
    m_decimal = choiceCombo(this, {{tr("point (1.5)"), false}, {tr("comma (1,5)"), true}});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString& label, QComboBox* combo) {
        auto* text = new QLabel(label, this);
        text->setBuddy(combo);
        layout->addWidget(text);
        layout->addWidget(combo);
        connect(combo, &QComboBox::activated, this, &SourceLayoutBar::changed);
    };
    add(tr("&Header:"), m_header);
    add(tr("De&limiter:"), m_delimiter);
    add(tr("&Encoding:"), m_encoding);
    add(tr("Deci&mal mark:"), m_decimal);
    layout->addStretch();
}

SourceOptions SourceLayoutBar::options() const
{
    SourceOptions o;
    if (m_header->currentIndex() > 0)
        o.header = m_header->currentData().toBool() ? SourceOptions::Header::Present : SourceOptions::Header::Absent;
    if (m_delimiter->currentIndex() > 0)
        o.delimiter = Delimiter::fromName(m_delimiter->currentData().toString());
    if (m_encoding->currentIndex() > 0)
        o.encoding = encodingFromName(m_encoding->currentData().toString());
    if (m_decimal->currentIndex() > 0)
        o.decimalComma = m_decimal->currentData().toBool();
    return o;
}

void SourceLayoutBar::showDetected(const SourceFormat& format, bool decimalComma, bool perColumn)
{
    setDetectedText(m_header, format.hasHeader ? tr("header row") : tr("no header row"));
    setDetectedText(m_delimiter, delimiterLabel(format.delimiter));
    setDetectedText(m_encoding, encodingName(format.encoding));
    // Columns that chose their own mark ("7.7" beside "104,40") are not one file-wide mark.
    setDetectedText(m_decimal, perColumn ? tr("per column") : decimalComma ? tr("comma") : tr("point"));
}

void SourceLayoutBar::setDelimitedText(bool delimited)
{
    m_header->setEnabled(delimited);
    m_delimiter->setEnabled(delimited);
    m_decimal->setEnabled(delimited);
}

} // namespace ul
