// SPDX-License-Identifier: GPL-3.0-or-later
#include "Text.h"

#include <QStringList>

namespace orgdesk::validation {

QString foldWidth(const QString& input)
{
    QString out = input;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000)
            c = QChar(u' ');
    }
    return out;
}

QString normalizeName(const QString& input)
{
    // Only full-width Latin letters, digits and spaces are folded: full-width brackets and
    // punctuation belong in Chinese names and are kept.
    QString out = input.normalized(QString::NormalizationForm_C);
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        const bool wideAlnum = (u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A);
        if (wideAlnum)
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000)
            c = QChar(u' ');
    }
    return out.simplified();
}

QString organizationNameKey(const QString& name)
{
    // NFKC folds compatibility forms (full-width, circled digits, ligatures); then case-fold.
    QString s = foldWidth(name.normalized(QString::NormalizationForm_KC)).toCaseFolded();
    QStringList tokens;
    QString current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        if (current == u"limited")
            current = QStringLiteral("ltd");
        else if (current == u"company")
            current = QStringLiteral("co");
        else if (current == u"corp")
            current = QStringLiteral("corporation");
        if (current != u"and")
            tokens << current;
        current.clear();
    };
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            current += c;
        else
            flush(); // spaces, punctuation, '&' and brackets all separate words
        // Chinese has no spaces: each ideograph is its own word, which joins the same way below.
    }
    flush();
    // Chinese legal-form words, wherever spaces were put inside them: 有限公司 is "Limited".
    QString key = tokens.join(QString());
    key.replace(QStringLiteral("有限公司"), QStringLiteral("ltd"));
    return key;
}

} // namespace orgdesk::validation
