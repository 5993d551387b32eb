// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrNumber.h"

#include "Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace orgdesk::validation {

Result<BrNumber> parseBrNumber(const QString& input)
{
    const QString s = foldWidth(input.normalized(QString::NormalizationForm_KC)).simplified().toUpper();
    // Separators between the groups: dash, space or slash, with stray spaces around them.
    static const QRegularExpression shape(QStringLiteral(
        "^([0-9]{8})(?:\\s*[-/ ]\\s*([0-9]{3})(?:\\s*[-/ ]\\s*([0-9]{2})\\s*[-/ ]\\s*([0-9]{2})\\s*[-/ ]\\s*([0-9A-Z]))?)?$"));
    const auto m = shape.match(s);
    if (!m.hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation",
                                                     "A BR number is 8 digits, optionally followed by a 3-digit "
                                                     "branch, e.g. 12345678-000 or 12345678-000-03-25-6."));
    if (m.capturedLength(3) > 0) {
        const int month = m.captured(3).toInt();
        if (month < 1 || month > 12)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("Validation",
                                                         "The expiry month on this BR certificate number (%1) is "
                                                         "not a month; please compare it with the certificate.")
                                 .arg(m.captured(3)));
    }
    BrNumber br;
    br.number = m.captured(1);
    br.branch = m.capturedLength(2) > 0 ? m.captured(2) : QStringLiteral("000");
    return br;
}

} // namespace orgdesk::validation
