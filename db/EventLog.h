// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace orgdesk {

// One entry of the audit trail.
struct Event
{
    qint64 id = 0;
    QDateTime at; // UTC
    std::optional<qint64> userId; // empty for actions of the system itself
    QString action; // dotted verb, e.g. "application.registered"
    QString subjectType; // "application", "attachment", "user", "setting", ...
    std::optional<qint64> subjectId;
    QJsonObject details; // changed fields etc.; never personal data in clear
    QString prevHash;
    QString hash;
    int scheme = 0; // hash scheme the event was written under (0 when appending: the current one)
};

// Appends to and verifies the hash-chained, append-only `events` table.
//
// Thread rules: stateless; every call works on the connection it is given, inside the caller's
// transaction, so an event lands together with the change it records or not at all.
class EventLog
{
public:
    static Result<qint64> append(const QSqlDatabase& db, Event event);

    // Hash schemes. Scheme 1 (events written before schema 12) joins the fields with U+001F,
    // unescaped. Scheme 2 writes each field as a one-byte type tag ('I' whole number, 'T' UTF-8
    // text, 'N' absent), its length as 4 bytes big-endian and its bytes (a whole number in plain
    // decimal), in the order scheme, id, at, user_id, action, subject_type, subject_id, details,
    // prev_hash; so no two different events share their bytes. The PostgreSQL server computes the
    // same bytes (orgdesk_event_canonical_v2). The first scheme-2 event after scheme-1 ones is the
    // switch itself (kSchemeSwitchAction); a scheme never goes back.
    static constexpr int kCurrentScheme = 2;
    static constexpr const char* kSchemeSwitchAction = "audit.scheme_changed";
    // On SQLite the writer records the switch itself before the first event it appends after an
    // older-scheme one; on PostgreSQL migration 12 records it.

    // Canonical serialisation hashed into `hash` under the event's scheme (the current one when 0).
    static QByteArray canonical(const Event& event);
    static QString computeHash(const Event& event);
    static QString genesisHash();

    struct Problem
    {
        qint64 eventId = 0;
        QString message;
    };
    // Checks the whole chain (every event up to the newest at the start) and the recorded head;
    // returns the first problem in id order, or nothing when intact. `progress(done, total)` is
    // called now and then from the calling thread; returning false cancels (Cancelled error).
    // The work runs on `threads` workers (0: two from 200,000 events on), which take stretches of
    // the chain in turn, each with its own read-only connection to the file; one worker on this
    // connection for an in-memory database or inside a transaction. The calling thread waits.
    static Result<std::optional<Problem>> verify(
        const QSqlDatabase& db, const std::function<bool(qint64, qint64)>& progress = {}, int threads = 0);

    // The newest event: its id and hash (0 and empty when the trail is empty).
    struct Head
    {
        qint64 id = 0;
        QString hash;
    };
    static Result<Head> newest(const QSqlDatabase& db);


    // The checks of verify() from a point known to be good on: event `anchorId` must still have
    // hash `anchorHash` (its own bytes are hashed again), and every later event up to the newest is
    // checked (hash, link, types, scheme), and the audit head compared with the end. anchorId 0
    // (with the genesis hash) is the whole trail, as verify(). `extent` receives the newest event
    // checked and how many were.
    struct Extent
    {
        qint64 lastId = 0;
        QString lastHash;
        qint64 checked = 0;
    };
    static Result<std::optional<Problem>> verifyFrom(const QSqlDatabase& db, qint64 anchorId,
        const QString& anchorHash, Extent* extent = nullptr,
        const std::function<bool(qint64, qint64)>& progress = {}, int threads = 0);

    static Result<QList<Event>> forSubject(
        const QSqlDatabase& db, const QString& subjectType, qint64 subjectId);

    // Details every event written by this process carries besides its own, such as the
    // operating-system account that ran the command-line tool ({"os_user": "chan"}); a key the
    // event sets itself wins. Set once at start-up, before any other thread writes events.
    static void setProcessDetails(const QJsonObject& details);
    static QJsonObject processDetails();
};

// Appends many events in one transaction without re-reading the chain head each time
// (bulk work such as demo data). Reads the head once on first use; the caller's transaction
// must stay open for the writer's whole life.
class EventChainWriter
{
public:
    explicit EventChainWriter(QSqlDatabase db);
    Result<qint64> append(Event event);

private:
    Result<qint64> appendOnServer(Event& e);

    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    qint64 m_lastId = -1;
    QString m_lastHash;
    int m_lastScheme = 0;
    bool m_hasScheme = true; // false on a store older than schema 12 (tests of old schemas)
};

} // namespace orgdesk
