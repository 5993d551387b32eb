// SPDX-License-Identifier: GPL-3.0-or-later
#include "Email.h"

#include "Text.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace orgdesk::validation {

Result<QString> canonicalEmail(const QString& input)
{
    const QString s = foldWidth(input.normalized(QString::NormalizationForm_KC)).trimmed();
    auto invalid = [] {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Validation",
                                                     "An e-mail address looks like name@example.com.hk (one "
                                                     "address, no spaces)."));
    };
    const int at = s.lastIndexOf(u'@');
    if (at <= 0 || s.count(u'@') != 1 || at > 64 || s.size() > 254)
        return invalid();
    const QString local = s.left(at);
    const QString domain = s.mid(at + 1).toLower();
    static const QRegularExpression localShape(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    if (!localShape.match(local).hasMatch())
        return invalid();
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return invalid();
    for (const QString& l : labels) {
        if (!label.match(l).hasMatch())
            return invalid();
    }
    static const QRegularExpression tld(QStringLiteral("^[a-z]{2,63}$"));
    if (!tld.match(labels.last()).hasMatch())
        return invalid();
    return local + u'@' + domain;
}

} // namespace orgdesk::validation
