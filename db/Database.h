// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialect.h"
#include "Result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

// One connection to an OrgDesk store: an SQLite file (WAL, foreign keys, a busy timeout) or a
// PostgreSQL database named by a libpq URI or connection string (see isServerLocation()).
//
// Thread rules: a Database belongs to the thread that opened it; open another one (same location)
// for work on another thread. The sign-in given to setServerLogin() for a location is used by every
// later open of it, from any thread, so workers connect as the person who signed in.
class Database
{
public:
    // Who connects to a PostgreSQL location: the staff account's login role and its password, kept
    // in this process's memory only. Without one, libpq's own ways apply (the URI's user,
    // PGUSER/PGPASSWORD, ~/.pgpass, a service file).
    struct ServerLogin
    {
        QString user;
        QString password;
    };
    static void setServerLogin(const QString& location, const ServerLogin& login);
    static void clearServerLogin(const QString& location);

    enum class OpenMode {
        CreateOrMigrate, // create the file if missing and bring the schema up to date
        ExistingOnly,    // refuse to create; still migrates an older schema
        ReadOnlyNoMigrate, // inspect as it is (checks, restore validation): never modified
    };

    static Result<Database> open(const QString& path, OpenMode mode = OpenMode::CreateOrMigrate);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    QSqlDatabase connection() const;
    // The location it was opened with: a file path, or a PostgreSQL URI / connection string.
    const QString& path() const { return m_path; }
    Backend backend() const { return m_backend; }
    const Dialect& dialect() const { return Dialect::of(m_backend); }

    // Schema version of this store (SQLite: PRAGMA user_version; PostgreSQL: orgdesk_schema) and
    // of this build.
    int schemaVersion() const;
    static int latestSchemaVersion();
    // The same for any connection to a store (0 for an empty PostgreSQL database).
    static Result<int> schemaVersionOf(const QSqlDatabase& db);

    // Whether the PostgreSQL server behind `db` lets login role `role` sign in with `password`:
    // a connection of its own to the same database, with the same options, closed at once.
    static Result<bool> acceptsServerLogin(const QSqlDatabase& db, const QString& role, const QString& password);

    // How the server tools (pg_dump, pg_restore, psql) reach the PostgreSQL database behind `db`
    // as the same person with the same options: libpq's environment variables (PGHOST, PGPORT,
    // PGUSER, PGPASSWORD, PGSSLMODE, …), with PGDATABASE set to `dbname` when given. For a child
    // process's environment only; the password must never be shown or logged.
    static Result<QMap<QString, QString>> serverClientEnvironment(const QSqlDatabase& db, const QString& dbname = {});

    // A location naming database `dbname` on the server behind `db`, reached as the same person
    // (the sign-in is registered for it in memory, as setServerLogin does).
    static Result<QString> siblingServerLocation(const QSqlDatabase& db, const QString& dbname);

    // Bring the schema up to `targetVersion` (default: latest), each migration in its own
    // transaction. Refuses a database newer than this build without touching it.
    Status migrate(int targetVersion = -1);

    // Executes a statement without bound values (schema work, pragmas). Returns the driver error.
    Status exec(const QString& sql);

private:
    Database(QString connectionName, QString path, Backend backend = Backend::SQLite);
    void close();
    static Result<Database> openServer(const QString& location, OpenMode mode);
    Status migrateServer(int targetVersion);

    QString m_connectionName;
    QString m_path;
    Backend m_backend = Backend::SQLite;
};

} // namespace orgdesk
