// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"

#include "Dialect.h"
#include "RowReader.h"
#include "Sha256.h"
#include "SqlHandle.h"
#include "SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>

namespace orgdesk {

namespace {

constexpr char kSeparator = '\x1f';

QByteArray optionalId(const std::optional<qint64>& id)
{
    return id ? QByteArray::number(*id) : QByteArray();
}

Event eventFromQuery(const QSqlQuery& q)
{
    Event e;
    readRow(q, e.id, e.at, e.userId, e.action, e.subjectType, e.subjectId, e.details, e.prevHash, e.hash);
    return e;
}

QJsonObject& processDetailsStorage()
{
    static QJsonObject details;
    return details;
}

const QString kSelect = QStringLiteral(
    "SELECT id, at, user_id, action, subject_type, subject_id, details, prev_hash, hash FROM events ");

} // namespace

void EventLog::setProcessDetails(const QJsonObject& details)
{
    processDetailsStorage() = details;
}

QJsonObject EventLog::processDetails()
{
    return processDetailsStorage();
}

QString EventLog::genesisHash()
{
    return QString(64, u'0');
}

QByteArray EventLog::canonical(const Event& e)
{
    QByteArray out;
    out.reserve(256);
    out += QByteArray::number(e.id) + kSeparator;
    out += isoUtc(e.at).toUtf8() + kSeparator;
    out += optionalId(e.userId) + kSeparator;
    out += e.action.toUtf8() + kSeparator;
    out += e.subjectType.toUtf8() + kSeparator;
    out += optionalId(e.subjectId) + kSeparator;
    out += QJsonDocument(e.details).toJson(QJsonDocument::Compact) + kSeparator;
    out += e.prevHash.toLatin1();
    return out;
}

QString EventLog::computeHash(const Event& e)
{
    return Sha256::hexStringOf(canonical(e));
}

Result<qint64> EventLog::append(const QSqlDatabase& db, Event e)
{
    return EventChainWriter(db).append(std::move(e));
}

EventChainWriter::EventChainWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

namespace {

// Binds what happened (time, author, action, subject, details) from `first` on.
void bindContent(QSqlQuery& ins, int first, const Event& e)
{
    ins.bindValue(first, isoUtc(e.at));
    ins.bindValue(first + 1, e.userId ? QVariant(*e.userId) : QVariant(QMetaType(QMetaType::LongLong)));
    ins.bindValue(first + 2, e.action);
    ins.bindValue(first + 3, e.subjectType);
    ins.bindValue(first + 4, e.subjectId ? QVariant(*e.subjectId) : QVariant(QMetaType(QMetaType::LongLong)));
    ins.bindValue(first + 5, QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
}

} // namespace

Result<qint64> EventChainWriter::append(Event e)
{
    const QJsonObject& process = processDetailsStorage();
    for (auto it = process.begin(); it != process.end(); ++it) {
        if (!e.details.contains(it.key()))
            e.details.insert(it.key(), it.value());
    }
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    e.at = e.at.toUTC();
    e.at.setTime(QTime(e.at.time().hour(), e.at.time().minute(), e.at.time().second())); // stored to the second
    if (Dialect::of(m_db).isPostgres())
        return appendOnServer(e); // the server links the chain: no head to read here

    if (m_lastId < 0) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")))
            return sqlError(q, QStringLiteral("reading the audit trail"));
        if (q.next()) {
            m_lastId = q.value(0).toLongLong();
            m_lastHash = q.value(1).toString();
        } else {
            m_lastId = 0;
            m_lastHash = EventLog::genesisHash();
        }
    }
    e.id = m_lastId + 1;
    e.prevHash = m_lastHash;
    e.hash = EventLog::computeHash(e);

    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        if (!m_insert->prepare(QStringLiteral("INSERT INTO events (id, at, user_id, action, subject_type, "
                                              "subject_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return sqlError(*m_insert, QStringLiteral("preparing an audit event"));
    }
    QSqlQuery& ins = *m_insert;
    ins.bindValue(0, e.id);
    bindContent(ins, 1, e);
    ins.bindValue(7, e.prevHash);
    ins.bindValue(8, e.hash);
    if (!ins.exec())
        return sqlError(ins, QStringLiteral("writing an audit event"));
    m_lastId = e.id;
    m_lastHash = e.hash;
    return e.id;
}

// On PostgreSQL the server numbers the event, links it to the newest one and computes its hash
// (under a lock, so desks writing at once cannot fork the chain), and names the person signed in
// as its author; the desk sends what happened.
Result<qint64> EventChainWriter::appendOnServer(Event& e)
{
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        if (!m_insert->prepare(QStringLiteral("INSERT INTO events (at, user_id, action, subject_type, subject_id, "
                                              "details) VALUES (?, ?, ?, ?, ?, ?) RETURNING id, prev_hash, hash")))
            return sqlError(*m_insert, QStringLiteral("preparing an audit event"));
    }
    QSqlQuery& ins = *m_insert;
    bindContent(ins, 0, e);
    if (!ins.exec() || !ins.next())
        return sqlError(ins, QStringLiteral("writing an audit event"));
    e.id = ins.value(0).toLongLong();
    e.prevHash = ins.value(1).toString();
    e.hash = ins.value(2).toString();
    ins.finish();
    m_lastId = e.id;
    m_lastHash = e.hash;
    return e.id;
}

namespace {

// The canonical bytes of an event as stored (EventLog::canonical of what was written), into `out`.
// The stored text is taken as it is: it was written in canonical form, so anything else (such as
// re-spaced JSON) no longer hashes to the stored hash. Both back ends' verifiers use it.
void storedCanonical(QByteArray& out, qint64 id, QByteArrayView at, std::optional<qint64> userId, QByteArrayView action,
                     QByteArrayView subjectType, std::optional<qint64> subjectId, QByteArrayView details,
                     QByteArrayView prevHash)
{
    out.clear();
    out += QByteArray::number(id) + kSeparator;
    out += at;
    out += kSeparator;
    if (userId)
        out += QByteArray::number(*userId);
    out += kSeparator;
    out += action;
    out += kSeparator;
    out += subjectType;
    out += kSeparator;
    if (subjectId)
        out += QByteArray::number(*subjectId);
    out += kSeparator;
    out += details;
    out += kSeparator;
    out += prevHash;
}

// What one stretch of the chain [lo, hi] looked like when it was read.
struct RangeCheck
{
    std::optional<EventLog::Problem> problem;
    QString error;              // reading failed (not a problem with the trail itself)
    qint64 firstId = 0;         // 0: the stretch held no events
    qint64 lastId = 0;
    QByteArray firstPrevHash;   // for the caller to compare with the stretch before
    QByteArray lastHash;
};

using StatementPtr = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>;

// Checks events lo..hi read through `handle`: consecutive ids from lo, each event's stored hash
// equal to the SHA-256 of its stored canonical text, and each prev_hash equal to the hash of the
// event before it (the first one's prev_hash is returned for the caller to check). The stored text
// is hashed as it is: it was written in canonical form, so anything else (such as re-spaced JSON)
// fails the check. `done` counts events checked; `stop` abandons the work.
RangeCheck checkRange(sqlite3* handle, qint64 lo, qint64 hi, std::atomic<qint64>& done, const std::atomic<bool>& stop)
{
    RangeCheck r;
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "SELECT id, at, user_id, action, subject_type, subject_id, details, prev_hash, hash "
                           "FROM events WHERE id BETWEEN ?1 AND ?2 ORDER BY id",
                           -1, &raw, nullptr)
        != SQLITE_OK) {
        r.error = QString::fromUtf8(sqlite3_errmsg(handle));
        return r;
    }
    const StatementPtr statement(raw, sqlite3_finalize);
    sqlite3_bind_int64(raw, 1, lo);
    sqlite3_bind_int64(raw, 2, hi);
    auto text = [raw](int column) {
        return QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(raw, column)),
                              sqlite3_column_bytes(raw, column));
    };
    QByteArray canonicalBytes;
    canonicalBytes.reserve(512);
    Sha256 sha;
    qint64 expectedId = lo;
    qint64 unreported = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(raw, 0);
        if (id != expectedId) {
            r.problem = EventLog::Problem { id, QStringLiteral("event %1 is missing (the next one found is %2)")
                                                    .arg(expectedId)
                                                    .arg(id) };
            return r;
        }
        if (r.firstId == 0) {
            r.firstId = id;
            r.firstPrevHash = text(7).toByteArray();
        } else if (text(7) != r.lastHash) {
            r.problem = EventLog::Problem { id, QStringLiteral("event %1 does not follow the event before it").arg(id) };
            return r;
        }
        auto optionalInt = [raw](int column) {
            return sqlite3_column_type(raw, column) != SQLITE_NULL ? std::optional<qint64>(sqlite3_column_int64(raw, column))
                                                                    : std::nullopt;
        };
        storedCanonical(canonicalBytes, id, text(1), optionalInt(2), text(3), text(4), optionalInt(5), text(6), text(7));
        sha.add(canonicalBytes);
        r.lastHash = sha.hex();
        if (text(8) != r.lastHash) {
            r.problem = EventLog::Problem { id, QStringLiteral("event %1 was changed after it was written").arg(id) };
            return r;
        }
        r.lastId = id;
        ++expectedId;
        if (++unreported == 4096) {
            done += unreported;
            unreported = 0;
            if (stop)
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
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    ConnectionPtr connection(handle, sqlite3_close_v2);
    if (rc != SQLITE_OK)
        return ConnectionPtr(nullptr, sqlite3_close_v2);
    sqlite3_busy_timeout(handle, 5000);
    return connection;
}

// The chain on a PostgreSQL store, read in stretches of ids through the driver: the same checks as
// checkRange() on the same canonical bytes, so both back ends verify the same trail alike.
Result<std::optional<EventLog::Problem>> verifyOnServer(const QSqlDatabase& db,
                                                        const std::function<bool(qint64, qint64)>& progress)
{
    using Problem = EventLog::Problem;
    QSqlQuery newest(db);
    if (!newest.exec(QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM events), "
                                    "(SELECT last_id FROM audit_head WHERE singleton = 1), "
                                    "(SELECT last_hash FROM audit_head WHERE singleton = 1)"))
        || !newest.next())
        return sqlError(newest, QStringLiteral("reading the audit trail"));
    const qint64 maxId = newest.value(0).toLongLong();
    std::optional<std::pair<qint64, QByteArray>> recordedHead;
    if (!newest.value(1).isNull())
        recordedHead.emplace(newest.value(1).toLongLong(), newest.value(2).toString().toLatin1());
    newest.finish();

    constexpr qint64 kStretch = 20000;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, at, user_id, action, subject_type, subject_id, details, prev_hash, hash "
                                  "FROM events WHERE id BETWEEN ? AND ? ORDER BY id")))
        return sqlError(q, QStringLiteral("reading the audit trail"));
    QByteArray lastHash = EventLog::genesisHash().toLatin1();
    qint64 expectedId = 1;
    QByteArray canonicalBytes;
    Sha256 sha;
    for (qint64 lo = 1; lo <= maxId; lo += kStretch) {
        if (progress && !progress(lo - 1, maxId))
            return makeError(ErrorCode::Cancelled, QStringLiteral("Verification cancelled."));
        q.bindValue(0, lo);
        q.bindValue(1, std::min(maxId, lo + kStretch - 1));
        if (!q.exec())
            return sqlError(q, QStringLiteral("reading the audit trail"));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != expectedId)
                return std::optional<Problem>(Problem {
                    id, QStringLiteral("event %1 is missing (the next one found is %2)").arg(expectedId).arg(id) });
            const QByteArray prevHash = q.value(7).toString().toLatin1();
            if (prevHash != lastHash)
                return std::optional<Problem>(
                    Problem { id, QStringLiteral("event %1 does not follow the event before it").arg(id) });
            auto optionalInt = [&q](int column) {
                return q.value(column).isNull() ? std::nullopt : std::optional<qint64>(q.value(column).toLongLong());
            };
            storedCanonical(canonicalBytes, id, q.value(1).toString().toUtf8(), optionalInt(2),
                            q.value(3).toString().toUtf8(), q.value(4).toString().toUtf8(), optionalInt(5),
                            q.value(6).toString().toUtf8(), prevHash);
            sha.add(canonicalBytes);
            lastHash = sha.hex();
            if (q.value(8).toString().toLatin1() != lastHash)
                return std::optional<Problem>(
                    Problem { id, QStringLiteral("event %1 was changed after it was written").arg(id) });
            ++expectedId;
        }
    }
    if (progress)
        progress(maxId, maxId);
    if (recordedHead) {
        const auto& [headId, headHash] = *recordedHead;
        if (headId != expectedId - 1 || headHash != lastHash)
            return std::optional<Problem>(
                Problem { headId, QStringLiteral("the trail ends at event %1 but event %2 was written; the newest "
                                                 "events are missing or were replaced")
                                      .arg(expectedId - 1)
                                      .arg(headId) });
    } else if (maxId > 0) {
        return std::optional<Problem>(
            Problem { maxId, QStringLiteral("the record of the newest event (the audit head) is missing") });
    }
    return std::optional<Problem>();
}

} // namespace

Result<std::optional<EventLog::Problem>> EventLog::verify(const QSqlDatabase& db,
                                                          const std::function<bool(qint64, qint64)>& progress,
                                                          int threads)
{
    if (Dialect::of(db).isPostgres())
        return verifyOnServer(db, progress);
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return makeError(ErrorCode::Database, QStringLiteral("The SQLite driver gave no connection handle."));
    auto readError = [](const QString& why) {
        return makeError(ErrorCode::Database, QStringLiteral("Reading the audit trail failed: %1").arg(why));
    };

    // The events to check are fixed now: those up to the newest one at this moment. Events are
    // append-only, so another connection that looks later sees the same rows up to here.
    // The recorded head is read in the same statement, so events written while the check runs
    // (the desk goes on working) are neither checked nor mistaken for a tampered end.
    QSqlQuery newest(db);
    const bool hasHead = newest.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'audit_head'"))
                         && newest.next(); // schema 4 and older have only the chain
    if (!newest.exec(hasHead ? QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM events), "
                                              "(SELECT last_id FROM audit_head WHERE singleton = 1), "
                                              "(SELECT last_hash FROM audit_head WHERE singleton = 1)")
                             : QStringLiteral("SELECT coalesce(max(id), 0), NULL, NULL FROM events"))
        || !newest.next())
        return sqlError(newest, QStringLiteral("reading the audit trail"));
    const qint64 maxId = newest.value(0).toLongLong();
    std::optional<std::pair<qint64, QByteArray>> recordedHead;
    if (!newest.value(1).isNull())
        recordedHead.emplace(newest.value(1).toLongLong(), newest.value(2).toString().toLatin1());
    newest.finish();

    // Millions of events: split the ids between the calling thread and a worker with its own
    // read-only connection. Only where that connection sees what this one sees: a file on disk,
    // and no transaction open here (its uncommitted events would be invisible to the worker).
    const QString path = db.databaseName();
    if (threads <= 0)
        threads = maxId >= 200000 ? 2 : 1;
    if (threads > 1 && (maxId < 2 || path.isEmpty() || path == u":memory:" || !sqlite3_get_autocommit(handle)))
        threads = 1;
    ConnectionPtr reader(nullptr, sqlite3_close_v2);
    if (threads > 1) {
        reader = openReader(path);
        if (!reader)
            threads = 1;
    }

    // Both halves run on workers; this thread only reports progress (callers update their
    // interface from it) and passes on a cancellation.
    std::atomic<qint64> done { 0 };
    std::atomic<bool> stop { false };
    const qint64 split = threads > 1 ? maxId / 2 : maxId;
    std::future<RangeCheck> first = std::async(std::launch::async, [&] { return checkRange(handle, 1, split, done, stop); });
    std::future<RangeCheck> second;
    if (threads > 1)
        second = std::async(std::launch::async, [&] { return checkRange(reader.get(), split + 1, maxId, done, stop); });
    bool cancelled = false;
    auto await = [&](std::future<RangeCheck>& work) {
        while (work.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
            if (progress && !cancelled && !progress(done, maxId)) {
                stop = true;
                cancelled = true;
            }
        }
        return work.get();
    };
    const RangeCheck a = await(first);
    if (a.problem || !a.error.isEmpty())
        stop = true; // the first half decides the answer; the second need not finish
    const RangeCheck b = second.valid() ? await(second) : RangeCheck {};
    if (cancelled)
        return makeError(ErrorCode::Cancelled, QStringLiteral("Verification cancelled."));
    if (!a.error.isEmpty())
        return readError(a.error);

    const QByteArray genesis = genesisHash().toLatin1();
    if (a.problem)
        return std::optional<Problem>(a.problem);
    if (a.firstId != 0 && a.firstPrevHash != genesis)
        return std::optional<Problem>(
            Problem { a.firstId, QStringLiteral("event %1 does not follow the event before it").arg(a.firstId) });
    qint64 lastId = a.lastId;
    QByteArray lastHash = a.firstId != 0 ? a.lastHash : genesis;
    if (threads > 1) {
        if (!b.error.isEmpty())
            return readError(b.error);
        if (b.firstId != 0 && b.firstId != lastId + 1)
            return std::optional<Problem>(Problem { b.firstId, QStringLiteral("event %1 is missing (the next one found is %2)")
                                                                   .arg(lastId + 1)
                                                                   .arg(b.firstId) });
        if (b.firstId != 0 && b.firstPrevHash != lastHash)
            return std::optional<Problem>(
                Problem { b.firstId, QStringLiteral("event %1 does not follow the event before it").arg(b.firstId) });
        if (b.problem)
            return std::optional<Problem>(b.problem);
        if (b.firstId != 0) {
            lastId = b.lastId;
            lastHash = b.lastHash;
        }
    }
    if (progress)
        progress(maxId, maxId);
    // The chain cannot show that its newest events were removed; the recorded head can.
    if (recordedHead) {
        const auto& [headId, headHash] = *recordedHead;
        if (headId != lastId || headHash != lastHash)
            return std::optional<Problem>(
                Problem { headId, QStringLiteral("the trail ends at event %1 but event %2 was written; the newest "
                                                 "events are missing or were replaced")
                                      .arg(lastId)
                                      .arg(headId) });
    }
    return std::optional<Problem>();
}

Result<EventLog::Head> EventLog::newest(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, hash FROM events ORDER BY id DESC LIMIT 1")))
        return sqlError(q, QStringLiteral("reading the newest event"));
    if (!q.next())
        return Head {};
    return Head { q.value(0).toLongLong(), q.value(1).toString() };
}

Result<QList<Event>> EventLog::forSubject(const QSqlDatabase& db, const QString& subjectType, qint64 subjectId)
{
    QSqlQuery q(db);
    if (Status s = execPrepared(q, kSelect + QStringLiteral("WHERE subject_type = ? AND subject_id = ? ORDER BY id"),
                                { subjectType, subjectId });
        !s)
        return s.error();
    return readRows(q, eventFromQuery);
}

} // namespace orgdesk
