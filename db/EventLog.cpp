// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"

#include "SqlHandle.h"
#include "SqlUtil.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

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
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    if (!q.value(2).isNull())
        e.userId = q.value(2).toLongLong();
    e.action = q.value(3).toString();
    e.subjectType = q.value(4).toString();
    if (!q.value(5).isNull())
        e.subjectId = q.value(5).toLongLong();
    e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

const QString kSelect = QStringLiteral(
    "SELECT id, at, user_id, action, subject_type, subject_id, details, prev_hash, hash FROM events ");

} // namespace

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
    return QString::fromLatin1(QCryptographicHash::hash(canonical(e), QCryptographicHash::Sha256).toHex());
}

Result<qint64> EventLog::append(const QSqlDatabase& db, Event e)
{
    return EventChainWriter(db).append(std::move(e));
}

EventChainWriter::EventChainWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<qint64> EventChainWriter::append(Event e)
{
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
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    e.at = e.at.toUTC();
    e.at.setTime(QTime(e.at.time().hour(), e.at.time().minute(), e.at.time().second())); // stored to the second
    e.hash = EventLog::computeHash(e);

    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        if (!m_insert->prepare(QStringLiteral("INSERT INTO events (id, at, user_id, action, subject_type, "
                                              "subject_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return sqlError(*m_insert, QStringLiteral("preparing an audit event"));
    }
    QSqlQuery& ins = *m_insert;
    ins.bindValue(0, e.id);
    ins.bindValue(1, isoUtc(e.at));
    ins.bindValue(2, e.userId ? QVariant(*e.userId) : QVariant(QMetaType(QMetaType::LongLong)));
    ins.bindValue(3, e.action);
    ins.bindValue(4, e.subjectType);
    ins.bindValue(5, e.subjectId ? QVariant(*e.subjectId) : QVariant(QMetaType(QMetaType::LongLong)));
    ins.bindValue(6, QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
    ins.bindValue(7, e.prevHash);
    ins.bindValue(8, e.hash);
    if (!ins.exec())
        return sqlError(ins, QStringLiteral("writing an audit event"));
    m_lastId = e.id;
    m_lastHash = e.hash;
    return e.id;
}

Result<std::optional<EventLog::Problem>> EventLog::verify(const QSqlDatabase& db,
                                                          const std::function<bool(qint64, qint64)>& progress)
{
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM events")) || !count.next())
        return sqlError(count, QStringLiteral("counting audit events"));
    const qint64 total = count.value(0).toLongLong();

    // Millions of rows: read them straight from SQLite and hash the stored text as it is (it was
    // written in canonical form; anything else, such as re-spaced JSON, fails the check).
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return makeError(ErrorCode::Database, QStringLiteral("The SQLite driver gave no connection handle."));
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "SELECT id, at, user_id, action, subject_type, subject_id, details, prev_hash, hash "
                           "FROM events ORDER BY id",
                           -1, &raw, nullptr)
        != SQLITE_OK)
        return makeError(ErrorCode::Database,
                         QStringLiteral("Reading the audit trail failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
    auto text = [&](int column) {
        return QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(raw, column)),
                              sqlite3_column_bytes(raw, column));
    };
    QByteArray expectedPrevBytes = genesisHash().toLatin1();
    QByteArray canonicalBytes;
    canonicalBytes.reserve(512);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    qint64 expectedId = 1;
    qint64 done = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(raw, 0);
        if (id != expectedId)
            return std::optional<Problem>(Problem { id, QStringLiteral("event %1 is missing (the next one found is %2)")
                                                            .arg(expectedId)
                                                            .arg(id) });
        if (text(7) != expectedPrevBytes)
            return std::optional<Problem>(
                Problem { id, QStringLiteral("event %1 does not follow the event before it").arg(id) });
        canonicalBytes.clear();
        canonicalBytes += QByteArray::number(id) + kSeparator;
        canonicalBytes += text(1);
        canonicalBytes += kSeparator;
        if (sqlite3_column_type(raw, 2) != SQLITE_NULL)
            canonicalBytes += QByteArray::number(sqlite3_column_int64(raw, 2));
        canonicalBytes += kSeparator;
        canonicalBytes += text(3);
        canonicalBytes += kSeparator;
        canonicalBytes += text(4);
        canonicalBytes += kSeparator;
        if (sqlite3_column_type(raw, 5) != SQLITE_NULL)
            canonicalBytes += QByteArray::number(sqlite3_column_int64(raw, 5));
        canonicalBytes += kSeparator;
        canonicalBytes += text(6);
        canonicalBytes += kSeparator;
        canonicalBytes += text(7);
        sha.reset();
        sha.addData(canonicalBytes);
        const QByteArray hash = sha.result().toHex();
        if (text(8) != hash)
            return std::optional<Problem>(
                Problem { id, QStringLiteral("event %1 was changed after it was written").arg(id) });
        expectedPrevBytes = hash;
        ++expectedId;
        if (progress && (++done % 65536) == 0 && !progress(done, total))
            return makeError(ErrorCode::Cancelled, QStringLiteral("Verification cancelled."));
    }
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database,
                         QStringLiteral("Reading the audit trail failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    const QString expectedPrev = QString::fromLatin1(expectedPrevBytes);
    if (progress)
        progress(total, total);
    // The chain cannot show that its newest events were removed; the recorded head can.
    QSqlQuery head(db);
    if (head.exec(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1")) && head.next()) {
        const qint64 lastId = head.value(0).toLongLong();
        if (lastId != expectedId - 1 || head.value(1).toString() != expectedPrev)
            return std::optional<Problem>(
                Problem { lastId, QStringLiteral("the trail ends at event %1 but event %2 was written; the newest "
                                                 "events are missing or were replaced")
                                      .arg(expectedId - 1)
                                      .arg(lastId) });
    }
    return std::optional<Problem>();
}

Result<QList<Event>> EventLog::forSubject(const QSqlDatabase& db, const QString& subjectType, qint64 subjectId)
{
    QSqlQuery q(db);
    if (Status s = execPrepared(q, kSelect + QStringLiteral("WHERE subject_type = ? AND subject_id = ? ORDER BY id"),
                                { subjectType, subjectId });
        !s)
        return s.error();
    QList<Event> events;
    while (q.next())
        events.append(eventFromQuery(q));
    return events;
}

} // namespace orgdesk
