// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateFinder.h"

#include "Clock.h"
#include "EventLog.h"
#include "FormFreeze.h"
#include "RowReader.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "validation/Hkid.h"
#include "validation/Text.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace orgdesk {

DuplicateFinder::~DuplicateFinder() = default;

namespace {
// One indexed lookup per criterion (each arm uses its own index; the "<> ''" terms let SQLite
// use the partial indexes), then the matching rows' summary. Candidates are capped per arm so a
// very common name (a government department) cannot make the lookup slow.
// The 8 digits of a BR number identify the business: another branch of it is the same business
// ('br_other_branch'), the same branch too is 'br'.
// Plain positional parameters (Qt counts every "?"), bound in this order: branch, br, limit,
// en key, limit, zh key, limit, e-mail, limit, phone, limit, self, self, limit.
const char kFindSql[] =
    "WITH m (id, why) AS ("
    " SELECT id, CASE WHEN br_branch = ? THEN 'br' ELSE 'br_other_branch' END FROM (SELECT id, br_branch FROM "
    "   applications WHERE br_number = ? AND br_number <> '' ORDER BY id DESC LIMIT ?) AS by_br"
    " UNION ALL SELECT id, 'name' FROM (SELECT id FROM applications WHERE org_name_en_key = ? AND "
    "   org_name_en_key <> '' ORDER BY id DESC LIMIT ?) AS by_en"
    " UNION ALL SELECT id, 'name' FROM (SELECT id FROM applications WHERE org_name_zh_key = ? AND "
    "   org_name_zh_key <> '' ORDER BY id DESC LIMIT ?) AS by_zh"
    " UNION ALL SELECT id, 'email' FROM (SELECT id FROM applications WHERE lower(email) = lower(?) AND "
    "   email <> '' ORDER BY id DESC LIMIT ?) AS by_email"
    " UNION ALL SELECT id, 'phone' FROM (SELECT id FROM applications WHERE phone = ? AND phone <> '' "
    "   ORDER BY id DESC LIMIT ?) AS by_phone"
    ")"
    " SELECT a.id, a.reference, a.status, a.org_name_en, a.org_name_zh, a.received_at,"
    "  %1,"
    "  (SELECT kind FROM application_links l WHERE l.application_id = ? AND l.linked_id = a.id), a.br_branch"
    " FROM m JOIN applications a ON a.id = m.id WHERE a.id <> ?"
    " GROUP BY a.id ORDER BY count(DISTINCT m.why) DESC, a.received_at DESC LIMIT ?";
} // namespace

QString DuplicateFinder::lookupSql(const Dialect& dialect)
{
    return QString::fromLatin1(kFindSql).arg(dialect.groupConcat(QStringLiteral("DISTINCT m.why"), QStringLiteral("','")));
}

QVariantList DuplicateFinder::lookupValues(const DuplicateQuery& query, int limit)
{
    const QString enKey = validation::organizationNameKey(query.orgNameEn);
    const QString zhKey = validation::organizationNameKey(query.orgNameZh);
    return { text(query.brBranch), text(query.brNumber), limit, text(enKey), limit,
             text(zhKey), limit, text(query.email.trimmed()), limit, text(query.phone), limit,
             query.excludeId, query.excludeId, limit };
}

Result<QList<DuplicateMatch>> DuplicateFinder::find(const DuplicateQuery& query, int limit)
{
    QList<DuplicateMatch> out;
    if (query.brNumber.isEmpty() && validation::organizationNameKey(query.orgNameEn).isEmpty()
        && validation::organizationNameKey(query.orgNameZh).isEmpty() && query.email.trimmed().isEmpty()
        && query.phone.isEmpty())
        return out;
    if (!m_keysChecked) {
        // Rows from schema version 1 (or written by other tools) have no keys yet.
        const Result<qint64> filled = backfillNameKeys(m_db);
        if (!filled)
            return filled.error();
        m_keysChecked = true;
    }
    if (!m_find) {
        m_find = std::make_unique<QSqlQuery>(m_db);
        if (!m_find->prepare(lookupSql(Dialect::of(m_db)))) {
            Error e = sqlError(*m_find, QStringLiteral("preparing the duplicate lookup"));
            m_find.reset();
            return e;
        }
    }
    QSqlQuery& q = *m_find;
    const QVariantList values = lookupValues(query, limit);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlError(q, QStringLiteral("looking for the same organization"));
    out = readRows(q, [](const QSqlQuery& row) {
        DuplicateMatch m;
        RowReader r(row);
        r.read(m.id, m.reference, m.status, m.orgNameEn, m.orgNameZh, m.receivedAt);
        m.reasons = r.value().toString().split(u',', Qt::SkipEmptyParts);
        r.read(m.linkKind, m.brBranch);
        return m;
    });
    q.finish();
    return out;
}

Status DuplicateFinder::link(qint64 applicationId, qint64 linkedId, const QString& kind, const QString& typedNote,
                             const Actor& actor)
{
    if (kind != u"resubmission_of" && kind != u"duplicate_of")
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Unknown link kind %1.").arg(kind));
    if (applicationId == linkedId)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("DuplicateFinder", "An application cannot be linked to itself."));
    // The note keeps no identity number (see validation::maskHkidsInText); nor does its event.
    const QString note = validation::maskHkidsInText(typedNote);
    Transaction tx(m_db);
    if (!tx.active())
        return tx.status();
    if (Status s = FormFreeze::requireEditable(m_db, applicationId); !s)
        return s;
    const QDateTime now = Clock::current().nowUtc();
    QSqlQuery ref(m_db);
    if (Status s = execPrepared(ref, QStringLiteral("SELECT reference FROM applications WHERE id = ?"), { linkedId }); !s)
        return s;
    if (!ref.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("DuplicateFinder", "The application to link to does not exist."));
    const QString linkedReference = ref.value(0).toString();
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("INSERT INTO application_links (application_id, linked_id, kind, note, "
                                               "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                                               "(application_id, linked_id) DO UPDATE SET kind = excluded.kind, "
                                               "note = excluded.note, created_by = excluded.created_by, "
                                               "created_at = excluded.created_at"),
                                { applicationId, linkedId, kind, text(note),
                                  actor.userId > 0 ? QVariant(actor.userId) : QVariant(QMetaType(QMetaType::LongLong)),
                                  isoUtc(now) });
        !s)
        return s;
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, now, actorId(actor), QStringLiteral("application.linked"), QStringLiteral("application"),
                      applicationId,
                      QJsonObject { { QStringLiteral("kind"), kind },
                                    { QStringLiteral("linked_id"), linkedId },
                                    { QStringLiteral("linked_reference"), linkedReference },
                                    { QStringLiteral("note"), note } } });
    if (!ev)
        return ev.error();
    return tx.commit();
}

Result<QList<ApplicationLink>> DuplicateFinder::links(qint64 applicationId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT l.id, l.application_id, l.linked_id, a.reference, l.kind, l.note "
                                               "FROM application_links l JOIN applications a ON a.id = l.linked_id "
                                               "WHERE l.application_id = ? ORDER BY l.id"),
                                { applicationId });
        !s)
        return s.error();
    return readRecords(q, &ApplicationLink::id, &ApplicationLink::applicationId, &ApplicationLink::linkedId,
                       &ApplicationLink::linkedReference, &ApplicationLink::kind, &ApplicationLink::note);
}

Result<qint64> DuplicateFinder::backfillNameKeys(const QSqlDatabase& db)
{
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    QSqlQuery q(db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT id, org_name_en, org_name_zh FROM applications WHERE "
                                                  "(org_name_en_key = '' AND org_name_en <> '') OR "
                                                  "(org_name_zh_key = '' AND org_name_zh <> '')"));
        !s)
        return s.error();
    QSqlQuery u(db);
    if (!u.prepare(QStringLiteral("UPDATE applications SET org_name_en_key = ?, org_name_zh_key = ? WHERE id = ?")))
        return sqlError(u, QStringLiteral("preparing the name keys"));
    qint64 updated = 0;
    while (q.next()) {
        u.bindValue(0, text(validation::organizationNameKey(q.value(1).toString())));
        u.bindValue(1, text(validation::organizationNameKey(q.value(2).toString())));
        u.bindValue(2, q.value(0));
        if (!u.exec())
            return sqlError(u, QStringLiteral("writing the name keys"));
        ++updated;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return updated;
}

} // namespace orgdesk
