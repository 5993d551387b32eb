// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseNumber.h"

#include "Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace orgdesk::validation {

Result<CaseNumber> parseCaseNumber(const QString& input, const QSet<QString>& knownPrefixes, const QDate& today)
{
    const QString s = foldWidth(input.normalized(QString::NormalizationForm_KC)).simplified().toUpper();
    static const QRegularExpression shape(
        QStringLiteral("^([A-Z]{2,5})\\s*(?:NO\\.?\\s*)?([0-9]{1,6})\\s*(?:/|\\bOF\\b)\\s*([0-9]{4})$"));
    const auto m = shape.match(s);
    if (!m.hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation",
                                                     "A case number is a court prefix, a number and a year, "
                                                     "e.g. HCA 1234/2025."));
    CaseNumber c;
    c.prefix = m.captured(1);
    c.number = m.captured(2).toInt();
    c.year = m.captured(3).toInt();
    if (c.number <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation", "A case number cannot be 0."));
    if (today.isValid() && c.year > today.year())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation", "The year of case %1 (%2) is in the future.")
                             .arg(s)
                             .arg(c.year));
    if (c.year < 1900)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation", "The year of case %1 (%2) is not plausible.")
                             .arg(s)
                             .arg(c.year));
    c.canonical = QStringLiteral("%1 %2/%3").arg(c.prefix).arg(c.number).arg(c.year);
    if (!knownPrefixes.contains(c.prefix)) {
        c.unknownPrefix = true;
        c.warning = QCoreApplication::translate("Validation",
                                                "%1 is not a known court prefix; check the form and confirm it "
                                                "with a note.")
                        .arg(c.prefix);
    }
    return c;
}

} // namespace orgdesk::validation
