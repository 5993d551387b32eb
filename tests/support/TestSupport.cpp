// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "SqlHandle.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "ApplicationService.h"
#include "form/FormService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

namespace orgdesk::test {

bool onServer()
{
    return qEnvironmentVariable("ORGDESK_TEST_BACKEND") == u"postgresql";
}

namespace {

// A connection to the test cluster's maintenance database, for creating and dropping databases.
QSqlDatabase serverAdmin()
{
    const QString name = QStringLiteral("orgdesk-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setDatabaseName(QStringLiteral("postgres")); // host, port, user and password from PG*
    db.setConnectOptions(QStringLiteral("application_name='OrgDesk tests'"));
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

void adminExec(const QString& sql)
{
    QSqlQuery q(serverAdmin());
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    if (onServer()) {
        static int counter = 0;
        const QString unique = QStringLiteral("%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        m_serverDatabase = QStringLiteral("orgdesk_test_") + unique;
        m_rolePrefix = QStringLiteral("t") + unique + u'_';
        const QString templateName = qEnvironmentVariable("ORGDESK_TEST_TEMPLATE", QStringLiteral("orgdesk_template"));
        adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_serverDatabase, templateName));
        m_path = QStringLiteral("dbname=") + m_serverDatabase;
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    Result<Database> db = Database::open(m_path);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    m_db.emplace(std::move(db).value());
    if (onServer()) {
        QSqlQuery q(connection());
        REQUIRE(execPrepared(q, QStringLiteral("UPDATE server_config SET role_prefix = ?"), { m_rolePrefix }).ok());
    }
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (m_serverDatabase.isEmpty())
        return;
    QSqlQuery q(serverAdmin());
    // Connections a test left open (threads, the CLI) go first.
    q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
               .arg(m_serverDatabase));
    q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_serverDatabase));
    QStringList roles;
    if (q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, '%1')").arg(m_rolePrefix)))
        while (q.next())
            roles << q.value(0).toString();
    for (const QString& role : roles)
        q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
}

qint64 receive(const QSqlDatabase& db, const Actor& actor, const QString& channel, const QDateTime& at)
{
    Receipt r;
    r.channel = channel;
    r.receivedAt = at;
    const auto app = ApplicationService(db).receive(r, actor);
    INFO(app.message().toStdString());
    REQUIRE(app.ok());
    return app->id;
}

qint64 waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return clock.elapsed();
}

void keyEligibleForm(const QSqlDatabase& db, qint64 id, const Actor& actor)
{
    FormData d;
    d.orgNameEn = QStringLiteral("Hong Kong Bar Association");
    d.orgNameZh = QStringLiteral("香港大律師公會");
    d.orgType = QStringLiteral("hkba");
    d.paNameEn = QStringLiteral("CHAN Tai Man");
    d.email = QStringLiteral("info@hkba.example.hk");
    const auto saved = FormService(db).save(id, d, actor);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
}

QString dropTrigger(const QSqlDatabase& db, const QString& name, const QString& table)
{
    return Dialect::of(db).isPostgres() ? QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)
                                        : QStringLiteral("DROP TRIGGER %1").arg(name);
}

void withChecklistUnfrozen(const QSqlDatabase& db, const std::function<void()>& write)
{
    QSqlQuery q(db);
    if (Dialect::of(db).isPostgres()) {
        // The server's owner sets the three triggers aside and back, as it alone may.
        QStringList names;
        REQUIRE(q.exec(QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = 'application_checklist'::regclass "
                                      "AND tgname LIKE 'application\\_checklist\\_frozen\\_%'")));
        while (q.next())
            names << q.value(0).toString();
        REQUIRE(names.size() == 3);
        for (const QString& name : names)
            REQUIRE(q.exec(QStringLiteral("ALTER TABLE application_checklist DISABLE TRIGGER %1").arg(name)));
        write();
        for (const QString& name : names)
            REQUIRE(q.exec(QStringLiteral("ALTER TABLE application_checklist ENABLE TRIGGER %1").arg(name)));
        return;
    }
    REQUIRE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE "
                                  "'application\\_checklist\\_frozen\\_%' ESCAPE '\\'")));
    QStringList names, definitions;
    while (q.next()) {
        names << q.value(0).toString();
        definitions << q.value(1).toString();
    }
    REQUIRE(names.size() == 3);
    for (const QString& name : names)
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER %1").arg(name)));
    write();
    for (const QString& sql : definitions)
        REQUIRE(q.exec(sql));
}

Actor TempDatabase::addUser(const QString& username, const QString& role)
{
    UserService users(connection());
    const auto count = users.userCount();
    REQUIRE(count.ok());
    std::optional<Actor> admin;
    if (*count > 0)
        admin = Actor { 0, QStringLiteral("test"), QStringLiteral("admin") };
    const QString firstRole = *count == 0 ? QStringLiteral("admin") : role;
    auto id = users.addUser(username, username, firstRole, QStringLiteral("correct horse"), admin);
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    if (firstRole != role) {
        // The first account must be an administrator; add the asked-for role as a second one.
        return addUser(username + QStringLiteral("-") + role, role);
    }
    return Actor { *id, username, role };
}

QSqlDatabase createAtVersion(const QString& path, int version, const QString& connectionName)
{
    (void)Database::latestSchemaVersion(); // loads the migration scripts resource
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    raw.setDatabaseName(path);
    REQUIRE(raw.open());
    const QDir scripts(QStringLiteral(":/orgdesk/migrations"));
    for (int v = 1; v <= version; ++v) {
        const QStringList names = scripts.entryList({ QStringLiteral("%1_*.sql").arg(v, 4, 10, QLatin1Char('0')) });
        REQUIRE(names.size() == 1);
        QFile script(scripts.filePath(names.first()));
        REQUIRE(script.open(QIODevice::ReadOnly));
        char* message = nullptr;
        const int rc = sqlite3_exec(sqliteHandle(raw), script.readAll().constData(), nullptr, nullptr, &message);
        INFO("migration " << v << ": " << (message ? message : ""));
        sqlite3_free(message);
        REQUIRE(rc == SQLITE_OK);
    }
    QSqlQuery q(raw);
    REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x4F524744)));
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    return raw;
}

void screenshot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("ORGDESK_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

namespace {

// The store's own shell: sqlite3 on a file, psql (as the database's owner) on the server.
void startShell(QProcess& p, const QString& db, const QString& sql)
{
    if (isServerLocation(db))
        p.start(QStringLiteral("psql"), { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                          QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), db,
                                          QStringLiteral("-c"), sql });
    else
        p.start(QStringLiteral("sqlite3"), { db, sql });
}

} // namespace

void sqlite(const QString& db, const QString& sql)
{
    QProcess p;
    startShell(p, db, sql);
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
}

CliResult sqliteShell(const QString& db, const QString& sql)
{
    QProcess p;
    startShell(p, db, sql);
    REQUIRE(p.waitForFinished(30000));
    return CliResult { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                       QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QString corpusDir()
{
    const QString dir = QString::fromUtf8(ORGDESK_CORPUS_DIR);
    if (!QFileInfo::exists(dir + QStringLiteral("/MANIFEST.tsv"))) {
        WARN("The document corpus is not at " << dir.toStdString()
                                              << "; corpus tests are skipped (put it at ../shared/corpus).");
        return {};
    }
    return QDir(dir).absolutePath();
}

CliResult runCli(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.start(QString::fromUtf8(ORGDESK_CLI_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(600000));
    return CliResult { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                       QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace orgdesk::test
