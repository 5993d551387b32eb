// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceData.h"

#include "SqlUtil.h"

#include <QSqlQuery>

namespace orgdesk {

namespace {

    OrganizationType typeFrom(const QSqlQuery& q)
    {
        return OrganizationType { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
    }

} // namespace

ReferenceData::ReferenceData(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<OrganizationType>> ReferenceData::organizationTypes() const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
            QStringLiteral(
                "SELECT code, name_en, name_zh FROM organization_types ORDER BY sort_order, code"));
        !s)
        return s.error();
    QList<OrganizationType> types;
    while (q.next())
        types << typeFrom(q);
    return types;
}

Result<OrganizationType> ReferenceData::organizationType(const QString& code) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
            QStringLiteral("SELECT code, name_en, name_zh FROM organization_types WHERE code = ?"), { code });
        !s)
        return s.error();
    if (!q.next())
        return makeError(
            ErrorCode::NotFound, QStringLiteral("No organization type has the code %1.").arg(code));
    return typeFrom(q);
}

} // namespace orgdesk
