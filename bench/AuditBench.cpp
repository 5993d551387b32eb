// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail at scale: a full verify of N generated events next to the sqlite3 shell only
// reading the same rows, and an incremental verify of the newest 10,000 (from a verified point).
//
//   bench_audit [--events N] [--file PATH] [--runs R] [--threads T]
//       (defaults: 20,000,000 events, /tmp/orgdesk-audit-N.sqlite, 5 runs, threads as the desk
//       chooses: two from 200,000 events on)
//
// The file is generated once (reused while it holds N events): a migrated OrgDesk database whose
// events are written straight through SQLite's C API with EventLog's canonical encoder (scheme 2),
// in one transaction, with the insert-time guards set aside for speed (the verifier does not rely
// on them). Free disk space is checked first; N is lowered to what fits, and said so.
//
// The full verify and the shell take turns, R runs each, so a machine that slows down for a while
// slows both; each is reported as its median and its range.
#include "BenchSupport.h"
#include "Database.h"
#include "EventLog.h"
#include "SqlHandle.h"
#include "SqlUtil.h"
#include "audit/AuditCheckpoints.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStorageInfo>
#include <cstdio>
#include <random>
#include <sqlite3.h>

using namespace orgdesk;
using namespace orgdesk::bench;

namespace {

constexpr qint64 kBytesPerEvent = 520; // measured: about 480 bytes of file per generated event, with indexes

qint64 eventCount(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM events")) && q.next()
        ? q.value(0).toLongLong()
        : 0;
}

bool generate(const QString& path, qint64 n)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "bench_audit: %s\n", qPrintable(opened.message()));
        return false;
    }
    sqlite3* h = sqliteHandle(opened->connection());
    auto exec = [h](const char* sql) {
        char* message = nullptr;
        if (sqlite3_exec(h, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            std::fprintf(stderr, "bench_audit: %s: %s\n", sql, message ? message : "?");
            sqlite3_free(message);
            return false;
        }
        return true;
    };
    for (const char* sql :
        { "PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF", "PRAGMA foreign_keys = OFF",
            "PRAGMA cache_size = -1500000", "DROP TRIGGER events_no_replace", "DROP TRIGGER events_head",
            "DROP TRIGGER events_strict_types", "DROP TRIGGER events_scheme_order",
            "DROP TRIGGER audit_head_insert_newest", "DROP TRIGGER audit_head_update_newest", "BEGIN" })
        if (!exec(sql))
            return false;
    sqlite3_stmt* ins = nullptr;
    if (sqlite3_prepare_v2(h,
            "INSERT INTO events (id, at, user_id, action, subject_type, subject_id, details, prev_hash, "
            "hash, scheme) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 2)",
            -1, &ins, nullptr)
        != SQLITE_OK)
        return false;
    static const char* const kActions[]
        = { "application.received", "application.registered", "application.form_saved", "checklist.ticked",
              "workflow.moved", "attachment.added", "auth.signed_in", "letter.generated" };
    static const char* const kStatus[]
        = { "received", "registered", "under_review", "recommended", "approved" };
    std::mt19937_64 random(17);
    QString prev = EventLog::genesisHash();
    QDateTime at(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    for (qint64 id = 1; id <= n; ++id) {
        Event e;
        e.id = id;
        at = at.addSecs(1 + qint64(random() % 8));
        e.at = at;
        e.userId = qint64(1 + random() % 60);
        e.action = QString::fromLatin1(kActions[random() % 8]);
        e.subjectType = QStringLiteral("application");
        e.subjectId = qint64(1 + (id / 20));
        e.details = QJsonObject { { QStringLiteral("from"), QString::fromLatin1(kStatus[random() % 5]) },
            { QStringLiteral("to"), QString::fromLatin1(kStatus[random() % 5]) },
            { QStringLiteral("note"), QStringLiteral("generated event %1").arg(id) },
            { QStringLiteral("os_user"), QStringLiteral("bench") } };
        e.prevHash = prev;
        e.scheme = 2;
        e.hash = EventLog::computeHash(e);
        const QByteArray atText = isoUtc(e.at).toUtf8();
        const QByteArray action = e.action.toUtf8();
        const QByteArray details = QJsonDocument(e.details).toJson(QJsonDocument::Compact);
        const QByteArray prevText = e.prevHash.toLatin1();
        const QByteArray hashText = e.hash.toLatin1();
        sqlite3_bind_int64(ins, 1, id);
        sqlite3_bind_text(ins, 2, atText.constData(), int(atText.size()), SQLITE_STATIC);
        sqlite3_bind_int64(ins, 3, *e.userId);
        sqlite3_bind_text(ins, 4, action.constData(), int(action.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 5, "application", -1, SQLITE_STATIC);
        sqlite3_bind_int64(ins, 6, *e.subjectId);
        sqlite3_bind_text(ins, 7, details.constData(), int(details.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 8, prevText.constData(), int(prevText.size()), SQLITE_STATIC);
        sqlite3_bind_text(ins, 9, hashText.constData(), int(hashText.size()), SQLITE_STATIC);
        if (sqlite3_step(ins) != SQLITE_DONE) {
            std::fprintf(stderr, "bench_audit: insert failed: %s\n", sqlite3_errmsg(h));
            return false;
        }
        sqlite3_reset(ins);
        prev = e.hash;
        if (id % 1000000 == 0) {
            std::fprintf(stderr, "  %lld million events generated (%.0f s)\n",
                static_cast<long long>(id / 1000000), timer.elapsed() / 1000.0);
        }
    }
    sqlite3_finalize(ins);
    const QByteArray head
        = QStringLiteral("INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, %1, '%2') "
                         "ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, "
                         "last_hash = excluded.last_hash")
              .arg(n)
              .arg(prev)
              .toLatin1();
    return exec(head.constData()) && exec("COMMIT") && exec("PRAGMA journal_mode = WAL");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 n = 20'000'000;
    int runs = 5;
    int threads = 0; // as the desk chooses
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--events")
            n = args[i + 1].toLongLong();
        else if (args[i] == u"--file")
            path = args[i + 1];
        else if (args[i] == u"--runs")
            runs = args[i + 1].toInt();
        else if (args[i] == u"--threads")
            threads = args[i + 1].toInt();
    }
    if (n < 20000 || runs < 1) {
        std::fprintf(stderr,
            "usage: bench_audit [--events N (at least 20000)] [--file PATH] [--runs R] [--threads T]\n");
        return 2;
    }
    if (path.isEmpty())
        path = QStringLiteral("/tmp/orgdesk-audit-%1.sqlite").arg(n);

    bool reuse = false;
    if (QFileInfo::exists(path)) {
        auto existing = Database::open(path, Database::OpenMode::ReadOnlyNoMigrate);
        reuse = existing && eventCount(existing->connection()) == n;
    }
    if (!reuse) {
        const QStorageInfo disk(QFileInfo(path).absolutePath());
        const qint64 room = disk.bytesAvailable() - (qint64(2) << 30); // keep 2 GB for others
        if (n * kBytesPerEvent > room) {
            const qint64 fits = std::max<qint64>(0, room / kBytesPerEvent) / 1'000'000 * 1'000'000;
            std::printf("Not enough free disk for %lld events (%.1f GB free): measuring %lld instead.\n",
                static_cast<long long>(n), disk.bytesAvailable() / 1e9, static_cast<long long>(fits));
            n = fits;
            if (n < 20000)
                return 1;
            path = QStringLiteral("/tmp/orgdesk-audit-%1.sqlite").arg(n);
        }
        std::printf("Generating %lld events into %s ...\n", static_cast<long long>(n), qPrintable(path));
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        if (!generate(path, n))
            return 1;
        std::printf(
            "  generated in %.0f s, file %.2f GB\n", t.elapsed() / 1000.0, QFileInfo(path).size() / 1e9);
    }

    auto db = Database::open(path, Database::OpenMode::ReadOnlyNoMigrate);
    if (!db) {
        std::fprintf(stderr, "bench_audit: %s\n", qPrintable(db.message()));
        return 1;
    }
    std::printf("database: %s, %lld events, %.2f GB\n", qPrintable(path),
        static_cast<long long>(eventCount(db->connection())), QFileInfo(path).size() / 1e9);

    // Full verify: every event hashed again, two threads (as the desk and the CLI do), taking turns
    // with the shell only reading the same rows and columns in id order (no hashing).
    const QString shellRead
        = QStringLiteral("SELECT sum(length(CAST(at AS BLOB)) + ifnull(user_id, 0) + "
                         "length(CAST(action AS BLOB)) + length(CAST(subject_type AS BLOB)) + "
                         "ifnull(subject_id, 0) + length(CAST(details AS BLOB)) + "
                         "length(CAST(prev_hash AS BLOB)) + length(CAST(hash AS BLOB)) + scheme) "
                         "FROM events WHERE id BETWEEN 1 AND %1")
              .arg(n);
    bool intact = true;
    std::vector<double> ours, shell;
    for (int run = 0; run < runs; ++run) {
        ours.push_back(medianMs(1, [&] {
            auto r = EventLog::verify(db->connection(), {}, threads);
            intact = intact && r.ok() && !r->has_value();
        }));
        shell.push_back(shellOnceMs(path, shellRead));
    }
    std::sort(ours.begin(), ours.end());
    std::sort(shell.begin(), shell.end());
    const double full = ours[ours.size() / 2];
    const double read = shell[shell.size() / 2];
    std::printf("full verify, %lld events (%s), %d runs each   OrgDesk median %.0f ms (%.0f-%.0f)   "
                "sqlite3 shell reading them median %.0f ms (%.0f-%.0f)   ratio %.2fx\n",
        static_cast<long long>(n), intact ? "intact" : "NOT INTACT", runs, full, ours.front(), ours.back(),
        read, shell.front(), shell.back(), full / read);

    // Incremental: from a verified point 10,000 events before the newest.
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT hash FROM events WHERE id = %1").arg(n - 10000));
    q.next();
    const QString anchorHash = q.value(0).toString();
    q.finish();
    qint64 checked = 0;
    const double incremental = medianMs(5, [&] {
        EventLog::Extent extent;
        auto r = EventLog::verifyFrom(db->connection(), n - 10000, anchorHash, &extent);
        intact = r.ok() && !r->has_value();
        checked = extent.checked;
    });
    const double shellTail = shellMs(path,
        QStringLiteral("SELECT sum(length(CAST(details AS BLOB)) + length(CAST(hash AS BLOB))) "
                       "FROM events WHERE id > %1")
            .arg(n - 10001),
        5);
    std::printf("incremental verify, newest %lld events (%s)   OrgDesk %7.1f ms   sqlite3 shell reading them "
                "%7.1f ms   "
                "ratio %.2fx\n",
        static_cast<long long>(checked), intact ? "intact" : "NOT INTACT", incremental, shellTail,
        incremental / shellTail);
    return intact ? 0 : 1;
}
