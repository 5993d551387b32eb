// SPDX-License-Identifier: GPL-3.0-or-later
#include "Passport.h"

#include "Hkid.h"
#include "Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace orgdesk::validation {

Result<QString> canonicalPassport(const QString& input)
{
    QString s = foldWidth(input.normalized(QString::NormalizationForm_KC)).toUpper();
    static const QRegularExpression separators(QStringLiteral("[\\s\\-]"));
    s.remove(separators);
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9]{5,20}$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    if (!shape.match(s).hasMatch() || !digit.match(s).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation",
                                                     "A passport number is 5 to 20 letters and digits, "
                                                     "e.g. K12345678."));
    return s;
}

QString maskPassport(const QString& canonical)
{
    if (canonical.size() <= 2)
        return QStringLiteral("***");
    return canonical.left(2) + QString(canonical.size() - 2, u'*');
}

QString maskIdentityNumber(const QString& type, const QString& canonical)
{
    if (canonical.isEmpty())
        return QString();
    return type == u"hkid" ? maskHkid(canonical) : maskPassport(canonical);
}

} // namespace orgdesk::validation
