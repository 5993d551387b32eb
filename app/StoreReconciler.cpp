// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreReconciler.h"

#include "Database.h"
#include "Dialect.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <functional>
#include <map>
#include <set>

namespace orgdesk {

namespace {

// Name and text of every trigger a store built by this build's migrations has, or an error.
using TriggerMap = std::map<QString, QString>;

Result<TriggerMap> triggersOf(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (Dialect::of(db).isPostgres()) {
        // The server's rules: each trigger with the source of the function it runs; a disabled
        // trigger refuses nothing, so it counts as altered.
        if (!q.exec(QStringLiteral("SELECT t.tgname, pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text || ' ' || p.prosrc "
                                   "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON "
                                   "n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal "
                                   "AND n.nspname = 'public' ORDER BY 1")))
            return sqlError(q, QStringLiteral("reading the database's triggers"));
        TriggerMap map;
        while (q.next())
            map.emplace(q.value(0).toString(), q.value(1).toString());
        return map;
    }
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")))
        return sqlError(q, QStringLiteral("reading the database's triggers"));
    TriggerMap map;
    while (q.next())
        map.emplace(q.value(0).toString(), q.value(1).toString());
    return map;
}

// The names of the triggers this build's PostgreSQL scripts create. (A fresh store to compare with,
// as on SQLite, cannot be made on the server by a reader.)
std::set<QString> expectedServerTriggers()
{
    std::set<QString> names;
    static const QRegularExpression create(QStringLiteral("CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:CONSTRAINT\\s+)?TRIGGER\\s+(\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QDir dir(QStringLiteral(":/orgdesk/migrations/postgresql"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString script = QString::fromUtf8(f.readAll());
        for (auto it = create.globalMatch(script); it.hasNext();)
            names.insert(it.next().captured(1));
    }
    return names;
}

const Result<TriggerMap>& expectedTriggers()
{
    static const Result<TriggerMap> expected = []() -> Result<TriggerMap> {
        Result<Database> fresh = Database::open(QStringLiteral(":memory:"));
        if (!fresh)
            return fresh.error();
        return triggersOf(fresh->connection());
    }();
    return expected;
}

// Runs `sql` (no bound values: it names no value from outside) and adds `describe(row)` for each
// row, at most StoreReconciler::kMaxPerKind of them, then how many more there were.
Status listRows(const QSqlDatabase& db, const QString& sql, const QString& doing, QStringList& problems,
                const std::function<QString(const QSqlQuery&)>& describe)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlError(q, doing);
    qint64 found = 0;
    while (q.next()) {
        if (++found <= StoreReconciler::kMaxPerKind)
            problems << describe(q);
    }
    if (found > StoreReconciler::kMaxPerKind)
        problems << StoreReconciler::tr("… and %1 more like the one above.").arg(found - StoreReconciler::kMaxPerKind);
    return {};
}

QString caseName(const QSqlQuery& q, int referenceColumn, int idColumn)
{
    const QString reference = q.value(referenceColumn).toString();
    return reference.isEmpty() ? StoreReconciler::tr("application %1").arg(q.value(idColumn).toLongLong()) : reference;
}

} // namespace

Status StoreReconciler::run(QStringList& problems) const
{
    for (const auto check : { &StoreReconciler::checkTriggers, &StoreReconciler::checkStatuses,
                              &StoreReconciler::checkMoves, &StoreReconciler::checkRecordedRows,
                              &StoreReconciler::checkStaff, &StoreReconciler::checkAuditHead }) {
        if (Status s = (this->*check)(problems); !s)
            return s;
    }
    return {};
}

Status StoreReconciler::checkTriggers(QStringList& problems) const
{
    // A file at another schema version has other triggers by right; that is reported already.
    const Result<int> version = Database::schemaVersionOf(m_db);
    if (!version)
        return version.error();
    if (*version != Database::latestSchemaVersion())
        return {};
    if (dialect().isPostgres()) {
        // On the server only the database's owner can drop or disable a rule (staff roles cannot);
        // each rule the scripts create must be there and enabled.
        const Result<TriggerMap> actual = triggersOf(m_db);
        if (!actual)
            return actual.error();
        for (const QString& name : expectedServerTriggers()) {
            const auto found = actual->find(name);
            if (found == actual->end())
                problems << StoreReconciler::tr("The database rule \"%1\" has been removed from the server: what it "
                                                "refuses may have been done since.")
                                .arg(name);
            else if (found->second.contains(QStringLiteral(" D ")))
                problems << StoreReconciler::tr("The database rule \"%1\" has been disabled on the server: what it "
                                                "refuses may have been done since.")
                                .arg(name);
        }
        return {};
    }
    const Result<TriggerMap>& expected = expectedTriggers();
    if (!expected)
        return expected.error();
    const Result<TriggerMap> actual = triggersOf(m_db);
    if (!actual)
        return actual.error();
    for (const auto& [name, sql] : *expected) {
        const auto found = actual->find(name);
        if (found == actual->end())
            problems << StoreReconciler::tr("The database rule \"%1\" has been removed from the file: what it refuses may have been "
                           "done since.")
                            .arg(name);
        else if (found->second != sql)
            problems << StoreReconciler::tr("The database rule \"%1\" has been altered in the file: it is not the rule OrgDesk "
                           "created.")
                            .arg(name);
    }
    for (const auto& [name, sql] : *actual) {
        if (!expected->count(name))
            problems << StoreReconciler::tr("The file has a trigger \"%1\" that OrgDesk does not create.").arg(name);
    }
    return {};
}

Status StoreReconciler::checkStatuses(QStringList& problems) const
{
    return listRows(m_db,
                    QStringLiteral("SELECT id, reference, status, expected FROM (SELECT a.id, a.reference, a.status, "
                                   "coalesce((SELECT t.to_status FROM application_transitions t WHERE t.application_id "
                                   "= a.id ORDER BY t.id DESC LIMIT 1), 'received') AS expected FROM applications a) AS s "
                                   "WHERE status IS DISTINCT FROM expected ORDER BY id"),
                    QStringLiteral("comparing statuses with the recorded moves"), problems, [](const QSqlQuery& q) {
                        return StoreReconciler::tr("%1 has the status \"%2\", but its recorded moves leave it \"%3\": its status was "
                                  "changed outside the workflow.")
                            .arg(caseName(q, 1, 0), q.value(2).toString(), q.value(3).toString());
                    });
}

Status StoreReconciler::checkMoves(QStringList& problems) const
{
    // Each move starts where the one before it ended (the first from "received"): a gap means a
    // move was removed.
    if (Status s = listRows(
            m_db,
            QStringLiteral("SELECT m.id, a.reference, m.application_id, m.from_status, m.previous FROM (SELECT t.id, "
                           "t.application_id, t.from_status, lag(t.to_status, 1, 'received') OVER (PARTITION BY "
                           "t.application_id ORDER BY t.id) AS previous FROM application_transitions t) m LEFT JOIN "
                           "applications a ON a.id = m.application_id WHERE m.from_status IS DISTINCT FROM m.previous ORDER BY m.id"),
            QStringLiteral("following the recorded moves"), problems,
            [](const QSqlQuery& q) {
                return StoreReconciler::tr("Move %1 of %2 starts from \"%3\", but the move before it ended at \"%4\": a recorded move "
                          "is missing.")
                    .arg(QString::number(q.value(0).toLongLong()), caseName(q, 1, 2), q.value(3).toString(),
                         q.value(4).toString());
            });
        !s)
        return s;
    if (Status s = listRows(
            m_db,
            QStringLiteral("SELECT t.id, a.reference, t.application_id, t.from_status, t.to_status FROM "
                           "application_transitions t LEFT JOIN applications a ON a.id = t.application_id WHERE NOT "
                           "EXISTS (SELECT 1 FROM events e WHERE e.subject_type = 'application' AND e.subject_id = "
                           "t.application_id AND e.action = 'application.status_changed' AND "
                           "%1 = t.id) ORDER BY t.id")
                .arg(dialect().jsonInteger(QStringLiteral("e.details"), QStringLiteral("transition"))),
            QStringLiteral("finding each move's event"), problems,
            [](const QSqlQuery& q) {
                return StoreReconciler::tr("Move %1 of %2 (from \"%3\" to \"%4\") has no event in the audit trail: it was written "
                          "outside OrgDesk.")
                    .arg(QString::number(q.value(0).toLongLong()), caseName(q, 1, 2), q.value(3).toString(),
                         q.value(4).toString());
            });
        !s)
        return s;
    return listRows(m_db,
                    QStringLiteral("SELECT e.id, %1, %2, e.subject_id FROM events e WHERE e.action = "
                                   "'application.status_changed' AND %1 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                                   "application_transitions t WHERE t.id = %1) ORDER BY e.id")
                        .arg(dialect().jsonInteger(QStringLiteral("e.details"), QStringLiteral("transition")),
                             dialect().jsonText(QStringLiteral("e.details"), QStringLiteral("reference"))),
                    QStringLiteral("finding each recorded move"), problems, [](const QSqlQuery& q) {
                        return StoreReconciler::tr("Event %1 records move %2 of %3, which is no longer in the file: it was deleted.")
                            .arg(QString::number(q.value(0).toLongLong()), QString::number(q.value(1).toLongLong()),
                                 caseName(q, 2, 3));
                    });
}

Status StoreReconciler::checkRecordedRows(QStringList& problems) const
{
    if (Status s = listRows(
            m_db,
            QStringLiteral("SELECT a.id, a.reference FROM applications a WHERE NOT EXISTS (SELECT 1 FROM events e WHERE "
                           "e.subject_type = 'application' AND e.subject_id = a.id AND e.action = "
                           "'application.received') ORDER BY a.id"),
            QStringLiteral("finding each application's receipt"), problems,
            [](const QSqlQuery& q) {
                return StoreReconciler::tr("%1 has no record of being received in the audit trail: it was written outside OrgDesk.")
                    .arg(caseName(q, 1, 0));
            });
        !s)
        return s;
    // Who received a case is part of four-eyes: it is the person the receipt's event names.
    if (Status s = listRows(
            m_db,
            QStringLiteral("SELECT a.id, a.reference, ru.username, eu.username FROM applications a JOIN events e ON "
                           "e.subject_type = 'application' AND e.subject_id = a.id AND e.action = 'application.received' "
                           "LEFT JOIN users ru ON ru.id = a.registered_by LEFT JOIN users eu ON eu.id = e.user_id "
                           "WHERE a.registered_by IS DISTINCT FROM e.user_id ORDER BY a.id"),
            QStringLiteral("comparing who received each application"), problems,
            [](const QSqlQuery& q) {
                const QString nobody = StoreReconciler::tr("nobody");
                return StoreReconciler::tr("%1 names %2 as the person who received it, but the audit trail records "
                                           "%3: it was changed outside OrgDesk.")
                    .arg(caseName(q, 1, 0), q.value(2).isNull() ? nobody : q.value(2).toString(),
                         q.value(3).isNull() ? nobody : q.value(3).toString());
            });
        !s)
        return s;
    if (Status s = listRows(
            m_db,
            QStringLiteral("SELECT e.subject_id, %1 FROM events e WHERE e.action = "
                           "'application.received' AND e.subject_type = 'application' AND NOT EXISTS (SELECT 1 FROM "
                           "applications a WHERE a.id = e.subject_id) ORDER BY e.id")
                .arg(dialect().jsonText(QStringLiteral("e.details"), QStringLiteral("reference"))),
            QStringLiteral("finding each application received"), problems,
            [](const QSqlQuery& q) {
                return StoreReconciler::tr("%1 is recorded as received in the audit trail but is no longer in the file: it was "
                          "deleted.")
                    .arg(caseName(q, 1, 0));
            });
        !s)
        return s;
    if (Status s = listRows(
            m_db,
            QStringLiteral("SELECT x.id, x.name FROM (SELECT e.subject_id AS id, %1 AS "
                           "name FROM events e WHERE e.action = 'attachment.added' AND e.subject_type = 'attachment' "
                           "UNION SELECT %2, NULL FROM events e WHERE e.action = "
                           "'letter.generated') x WHERE x.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attachments a "
                           "WHERE a.id = x.id) ORDER BY x.id")
                .arg(dialect().jsonText(QStringLiteral("e.details"), QStringLiteral("name")),
                     dialect().jsonInteger(QStringLiteral("e.details"), QStringLiteral("attachment"))),
            QStringLiteral("finding each attachment stored"), problems,
            [](const QSqlQuery& q) {
                return StoreReconciler::tr("Attachment %1 is recorded as stored in the audit trail but is no longer in the file: it "
                          "was deleted.")
                    .arg(q.value(0).toLongLong());
            });
        !s)
        return s;
    return listRows(m_db,
                    QStringLiteral("SELECT e.subject_id, %1 FROM events e WHERE "
                                   "e.action = 'user.created' AND e.subject_type = 'user' AND NOT EXISTS (SELECT 1 "
                                   "FROM users u WHERE u.id = e.subject_id) ORDER BY e.id")
                        .arg(dialect().jsonText(QStringLiteral("e.details"), QStringLiteral("username"))),
                    QStringLiteral("finding each staff account created"), problems, [](const QSqlQuery& q) {
                        return StoreReconciler::tr("The staff account %1 (number %2) is recorded as created in the audit trail but is "
                                  "no longer in the file: it was deleted.")
                            .arg(q.value(1).toString(), QString::number(q.value(0).toLongLong()));
                    });
}

Status StoreReconciler::checkStaff(QStringList& problems) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT u.id, u.username, u.role, u.active, "
            "(SELECT %1 FROM events e WHERE e.subject_type = 'user' AND e.subject_id = u.id "
            "AND e.action IN ('user.created', 'user.role_changed') ORDER BY e.id DESC LIMIT 1), "
            "(SELECT e.action FROM events e WHERE e.subject_type = 'user' AND e.subject_id = u.id "
            "AND e.action IN ('user.created', 'user.deactivated', 'user.reactivated') ORDER BY e.id DESC LIMIT 1) "
            "FROM users u ORDER BY u.id")
                    .arg(dialect().jsonText(QStringLiteral("e.details"), QStringLiteral("role")))))
        return sqlError(q, QStringLiteral("comparing staff accounts with their events"));
    int listed = 0;
    qint64 more = 0;
    auto add = [&](const QString& problem) {
        if (++listed <= kMaxPerKind)
            problems << problem;
        else
            ++more;
    };
    while (q.next()) {
        const QString name = q.value(1).toString();
        const QString role = q.value(2).toString();
        const bool active = q.value(3).toInt() != 0;
        if (q.value(5).isNull()) {
            add(StoreReconciler::tr("The staff account %1 has no record of being created in the audit trail: it was written outside "
                   "OrgDesk.")
                    .arg(name));
            continue;
        }
        const QString recordedRole = q.value(4).toString();
        if (recordedRole != role)
            add(StoreReconciler::tr("The staff account %1 has the role \"%2\", but the audit trail last records \"%3\": its role was "
                   "changed outside OrgDesk.")
                    .arg(name, role, recordedRole));
        const bool recordedActive = q.value(5).toString() != u"user.deactivated";
        if (recordedActive != active)
            add((active ? StoreReconciler::tr("The staff account %1 is active, but the audit trail last records it as deactivated: it "
                             "was reactivated outside OrgDesk.")
                        : StoreReconciler::tr("The staff account %1 is deactivated, but the audit trail last records it as active: it "
                             "was deactivated outside OrgDesk."))
                    .arg(name));
    }
    if (more > 0)
        problems << StoreReconciler::tr("… and %1 more like the one above.").arg(more);
    return {};
}

Status StoreReconciler::checkAuditHead(QStringList& problems) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM events), EXISTS (SELECT 1 FROM audit_head)")) || !q.next())
        return sqlError(q, QStringLiteral("reading the audit head"));
    if (q.value(0).toBool() && !q.value(1).toBool())
        problems << StoreReconciler::tr("The audit head (the record of the newest event) is missing from the file: without it, "
                       "removing the newest events cannot be detected.");
    return {};
}

} // namespace orgdesk
