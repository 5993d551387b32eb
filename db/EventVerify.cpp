// SPDX-License-Identifier: GPL-3.0-or-later
// Verifying the audit trail: the SQLite walk (readers taking stretches of the chain in turn) and the
// PostgreSQL server's own walk, both against the audit head and an anchor (a checkpoint).
#include "Database.h"
#include "Dialect.h"
#include "EventEncoding.h"
#include "EventLog.h"
#include "Sha256.h"
#include "SqlHandle.h"
#include "SqlUtil.h"

#include <QDate>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <functional>
#include <future>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace orgdesk {

namespace {

    using Problem = EventLog::Problem;

    // Whether `at` is a time as events store it: YYYY-MM-DDTHH:MM:SSZ, a real date and time of day.
    bool isStrictTime(QByteArrayView at)
    {
        if (at.size() != 20 || at[4] != '-' || at[7] != '-' || at[10] != 'T' || at[13] != ':' || at[16] != ':'
            || at[19] != 'Z')
            return false;
        auto number = [&](int from, int length, int& value) {
            value = 0;
            for (int i = from; i < from + length; ++i) {
                if (at[i] < '0' || at[i] > '9')
                    return false;
                value = value * 10 + (at[i] - '0');
            }
            return true;
        };
        int year, month, day, hour, minute, second;
        if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day) || !number(11, 2, hour)
            || !number(14, 2, minute) || !number(17, 2, second))
            return false;
        return QDate::isValid(year, month, day) && hour < 24 && minute < 60 && second < 60;
    }

    // One stored event as read, with what was wrong with the types of its columns (if anything).
    struct StoredRow
    {
        qint64 id = 0;
        int scheme = 1;
        QByteArrayView at;
        std::optional<qint64> userId;
        QByteArrayView action;
        QByteArrayView subjectType;
        std::optional<qint64> subjectId;
        QByteArrayView details;
        QByteArrayView prevHash;
        QByteArrayView hash;
        QString typeProblem; // e.g. "its user id is not a whole number"
    };

    // Walks a stretch of the chain event by event: ids consecutive, columns strictly typed, scheme
    // never going back and rising only at a switch event, each event linked to the one before and
    // hashed as stored. Both back ends feed it the same way.
    class ChainWalker
    {
    public:
        std::optional<Problem> problem;
        qint64 firstId = 0; // 0: no event seen yet
        QByteArray firstPrevHash;
        QByteArray firstHash; // its hash as computed (empty when its bytes did not match its stored hash)
        int firstScheme = 0;
        bool firstIsSwitch = false;
        qint64 lastId = 0;
        QByteArray lastHash;
        int lastScheme = 0;

        explicit ChainWalker(qint64 expectedId)
            : m_expectedId(expectedId)
        {
            m_bytes.reserve(512);
        }

        // false when the walk must stop (a problem was found).
        bool add(const StoredRow& row)
        {
            const qint64 id = row.id;
            if (id != m_expectedId) {
                problem = Problem {
                    id,
                    QStringLiteral("event %1 is missing (the next one found is %2)").arg(m_expectedId).arg(id)
                };
                return false;
            }
            if (!row.typeProblem.isEmpty()) {
                problem = Problem { id,
                    QStringLiteral("event %1 was changed after it was written: %2")
                        .arg(id)
                        .arg(row.typeProblem) };
                return false;
            }
            if (row.scheme < 1 || row.scheme > EventLog::kCurrentScheme) {
                problem = Problem { id,
                    QStringLiteral("event %1 names hash scheme %2, which does not exist")
                        .arg(id)
                        .arg(row.scheme) };
                return false;
            }
            if (!isStrictTime(row.at)) {
                problem = Problem { id,
                    QStringLiteral("event %1 was changed after it was written: its time is not a "
                                   "time as events are stored")
                        .arg(id) };
                return false;
            }
            const bool isSwitch = row.action == QByteArrayView(EventLog::kSchemeSwitchAction);
            if (firstId == 0) {
                firstId = id;
                firstPrevHash = row.prevHash.toByteArray();
                firstScheme = row.scheme;
                firstIsSwitch = isSwitch;
            } else {
                if (row.prevHash != lastHash) {
                    problem = Problem { id,
                        QStringLiteral("event %1 does not follow the event before it").arg(id) };
                    return false;
                }
                if (std::optional<Problem> p = schemeStep(id, lastScheme, row.scheme, isSwitch)) {
                    problem = p;
                    return false;
                }
            }
            storedCanonical(m_bytes, row.scheme, id, row.at, row.userId, row.action, row.subjectType,
                row.subjectId, row.details, row.prevHash);
            m_sha->add(m_bytes);
            if (!m_sha->finishMatches(row.hash)) {
                problem = Problem { id, QStringLiteral("event %1 was changed after it was written").arg(id) };
                return false;
            }
            lastHash.resize(row.hash.size()); // the stored hash, now known to be the computed one
            std::memcpy(lastHash.data(), row.hash.data(), size_t(row.hash.size()));
            if (id == firstId)
                firstHash = lastHash;
            lastId = id;
            lastScheme = row.scheme;
            ++m_expectedId;
            return true;
        }

        // The rule between two neighbouring events' schemes.
        static std::optional<Problem> schemeStep(qint64 id, int before, int scheme, bool isSwitch)
        {
            if (scheme < before)
                return Problem { id,
                    QStringLiteral("event %1 was changed after it was written: it names hash scheme %2, "
                                   "older than the event before it (%3)")
                        .arg(id)
                        .arg(scheme)
                        .arg(before) };
            if (scheme > before && !isSwitch)
                return Problem { id,
                    QStringLiteral("event %1 was changed after it was written: hash scheme %2 starts there "
                                   "without the recorded switch")
                        .arg(id)
                        .arg(scheme) };
            return std::nullopt;
        }

    private:
        qint64 m_expectedId;
        QByteArray m_bytes;
        std::shared_ptr<Sha256> m_sha = std::make_shared<Sha256>(); // a walk is copied only once it is done
    };

    // What one stretch of the chain [lo, hi] looked like when it was read.
    struct RangeCheck
    {
        ChainWalker walk { 0 };
        QString error; // reading failed (not a problem with the trail itself)
    };

    using StatementPtr = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

    const char* sqliteTypeName(int type)
    {
        switch (type) {
        case SQLITE_INTEGER:
            return "a whole number";
        case SQLITE_FLOAT:
            return "a fraction";
        case SQLITE_TEXT:
            return "text";
        case SQLITE_BLOB:
            return "binary data";
        default:
            return "empty";
        }
    }

    // Checks events lo..hi read through `handle` (see ChainWalker). SQLite keeps whatever a column is
    // given, so each value's stored type is checked too: '12abc' in an id column is text, not 12.
    // `done` counts events checked; the work is abandoned once `stop` says so.
    RangeCheck checkRange(sqlite3* handle, bool hasScheme, qint64 lo, qint64 hi, std::atomic<qint64>& done,
        const std::function<bool()>& stop)
    {
        RangeCheck r;
        r.walk = ChainWalker(lo);
        sqlite3_stmt* raw = nullptr;
        const char* sql = hasScheme
            ? "SELECT id, at, user_id, action, subject_type, subject_id, details, prev_hash, hash, "
              "scheme FROM events WHERE id BETWEEN ?1 AND ?2 ORDER BY id"
            : "SELECT id, at, user_id, action, subject_type, subject_id, details, prev_hash, hash, "
              "1 FROM events WHERE id BETWEEN ?1 AND ?2 ORDER BY id";
        if (sqlite3_prepare_v2(handle, sql, -1, &raw, nullptr) != SQLITE_OK) {
            r.error = QString::fromUtf8(sqlite3_errmsg(handle));
            return r;
        }
        const StatementPtr statement(raw, sqlite3_finalize);
        sqlite3_bind_int64(raw, 1, lo);
        sqlite3_bind_int64(raw, 2, hi);
        static const char* const kColumn[] = { "id", "time", "user id", "action", "subject type",
            "subject id", "details", "previous hash", "hash", "hash scheme" };
        StoredRow row;
        qint64 unreported = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
            row.typeProblem.clear();
            // Each column's value is taken once and read through the sqlite3_value calls, which
            // skip the per-call work of the column accessors (this connection has one thread).
            sqlite3_value* v[10];
            for (int column = 0; column < 10; ++column)
                v[column] = sqlite3_column_value(raw, column);
            auto expect = [&](int column, int type, bool nullable) {
                const int actual = sqlite3_value_type(v[column]);
                if (actual == type || (nullable && actual == SQLITE_NULL) || !row.typeProblem.isEmpty())
                    return;
                row.typeProblem
                    = QStringLiteral("its %1 is %2 where %3 belongs ('%4')")
                          .arg(QLatin1String(kColumn[column]), QLatin1String(sqliteTypeName(actual)),
                              QLatin1String(sqliteTypeName(type)),
                              QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(v[column])))
                                  .left(40));
            };
            auto text = [&v](int column) {
                const auto* data = reinterpret_cast<const char*>(sqlite3_value_text(v[column]));
                return QByteArrayView(data, sqlite3_value_bytes(v[column]));
            };
            auto optionalInt = [&v](int column) {
                return sqlite3_value_type(v[column]) != SQLITE_NULL
                    ? std::optional<qint64>(sqlite3_value_int64(v[column]))
                    : std::nullopt;
            };
            expect(0, SQLITE_INTEGER, false);
            expect(1, SQLITE_TEXT, false);
            expect(2, SQLITE_INTEGER, true);
            for (int column : { 3, 4 })
                expect(column, SQLITE_TEXT, false);
            expect(5, SQLITE_INTEGER, true);
            for (int column : { 6, 7, 8 })
                expect(column, SQLITE_TEXT, false);
            expect(9, SQLITE_INTEGER, false);
            row.id = sqlite3_value_int64(v[0]);
            row.at = text(1);
            row.userId = optionalInt(2);
            row.action = text(3);
            row.subjectType = text(4);
            row.subjectId = optionalInt(5);
            row.details = text(6);
            row.prevHash = text(7);
            row.hash = text(8);
            row.scheme = int(sqlite3_value_int64(v[9]));
            if (!r.walk.add(row))
                return r;
            if (++unreported == 4096) {
                done += unreported;
                unreported = 0;
                if (stop())
                    return r;
            }
        }
        done += unreported;
        if (rc != SQLITE_DONE)
            r.error = QString::fromUtf8(sqlite3_errmsg(handle));
        return r;
    }

    // A read-only connection of a worker thread to the same file.
    using ConnectionPtr = std::unique_ptr<sqlite3, int (*)(sqlite3*)>;
    ConnectionPtr openReader(const QString& path)
    {
        sqlite3* handle = nullptr;
        const int rc = sqlite3_open_v2(
            path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
        ConnectionPtr connection(handle, sqlite3_close_v2);
        if (rc != SQLITE_OK)
            return ConnectionPtr(nullptr, sqlite3_close_v2);
        sqlite3_busy_timeout(handle, 5000);
        return connection;
    }

    // Where the trail stands before checking: the newest event, the recorded head (if any), and
    // whether the store has the scheme column and should have a head.
    struct Newest
    {
        qint64 maxId = 0;
        std::optional<std::pair<qint64, QByteArray>> recordedHead;
        bool headExpected = false;
        bool hasScheme = false;
    };

    Result<Newest> readNewest(const QSqlDatabase& db)
    {
        Newest n;
        const bool pg = Dialect::of(db).isPostgres();
        QSqlQuery q(db);
        const Result<int> version = Database::schemaVersionOf(db);
        if (!version)
            return version.error();
        n.headExpected = *version >= 5; // schema 5 brought the audit head
        bool hasHeadTable = false;
        if (pg) {
            hasHeadTable = q.exec(QStringLiteral("SELECT to_regclass('audit_head') IS NOT NULL")) && q.next()
                && q.value(0).toBool();
            n.hasScheme = q.exec(QStringLiteral(
                              "SELECT 1 FROM information_schema.columns WHERE table_schema = "
                              "current_schema() AND table_name = 'events' AND column_name = 'scheme'"))
                && q.next();
        } else {
            hasHeadTable
                = q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'audit_head'")) && q.next();
            n.hasScheme
                = q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('events') WHERE name = 'scheme'"))
                && q.next();
        }
        // The events to check are fixed now: those up to the newest one at this moment. Events are
        // append-only, so another connection that looks later sees the same rows up to here. The
        // recorded head is read in the same statement, so events written while the check runs (the desk
        // goes on working) are neither checked nor mistaken for a tampered end.
        if (!q.exec(hasHeadTable ? QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM events), "
                                                  "(SELECT last_id FROM audit_head WHERE singleton = 1), "
                                                  "(SELECT last_hash FROM audit_head WHERE singleton = 1)")
                                 : QStringLiteral("SELECT coalesce(max(id), 0), NULL, NULL FROM events"))
            || !q.next())
            return sqlError(q, QStringLiteral("reading the audit trail"));
        n.maxId = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            n.recordedHead.emplace(q.value(1).toLongLong(), q.value(2).toString().toLatin1());
        return n;
    }

    // The end of the chain against the recorded head: the chain cannot show that its newest events
    // were removed; the head can, and a head that is gone is a problem in itself.
    std::optional<Problem> compareWithHead(const Newest& n, qint64 lastId, const QByteArray& lastHash)
    {
        if (n.recordedHead) {
            const auto& [headId, headHash] = *n.recordedHead;
            if (headId != lastId || headHash != lastHash)
                return Problem { headId,
                    QStringLiteral("the trail ends at event %1 but event %2 was written; the newest "
                                   "events are missing or were replaced")
                        .arg(lastId)
                        .arg(headId) };
        } else if (n.headExpected && lastId > 0) {
            return Problem { lastId,
                QStringLiteral("the record of the newest event (the audit head) is missing, so the "
                               "newest events cannot be checked; it was removed from the database") };
        }
        return std::nullopt;
    }

    // The anchor (an event whose hash is known from a checkpoint) must still hash to that hash: a
    // rewrite of it or of anything before it (hashes recomputed or not) shows here.
    std::optional<Problem> anchorProblem(const ChainWalker& w, qint64 anchorId, const QByteArray& anchorHash)
    {
        if (anchorId == 0 || w.firstId != anchorId || w.firstHash.isEmpty() || w.firstHash == anchorHash)
            return std::nullopt;
        return Problem { anchorId,
            QStringLiteral("event %1 no longer has the hash the checkpoint names: the trail up to it "
                           "was rewritten")
                .arg(anchorId) };
    }

    // The chain on a PostgreSQL store, read in stretches of ids through the driver: the same walk on
    // the same canonical bytes as on SQLite, so both back ends verify the same trail alike. The
    // server's column types already hold whole numbers only.
    Result<std::optional<Problem>> verifyOnServer(const QSqlDatabase& db, const Newest& n, qint64 anchorId,
        const QByteArray& anchorHash, EventLog::Extent* extent,
        const std::function<bool(qint64, qint64)>& progress)
    {
        constexpr qint64 kStretch = 20000;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(n.hasScheme
                    ? QStringLiteral(
                        "SELECT id, at, user_id, action, subject_type, subject_id, details, "
                        "prev_hash, hash, scheme FROM events WHERE id BETWEEN ? AND ? ORDER BY id")
                    : QStringLiteral("SELECT id, at, user_id, action, subject_type, subject_id, details, "
                                     "prev_hash, hash, 1 FROM events WHERE id BETWEEN ? AND ? ORDER BY id")))
            return sqlError(q, QStringLiteral("reading the audit trail"));
        const qint64 first = std::max<qint64>(anchorId, 1);
        ChainWalker walk(first);
        StoredRow row;
        QByteArray at, action, subjectType, details, prevHash, hash;
        for (qint64 lo = first; lo <= n.maxId; lo += kStretch) {
            if (progress && !progress(lo - first, n.maxId - first + 1))
                return makeError(ErrorCode::Cancelled, QStringLiteral("Verification cancelled."));
            q.bindValue(0, lo);
            q.bindValue(1, std::min(n.maxId, lo + kStretch - 1));
            if (!q.exec())
                return sqlError(q, QStringLiteral("reading the audit trail"));
            while (q.next()) {
                auto optionalInt = [&q](int column) {
                    return q.value(column).isNull() ? std::nullopt
                                                    : std::optional<qint64>(q.value(column).toLongLong());
                };
                at = q.value(1).toString().toUtf8();
                action = q.value(3).toString().toUtf8();
                subjectType = q.value(4).toString().toUtf8();
                details = q.value(6).toString().toUtf8();
                prevHash = q.value(7).toString().toUtf8();
                hash = q.value(8).toString().toUtf8();
                row.id = q.value(0).toLongLong();
                row.at = at;
                row.userId = optionalInt(2);
                row.action = action;
                row.subjectType = subjectType;
                row.subjectId = optionalInt(5);
                row.details = details;
                row.prevHash = prevHash;
                row.hash = hash;
                row.scheme = q.value(9).toInt();
                const bool added = walk.add(row);
                if (std::optional<Problem> p = anchorProblem(walk, anchorId, anchorHash))
                    return std::optional<Problem>(p);
                if (!added)
                    return std::optional<Problem>(walk.problem);
                if (anchorId == 0 && walk.firstId == row.id && walk.firstPrevHash != anchorHash)
                    return std::optional<Problem>(Problem {
                        row.id, QStringLiteral("event %1 does not follow the event before it").arg(row.id) });
            }
        }
        if (progress)
            progress(n.maxId - first + 1, n.maxId - first + 1);
        if (anchorId > 0 && walk.firstId == 0)
            return std::optional<Problem>(Problem { anchorId,
                QStringLiteral("event %1 is missing: the trail ends at event %2")
                    .arg(anchorId)
                    .arg(n.maxId) });
        if (extent) {
            extent->lastId = walk.firstId ? walk.lastId : anchorId;
            extent->lastHash = QString::fromLatin1(walk.firstId ? walk.lastHash : anchorHash);
            extent->checked = walk.firstId ? walk.lastId - walk.firstId + 1 : 0;
        }
        return std::optional<Problem>(compareWithHead(
            n, walk.firstId ? walk.lastId : anchorId, walk.firstId ? walk.lastHash : anchorHash));
    }

} // namespace

Result<std::optional<EventLog::Problem>> EventLog::verify(
    const QSqlDatabase& db, const std::function<bool(qint64, qint64)>& progress, int threads)
{
    return verifyFrom(db, 0, genesisHash(), nullptr, progress, threads);
}

Result<std::optional<EventLog::Problem>> EventLog::verifyFrom(const QSqlDatabase& db, qint64 anchorId,
    const QString& anchorHashText, Extent* extent, const std::function<bool(qint64, qint64)>& progress,
    int threads)
{
    const Result<Newest> newest = readNewest(db);
    if (!newest)
        return newest.error();
    const Newest& n = *newest;
    const QByteArray anchorHash = anchorHashText.toLatin1();
    if (anchorId > n.maxId)
        return std::optional<Problem>(Problem { anchorId,
            QStringLiteral("event %1 is missing: the trail ends at event %2").arg(anchorId).arg(n.maxId) });
    if (Dialect::of(db).isPostgres())
        return verifyOnServer(db, n, anchorId, anchorHash, extent, progress);
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return makeError(ErrorCode::Database, QStringLiteral("The SQLite driver gave no connection handle."));
    auto readError = [](const QString& why) {
        return makeError(ErrorCode::Database, QStringLiteral("Reading the audit trail failed: %1").arg(why));
    };

    // Millions of events: the ids are cut into stretches that workers take in turn, each worker with
    // a read-only connection of its own (without SQLite's per-connection lock), so a core that runs
    // slower for a while takes fewer stretches instead of holding up the end. Only where those
    // connections see what this one sees: a file on disk, and no transaction open here (its
    // uncommitted events would be invisible to them).
    const qint64 first = std::max<qint64>(anchorId, 1);
    const qint64 count = n.maxId - first + 1;
    const QString path = db.databaseName();
    if (threads <= 0)
        threads = count >= 200000 ? 2 : 1;
    if (threads > 1
        && (count < 2 || path.isEmpty() || path == u":memory:" || !sqlite3_get_autocommit(handle)))
        threads = 1;
    std::vector<ConnectionPtr> readers;
    for (int i = 0; threads > 1 && i < threads; ++i) {
        readers.push_back(openReader(path));
        if (!readers.back()) {
            readers.clear();
            threads = 1;
        }
    }

    // The workers take stretches in id order; this thread only reports progress (callers update
    // their interface from it) and passes on a cancellation. A stretch found wrong ends the work
    // after it: the earliest problem is the answer, so only the stretches before it must finish.
    // At least sixteen stretches a worker, so the load evens out, and at most 2^18 events each.
    const qint64 stretch = std::clamp<qint64>(count / (16 * qint64(threads)), 1, qint64(1) << 18);
    const qint64 stretches = std::max<qint64>(1, (count + stretch - 1) / stretch);
    std::vector<RangeCheck> checked(static_cast<size_t>(stretches));
    std::atomic<qint64> next { 0 };
    std::atomic<qint64> firstWrong { stretches };
    std::atomic<qint64> done { 0 };
    std::atomic<bool> cancel { false };
    auto work = [&](sqlite3* connection) {
        for (qint64 i = next++; i < stretches && !cancel && i < firstWrong; i = next++) {
            const qint64 lo = first + i * stretch;
            RangeCheck& r = checked[size_t(i)];
            r = checkRange(connection, n.hasScheme, lo, std::min(n.maxId, lo + stretch - 1), done,
                [&] { return cancel || i > firstWrong; });
            if (r.walk.problem || !r.error.isEmpty()) {
                qint64 wrong = firstWrong;
                while (i < wrong && !firstWrong.compare_exchange_weak(wrong, i)) { }
            }
        }
    };
    std::vector<std::future<void>> workers;
    for (int i = 0; i < threads; ++i)
        workers.push_back(
            std::async(std::launch::async, work, readers.empty() ? handle : readers[size_t(i)].get()));
    bool cancelled = false;
    for (std::future<void>& worker : workers) {
        while (worker.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
            if (progress && !cancelled && !progress(done, count)) {
                cancel = true;
                cancelled = true;
            }
        }
    }
    if (cancelled)
        return makeError(ErrorCode::Cancelled, QStringLiteral("Verification cancelled."));

    // The stretches joined in order, up to the first one found wrong. The start: the anchor still
    // holding the hash known for it (a rewrite from there back shows here), or the genesis.
    const ChainWalker& start = checked.front().walk;
    if (!checked.front().error.isEmpty())
        return readError(checked.front().error);
    if (anchorId > 0 && start.firstId != anchorId && !start.problem)
        return std::optional<Problem>(Problem { anchorId,
            QStringLiteral("event %1 is missing: the trail ends at event %2").arg(anchorId).arg(n.maxId) });
    if (std::optional<Problem> p = anchorProblem(start, anchorId, anchorHash))
        return std::optional<Problem>(p);
    if (start.problem)
        return std::optional<Problem>(start.problem);
    if (anchorId == 0 && start.firstId != 0 && start.firstPrevHash != anchorHash)
        return std::optional<Problem>(Problem { start.firstId,
            QStringLiteral("event %1 does not follow the event before it").arg(start.firstId) });
    qint64 lastId = start.firstId ? start.lastId : anchorId;
    QByteArray lastHash = start.firstId ? start.lastHash : anchorHash;
    int lastScheme = start.lastScheme;
    for (qint64 i = 1; i < stretches; ++i) {
        const RangeCheck& r = checked[size_t(i)];
        if (!r.error.isEmpty())
            return readError(r.error);
        const ChainWalker& w = r.walk;
        if (w.firstId != 0 && w.firstId != lastId + 1)
            return std::optional<Problem>(Problem { w.firstId,
                QStringLiteral("event %1 is missing (the next one found is %2)")
                    .arg(lastId + 1)
                    .arg(w.firstId) });
        if (w.firstId != 0 && w.firstPrevHash != lastHash)
            return std::optional<Problem>(Problem {
                w.firstId, QStringLiteral("event %1 does not follow the event before it").arg(w.firstId) });
        if (w.firstId != 0)
            if (std::optional<Problem> p
                = ChainWalker::schemeStep(w.firstId, lastScheme, w.firstScheme, w.firstIsSwitch))
                return std::optional<Problem>(p);
        if (w.problem)
            return std::optional<Problem>(w.problem);
        if (w.firstId != 0) {
            lastId = w.lastId;
            lastHash = w.lastHash;
            lastScheme = w.lastScheme;
        }
    }
    if (progress)
        progress(count, count);
    if (extent) {
        extent->lastId = lastId;
        extent->lastHash = QString::fromLatin1(lastHash);
        extent->checked = std::max<qint64>(0, lastId - first + 1);
    }
    return std::optional<Problem>(compareWithHead(n, lastId, lastHash));
}

} // namespace orgdesk
