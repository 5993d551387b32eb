// SPDX-License-Identifier: GPL-3.0-or-later
// bench_desks URI: eight desks on one PostgreSQL database at once. Each desk is a thread with its
// own staff login and connection doing the desk's everyday steps (tests/support/DeskSimulation:
// intake, conflicting form saves, moves re-checked against the status offered, identity-number
// reveals); each desk also has, on the main thread, what its window keeps live: a ChangeFeed
// (LISTEN on a connection of its own) and the queue model, updated at the next turn of the event
// loop after a notice, as ui/LiveUpdates does. Measured: the time from one desk's commit to
// another desk's queue model showing it (median, 95th percentile), next to a bare libpq listener
// (PQnotifies in a select loop) hearing the same commits, with the ratio; moves and steps per
// second. Last line: "forks N, lost updates N, verify ok|FAILED".
//
// URI: an initialised OrgDesk database (orgdesk-cli --db URI server init …), reached as a role that
// may create staff (its owner); the benchmark adds its own eight accounts (bench_<pid>_<n>).
#include "ApplicationService.h"
#include "ChangeFeed.h"
#include "Database.h"
#include "DeskSimulation.h"
#include "QueueModel.h"
#include "UserService.h"
#include "form/FormService.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <libpq-fe.h>
#include <sys/select.h>
#include <thread>
#include <vector>

using namespace orgdesk;
using namespace orgdesk::test;

namespace {

constexpr int kDesks = 8;
constexpr int kSteps = 250;

struct Key
{
    qint64 id;
    qint64 version;
    bool operator==(const Key&) const = default;
};
size_t qHash(const Key& k, size_t seed = 0)
{
    return ::qHash(k.id, seed) ^ ::qHash(k.version * 1000003, seed);
}

struct Commits
{
    QMutex mutex;
    QHash<Key, QPair<qint64, int>> at; // (time, desk)
};

// One desk's live view: its feed and its queue model, on the main thread.
struct Observer
{
    int desk = 0;
    std::unique_ptr<Database> db;
    std::unique_ptr<ChangeFeed> feed;
    std::unique_ptr<QueueModel> model;
    QTimer settle;
    QList<Key> pending;
    QList<QPair<Key, qint64>> seen; // updated, when
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2 || !isServerLocation(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(
            stderr, "usage: bench_desks postgresql://OWNER@HOST/DBNAME (an initialised OrgDesk database)\n");
        return 2;
    }
    const QString uri = QString::fromLocal8Bit(argv[1]);
    Result<Database> owner = Database::open(uri, Database::OpenMode::ExistingOnly);
    if (!owner) {
        std::fprintf(stderr, "%s\n", qPrintable(owner.message()));
        return 1;
    }
    const QSqlDatabase db = owner->connection();

    // The desks' accounts: six clerks and two supervisors, each a login role of its own.
    UserService users(db);
    QList<DeskLogin> logins;
    const QString password
        = QString::number(QRandomGenerator::system()->generate64(), 36) + QStringLiteral("Aa1!");
    for (int i = 0; i < kDesks; ++i) {
        const QString name = QStringLiteral("bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(i + 1);
        const QString role = i < 6 ? QStringLiteral("clerk") : QStringLiteral("supervisor");
        const auto id = users.addUser(
            name, name, role, password, Actor { 0, QStringLiteral("bench"), QStringLiteral("admin") });
        if (!id) {
            std::fprintf(
                stderr, "cannot add the desk account %s: %s\n", qPrintable(name), qPrintable(id.message()));
            return 1;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT login_role FROM users WHERE id = ?"));
        q.addBindValue(*id);
        if (!q.exec() || !q.next()) {
            std::fprintf(stderr, "cannot read the login of %s\n", qPrintable(name));
            return 1;
        }
        // One location per desk: the sign-in is kept per location.
        const QString tag = QStringLiteral("application_name=desk%1").arg(i + 1);
        const QString location = !uri.startsWith(QStringLiteral("postgres")) ? uri + u' ' + tag
            : uri.contains(u'?')                                             ? uri + u'&' + tag
                                                                             : uri + u'?' + tag;
        logins << DeskLogin { location, q.value(0).toString(), password, Actor { *id, name, role } };
        Database::setServerLogin(location, { logins.last().loginRole, password });
    }
    // Six cases every desk keys at once.
    QList<qint64> formCases;
    for (int n = 0; n < 6; ++n) {
        Receipt r;
        r.channel = QStringLiteral("post");
        const auto received = ApplicationService(db).receive(r, logins.first().actor);
        FormData d;
        d.orgNameEn = QStringLiteral("Bench Shared Case %1 Limited").arg(n);
        d.orgType = QStringLiteral("hkba");
        d.paNameEn = QStringLiteral("CHAN Tai Man");
        d.paIdType = QStringLiteral("hkid");
        d.paIdNumber = QStringLiteral("A123456(3)");
        if (!received || !FormService(db).save(received->id, d, logins.first().actor)) {
            std::fprintf(stderr, "cannot prepare the shared cases\n");
            return 1;
        }
        formCases << received->id;
    }

    // What each desk's window keeps live.
    Commits commits;
    std::vector<std::unique_ptr<Observer>> observers;
    for (int i = 0; i < kDesks; ++i) {
        auto o = std::make_unique<Observer>();
        o->desk = i;
        Result<Database> view = Database::open(logins.at(i).location, Database::OpenMode::ExistingOnly);
        if (!view) {
            std::fprintf(stderr, "%s\n", qPrintable(view.message()));
            return 1;
        }
        o->db = std::make_unique<Database>(std::move(*view));
        o->model = std::make_unique<QueueModel>(o->db->connection());
        o->model->refresh();
        o->feed = std::make_unique<ChangeFeed>(o->db->connection(), logins.at(i).location);
        o->settle.setSingleShot(true);
        o->settle.setInterval(0);
        Observer* raw = o.get();
        QObject::connect(o->feed.get(), &ChangeFeed::changed, &o->settle, [raw](const ChangeNotice& n) {
            if (n.table == u"applications" && n.version > 0)
                raw->pending << Key { n.applicationId, n.version };
            if (!raw->settle.isActive())
                raw->settle.start();
        });
        QObject::connect(&o->settle, &QTimer::timeout, &o->settle, [raw] {
            bool fresh = false;
            for (const Key& k : std::as_const(raw->pending)) {
                if (raw->model->rowOfId(k.id) >= 0)
                    raw->model->updateRow(k.id);
                else
                    fresh = true;
            }
            if (fresh)
                raw->model->refreshInPlace();
            const qint64 now = steadyNs();
            for (const Key& k : std::as_const(raw->pending))
                raw->seen << qMakePair(k, now);
            raw->pending.clear();
        });
        if (!o->feed->start()) {
            std::fprintf(stderr, "cannot listen: %s\n", qPrintable(o->feed->errorText()));
            return 1;
        }
        observers.push_back(std::move(o));
    }

    // The reference: a bare libpq listener (the owner's connection), on a thread of its own.
    std::atomic<bool> stop = false;
    QMutex rawMutex;
    QHash<Key, qint64> rawSeen;
    PGconn* listener = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(listener) != CONNECTION_OK) {
        std::fprintf(stderr, "reference listener: %s", PQerrorMessage(listener));
        return 1;
    }
    PQclear(PQexec(listener, "LISTEN orgdesk_changes"));
    std::thread reference([&] {
        const int fd = PQsocket(listener);
        while (!stop) {
            fd_set in;
            FD_ZERO(&in);
            FD_SET(fd, &in);
            timeval tv { 0, 100000 };
            if (select(fd + 1, &in, nullptr, nullptr, &tv) <= 0)
                continue;
            PQconsumeInput(listener);
            while (PGnotify* n = PQnotifies(listener)) {
                const qint64 now = steadyNs();
                const auto notice = ChangeFeed::parse(QString::fromUtf8(n->extra));
                if (notice && notice->table == u"applications" && notice->version > 0) {
                    QMutexLocker lock(&rawMutex);
                    rawSeen.insert(Key { notice->applicationId, notice->version }, now);
                }
                PQfreemem(n);
            }
        }
    });

    // The desks at work; the main thread keeps the views live meanwhile.
    CasePool pool;
    std::vector<DeskResult> results(kDesks);
    std::atomic<int> running = kDesks;
    std::vector<std::thread> desks;
    const qint64 started = steadyNs();
    for (int i = 0; i < kDesks; ++i) {
        desks.emplace_back([&, i] {
            DeskOptions o;
            o.operations = kSteps;
            o.seed = quint32(7000 + i);
            o.formCases = formCases;
            o.pool = &pool;
            o.committed = [&, i](qint64 id, qint64 version, qint64 at) {
                QMutexLocker lock(&commits.mutex);
                commits.at.insert(Key { id, version }, qMakePair(at, i));
            };
            results[size_t(i)] = runDesk(logins.at(i), o);
            --running;
        });
    }
    while (running > 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double seconds = double(steadyNs() - started) / 1e9;
    for (std::thread& t : desks)
        t.join();
    // The last notices.
    const qint64 drain = steadyNs();
    while (steadyNs() - drain < 1000000000LL)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    stop = true;
    reference.join();
    PQfinish(listener);

    // Latencies: another desk's model, and the bare listener, for the same commits.
    std::vector<double> model, bare;
    QMutexLocker lock(&commits.mutex);
    for (const auto& o : observers) {
        for (const auto& [key, when] : std::as_const(o->seen)) {
            const auto c = commits.at.constFind(key);
            if (c != commits.at.constEnd() && c->second != o->desk)
                model.push_back(double(when - c->first) / 1e6);
        }
    }
    for (auto it = rawSeen.cbegin(); it != rawSeen.cend(); ++it) {
        const auto c = commits.at.constFind(it.key());
        if (c != commits.at.constEnd())
            bare.push_back(double(it.value() - c->first) / 1e6);
    }
    int moves = 0, steps = 0, conflicts = 0, moveConflicts = 0, saves = 0;
    QList<SaveRecord> saved;
    QStringList failures;
    for (const DeskResult& r : results) {
        moves += r.moves;
        steps += r.done;
        conflicts += r.conflicts;
        moveConflicts += r.moveConflicts;
        saves += r.saves;
        saved += r.saved;
        failures += r.failures;
    }
    for (const QString& f : failures)
        std::fprintf(stderr, "desk failure: %s\n", qPrintable(f));
    const TrailReport trail = inspectTrail(db, saved);

    const double m50 = percentile(model, 0.5), m95 = percentile(model, 0.95);
    const double b50 = percentile(bare, 0.5), b95 = percentile(bare, 0.95);
    std::printf("desks %d, steps %d in %.1f s (%.1f steps/s); saves %d (%d conflicts reported), moves %d (%d "
                "refused: "
                "decided elsewhere)\n",
        kDesks, steps, seconds, steps / seconds, saves, conflicts, moves, moveConflicts);
    std::printf("moves per second: %.1f\n", moves / seconds);
    std::printf("commit to another desk's queue model: median %.1f ms, p95 %.1f ms (%zu updates)\n", m50, m95,
        model.size());
    std::printf("commit to a bare libpq listener:      median %.1f ms, p95 %.1f ms (%zu notices)\n", b50, b95,
        bare.size());
    std::printf("ratio (OrgDesk / bare listener): median %.2f, p95 %.2f\n", b50 > 0 ? m50 / b50 : 0.0,
        b95 > 0 ? m95 / b95 : 0.0);
    std::printf("forks %lld, lost updates %lld, verify %s\n", qint64(trail.forks), qint64(trail.lostUpdates),
        trail.verified ? "ok" : "FAILED");
    return trail.forks == 0 && trail.lostUpdates == 0 && trail.verified && failures.isEmpty() ? 0 : 1;
}
