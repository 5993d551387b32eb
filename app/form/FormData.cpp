// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormData.h"

#include <QJsonArray>

namespace orgdesk {

namespace {
QString k(const char16_t* name)
{
    return QString::fromUtf16(name);
}
} // namespace

QJsonObject FormData::toJson() const
{
    QJsonArray cases;
    for (const CaseNumberEntry& c : caseNumbers)
        cases.append(QJsonObject { { QStringLiteral("text"), c.text }, { QStringLiteral("note"), c.note } });
    QJsonObject o {
        { k(field::orgNameEn), orgNameEn },
        { k(field::orgNameZh), orgNameZh },
        { k(field::orgType), orgType },
        { k(field::brNumber), brNumber },
        { k(field::registeredAddress), registeredAddress },
        { k(field::correspondenceAddress), correspondenceAddress },
        { k(field::lshkConfirmed), lshkConfirmed },
        { k(field::lshkConfirmedOn), lshkConfirmedOn.toString(Qt::ISODate) },
        { k(field::lshkConfirmedHow), lshkConfirmedHow },
        { k(field::paNameEn), paNameEn },
        { k(field::paNameZh), paNameZh },
        { k(field::paIdType), paIdType },
        { k(field::paIdNumber), paIdNumber },
        { k(field::paPosition), paPosition },
        { k(field::phone), phone },
        { k(field::fax), fax },
        { k(field::email), email },
        { k(field::caseNumbers), cases },
        { k(field::formDate), formDate.toString(Qt::ISODate) },
        { k(field::remarks), remarks },
    };
    if (formSigned)
        o.insert(k(field::formSigned), *formSigned);
    return o;
}

FormData FormData::fromJson(const QJsonObject& o)
{
    FormData d;
    auto str = [&o](const char16_t* name) { return o.value(k(name)).toString(); };
    d.orgNameEn = str(field::orgNameEn);
    d.orgNameZh = str(field::orgNameZh);
    d.orgType = str(field::orgType);
    d.brNumber = str(field::brNumber);
    d.registeredAddress = str(field::registeredAddress);
    d.correspondenceAddress = str(field::correspondenceAddress);
    d.lshkConfirmed = o.value(k(field::lshkConfirmed)).toBool();
    d.lshkConfirmedOn = QDate::fromString(str(field::lshkConfirmedOn), Qt::ISODate);
    d.lshkConfirmedHow = str(field::lshkConfirmedHow);
    d.paNameEn = str(field::paNameEn);
    d.paNameZh = str(field::paNameZh);
    d.paIdType = str(field::paIdType);
    d.paIdNumber = str(field::paIdNumber);
    d.paPosition = str(field::paPosition);
    d.phone = str(field::phone);
    d.fax = str(field::fax);
    d.email = str(field::email);
    const QJsonArray cases = o.value(k(field::caseNumbers)).toArray();
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        d.caseNumbers.append({ c.value(QStringLiteral("text")).toString(), c.value(QStringLiteral("note")).toString() });
    }
    if (o.contains(k(field::formSigned)))
        d.formSigned = o.value(k(field::formSigned)).toBool();
    d.formDate = QDate::fromString(str(field::formDate), Qt::ISODate);
    d.remarks = str(field::remarks);
    return d;
}

} // namespace orgdesk
