// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

// One organization type of the reference data (Limited company, Law firm, …).
struct OrganizationType
{
    QString code;
    QString nameEn;
    QString nameZh;

    // The name in the language of the interface.
    QString name(bool chinese) const { return chinese || nameEn.isEmpty() ? nameZh : nameEn; }
};

// Reads the reference data that forms, filters and reports offer as choices.
//
// Thread rules: like the stores, one instance per connection and thread.
class ReferenceData
{
public:
    explicit ReferenceData(QSqlDatabase db);

    // Every organization type, in the order the form offers them.
    Result<QList<OrganizationType>> organizationTypes() const;

    // One type by its code (an empty code or an unknown one gives NotFound).
    Result<OrganizationType> organizationType(const QString& code) const;

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
