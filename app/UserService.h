// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserStore.h"

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
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 15;

    explicit UserService(QSqlDatabase db) : m_db(std::move(db)) { }

    // Creates an account. `actor` is empty only when the very first administrator is created.
    Result<qint64> addUser(const QString& username, const QString& displayName, const QString& role,
                           const QString& password, const std::optional<Actor>& actor);

    // Checks the password; counts failures and locks the account after kMaxFailedAttempts.
    // Errors say what happened in words a person understands, without telling which part was wrong.
    Result<Actor> signIn(const QString& username, const QString& password);

    Result<qint64> userCount() const;

    static bool isValidRole(const QString& role);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
