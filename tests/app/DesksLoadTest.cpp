// SPDX-License-Identifier: GPL-3.0-or-later
// Several desks at once on PostgreSQL, under load and faults: 8 desks (threads, each its own staff
// login and connection) × 250 mixed steps; a desk process killed with SIGKILL in the middle of a
// transaction; the server restarted in the middle of a run. PostgreSQL only: the run on SQLite
// exits 77 (skipped), as the suite's other server tests do.
#include "ApplicationService.h"
#include "DeskSimulation.h"
#include "IntegrityChecker.h"
#include "ServerConnection.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "UserService.h"
#include "form/FormService.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <memory>
#include <pwd.h>
#include <signal.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace orgdesk;
using namespace orgdesk::test;

namespace {

constexpr int kDesks = 8;

FormData keyed(int n)
{
    FormData d;
    d.orgNameEn = QStringLiteral("Shared Case %1 Limited").arg(n);
    d.orgType = QStringLiteral("hkba");
    d.paNameEn = QStringLiteral("CHAN Tai Man");
    d.paIdType = QStringLiteral("hkid");
    d.paIdNumber = QStringLiteral("A123456(3)");
    d.remarks = QStringLiteral("Keyed once");
    return d;
}

// Desk logins on `location` (6 clerks, 2 supervisors) and the cases they all key.
struct Desks
{
    QList<DeskLogin> logins;
    QList<qint64> formCases;
};

Desks prepareDesks(const QSqlDatabase& owner, const QString& location,
    const std::function<QString(const QString&)>& role,
    const std::function<Actor(const QString&, const QString&)>& addUser)
{
    Desks desks;
    for (int i = 0; i < kDesks; ++i) {
        const QString name = QStringLiteral("desk%1").arg(i + 1);
        const Actor actor = addUser(name, i < 6 ? QStringLiteral("clerk") : QStringLiteral("supervisor"));
        desks.logins << DeskLogin { location + QStringLiteral(" application_name=desk%1").arg(i + 1),
            role(actor.username), QStringLiteral("correct horse"), actor };
    }
    FormService forms(owner);
    for (int n = 0; n < 6; ++n) {
        Receipt r;
        r.channel = QStringLiteral("post");
        const auto app = ApplicationService(owner).receive(r, desks.logins.first().actor);
        REQUIRE(app.ok());
        const auto saved = forms.save(app->id, keyed(n), desks.logins.first().actor);
        INFO(saved.message());
        REQUIRE(saved.ok());
        desks.formCases << app->id;
    }
    return desks;
}

struct RunTotals
{
    DeskResult sum;
    QStringList failures;
    QList<SaveRecord> saved;
};

RunTotals runAll(const Desks& desks, int operations, CasePool& pool,
    const std::function<void(qint64, qint64, qint64)>& committed = {}, int reconnectSeconds = 60)
{
    std::vector<DeskResult> results(desks.logins.size());
    std::vector<std::thread> threads;
    for (int i = 0; i < desks.logins.size(); ++i) {
        threads.emplace_back([&, i] {
            DeskOptions o;
            o.operations = operations;
            o.seed = quint32(1000 + i);
            o.formCases = desks.formCases;
            o.pool = &pool;
            o.committed = committed;
            o.reconnectSeconds = reconnectSeconds;
            results[size_t(i)] = runDesk(desks.logins.at(i), o);
        });
    }
    for (std::thread& t : threads)
        t.join();
    RunTotals totals;
    for (size_t i = 0; i < results.size(); ++i) {
        const DeskResult& r = results[i];
        totals.sum.done += r.done;
        totals.sum.intakes += r.intakes;
        totals.sum.saves += r.saves;
        totals.sum.conflicts += r.conflicts;
        totals.sum.resolved += r.resolved;
        totals.sum.moves += r.moves;
        totals.sum.moveConflicts += r.moveConflicts;
        totals.sum.reveals += r.reveals;
        totals.sum.revealRefusals += r.revealRefusals;
        totals.sum.reconnects += r.reconnects;
        for (const QString& f : r.failures)
            totals.failures << QStringLiteral("desk %1: %2").arg(i + 1).arg(f);
        totals.saved += r.saved;
    }
    return totals;
}

void checkTrail(const QSqlDatabase& db, const RunTotals& totals, int expectedDone)
{
    INFO(totals.failures.join(u'\n'));
    CHECK(totals.failures.isEmpty());
    CHECK(totals.sum.done == expectedDone);
    const TrailReport trail = inspectTrail(db, totals.saved);
    INFO(trail.problem);
    CHECK(trail.forks == 0);
    CHECK(trail.lostUpdates == 0);
    CHECK(trail.verified);
    // Every save that went through is in the trail with the version it made.
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE action = 'application.form_saved'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() >= totals.sum.saves);
    const auto report = IntegrityChecker(db).run();
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n'));
    CHECK(report->problems.isEmpty());
}

// Runs a PostgreSQL program (initdb, pg_ctl) as the postgres user when this is root.
int runPg(const QString& program, const QStringList& args, QString* output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0)
        p.start(QStringLiteral("runuser"),
            QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                + args);
    else
        p.start(program, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(120000))
        return -1;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString pgBin()
{
    for (const QString& v : { QStringLiteral("15"), QStringLiteral("16"), QStringLiteral("17") }) {
        const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

// A PostgreSQL cluster of this test's own in a temporary folder, reached by its socket only, so that
// it can be restarted under running desks. Stopped and removed afterwards.
class PrivateCluster
{
public:
    PrivateCluster()
    {
        m_bin = pgBin();
        if (m_bin.isEmpty() || !m_dir.isValid())
            return;
        m_port = 20000 + int(QCoreApplication::applicationPid() % 20000);
        if (::geteuid() == 0) {
            const passwd* pg = ::getpwnam("postgres");
            if (!pg || ::chown(m_dir.path().toLocal8Bit().constData(), pg->pw_uid, pg->pw_gid) != 0)
                return;
        }
        QString out;
        if (runPg(m_bin + QStringLiteral("/initdb"),
                { QStringLiteral("-D"), data(), QStringLiteral("-U"), QStringLiteral("postgres"),
                    QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                    QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8") },
                &out)
            != 0) {
            m_error = out;
            return;
        }
        m_ok = pgCtl(QStringLiteral("start"));
    }
    ~PrivateCluster()
    {
        if (m_ok)
            pgCtl(QStringLiteral("stop"), QStringLiteral("immediate"));
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString location(const QString& dbname) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=postgres")
            .arg(m_dir.path())
            .arg(m_port)
            .arg(dbname);
    }
    bool restart() { return pgCtl(QStringLiteral("restart"), QStringLiteral("fast")); }
    QString host() const { return m_dir.path(); }
    int port() const { return m_port; }

private:
    QString data() const { return m_dir.path() + QStringLiteral("/data"); }
    bool pgCtl(const QString& action, const QString& mode = {})
    {
        QStringList args { QStringLiteral("-D"), data(), QStringLiteral("-l"),
            m_dir.path() + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("-o"),
            QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off -c max_connections=60")
                .arg(m_dir.path())
                .arg(m_port) };
        if (!mode.isEmpty())
            args << QStringLiteral("-m") << mode;
        args << action;
        QString out;
        const bool done = runPg(m_bin + QStringLiteral("/pg_ctl"), args, &out) == 0;
        if (!done)
            m_error = out;
        return done;
    }

    QTemporaryDir m_dir { QDir::tempPath() + QStringLiteral("/orgdesk-pg-XXXXXX") };
    QString m_bin;
    int m_port = 0;
    bool m_ok = false;
    QString m_error;
};

} // namespace

TEST_CASE(
    "Eight desks × 250 mixed steps: no fork, no lost update, every conflict reported, the trail verifies",
    "[desks][load]")
{
    TempDatabase t;
    t.addUser(QStringLiteral("admin"), QStringLiteral("admin"));
    const Desks desks = prepareDesks(
        t.connection(), t.path(), [&](const QString& u) { return t.loginRole(u); },
        [&](const QString& name, const QString& role) { return t.addUser(name, role); });
    CasePool pool;
    QElapsedTimer clock;
    clock.start();
    const RunTotals totals = runAll(desks, 250, pool);
    WARN(QStringLiteral(
        "%1 steps in %2 s: %3 intakes, %4 saves, %5 conflicting saves reported and resolved, %6 moves, "
        "%7 moves refused as decided elsewhere, %8 reveals (%9 refused)")
             .arg(totals.sum.done)
             .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
             .arg(totals.sum.intakes)
             .arg(totals.sum.saves)
             .arg(totals.sum.conflicts)
             .arg(totals.sum.moves)
             .arg(totals.sum.moveConflicts)
             .arg(totals.sum.reveals)
             .arg(totals.sum.revealRefusals)
             .toStdString());
    CHECK(totals.sum.conflicts > 0); // the desks did meet each other's saves
    CHECK(totals.sum.conflicts == totals.sum.resolved);
    checkTrail(t.connection(), totals, kDesks * 250);
}

TEST_CASE("A desk process killed with SIGKILL in the middle of a transaction leaves the server consistent",
    "[desks][fault]")
{
    TempDatabase t;
    t.addUser(QStringLiteral("admin"), QStringLiteral("admin"));
    QSqlQuery q(t.connection());
    auto scalar = [&](const QString& sql) {
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 casesBefore = scalar(QStringLiteral("SELECT count(*) FROM applications"));
    const qint64 eventsBefore = scalar(QStringLiteral("SELECT count(*) FROM events"));

    // The desk process: the command-line tool writing 3000 cases in one transaction.
    QProcess desk;
    desk.start(QString::fromUtf8(ORGDESK_CLI_PATH),
        { QStringLiteral("--db"), t.path(), QStringLiteral("seed-demo"), QStringLiteral("--count"),
            QStringLiteral("3000") });
    REQUIRE(desk.waitForStarted(10000));
    // Killed once it has written inside its transaction (the server sees a transaction id).
    QElapsedTimer clock;
    clock.start();
    bool writing = false;
    while (!writing && clock.elapsed() < 60000 && desk.state() == QProcess::Running) {
        REQUIRE(execPrepared(q,
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                           "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL"),
            {})
                    .ok());
        writing = q.next() && q.value(0).toLongLong() > 0;
        q.finish();
        if (!writing)
            QThread::msleep(10);
    }
    REQUIRE(writing);
    ::kill(pid_t(desk.processId()), SIGKILL);
    REQUIRE(desk.waitForFinished(10000));
    CHECK(desk.exitStatus() == QProcess::CrashExit);

    // Nothing of the killed transaction is there once the server has noticed, and the others go on.
    clock.restart();
    while (
        scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                              "pid <> pg_backend_pid() AND application_name = 'OrgDesk'"))
            > 0
        && clock.elapsed() < 30000)
        QThread::msleep(20);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM applications")) == casesBefore);
    CHECK(scalar(QStringLiteral("SELECT count(*) FROM events")) == eventsBefore);
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Receipt r;
    r.channel = QStringLiteral("post");
    REQUIRE(ApplicationService(t.connection()).receive(r, clerk).ok());
    const auto report = IntegrityChecker(t.connection()).run();
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n'));
    CHECK(report->problems.isEmpty());
}

TEST_CASE("The server restarted in the middle of a run: every desk reconnects and finishes", "[desks][fault]")
{
    PrivateCluster cluster;
    if (!cluster.ok()) {
        WARN("no private PostgreSQL cluster could be started (" << cluster.error().toStdString()
                                                                << "): not run");
        if (pgBin().isEmpty())
            return;
        FAIL("initdb or pg_ctl failed");
    }
    {
        QSqlDatabase admin
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("private-admin"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setUserName(QStringLiteral("postgres"));
        admin.setHostName(cluster.host());
        admin.setPort(cluster.port());
        REQUIRE(admin.open());
        QSqlQuery q(admin);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(
            QStringLiteral("CREATE DATABASE orgdesk ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0")));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("private-admin"));
    const QString location = cluster.location(QStringLiteral("orgdesk"));
    Result<Database> owner = Database::open(location);
    INFO(owner.message());
    REQUIRE(owner.ok());
    const QSqlDatabase db = owner->connection();
    UserService users(db);
    auto addUser = [&](const QString& name, const QString& role) {
        const auto count = users.userCount();
        REQUIRE(count.ok());
        std::optional<Actor> by;
        if (*count > 0)
            by = Actor { 0, QStringLiteral("test"), QStringLiteral("admin") };
        const auto id = users.addUser(name, name, role, QStringLiteral("correct horse"), by);
        INFO(id.message());
        REQUIRE(id.ok());
        return Actor { *id, name, role };
    };
    addUser(QStringLiteral("admin"), QStringLiteral("admin"));
    const Desks desks = prepareDesks(
        db, location, [](const QString& u) { return u; }, addUser);

    constexpr int kSteps = 100;
    CasePool pool;
    QAtomicInteger<int> commits = 0;
    std::atomic<bool> restarted = false;
    std::thread restarter([&] {
        // A third of the way through, the server goes down and comes back.
        QElapsedTimer clock;
        clock.start();
        while (commits.loadRelaxed() < kDesks * kSteps / 3 && clock.elapsed() < 120000)
            QThread::msleep(5);
        restarted = cluster.restart();
    });
    const RunTotals totals = runAll(
        desks, kSteps, pool, [&](qint64, qint64, qint64) { commits.fetchAndAddRelaxed(1); }, 90);
    restarter.join();
    INFO(cluster.error());
    REQUIRE(restarted);
    if (!connectionAlive(db))
        REQUIRE(reconnectServer(db).ok());
    WARN(QStringLiteral("%1 steps, %2 reconnections after the restart")
             .arg(totals.sum.done)
             .arg(totals.sum.reconnects)
             .toStdString());
    CHECK(totals.sum.reconnects >= 1);
    checkTrail(db, totals, kDesks * kSteps);
}
