// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace orgdesk {

// The signed-in person on whose behalf a service acts. userId 0 is the command-line tool run by
// someone with access to the database file; its events carry no user id.
struct Actor
{
    qint64 userId = 0;
    QString username;
    QString role; // clerk, supervisor, admin
};

inline std::optional<qint64> actorId(const Actor& actor)
{
    return actor.userId > 0 ? std::optional<qint64>(actor.userId) : std::nullopt;
}

// Staff accounts and signing in. Every change and every sign-in attempt is an audit event.
//
// Thread rules: use from the thread that owns `db`.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    // Defaults of the settings auth.max_failed_sign_ins and auth.lock_minutes (see Settings).
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 15;

    explicit UserService(QSqlDatabase db) : m_db(std::move(db)) { }

    // Creates an account. `actor` is empty only when the very first administrator is created.
    Result<qint64> addUser(const QString& username, const QString& displayName, const QString& role,
                           const QString& password, const std::optional<Actor>& actor);

    // Checks the password; counts failures and locks the account after kMaxFailedAttempts.
    // Errors say what happened in words a person understands, without telling which part was wrong.
    Result<Actor> signIn(const QString& username, const QString& password);

    // Whether `password` is `username`'s current password (the stored hash on SQLite, the server's
    // login on PostgreSQL), with no sign-in recorded and no failure counted.
    Result<bool> passwordMatches(const QString& username, const QString& password) const;

    Result<qint64> userCount() const;
    // Every account, for the administrator's list (the records carry hashes: never show or export them).
    Result<QList<UserRecord>> users() const;

    // The signed-in person changes their own password (the current one is checked).
    Status changePassword(const Actor& actor, const QString& currentPassword, const QString& newPassword);
    // An administrator sets a new password for someone (who forgot theirs); also clears a lock.
    Status resetPassword(qint64 userId, const QString& newPassword, const Actor& actor);
    // An administrator deactivates or reactivates an account. History stays: accounts are never
    // deleted. Nobody deactivates their own account or the last active administrator.
    Status setActive(qint64 userId, bool active, const Actor& actor);
    // An administrator lifts a lock after too many wrong passwords.
    Status unlock(qint64 userId, const Actor& actor);
    // The desk locked itself (idle) or was locked by its user; recorded for the audit trail.
    Status recordSessionLocked(const Actor& actor, const QString& reason);

    static bool isValidRole(const QString& role);
    // A role code (clerk, supervisor, admin) named in the interface's language; an unknown code as it is.
    static QString roleLabel(const QString& role);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
