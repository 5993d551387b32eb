// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "SqlHandle.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <map>
#include <set>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace orgdesk {

namespace {

constexpr int kApplicationId = 0x4F524744; // 'ORGD' in the SQLite header: this file is OrgDesk's

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("orgdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Numbers used by more than one migration script (a merge that kept both files).
std::set<int>& duplicates()
{
    static std::set<int> numbers;
    return numbers;
}

} // namespace

// The scripts NNNN_name.sql of one folder of the compiled-in migrations, by version number.
std::map<int, QString> readMigrationScripts(const QString& folder)
{
    initMigrationResources();
    std::map<int, QString> result;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(folder);
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        // Two scripts with one number: migrate() refuses, instead of running whichever sorts first.
        if (!result.emplace(m.captured(1).toInt(), QString::fromUtf8(f.readAll())).second)
            duplicates().insert(m.captured(1).toInt());
    }
    return result;
}

// Migration scripts compiled into the binary, by version number (db/migrations/NNNN_name.sql).
const std::map<int, QString>& migrationScripts()
{
    static const std::map<int, QString> scripts = readMigrationScripts(QStringLiteral(":/orgdesk/migrations"));
    return scripts;
}

namespace {

int scalarInt(const QSqlDatabase& db, const QString& sql, bool* ok)
{
    QSqlQuery q(db);
    *ok = q.exec(sql) && q.next();
    return *ok ? q.value(0).toInt() : 0;
}

} // namespace

Database::Database(QString connectionName, QString path, Backend backend)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_backend(backend)
{
}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_path(std::move(other.m_path))
    , m_backend(other.m_backend)
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_path = std::move(other.m_path);
        m_backend = other.m_backend;
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    const auto& scripts = migrationScripts();
    return scripts.empty() ? 0 : scripts.rbegin()->first;
}

int Database::schemaVersion() const
{
    const Result<int> version = schemaVersionOf(connection());
    return version ? *version : 0;
}

Result<int> Database::schemaVersionOf(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(Dialect::of(db).isPostgres()
                    ? QStringLiteral("SELECT CASE WHEN to_regclass('orgdesk_schema') IS NULL THEN 0 "
                                     "ELSE (SELECT max(version) FROM orgdesk_schema) END")
                    : QStringLiteral("PRAGMA user_version"))
        || !q.next())
        return sqlError(q, QStringLiteral("reading the schema version"));
    return q.value(0).toInt();
}

Status Database::exec(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlError(q, QStringLiteral("running \"%1\"").arg(sql.left(60)));
    return {};
}

Result<Database> Database::open(const QString& path, OpenMode mode)
{
    if (isServerLocation(path))
        return openServer(path, mode);
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (mode != OpenMode::CreateOrMigrate && !exists)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Database", "There is no OrgDesk database at %1.")
                             .arg(QDir::toNativeSeparators(path)));
    if (!exists && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("Database", "Cannot create the folder %1 for the database.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));

    Database database(nextConnectionName(), path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database.m_connectionName);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (mode == OpenMode::ReadOnlyNoMigrate)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open())
            return makeError(ErrorCode::Io, QCoreApplication::translate("Database", "Cannot open %1: %2")
                                                .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    }
    QSqlDatabase db = database.connection();

    // Read the header before writing anything: a foreign or newer file must stay untouched.
    bool ok = false;
    const int version = scalarInt(db, QStringLiteral("PRAGMA user_version"), &ok);
    if (!ok)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("Database",
                                                     "%1 is not an OrgDesk database, or it is damaged.")
                             .arg(QDir::toNativeSeparators(path)));
    const int appId = scalarInt(db, QStringLiteral("PRAGMA application_id"), &ok);
    const int tables = scalarInt(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"), &ok);
    if (tables > 0 && appId != kApplicationId)
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("Database",
                                                     "%1 is an SQLite database but not one of OrgDesk's; "
                                                     "it has not been changed.")
                             .arg(QDir::toNativeSeparators(path)));
    if (version > latestSchemaVersion())
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("Database",
                                                     "%1 was written by a newer OrgDesk (schema version %2; "
                                                     "this program knows up to %3). It has not been changed. "
                                                     "Please use the newer OrgDesk.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(version)
                             .arg(latestSchemaVersion()));

    if (mode == OpenMode::ReadOnlyNoMigrate) {
        (void)database.exec(QStringLiteral("PRAGMA foreign_keys = ON")); // reading only: best effort
        return database;
    }

    // A new file gets 16 KiB pages (SQLite's default is 4 KiB): reading the whole audit trail or a
    // scanned attachment then takes a quarter of the reads, and a full verify of millions of events
    // runs about a sixth faster. An existing file keeps the page size it was made with.
    if (version == 0)
        if (Status s = database.exec(QStringLiteral("PRAGMA page_size = 16384")); !s)
            return s.error();
    // recursive_triggers: a REPLACE that removes a conflicting row fires that row's delete
    // triggers, so it cannot pass around a guard (0012 refuses such inserts on its own as well).
    for (const char* pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                                "PRAGMA recursive_triggers = ON" }) {
        if (Status s = database.exec(QString::fromLatin1(pragma)); !s)
            return s.error();
    }
    if (Status s = database.migrate(); !s)
        return s.error();
    return database;
}

Status Database::migrate(int targetVersion)
{
    const auto& scripts = migrationScripts();
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    if (m_backend == Backend::PostgreSQL)
        return migrateServer(targetVersion);
    if (!duplicates().empty())
        return makeError(ErrorCode::Corrupt, QStringLiteral("Two migration scripts are numbered %1.")
                                                 .arg(*duplicates().begin()));
    // Numbers must run 1, 2, 3 ... without gaps, or a database could skip a step.
    int expected = 1;
    for (const auto& [number, _] : scripts) {
        if (number != expected++)
            return makeError(ErrorCode::Corrupt,
                             QStringLiteral("Migration scripts are not numbered consecutively (found %1).")
                                 .arg(number));
    }

    sqlite3* handle = sqliteHandle(connection());
    if (!handle)
        return makeError(ErrorCode::Database, QStringLiteral("The SQLite driver gave no connection handle."));

    for (int v = schemaVersion() + 1; v <= targetVersion; ++v) {
        Transaction tx(connection());
        if (!tx.active())
            return tx.error();
        char* message = nullptr;
        const QByteArray script = scripts.at(v).toUtf8();
        if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "unknown error");
            sqlite3_free(message);
            return makeError(ErrorCode::Database,
                             QCoreApplication::translate("Database",
                                                         "Upgrading the database to version %1 failed: %2. "
                                                         "The database is unchanged.")
                                 .arg(v)
                                 .arg(text));
        }
        if (v == 1) {
            if (Status s = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
                return s;
        }
        if (Status s = exec(QStringLiteral("PRAGMA user_version = %1").arg(v)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace orgdesk
