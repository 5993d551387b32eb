// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserService.h"

#include "Clock.h"
#include "EventLog.h"
#include "PasswordHasher.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace orgdesk {

bool UserService::isValidRole(const QString& role)
{
    return role == u"clerk" || role == u"supervisor" || role == u"admin";
}

Result<qint64> UserService::userCount() const
{
    return UserStore(m_db).count();
}

Result<qint64> UserService::addUser(const QString& username, const QString& displayName, const QString& role,
                                    const QString& password, const std::optional<Actor>& actor)
{
    static const QRegularExpression nameShape(QStringLiteral("^[A-Za-z0-9._-]{2,40}$"));
    if (!nameShape.match(username).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("UserService", "A user name is 2 to 40 letters, digits, dots, dashes or underscores."));
    if (!isValidRole(role))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "The role must be clerk, supervisor or admin."));
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        return makeError(ErrorCode::InvalidInput, weak);

    UserStore store(m_db);
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    const Result<qint64> existing = store.count();
    if (!existing)
        return existing.error();
    if (!actor && *existing > 0)
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("UserService", "Only an administrator can add staff accounts once the first one exists."));
    if (actor && actor->role != u"admin") {
        EventLog::append(m_db, Event { 0, Clock::current().nowUtc(), actorId(*actor), QStringLiteral("permission.refused"),
                                       QStringLiteral("user"), std::nullopt,
                                       QJsonObject { { QStringLiteral("attempted"), QStringLiteral("user.add") } } });
        tx.commit();
        return makeError(ErrorCode::PermissionDenied, QCoreApplication::translate("UserService", "Only an administrator can add staff accounts."));
    }
    if (!actor && role != u"admin")
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "The first staff account must be an administrator."));

    const Result<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    UserRecord user;
    user.username = username;
    user.displayName = displayName.trimmed().isEmpty() ? username : displayName.trimmed();
    user.role = role;
    user.passwordHash = *hash;
    user.createdAt = Clock::current().nowUtc();
    const Result<qint64> id = store.insert(user);
    if (!id)
        return id.error();
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, user.createdAt, actor ? actorId(*actor) : std::optional<qint64>(*id),
                      QStringLiteral("user.created"), QStringLiteral("user"), *id,
                      QJsonObject { { QStringLiteral("username"), username }, { QStringLiteral("role"), role } } });
    if (!ev)
        return ev.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<Actor> UserService::signIn(const QString& username, const QString& password)
{
    const QString wrong = QCoreApplication::translate("UserService", "The user name or password is not right. Please try again.");
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    UserStore store(m_db);
    const QDateTime now = Clock::current().nowUtc();
    const Result<UserRecord> found = store.byUsername(username);
    auto record = [&](const QString& action, std::optional<qint64> subject, QJsonObject details) {
        return EventLog::append(m_db, Event { 0, now, subject, action, QStringLiteral("user"), subject, details });
    };
    if (!found) {
        if (found.error().code != ErrorCode::NotFound)
            return found.error();
        // Unknown names are recorded too (a guessing attempt is worth knowing about).
        record(QStringLiteral("auth.failed"), std::nullopt,
               QJsonObject { { QStringLiteral("username"), username.left(40) },
                             { QStringLiteral("reason"), QStringLiteral("unknown user") } });
        tx.commit();
        return makeError(ErrorCode::PermissionDenied, wrong);
    }
    UserRecord user = *found;
    if (!user.active) {
        record(QStringLiteral("auth.failed"), user.id, { { QStringLiteral("reason"), QStringLiteral("inactive") } });
        tx.commit();
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("UserService", "This staff account has been deactivated. Please ask an administrator."));
    }
    if (user.lockedUntil.isValid() && user.lockedUntil > now) {
        record(QStringLiteral("auth.failed"), user.id, { { QStringLiteral("reason"), QStringLiteral("locked") } });
        tx.commit();
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(user.lockedUntil) + 59) / 60);
        return makeError(ErrorCode::PermissionDenied,
                         QCoreApplication::translate("UserService", "This account is locked after too many wrong passwords. Try again in %n minute(s) "
                            "or ask an administrator.")
                             .replace(QStringLiteral("%n"), QString::number(minutes)));
    }
    if (!PasswordHasher::verify(password, user.passwordHash)) {
        const int failures = user.failedAttempts + 1;
        const QDateTime lockUntil = failures >= kMaxFailedAttempts ? now.addSecs(kLockMinutes * 60) : QDateTime();
        store.setLoginState(user.id, failures >= kMaxFailedAttempts ? 0 : failures, lockUntil);
        record(QStringLiteral("auth.failed"), user.id,
               { { QStringLiteral("reason"), QStringLiteral("wrong password") },
                 { QStringLiteral("locked"), lockUntil.isValid() } });
        tx.commit();
        return makeError(ErrorCode::PermissionDenied, wrong);
    }
    store.setLoginState(user.id, 0, QDateTime());
    if (const Result<qint64> ev = record(QStringLiteral("auth.signed_in"), user.id, {}); !ev)
        return ev.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return Actor { user.id, user.username, user.role };
}

} // namespace orgdesk
