// SPDX-License-Identifier: GPL-3.0-or-later
#include "Hkid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace orgdesk::validation {

QChar hkidCheckCharacter(const QString& s)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{1,2}[0-9]{6}$"));
    if (!shape.match(s).hasMatch())
        return QChar();
    const int letters = s.size() - 6;
    // Weights 9..2 over (letter1, letter2, d1..d6); a missing first letter counts 36.
    int sum = letters == 1 ? 36 * 9 : 0;
    int weight = letters == 1 ? 8 : 9;
    for (QChar c : s) {
        const int value = c.isDigit() ? c.digitValue() : (c.unicode() - u'A' + 10);
        sum += value * weight--;
    }
    const int check = (11 - sum % 11) % 11;
    return check == 10 ? QChar(u'A') : QChar(u'0' + check);
}

Result<QString> canonicalHkid(const QString& input)
{
    QString s = input.normalized(QString::NormalizationForm_KC).toUpper();
    static const QRegularExpression space(QStringLiteral("\\s"));
    s.remove(space);
    // The check character either in one pair of brackets or straight after the digits.
    static const QRegularExpression shape(QStringLiteral("^([A-Z]{1,2}[0-9]{6})(?:\\(([0-9A])\\)|([0-9A]))$"));
    const auto m = shape.match(s);
    if (!m.hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation",
                                                     "An HKID number is one or two letters, six digits and a "
                                                     "check character, e.g. A123456(3)."));
    const QString body = m.captured(1);
    const QChar given = (m.capturedLength(2) > 0 ? m.captured(2) : m.captured(3)).at(0);
    if (hkidCheckCharacter(body) != given)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation",
                                                     "The check character of this HKID number does not match; "
                                                     "please compare it with the form."));
    return QStringLiteral("%1(%2)").arg(body, given);
}

QString maskHkid(const QString& canonical)
{
    const int open = canonical.indexOf(u'(');
    if (open < 4)
        return QStringLiteral("***");
    const int letters = open - 6;
    return canonical.left(letters + 3) + QStringLiteral("***(*)");
}

namespace {

// Letters and digits, half- or full-width; parts may be separated by spaces. Not preceded or
// followed by another letter or digit, so a longer code or a hexadecimal hash is not taken apart.
const QRegularExpression& hkidInText()
{
    // ALNUM: what may not touch the number on either side (Chinese text around it may).
#define ORGDESK_ALNUM "A-Za-z0-9\\x{FF10}-\\x{FF19}\\x{FF21}-\\x{FF3A}\\x{FF41}-\\x{FF5A}"
#define ORGDESK_DIGIT "[0-9\\x{FF10}-\\x{FF19}]"
#define ORGDESK_CHECK "[0-9Aa\\x{FF10}-\\x{FF19}\\x{FF21}\\x{FF41}]"
#define ORGDESK_SPACE "[ \\x{3000}]?"
    static const QRegularExpression re(QStringLiteral(
        "(?<![" ORGDESK_ALNUM "])([A-Za-z\\x{FF21}-\\x{FF3A}\\x{FF41}-\\x{FF5A}]{1,2})" ORGDESK_SPACE
        "(" ORGDESK_DIGIT "{3})" ORGDESK_SPACE ORGDESK_DIGIT "{3}" ORGDESK_SPACE
        "(?:[(\\x{FF08}]" ORGDESK_SPACE ORGDESK_CHECK ORGDESK_SPACE "[)\\x{FF09}]"
        "|" ORGDESK_CHECK "(?![" ORGDESK_ALNUM "]))"));
#undef ORGDESK_ALNUM
#undef ORGDESK_DIGIT
#undef ORGDESK_CHECK
#undef ORGDESK_SPACE
    return re;
}

} // namespace

QString maskHkidsInText(const QString& text)
{
    if (text.isEmpty())
        return text;
    QString out;
    qsizetype last = 0;
    auto it = hkidInText().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        // The kept part in canonical (upper-case, half-width) form, as the identity field shows it.
        out += (m.captured(1) + m.captured(2)).normalized(QString::NormalizationForm_KC).toUpper()
               + QStringLiteral("***(*)");
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

bool containsHkid(const QString& text)
{
    return !text.isEmpty() && hkidInText().match(text).hasMatch();
}

} // namespace orgdesk::validation
