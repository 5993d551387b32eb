// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserService.h"

#include "Clock.h"
#include "Database.h"
#include "Dialect.h"
#include "form/DraftStore.h"
#include "EventLog.h"
#include "PasswordHasher.h"
#include "Permissions.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace orgdesk {

bool UserService::isValidRole(const QString& role)
{
    return role == u"clerk" || role == u"supervisor" || role == u"admin";
}

QString UserService::roleLabel(const QString& role)
{
    if (role == u"clerk")
        return QCoreApplication::translate("Role", "Clerk");
    if (role == u"supervisor")
        return QCoreApplication::translate("Role", "Supervisor");
    if (role == u"admin")
        return QCoreApplication::translate("Role", "Administrator");
    return role;
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
    if (actor) {
        // The account as stored now: an administrator deactivated or demoted meanwhile may not.
        const Result<QString> why = refusalReason(m_db, *actor, { QStringLiteral("admin") });
        if (!why)
            return why.error();
        if (!why->isEmpty())
            return recordRefusal(m_db, tx, *actor, QStringLiteral("user"), QStringLiteral("user.add"),
                                 refusalMessage(*why, QCoreApplication::translate("UserService", "Only an administrator can add staff accounts.")),
                                 std::nullopt, QJsonObject { { QStringLiteral("reason"), *why } })
                .error();
    }
    if (!actor && role != u"admin")
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "The first staff account must be an administrator."));

    // On a PostgreSQL store the server keeps the secret (SCRAM) of the person's own login role.
    const bool server = Dialect::of(m_db).isPostgres();
    const Result<QString> hash = server ? Result<QString>(QString()) : PasswordHasher::hash(password);
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
    if (server) {
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q, QStringLiteral("SELECT orgdesk_create_login(?, ?, ?)"), { username, role, password });
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

namespace {

// The login role of staff account `username` on a PostgreSQL store.
Result<QString> loginRoleOf(const QSqlDatabase& db, const QString& username)
{
    QSqlQuery q(db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT coalesce((SELECT login_role FROM users WHERE lower(username) = "
                                               "lower(?)), (SELECT role_prefix FROM server_config) || lower(?))"),
                                { username, username });
        !s)
        return s.error();
    return q.next() ? q.value(0).toString() : username.toLower();
}

// Whether the server accepts `password` for staff account `username` (its own login role). The
// server itself logs failures.
Result<bool> serverAcceptsPassword(const QSqlDatabase& db, const QString& username, const QString& password)
{
    const Result<QString> role = loginRoleOf(db, username);
    if (!role)
        return role.error();
    return Database::acceptsServerLogin(db, *role, password);
}

// Sets the server-side secret of `username`'s login role (its owner, or an administrator, may).
Status setServerPassword(const QSqlDatabase& db, const QString& username, const QString& password)
{
    QSqlQuery q(db);
    return execPrepared(q, QStringLiteral("SELECT orgdesk_reset_login_password(?, ?)"), { username, password });
}

} // namespace

Result<Actor> UserService::signIn(const QString& username, const QString& password)
{
    const QString wrong = QCoreApplication::translate("UserService", "The user name or password is not right. Please try again.");
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    UserStore store(m_db);
    const QDateTime now = Clock::current().nowUtc();
    const Result<UserRecord> found = store.byUsername(username);
    // Only a signed-in person is an actor: a failed attempt names the account tried as its subject,
    // and nobody as its actor (whoever typed at the keyboard is not known to be that person).
    auto record = [&](const QString& action, std::optional<qint64> subject, QJsonObject details) {
        const std::optional<qint64> actor = action == u"auth.signed_in" ? subject : std::nullopt;
        return EventLog::append(m_db, Event { 0, now, actor, action, QStringLiteral("user"), subject, details });
    };
    // A refused attempt is recorded (and counted) before the refusal is given; when the store
    // cannot record it, its failure is the answer, so no attempt goes unrecorded.
    auto refuse
        = [&](std::optional<qint64> subject, QJsonObject details, const QString& message) -> Result<Actor> {
        if (const Result<qint64> ev = record(QStringLiteral("auth.failed"), subject, std::move(details)); !ev)
            return ev.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return makeError(ErrorCode::PermissionDenied, message);
    };
    if (!found) {
        if (found.error().code != ErrorCode::NotFound)
            return found.error();
        // Unknown names are recorded too (a guessing attempt is worth knowing about), but not what
        // was typed: it may be someone's password typed into the wrong box, or a person's name.
        return refuse(std::nullopt,
            QJsonObject { { QStringLiteral("reason"), QStringLiteral("unknown user name") } }, wrong);
    }
    UserRecord user = *found;
    if (!user.active)
        return refuse(user.id, { { QStringLiteral("reason"), QStringLiteral("inactive") } },
            QCoreApplication::translate(
                "UserService", "This staff account has been deactivated. Please ask an administrator."));
    if (user.lockedUntil.isValid() && user.lockedUntil > now) {
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(user.lockedUntil) + 59) / 60);
        return refuse(user.id, { { QStringLiteral("reason"), QStringLiteral("locked") } },
            QCoreApplication::translate("UserService",
                "This account is locked after too many wrong passwords. Try again in %n minute(s) "
                "or ask an administrator.")
                .replace(QStringLiteral("%n"), QString::number(minutes)));
    }
    // On PostgreSQL the server checks the password (SCRAM, the person's own login role).
    const Result<bool> passwordOk = Dialect::of(m_db).isPostgres()
                                        ? serverAcceptsPassword(m_db, user.username, password)
                                        : Result<bool>(PasswordHasher::verify(password, user.passwordHash));
    if (!passwordOk)
        return passwordOk.error();
    if (!*passwordOk) {
        const Settings settings(m_db);
        const int maxFailures = settings.maxFailedSignIns();
        const int failures = user.failedAttempts + 1;
        const QDateTime lockUntil = failures >= maxFailures ? now.addSecs(qint64(settings.lockMinutes()) * 60) : QDateTime();
        if (Status s = store.setLoginState(user.id, failures >= maxFailures ? 0 : failures, lockUntil); !s)
            return s.error();
        return refuse(user.id,
            { { QStringLiteral("reason"), QStringLiteral("wrong password") },
                { QStringLiteral("locked"), lockUntil.isValid() } },
            wrong);
    }
    if (Status s = store.setLoginState(user.id, 0, QDateTime()); !s)
        return s.error();
    if (const Result<qint64> ev = record(QStringLiteral("auth.signed_in"), user.id, {}); !ev)
        return ev.error();
    // Autosaved drafts hold what was typed (identity numbers too): expired ones go at each sign-in.
    if (const Result<qint64> expired = DraftStore(m_db).removeExpired(); !expired)
        return expired.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return Actor { user.id, user.username, user.role };
}

Result<bool> UserService::passwordMatches(const QString& username, const QString& password) const
{
    const Result<UserRecord> user = UserStore(m_db).byUsername(username);
    if (!user)
        return user.error();
    if (Dialect::of(m_db).isPostgres())
        return serverAcceptsPassword(m_db, user->username, password);
    return PasswordHasher::verify(password, user->passwordHash);
}

Result<QList<UserRecord>> UserService::users() const
{
    return UserStore(m_db).all();
}

namespace {

// Records a refused staff-account action in its own committed transaction and returns the error.
Error refuseAccountAction(const QSqlDatabase& db, Transaction& tx, const Actor& actor, const QString& attempted,
                          std::optional<qint64> subject, const QString& reason, const QString& message)
{
    const Result<qint64> ev = EventLog::append(
        db, Event { 0, Clock::current().nowUtc(), actorId(actor), QStringLiteral("permission.refused"),
                    QStringLiteral("user"), subject,
                    QJsonObject { { QStringLiteral("attempted"), attempted }, { QStringLiteral("reason"), reason } } });
    if (!ev)
        return ev.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return makeError(ErrorCode::PermissionDenied, message);
}

} // namespace

Status UserService::changePassword(const Actor& actor, const QString& currentPassword, const QString& newPassword)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    UserStore store(m_db);
    const Result<UserRecord> user = store.byId(actor.userId);
    if (!user)
        return user.error();
    if (!user->active)
        return refuseAccountAction(m_db, tx, actor, QStringLiteral("user.change_password"), user->id,
                                   QStringLiteral("inactive"), tr("This staff account has been deactivated."));
    const bool server = Dialect::of(m_db).isPostgres();
    const Result<bool> currentOk = server ? serverAcceptsPassword(m_db, user->username, currentPassword)
                                          : Result<bool>(PasswordHasher::verify(currentPassword, user->passwordHash));
    if (!currentOk)
        return currentOk.error();
    if (!*currentOk)
        return refuseAccountAction(m_db, tx, actor, QStringLiteral("user.change_password"), user->id,
                                   QStringLiteral("wrong current password"),
                                   tr("The current password is not right, so the password was not changed."));
    if (const QString weak = PasswordHasher::weakness(newPassword); !weak.isEmpty())
        return makeError(ErrorCode::InvalidInput, weak);
    if (newPassword == currentPassword)
        return makeError(ErrorCode::InvalidInput, tr("Choose a new password different from the current one."));
    if (server) {
        if (Status s = setServerPassword(m_db, user->username, newPassword); !s)
            return s;
    } else {
        const Result<QString> hash = PasswordHasher::hash(newPassword);
        if (!hash)
            return hash.error();
        if (Status s = store.setPasswordHash(user->id, *hash); !s)
            return s;
    }
    const Result<qint64> ev = EventLog::append(m_db, Event { 0, Clock::current().nowUtc(), user->id,
                                                             QStringLiteral("user.password_changed"),
                                                             QStringLiteral("user"), user->id, {} });
    if (!ev)
        return ev.error();
    return tx.commit();
}

Status UserService::resetPassword(qint64 userId, const QString& newPassword, const Actor& actor)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    if (const Result<QString> why = refusalReason(m_db, actor, { QStringLiteral("admin") }); !why)
        return why.error();
    else if (!why->isEmpty())
        return refuseAccountAction(m_db, tx, actor, QStringLiteral("user.reset_password"), userId, *why,
                                   refusalMessage(*why, tr("Only an administrator can set someone's password.")));
    if (const QString weak = PasswordHasher::weakness(newPassword); !weak.isEmpty())
        return makeError(ErrorCode::InvalidInput, weak);
    UserStore store(m_db);
    const Result<UserRecord> user = store.byId(userId);
    if (!user)
        return user.error();
    if (Dialect::of(m_db).isPostgres()) {
        if (Status s = setServerPassword(m_db, user->username, newPassword); !s)
            return s;
    } else {
        const Result<QString> hash = PasswordHasher::hash(newPassword);
        if (!hash)
            return hash.error();
        if (Status s = store.setPasswordHash(userId, *hash); !s)
            return s;
        if (Status s = store.setLoginState(userId, 0, QDateTime()); !s)
            return s;
    }
    const Result<qint64> ev = EventLog::append(m_db, Event { 0, Clock::current().nowUtc(), actorId(actor),
                                                             QStringLiteral("user.password_reset"),
                                                             QStringLiteral("user"), userId, {} });
    if (!ev)
        return ev.error();
    return tx.commit();
}

Status UserService::setActive(qint64 userId, bool active, const Actor& actor)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    const QString attempted = active ? QStringLiteral("user.reactivate") : QStringLiteral("user.deactivate");
    if (const Result<QString> why = refusalReason(m_db, actor, { QStringLiteral("admin") }); !why)
        return why.error();
    else if (!why->isEmpty())
        return refuseAccountAction(m_db, tx, actor, attempted, userId, *why,
                                   refusalMessage(*why, tr("Only an administrator can deactivate or reactivate staff accounts.")));
    UserStore store(m_db);
    const Result<UserRecord> user = store.byId(userId);
    if (!user)
        return user.error();
    if (user->active == active)
        return {};
    if (!active && userId == actor.userId)
        return refuseAccountAction(m_db, tx, actor, attempted, userId, QStringLiteral("own account"),
                                   tr("You cannot deactivate your own account."));
    if (!active && user->role == u"admin") {
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q, QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"));
            !s)
            return s;
        if (q.next() && q.value(0).toInt() <= 1)
            return refuseAccountAction(m_db, tx, actor, attempted, userId, QStringLiteral("last administrator"),
                                       tr("This is the last active administrator; add another one first."));
    }
    // The event comes first: the database accepts the change only right after its event (migration 0010).
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, Clock::current().nowUtc(), actorId(actor),
                      active ? QStringLiteral("user.reactivated") : QStringLiteral("user.deactivated"),
                      QStringLiteral("user"), userId, QJsonObject { { QStringLiteral("username"), user->username } } });
    if (!ev)
        return ev.error();
    if (Status s = store.setActive(userId, active); !s)
        return s;
    if (Dialect::of(m_db).isPostgres()) {
        // Deactivated is NOLOGIN on the server at once; everything recorded stays.
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q, QStringLiteral("SELECT orgdesk_set_login_active(?, ?)"), { user->username, active });
            !s)
            return s;
    }
    return tx.commit();
}

Status UserService::unlock(qint64 userId, const Actor& actor)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    if (const Result<QString> why = refusalReason(m_db, actor, { QStringLiteral("admin") }); !why)
        return why.error();
    else if (!why->isEmpty())
        return refuseAccountAction(m_db, tx, actor, QStringLiteral("user.unlock"), userId, *why,
                                   refusalMessage(*why, tr("Only an administrator can unlock staff accounts.")));
    UserStore store(m_db);
    if (const Result<UserRecord> user = store.byId(userId); !user)
        return user.error();
    if (Status s = store.setLoginState(userId, 0, QDateTime()); !s)
        return s;
    const Result<qint64> ev = EventLog::append(m_db, Event { 0, Clock::current().nowUtc(), actorId(actor),
                                                             QStringLiteral("user.unlocked"), QStringLiteral("user"),
                                                             userId, {} });
    if (!ev)
        return ev.error();
    return tx.commit();
}

Status UserService::recordSessionLocked(const Actor& actor, const QString& reason)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, Clock::current().nowUtc(), actorId(actor), QStringLiteral("session.locked"),
                      QStringLiteral("user"), actorId(actor), QJsonObject { { QStringLiteral("reason"), reason } } });
    if (!ev)
        return ev.error();
    return tx.commit();
}

} // namespace orgdesk
