// SPDX-License-Identifier: GPL-3.0-or-later
// Database: the PostgreSQL half (connecting through libpq's conventions, checking the database,
// creating and upgrading its schema).
#include "Database.h"
#include "ServerConnection.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <libpq-fe.h>
#include <map>
#include <memory>

namespace orgdesk {

const std::map<int, QString>& migrationScripts();                      // Database.cpp
std::map<int, QString> readMigrationScripts(const QString& folder); // Database.cpp

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

struct Logins
{
    QMutex mutex;
    QHash<QString, Database::ServerLogin> byLocation;
};

Logins& logins()
{
    static Logins l;
    return l;
}

QString nextServerConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("orgdesk-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

// PostgreSQL's own scripts, where its SQL differs from the shared one (db/migrations/postgresql/).
const std::map<int, QString>& serverScripts()
{
    static const std::map<int, QString> scripts =
        readMigrationScripts(QStringLiteral(":/orgdesk/migrations/postgresql"));
    return scripts;
}

// The first version a PostgreSQL store is created at: its script holds everything SQLite reaches
// through the migrations up to that number. Later numbers are shared, each with PostgreSQL's own
// script where the dialects differ.
int serverBaseline()
{
    const auto& scripts = serverScripts();
    return scripts.empty() ? 0 : scripts.begin()->first;
}

// A value for a libpq connection string: quoted, with ' and \ escaped.
QString conninfoValue(const QString& value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\"));
    v.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

QString describe(const QString& location)
{
    // Never show a password that was written into the URI.
    QString shown = location;
    static const QRegularExpression uriPassword(QStringLiteral("(://[^:/@]*):[^@/]*@"));
    shown.replace(uriPassword, QStringLiteral("\\1:***@"));
    static const QRegularExpression keyPassword(QStringLiteral("password\\s*=\\s*('[^']*'|\\S+)"));
    shown.replace(keyPassword, QStringLiteral("password=***"));
    return shown;
}

} // namespace

void Database::setServerLogin(const QString& location, const ServerLogin& login)
{
    QMutexLocker lock(&logins().mutex);
    logins().byLocation.insert(location, login);
}

void Database::clearServerLogin(const QString& location)
{
    QMutexLocker lock(&logins().mutex);
    logins().byLocation.remove(location);
}

Result<bool> Database::acceptsServerLogin(const QSqlDatabase& db, const QString& role, const QString& password)
{
    if (!Dialect::of(db).isPostgres())
        return makeError(ErrorCode::Unsupported, QStringLiteral("Only a PostgreSQL store has server logins."));
    // The desk's own server, database and options (TLS and the rest), signed in as `role`.
    const QString name = nextServerConnectionName();
    bool accepted = false;
    {
        QSqlDatabase probe = QSqlDatabase::cloneDatabase(db, name);
        probe.setUserName(role);
        probe.setPassword(password);
        accepted = probe.open();
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return accepted;
}

namespace {

// The driver's libpq connection behind `db`, or null when it is not a PostgreSQL connection.
PGconn* libpqConnection(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type after the struct behind libpq's typedef.
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn* const*>(handle.data());
}

// The options the live connection behind `db` was made with, keyword to value (set ones only).
Result<QList<std::pair<PQconninfoOption, QString>>> liveOptions(const QSqlDatabase& db)
{
    PGconn* conn = libpqConnection(db);
    if (!conn)
        return makeError(ErrorCode::Unsupported, tr("This is not a connection to a PostgreSQL server."));
    std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)> options(
        PQconninfo(conn), PQconninfoFree);
    if (!options)
        return makeError(ErrorCode::Io, tr("Could not read how this desk is connected to the server."));
    QList<std::pair<PQconninfoOption, QString>> out;
    for (PQconninfoOption* o = options.get(); o->keyword; ++o) {
        if (o->val && *o->val)
            out.append({ *o, QString::fromUtf8(o->val) });
    }
    // The pointers inside each option stay valid: libpq's keyword and envvar names are static.
    return out;
}

// The session settings of every OrgDesk connection to the server.
Status applySessionSettings(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    for (const char* setting : { "SET client_min_messages = warning", "SET TIME ZONE 'UTC'" }) {
        if (!q.exec(QString::fromLatin1(setting)))
            return sqlError(q, QStringLiteral("setting up the session"));
    }
    return {};
}

} // namespace

Result<QMap<QString, QString>> Database::serverClientEnvironment(
    const QSqlDatabase& db, const QString& dbname)
{
    const auto options = liveOptions(db);
    if (!options)
        return options.error();
    QMap<QString, QString> env;
    for (const auto& [option, value] : *options) {
        if (option.envvar)
            env.insert(QString::fromLatin1(option.envvar), value);
    }
    if (!dbname.isEmpty())
        env.insert(QStringLiteral("PGDATABASE"), dbname);
    env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("OrgDesk"));
    return env;
}

Result<QString> Database::siblingServerLocation(const QSqlDatabase& db, const QString& dbname)
{
    const auto options = liveOptions(db);
    if (!options)
        return options.error();
    QStringList parts;
    ServerLogin login;
    for (const auto& [option, value] : *options) {
        const QString key = QString::fromLatin1(option.keyword);
        if (key == u"password")
            login.password = value;
        else if (key == u"user")
            login.user = value;
        else if (key != u"dbname" && key != u"application_name" && key != u"connect_timeout")
            parts << key + u'=' + conninfoValue(value);
    }
    parts << QStringLiteral("dbname=") + conninfoValue(dbname)
          << QStringLiteral("user=") + conninfoValue(login.user);
    const QString location = parts.join(u' ');
    setServerLogin(location, login);
    return location;
}

bool connectionAlive(const QSqlDatabase& db)
{
    if (!db.isOpen())
        return false;
    if (!Dialect::of(db).isPostgres())
        return true;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

Status reconnectServer(QSqlDatabase db)
{
    if (!Dialect::of(db).isPostgres())
        return {};
    db.close();
    if (!db.open())
        return makeError(ErrorCode::Io,
            tr("Cannot connect to the OrgDesk server: %1")
                .arg(db.lastError().databaseText().trimmed().isEmpty()
                        ? db.lastError().text()
                        : db.lastError().databaseText().trimmed()));
    return applySessionSettings(db);
}

Result<Database> Database::openServer(const QString& location, OpenMode mode)
{
    // libpq reads the URI or connection string itself; Qt's driver takes its parts.
    char* parseError = nullptr;
    std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)> options(
        PQconninfoParse(location.toUtf8().constData(), &parseError), PQconninfoFree);
    if (!options) {
        const QString why = QString::fromUtf8(parseError ? parseError : "").trimmed();
        PQfreemem(parseError);
        return makeError(ErrorCode::InvalidInput,
                         tr("\"%1\" is not a PostgreSQL connection address: %2").arg(describe(location), why));
    }
    QString host, port, dbname, user, password;
    QStringList extra;
    for (PQconninfoOption* o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == u"host" || key == u"hostaddr")
            host = key == u"host" ? value : (host.isEmpty() ? value : host);
        else if (key == u"port")
            port = value;
        else if (key == u"dbname")
            dbname = value;
        else if (key == u"user")
            user = value;
        else if (key == u"password")
            password = value;
        else
            extra << key + u'=' + conninfoValue(value);
    }
    {
        QMutexLocker lock(&logins().mutex);
        const auto it = logins().byLocation.constFind(location);
        if (it != logins().byLocation.constEnd()) {
            user = it->user;
            password = it->password;
        }
    }
    // A network cut is noticed within seconds (TCP keepalives, a limit on unacknowledged data)
    // rather than after the system's long TCP timeouts; see ChangeFeed.
    extra << QStringLiteral("application_name='OrgDesk'") << QStringLiteral("connect_timeout=10")
          << QStringLiteral("keepalives_idle=10") << QStringLiteral("keepalives_interval=3")
          << QStringLiteral("keepalives_count=3") << QStringLiteral("tcp_user_timeout=15000");

    Database database(nextServerConnectionName(), location, Backend::PostgreSQL);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database.m_connectionName);
        if (!db.isValid())
            return makeError(ErrorCode::Unsupported,
                             tr("This OrgDesk cannot reach PostgreSQL: Qt's PostgreSQL driver is not installed "
                                "(Debian package libqt6sql6-psql)."));
        db.setHostName(host);
        if (!port.isEmpty())
            db.setPort(port.toInt());
        db.setDatabaseName(dbname);
        db.setUserName(user);
        db.setPassword(password);
        db.setConnectOptions(extra.join(u';'));
        if (!db.open()) {
            const QString why = db.lastError().databaseText().isEmpty() ? db.lastError().text()
                                                                          : db.lastError().databaseText();
            const bool auth = why.contains(QStringLiteral("password authentication failed"))
                              || why.contains(QStringLiteral("no password supplied"))
                              || why.contains(QStringLiteral("not permitted to log in"));
            return makeError(auth ? ErrorCode::PermissionDenied : ErrorCode::Io,
                             auth ? tr("The server refused the sign-in: the user name or password is wrong, or the "
                                       "account is deactivated.")
                                  : tr("Cannot connect to the OrgDesk server %1: %2")
                                        .arg(describe(location), why.trimmed()));
        }
    }
    QSqlDatabase db = database.connection();
    if (Status s = applySessionSettings(db); !s)
        return s.error();

    // pg_trgm finds Chinese only where the database's character type knows non-ASCII letters.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_setting('server_encoding'), datctype FROM pg_database "
                               "WHERE datname = current_database()"))
        || !q.next())
        return sqlError(q, QStringLiteral("reading the database's encoding"));
    const QString encoding = q.value(0).toString();
    const QString ctype = q.value(1).toString();
    if (encoding != u"UTF8" || ctype == u"C" || ctype == u"POSIX")
        return makeError(ErrorCode::Unsupported,
                         tr("The PostgreSQL database \"%1\" uses encoding %2 with character type %3, so searching "
                            "for Chinese text would find nothing. OrgDesk needs a UTF-8 database with a UTF-8 "
                            "character type; create it with: createdb -E UTF8 --locale=C.UTF-8 -T template0 %1")
                             .arg(db.databaseName(), encoding, ctype));

    // An OrgDesk database, a newer one, or someone else's?
    const int version = database.schemaVersion();
    if (version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                   "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'p')"))
            || !q.next())
            return sqlError(q, QStringLiteral("looking at the database"));
        if (q.value(0).toLongLong() > 0)
            return makeError(ErrorCode::Unsupported,
                             tr("The PostgreSQL database \"%1\" holds tables but is not one of OrgDesk's; it has not "
                                "been changed.")
                                 .arg(db.databaseName()));
        if (mode != OpenMode::CreateOrMigrate)
            return makeError(ErrorCode::NotFound,
                             tr("The PostgreSQL database \"%1\" is empty: set it up first with "
                                "orgdesk-cli --db URI server init --admin NAME.")
                                 .arg(db.databaseName()));
    }
    if (version > latestSchemaVersion())
        return makeError(ErrorCode::Unsupported,
                         tr("The PostgreSQL database \"%1\" was set up by a newer OrgDesk (schema version %2; this "
                            "program knows up to %3). It has not been changed. Please use the newer OrgDesk.")
                             .arg(db.databaseName())
                             .arg(version)
                             .arg(latestSchemaVersion()));
    if (mode == OpenMode::ReadOnlyNoMigrate) {
        if (Status s = database.exec(QStringLiteral("SET default_transaction_read_only = on")); !s)
            return s.error();
        return database;
    }
    if (version < latestSchemaVersion()) {
        if (Status s = database.migrate(); !s)
            return s.error();
    }
    return database;
}

Status Database::migrateServer(int targetVersion)
{
    const auto& shared = migrationScripts();
    const auto& own = serverScripts();
    const int baseline = serverBaseline();
    if (baseline == 0)
        return makeError(ErrorCode::Unsupported, QStringLiteral("This build has no PostgreSQL schema."));
    QSqlDatabase db = connection();
    for (int v = std::max(schemaVersion() + 1, baseline); v <= targetVersion; ++v) {
        const auto ownScript = own.find(v);
        const auto sharedScript = shared.find(v);
        const QString script = ownScript != own.end() ? ownScript->second
                               : sharedScript != shared.end() ? sharedScript->second
                                                              : QString();
        if (script.isEmpty())
            return makeError(ErrorCode::Corrupt, QStringLiteral("There is no migration script %1.").arg(v));
        Transaction tx(db, /*plain=*/true);
        if (!tx.active())
            return tx.error();
        QSqlQuery q(db);
        // One simple query: libpq runs a script of many statements in one go.
        if (!q.exec(script))
            return makeError(ErrorCode::Database,
                             tr("Setting up the database at version %1 failed: %2. The database is unchanged.")
                                 .arg(v)
                                 .arg(q.lastError().databaseText().trimmed()));
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS orgdesk_schema (version integer NOT NULL)"))
            || !q.exec(QStringLiteral("DELETE FROM orgdesk_schema"))
            || !q.exec(QStringLiteral("INSERT INTO orgdesk_schema (version) VALUES (%1)").arg(v))
            || !q.exec(QStringLiteral("GRANT SELECT ON orgdesk_schema TO orgdesk_clerk, orgdesk_supervisor, "
                                      "orgdesk_admin")))
            return sqlError(q, QStringLiteral("recording the schema version"));
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace orgdesk
