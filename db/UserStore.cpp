// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserStore.h"

#include "Dialect.h"
#include "RowReader.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace orgdesk {

namespace {

// On PostgreSQL the server keeps the secrets (the staff's login roles); no group may read the
// column, so it is not asked for.
QString selectUsers(const QSqlDatabase& db)
{
    return QStringLiteral("SELECT id, username, display_name, role, %1, active, failed_attempts, locked_until, "
                          "created_at FROM users ")
        .arg(Dialect::of(db).isPostgres() ? QStringLiteral("'' AS password_hash") : QStringLiteral("password_hash"));
}

UserRecord fromQuery(const QSqlQuery& q)
{
    UserRecord u;
    readRow(q, u.id, u.username, u.displayName, u.role, u.passwordHash, u.active, u.failedAttempts, u.lockedUntil,
            u.createdAt);
    return u;
}

Result<UserRecord> single(QSqlQuery& q, const QString& what)
{
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("UserStore", "There is no staff account %1.").arg(what));
    return fromQuery(q);
}

} // namespace

Result<qint64> UserStore::insert(const UserRecord& u)
{
    QSqlQuery q(m_db);
    Result<qint64> id = insertReturningId(
        q,
        QStringLiteral("INSERT INTO users (username, display_name, role, password_hash, active, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        { u.username, u.displayName, u.role, text(u.passwordHash), int(u.active),
          isoUtc(u.createdAt.isValid() ? u.createdAt : QDateTime::currentDateTimeUtc()) });
    if (!id && isUniqueViolation(id.error()))
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("UserStore", "A staff account named %1 exists already.")
                             .arg(u.username));
    return id;
}

Result<UserRecord> UserStore::byUsername(const QString& username) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, selectUsers(m_db) + QStringLiteral("WHERE lower(username) = lower(?)"), { username.trimmed() }); !s)
        return s.error();
    return single(q, username);
}

Result<UserRecord> UserStore::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, selectUsers(m_db) + QStringLiteral("WHERE id = ?"), { id }); !s)
        return s.error();
    return single(q, QString::number(id));
}

Result<QList<UserRecord>> UserStore::all() const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, selectUsers(m_db) + QStringLiteral("ORDER BY username")); !s)
        return s.error();
    return readRows(q, fromQuery);
}

Result<qint64> UserStore::count() const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT count(*) FROM users")); !s)
        return s.error();
    q.next();
    return q.value(0).toLongLong();
}

Status UserStore::setPasswordHash(qint64 id, const QString& hash)
{
    QSqlQuery q(m_db);
    return execPrepared(q, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), { hash, id });
}

Status UserStore::setActive(qint64 id, bool active)
{
    QSqlQuery q(m_db);
    return execPrepared(q, QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), { int(active), id });
}

Status UserStore::setLoginState(qint64 id, int failedAttempts, const QDateTime& lockedUntil)
{
    QSqlQuery q(m_db);
    return execPrepared(q, QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                        { failedAttempts,
                          lockedUntil.isValid() ? QVariant(isoUtc(lockedUntil)) : QVariant(QMetaType(QMetaType::QString)),
                          id });
}

} // namespace orgdesk
