// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlUtil.h"

#include <QDateTime>
#include <QSqlError>

namespace orgdesk {

namespace {
thread_local StatementTrace* currentTrace = nullptr;
} // namespace

StatementTrace::StatementTrace()
    : m_outer(currentTrace)
{
    currentTrace = this;
}

StatementTrace::~StatementTrace()
{
    currentTrace = m_outer;
}

void StatementTrace::record(const QString& sql, const QVariantList& values)
{
    if (currentTrace)
        currentTrace->m_statements.append(Statement { sql, values });
}

Status execPrepared(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    StatementTrace::record(sql, values);
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

Result<qint64> insertReturningId(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (Status s = execPrepared(query, sql + QStringLiteral(" RETURNING id"), values); !s)
        return s.error();
    if (!query.next())
        return sqlError(query, QStringLiteral("reading the new row's id"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

bool isUniqueViolation(const Error& error)
{
    return error.message.contains(QStringLiteral("UNIQUE constraint"), Qt::CaseInsensitive)
           || error.message.contains(QStringLiteral("duplicate key value"), Qt::CaseInsensitive);
}

Error sqlError(const QSqlQuery& query, const QString& doing)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return makeError(ErrorCode::Database, QStringLiteral("Database error while %1: %2").arg(doing, text));
}

qint64 referenceDataVersion(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    if (!execPrepared(q, QStringLiteral("SELECT version FROM reference_data_versions WHERE name = ?"), { name }).ok()
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace orgdesk
