// SPDX-License-Identifier: GPL-3.0-or-later
#include "Phone.h"

#include "Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace orgdesk::validation {

Result<PhoneNumber> parsePhone(const QString& input)
{
    QString s = foldWidth(input.normalized(QString::NormalizationForm_KC));
    static const QRegularExpression separators(QStringLiteral("[\\s\\-().]"));
    s.remove(separators);
    bool international = false;
    if (s.startsWith(u'+')) {
        international = true;
        s.remove(0, 1);
    } else if (s.startsWith(QStringLiteral("00"))) {
        international = true;
        s.remove(0, 2);
    }
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (s.isEmpty() || !digitsOnly.match(s).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation",
                                                     "A phone number may contain only digits, spaces, dashes and "
                                                     "a leading +, e.g. 2345 6789 or +852 2345 6789."));
    if (s.startsWith(QStringLiteral("852")) && (international || s.size() == 11))
        s.remove(0, 3);
    else if (international) {
        // Overseas: country code and subscriber number, 8 to 15 digits in all (E.164).
        if (s.size() < 8 || s.size() > 15 || s.startsWith(u'0'))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("Validation",
                                                         "An overseas number is + and 8 to 15 digits starting "
                                                         "with the country code, e.g. +44 20 7946 0000."));
        return PhoneNumber { u'+' + s, true };
    }
    static const QRegularExpression local(QStringLiteral("^[2-9][0-9]{7}$"));
    if (!local.match(s).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation",
                                                     "A Hong Kong number has 8 digits starting with 2 to 9; "
                                                     "for an overseas number start with + and the country code."));
    return PhoneNumber { QStringLiteral("+852 %1 %2").arg(s.left(4), s.mid(4)), false };
}

} // namespace orgdesk::validation
