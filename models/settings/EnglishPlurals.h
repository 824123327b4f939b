// SPDX-License-Identifier: MIT
#pragma once

#include <QTranslator>

namespace ul {

/// English needs no catalogue, only its two plural forms: a message with a count (tr(..., n))
/// written as "%n customer(s)" reads "1 customer" and "3 customers". Installed for English by
/// applyLanguage(); other languages carry their plural forms in their .ts files.
class EnglishPlurals : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
};

/// `text` with every "(s)" removed when n is 1 and turned into "s" otherwise.
QString englishPlural(const QString& text, int n);

} // namespace ul
