// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

struct UserRecord
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role; // clerk, supervisor, admin
    QString passwordHash;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime createdAt;
};

// Staff accounts. Writes run inside the caller's Transaction.
//
// Thread rules: stateless; use with a connection of the calling thread.
class UserStore
{
public:
    explicit UserStore(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<qint64> insert(const UserRecord& user);
    Result<UserRecord> byUsername(const QString& username) const;
    Result<UserRecord> byId(qint64 id) const;
    Result<QList<UserRecord>> all() const;
    Result<qint64> count() const;
    Status setPasswordHash(qint64 id, const QString& hash);
    Status setActive(qint64 id, bool active);
    Status setLoginState(qint64 id, int failedAttempts, const QDateTime& lockedUntil);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
