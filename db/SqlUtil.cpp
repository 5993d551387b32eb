// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlUtil.h"

#include <QDateTime>
#include <QSqlError>

namespace orgdesk {

Status execPrepared(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return sqlError(query, QStringLiteral("preparing a statement"));
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        return sqlError(query, QStringLiteral("running a statement"));
    return {};
}

Status execPrepared(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values)
{
    return execPrepared(query, sql, QVariantList(values));
}

Error sqlError(const QSqlQuery& query, const QString& doing)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return makeError(ErrorCode::Database, QStringLiteral("Database error while %1: %2").arg(doing, text));
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace orgdesk
