// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLog.h"

#include "Database.h"
#include "Dialect.h"
#include "EventEncoding.h"
#include "RowReader.h"
#include "Sha256.h"
#include "SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace orgdesk {

namespace {

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
    storedCanonical(out, e.scheme > 0 ? e.scheme : kCurrentScheme, e.id, isoUtc(e.at).toUtf8(), e.userId,
        e.action.toUtf8(), e.subjectType.toUtf8(), e.subjectId,
        QJsonDocument(e.details).toJson(QJsonDocument::Compact), e.prevHash.toLatin1());
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
        ins.bindValue(
            first + 4, e.subjectId ? QVariant(*e.subjectId) : QVariant(QMetaType(QMetaType::LongLong)));
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
    e.at.setTime(
        QTime(e.at.time().hour(), e.at.time().minute(), e.at.time().second())); // stored to the second
    if (Dialect::of(m_db).isPostgres())
        return appendOnServer(e); // the server links the chain: no head to read here

    if (m_lastId < 0) {
        QSqlQuery q(m_db);
        m_hasScheme
            = q.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('events') WHERE name = 'scheme'"))
            && q.next();
        if (!q.exec(m_hasScheme
                    ? QStringLiteral("SELECT id, hash, scheme FROM events ORDER BY id DESC LIMIT 1")
                    : QStringLiteral("SELECT id, hash, 1 FROM events ORDER BY id DESC LIMIT 1")))
            return sqlError(q, QStringLiteral("reading the audit trail"));
        if (q.next()) {
            m_lastId = q.value(0).toLongLong();
            m_lastHash = q.value(1).toString();
            m_lastScheme = q.value(2).toInt();
        } else {
            m_lastId = 0;
            m_lastHash = EventLog::genesisHash();
            m_lastScheme = 0;
        }
    }
    const int scheme = m_hasScheme ? EventLog::kCurrentScheme : 1;
    if (m_lastId > 0 && m_lastScheme < scheme && e.action != QLatin1String(EventLog::kSchemeSwitchAction)) {
        // The first event under a new scheme is the switch itself, so the trail says when it changed.
        Event change { 0, e.at, std::nullopt, QString::fromLatin1(EventLog::kSchemeSwitchAction),
            QStringLiteral("audit"), std::nullopt,
            QJsonObject { { QStringLiteral("from"), m_lastScheme }, { QStringLiteral("to"), scheme } } };
        if (Result<qint64> r = append(std::move(change)); !r)
            return r;
    }
    e.id = m_lastId + 1;
    e.prevHash = m_lastHash;
    e.scheme = scheme;
    e.hash = EventLog::computeHash(e);

    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        if (!m_insert->prepare(m_hasScheme
                    ? QStringLiteral("INSERT INTO events (id, at, user_id, action, subject_type, "
                                     "subject_id, details, prev_hash, hash, scheme) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    : QStringLiteral("INSERT INTO events (id, at, user_id, action, subject_type, "
                                     "subject_id, details, prev_hash, hash) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return sqlError(*m_insert, QStringLiteral("preparing an audit event"));
    }
    QSqlQuery& ins = *m_insert;
    ins.bindValue(0, e.id);
    bindContent(ins, 1, e);
    ins.bindValue(7, e.prevHash);
    ins.bindValue(8, e.hash);
    if (m_hasScheme)
        ins.bindValue(9, e.scheme);
    if (!ins.exec())
        return sqlError(ins, QStringLiteral("writing an audit event"));
    m_lastId = e.id;
    m_lastHash = e.hash;
    m_lastScheme = e.scheme;
    return e.id;
}

// On PostgreSQL the server numbers the event, links it to the newest one and computes its hash
// (under a lock, so desks writing at once cannot fork the chain), and names the person signed in
// as its author; the desk sends what happened.
Result<qint64> EventChainWriter::appendOnServer(Event& e)
{
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        if (!m_insert->prepare(
                QStringLiteral("INSERT INTO events (at, user_id, action, subject_type, subject_id, "
                               "details) VALUES (?, ?, ?, ?, ?, ?) RETURNING id, prev_hash, hash, scheme")))
            return sqlError(*m_insert, QStringLiteral("preparing an audit event"));
    }
    QSqlQuery& ins = *m_insert;
    bindContent(ins, 0, e);
    if (!ins.exec() || !ins.next())
        return sqlError(ins, QStringLiteral("writing an audit event"));
    e.id = ins.value(0).toLongLong();
    e.prevHash = ins.value(1).toString();
    e.hash = ins.value(2).toString();
    e.scheme = ins.value(3).toInt();
    ins.finish();
    m_lastId = e.id;
    m_lastHash = e.hash;
    return e.id;
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

Result<QList<Event>> EventLog::forSubject(
    const QSqlDatabase& db, const QString& subjectType, qint64 subjectId)
{
    QSqlQuery q(db);
    if (Status s
        = execPrepared(q, kSelect + QStringLiteral("WHERE subject_type = ? AND subject_id = ? ORDER BY id"),
            { subjectType, subjectId });
        !s)
        return s.error();
    return readRows(q, eventFromQuery);
}

} // namespace orgdesk
