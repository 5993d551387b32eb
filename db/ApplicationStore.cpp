// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationStore.h"

#include "Dialect.h"

#include "RowReader.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace orgdesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, reference, status, channel, received_at, registered_by, sender_fax, pages_received, "
    "org_name_en, org_name_zh, org_type, br_number, br_branch, registered_address, correspondence_address, "
    "pa_name_en, pa_name_zh, pa_id_type, pa_id_number, pa_position, phone, fax, email, form_signed, "
    "form_date, remarks, created_at, updated_at");

QVariant nullable(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariantList recordValues(const ApplicationRecord& r)
{
    return { r.status, r.channel, isoUtc(r.receivedAt), nullable(r.registeredBy), text(r.senderFax),
             r.pagesReceived ? QVariant(*r.pagesReceived) : QVariant(QMetaType(QMetaType::Int)),
             text(r.orgNameEn), text(r.orgNameZh), nullableText(r.orgType), text(r.brNumber), text(r.brBranch),
             text(r.registeredAddress), text(r.correspondenceAddress), text(r.paNameEn), text(r.paNameZh),
             text(r.paIdType), text(r.paIdNumber), text(r.paPosition), text(r.phone), text(r.fax), text(r.email),
             r.formSigned ? QVariant(int(*r.formSigned)) : QVariant(QMetaType(QMetaType::Int)),
             r.formDate.isValid() ? QVariant(r.formDate.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)),
             text(r.remarks), isoUtc(r.createdAt), isoUtc(r.updatedAt) };
}

ApplicationRecord recordFromQuery(const QSqlQuery& q)
{
    ApplicationRecord r;
    readRow(q, r.id, r.reference, r.status, r.channel, r.receivedAt, r.registeredBy, r.senderFax, r.pagesReceived,
            r.orgNameEn, r.orgNameZh, r.orgType, r.brNumber, r.brBranch, r.registeredAddress, r.correspondenceAddress,
            r.paNameEn, r.paNameZh, r.paIdType, r.paIdNumber, r.paPosition, r.phone, r.fax, r.email, r.formSigned,
            r.formDate, r.remarks, r.createdAt, r.updatedAt);
    return r;
}


// How the search box's text is looked for.
enum class SearchKind { None, Reference, BrNumber, Trigram, ShortText };

SearchKind searchKind(const QString& search)
{
    static const QRegularExpression refPrefix(QStringLiteral("^OA-[0-9-]*$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression brDigits(QStringLiteral("^[0-9]{8}$"));
    if (search.isEmpty())
        return SearchKind::None;
    if (refPrefix.match(search).hasMatch())
        return SearchKind::Reference;
    if (brDigits.match(search).hasMatch())
        return SearchKind::BrNumber;
    return search.size() >= 3 ? SearchKind::Trigram : SearchKind::ShortText;
}

// The filter's conditions other than the search text. `forCount`: the same rows, phrased for
// counting them all (uncorrelated IN lists, built once) rather than for reading the first rows in
// order (correlated EXISTS, probed per row by index).
void plainFilterClause(const QueueFilter& f, QStringList& where, QVariantList& values, bool forCount = false)
{
    if (!f.status.isEmpty()) {
        where << QStringLiteral("status = ?");
        values << f.status;
    }
    if (!f.channel.isEmpty()) {
        where << QStringLiteral("channel = ?");
        values << f.channel;
    }
    // Dates are Hong Kong calendar days (UTC+8 all year, whatever the PC's zone, as
    // app/HongKongTime); stored times are UTC.
    static const QTimeZone hongKong(8 * 3600);
    if (f.receivedFrom.isValid()) {
        where << QStringLiteral("received_at >= ?");
        values << isoUtc(QDateTime(f.receivedFrom, QTime(0, 0), hongKong));
    }
    if (f.receivedTo.isValid()) {
        where << QStringLiteral("received_at < ?");
        values << isoUtc(QDateTime(f.receivedTo.addDays(1), QTime(0, 0), hongKong));
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString& s : f.statuses) {
            marks << QStringLiteral("?");
            values << s;
        }
        where << QStringLiteral("status IN (%1)").arg(marks.join(u", "));
    }
    if (!f.orgType.isEmpty()) {
        where << QStringLiteral("org_type = ?");
        values << f.orgType;
    }
    if (f.receivedFromUtc.isValid()) {
        where << QStringLiteral("received_at >= ?");
        values << isoUtc(f.receivedFromUtc);
    }
    if (f.receivedBeforeUtc.isValid()) {
        where << QStringLiteral("received_at < ?");
        values << isoUtc(f.receivedBeforeUtc);
    }
    if (f.staffId) {
        where << (forCount ? QStringLiteral("(registered_by = ? OR id IN (SELECT application_id FROM "
                                            "application_transitions WHERE actor_id = ?))")
                           : QStringLiteral("(registered_by = ? OR EXISTS (SELECT 1 FROM application_transitions t "
                                            "WHERE t.application_id = applications.id AND t.actor_id = ?))"));
        values << *f.staffId << *f.staffId;
    }
    // A case is decided once: by its move to approved or to rejected (nothing leads back).
    if (f.decision == u"approved" || f.decision == u"rejected") {
        where << (forCount ? QStringLiteral("id IN (SELECT application_id FROM application_transitions WHERE to_status = ?)")
                           : QStringLiteral("EXISTS (SELECT 1 FROM application_transitions t WHERE "
                                            "t.application_id = applications.id AND t.to_status = ?)"));
        values << f.decision;
    } else if (f.decision == u"none") {
        where << (forCount ? QStringLiteral("id NOT IN (SELECT application_id FROM application_transitions "
                                            "WHERE to_status IN ('approved', 'rejected'))")
                           : QStringLiteral("NOT EXISTS (SELECT 1 FROM application_transitions t WHERE "
                                            "t.application_id = applications.id AND t.to_status IN ('approved', 'rejected'))"));
    }
}

// WHERE clause (without the keyword) and its bound values for a filter. With `inQueueOrder`, a
// trigram search is tested on each row while the queue is read in order (right when matches are
// not rare), instead of sorting every match (right when they are).
void filterClause(const Dialect& dialect, const QueueFilter& f, QStringList& where, QVariantList& values,
                  bool forCount = false, bool inQueueOrder = false)
{
    plainFilterClause(f, where, values, forCount);
    const QString search = f.search.trimmed();
    switch (searchKind(search)) {
    case SearchKind::None:
        break;
    case SearchKind::Reference: {
        const QString upper = search.toUpper();
        where << QStringLiteral("reference >= ? AND reference < ?");
        values << upper << upper + QChar(0xFFFF);
        break;
    }
    case SearchKind::BrNumber:
        where << QStringLiteral("br_number = ?");
        values << search;
        break;
    case SearchKind::Trigram:
        // Trigram index: any substring of three or more characters, in the application's own
        // fields or in the text of its PDFs.
        // ('+id' keeps SQLite from looking the matches up by id, so it reads in queue order.)
        where << QStringLiteral("(%1id IN (SELECT rowid FROM application_search WHERE %2) "
                                "OR %1id IN (SELECT application_id FROM attachments WHERE id IN "
                                "(SELECT rowid FROM attachment_search WHERE %3)))")
                     .arg(inQueueOrder ? QStringLiteral("+") : QString(),
                          dialect.searchCondition(QStringLiteral("application_search")),
                          dialect.searchCondition(QStringLiteral("attachment_search")));
        values << dialect.searchValue(search) << dialect.searchValue(search);
        break;
    case SearchKind::ShortText: {
        const QString pattern = containsPattern(search);
        where << QStringLiteral("(org_name_en %1 ? ESCAPE '\\' OR org_name_zh %1 ? ESCAPE '\\')").arg(dialect.like());
        values << pattern << pattern;
        break;
    }
    }
}

// The same trigram search as a test of one row of applications, by reading the indexed text
// of that row and of its attachments (what the index holds, as a substring: the same rows match).
// Cheap per row, so used while walking the queue in order when matches are common.
QString trigramRowTest(const Dialect& dialect)
{
    return QStringLiteral("(coalesce((SELECT body FROM application_search s WHERE s.rowid = applications.id), '') "
                          "%1 ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM attachments t WHERE t.application_id = applications.id AND "
                          "coalesce((SELECT body FROM attachment_search x WHERE x.rowid = t.id), '') %1 ? ESCAPE '\\'))")
        .arg(dialect.like());
}

// A search that matches many applications finds its first screen among the first rows of the
// queue, in order; one that matches few is answered from the index. This many rows are walked
// before turning to the index.
constexpr int kWalkBudget = 3000;

// Columns that define the order (the last is always id, so the order is total).
QStringList sortColumns(QueueSort sort)
{
    switch (sort) {
    case QueueSort::Reference:
        return { QStringLiteral("reference"), QStringLiteral("id") };
    case QueueSort::Organization:
        return { QStringLiteral("org_name_en"), QStringLiteral("id") };
    case QueueSort::Status:
        return { QStringLiteral("status"), QStringLiteral("received_at"), QStringLiteral("id") };
    case QueueSort::Channel:
        return { QStringLiteral("channel"), QStringLiteral("received_at"), QStringLiteral("id") };
    case QueueSort::ReceivedAt:
        break;
    }
    return { QStringLiteral("received_at"), QStringLiteral("id") };
}

QVariant keyValue(const QueueRow& row, const QString& column)
{
    if (column == u"reference")
        return row.reference;
    if (column == u"org_name_en")
        return row.orgNameEn;
    if (column == u"status")
        return row.status;
    if (column == u"channel")
        return row.channel;
    if (column == u"received_at")
        return row.receivedAt;
    return row.id;
}

} // namespace

Result<QString> ApplicationStore::allocateReference(int year)
{
    QSqlQuery q(m_db);
    Status s = execPrepared(q,
                            QStringLiteral("INSERT INTO reference_counters (year, last_value) VALUES (?, 1) "
                                           "ON CONFLICT (year) DO UPDATE SET last_value = reference_counters.last_value + 1 "
                                           "RETURNING last_value"),
                            { year });
    if (!s)
        return s.error();
    if (!q.next())
        return sqlError(q, QStringLiteral("allocating a reference number"));
    return QStringLiteral("OA-%1-%2").arg(year).arg(q.value(0).toLongLong(), 6, 10, QLatin1Char('0'));
}

Result<qint64> ApplicationStore::insert(const ApplicationRecord& r)
{
    QSqlQuery q(m_db);
    QVariantList values { r.reference };
    values += recordValues(r);
    Result<qint64> inserted = insertReturningId(
        q,
        QStringLiteral("INSERT INTO applications (reference, status, channel, received_at, registered_by, "
                       "sender_fax, pages_received, org_name_en, org_name_zh, org_type, br_number, br_branch, "
                       "registered_address, correspondence_address, pa_name_en, pa_name_zh, pa_id_type, "
                       "pa_id_number, pa_position, phone, fax, email, form_signed, form_date, remarks, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?)"),
        values);
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    for (int i = 0; i < r.caseNumbers.size(); ++i) {
        QSqlQuery c(m_db);
        if (Status cs = execPrepared(c,
                                     QStringLiteral("INSERT INTO application_case_numbers (application_id, "
                                                    "position, case_number) VALUES (?, ?, ?)"),
                                     { id, i + 1, r.caseNumbers.at(i) });
            !cs)
            return cs.error();
    }
    return id;
}

Status ApplicationStore::update(const ApplicationRecord& r)
{
    QSqlQuery q(m_db);
    QVariantList values = recordValues(r);
    values << r.id;
    Status s = execPrepared(
        q,
        QStringLiteral("UPDATE applications SET status = ?, channel = ?, received_at = ?, registered_by = ?, "
                       "sender_fax = ?, pages_received = ?, org_name_en = ?, org_name_zh = ?, org_type = ?, "
                       "br_number = ?, br_branch = ?, registered_address = ?, correspondence_address = ?, "
                       "pa_name_en = ?, pa_name_zh = ?, pa_id_type = ?, pa_id_number = ?, pa_position = ?, "
                       "phone = ?, fax = ?, email = ?, form_signed = ?, form_date = ?, remarks = ?, "
                       "created_at = ?, updated_at = ? WHERE id = ?"),
        values);
    if (!s)
        return s;
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QStringLiteral("Application %1 does not exist.").arg(r.reference));
    QSqlQuery del(m_db);
    if (Status ds = execPrepared(del, QStringLiteral("DELETE FROM application_case_numbers WHERE application_id = ?"),
                                 { r.id });
        !ds)
        return ds;
    for (int i = 0; i < r.caseNumbers.size(); ++i) {
        QSqlQuery c(m_db);
        if (Status cs = execPrepared(c,
                                     QStringLiteral("INSERT INTO application_case_numbers (application_id, "
                                                    "position, case_number) VALUES (?, ?, ?)"),
                                     { r.id, i + 1, r.caseNumbers.at(i) });
            !cs)
            return cs;
    }
    return {};
}

Result<ApplicationRecord> ApplicationStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT %1 FROM applications WHERE id = ?").arg(kColumns), { id });
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ApplicationStore", "There is no application with id %1.")
                             .arg(id));
    ApplicationRecord r = recordFromQuery(q);
    QSqlQuery c(m_db);
    if (Status s = execPrepared(c,
                                QStringLiteral("SELECT case_number FROM application_case_numbers "
                                               "WHERE application_id = ? ORDER BY position"),
                                { id });
        !s)
        return s.error();
    r.caseNumbers += readRows(c, [](const QSqlQuery& row) { return row.value(0).toString(); });
    return r;
}

Result<ApplicationRecord> ApplicationStore::getByReference(const QString& reference) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT id FROM applications WHERE reference = ?"),
                                { reference.trimmed().toUpper() });
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ApplicationStore", "There is no application %1.")
                             .arg(reference));
    return get(q.value(0).toLongLong());
}

namespace {

// Keyset condition and ORDER BY for a query, after `after`.
void orderClause(const QueueQuery& query, const QueueRow* after, QStringList& where, QVariantList& values,
                 QString& orderBy)
{
    const QStringList keys = sortColumns(query.sort);
    if (after) {
        QStringList marks;
        for (const QString& k : keys) {
            marks << QStringLiteral("?");
            values << keyValue(*after, k);
        }
        where << QStringLiteral("(%1) %2 (%3)")
                     .arg(keys.join(u", "), query.descending ? QStringLiteral("<") : QStringLiteral(">"),
                          marks.join(u", "));
    }
    QStringList order;
    for (const QString& k : keys)
        order << k + (query.descending ? QStringLiteral(" DESC") : QString());
    orderBy = order.join(u", ");
}

QString whereText(const QStringList& where)
{
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(u" AND ");
}

const QString kQueueColumns =
    QStringLiteral("id, reference, org_name_en, org_name_zh, org_type, status, channel, received_at");

// A queue row from the kQueueColumns of a query.
QueueRow queueRowFromQuery(const QSqlQuery& q)
{
    QueueRow r;
    readRow(q, r.id, r.reference, r.orgNameEn, r.orgNameZh, r.orgType, r.status, r.channel, r.receivedAt);
    return r;
}

} // namespace

Result<QList<QueueRow>> ApplicationStore::rows(const QString& sql, const QVariantList& values, int limit) const
{
    const Result<QSqlQuery*> statement = executed(sql, values, QStringLiteral("reading the queue"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    QList<QueueRow> rows = readRows(q, queueRowFromQuery, limit);
    q.finish();
    return rows;
}

Result<QList<QueueRow>> ApplicationStore::page(const QueueQuery& query, const QueueRow* after, int limit) const
{
    const QString search = query.filter.search.trimmed();
    bool inQueueOrder = false;
    if (searchKind(search) == SearchKind::Trigram) {
        // Walk the queue in order, testing each row, but no further than kWalkBudget rows: where
        // that many rows hold `limit` matches, those are exactly the first screen.
        QStringList where;
        QVariantList values;
        plainFilterClause(query.filter, where, values);
        QString orderBy;
        orderClause(query, after, where, values, orderBy);
        const QStringList keys = sortColumns(query.sort);
        const Result<QSqlQuery*> bound = executed(QStringLiteral("SELECT %1 FROM applications %2 ORDER BY %3 LIMIT 1 OFFSET %4")
                                                      .arg(keys.join(u", "), whereText(where), orderBy)
                                                      .arg(kWalkBudget - 1),
                                                  values, QStringLiteral("reading the queue"));
        if (!bound)
            return bound.error();
        QSqlQuery& b = **bound;
        const bool wholeQueue = !b.next(); // fewer rows than the budget: the walk sees them all
        if (!wholeQueue) {
            QStringList marks;
            for (int i = 0; i < keys.size(); ++i) {
                marks << QStringLiteral("?");
                values << b.value(i);
            }
            where << QStringLiteral("(%1) %2 (%3)")
                         .arg(keys.join(u", "), query.descending ? QStringLiteral(">=") : QStringLiteral("<="),
                              marks.join(u", "));
        }
        b.finish();
        const QString pattern = containsPattern(search);
        values << pattern << pattern;
        where << trigramRowTest(dialect());
        Result<QList<QueueRow>> walked =
            rows(QStringLiteral("SELECT %1 FROM applications %2 ORDER BY %3 LIMIT %4")
                     .arg(kQueueColumns, whereText(where), orderBy)
                     .arg(limit),
                 values, limit);
        if (!walked || wholeQueue || walked->size() == limit)
            return walked;
        // Some matches in the rows walked: not rare, so keep reading in queue order.
        inQueueOrder = walked->size() >= kWalkBudget / 400;
    }
    QStringList where;
    QVariantList values;
    filterClause(dialect(), query.filter, where, values, false, inQueueOrder);
    QString orderBy;
    orderClause(query, after, where, values, orderBy);
    return rows(QStringLiteral("SELECT %1 FROM applications %2 ORDER BY %3 LIMIT %4")
                    .arg(kQueueColumns, whereText(where), orderBy)
                    .arg(limit),
                values, limit);
}

Result<qint64> ApplicationStore::count(const QueueFilter& filter) const
{
    return countUpTo(filter, 0);
}

Result<qint64> ApplicationStore::countUpTo(const QueueFilter& filter, qint64 cap) const
{
    QStringList where;
    QVariantList values;
    QString sql;
    const QString search = filter.search.trimmed();
    if (cap > 0 && searchKind(search) == SearchKind::Trigram) {
        // Counted from the index, stopping after cap + 1: matches of the applications' own text,
        // then those found only in their attachments' text.
        plainFilterClause(filter, where, values, true);
        const QString also = where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.join(u" AND ");
        const Dialect& d = dialect();
        QVariantList twice { d.searchValue(search) };
        twice += values;
        twice << d.searchValue(search);
        twice += values;
        twice << containsPattern(search);
        values = twice;
        sql = QStringLiteral("SELECT count(*) FROM (SELECT id FROM ("
                             "SELECT applications.id FROM application_search s JOIN applications "
                             "ON applications.id = s.rowid WHERE %3%1 "
                             "UNION ALL "
                             "SELECT DISTINCT applications.id FROM (SELECT t.application_id AS found FROM "
                             "attachment_search x JOIN attachments t ON t.id = x.rowid WHERE "
                             "%4) m JOIN applications ON applications.id = m.found WHERE "
                             "TRUE%1 AND NOT coalesce((SELECT body FROM application_search s2 WHERE "
                             "s2.rowid = applications.id), '') %5 ? ESCAPE '\\') AS matches LIMIT %2) AS capped")
                  .arg(also)
                  .arg(cap + 1)
                  .arg(d.searchCondition(QStringLiteral("application_search"), QStringLiteral("s")),
                       d.searchCondition(QStringLiteral("attachment_search"), QStringLiteral("x")), d.like());
    } else {
        filterClause(dialect(), filter, where, values, true);
        sql = cap > 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM applications %1 LIMIT %2) AS capped")
                            .arg(whereText(where))
                            .arg(cap + 1)
                      : QStringLiteral("SELECT count(*) FROM applications %1").arg(whereText(where));
    }
    const Result<QSqlQuery*> statement = executed(sql, values, QStringLiteral("counting applications"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    if (!q.next())
        return sqlError(q, QStringLiteral("counting applications"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<QueueRow> ApplicationStore::queueRow(qint64 id) const
{
    const Result<QSqlQuery*> statement = prepared(QStringLiteral(
        "SELECT id, reference, org_name_en, org_name_zh, org_type, status, channel, received_at FROM applications "
        "WHERE id = ?"));
    if (!statement)
        return statement.error();
    QSqlQuery& q = **statement;
    q.bindValue(0, id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading an application"));
    if (!q.next())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no application with id %1.").arg(id));
    QueueRow row = queueRowFromQuery(q);
    q.finish();
    return row;
}

Result<QSqlQuery*> ApplicationStore::executed(const QString& sql, const QVariantList& values, const QString& doing) const
{
    const Result<QSqlQuery*> statement = prepared(sql);
    if (!statement)
        return statement;
    StatementTrace::record(sql, values);
    QSqlQuery& q = **statement;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlError(q, doing);
    return statement;
}

Result<QSqlQuery*> ApplicationStore::prepared(const QString& sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return sqlError(*q, QStringLiteral("preparing a queue query"));
        if (m_statements.size() > 64)
            m_statements.clear();
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return it->second.get();
}

QStringList allStatuses()
{
    return { QStringLiteral("received"),     QStringLiteral("registered"),  QStringLiteral("under_review"),
             QStringLiteral("awaiting_applicant"), QStringLiteral("recommended"), QStringLiteral("case_by_case"),
             QStringLiteral("approved"),     QStringLiteral("rejected"),    QStringLiteral("account_created"),
             QStringLiteral("withdrawn"),    QStringLiteral("duplicate"),   QStringLiteral("closed") };
}

QStringList allChannels()
{
    return { QStringLiteral("fax"), QStringLiteral("post"), QStringLiteral("hand"), QStringLiteral("online") };
}

QString statusLabel(const QString& s)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("received"), QT_TRANSLATE_NOOP("Status", "Received") },
        { QStringLiteral("registered"), QT_TRANSLATE_NOOP("Status", "Registered") },
        { QStringLiteral("under_review"), QT_TRANSLATE_NOOP("Status", "Under review") },
        { QStringLiteral("awaiting_applicant"), QT_TRANSLATE_NOOP("Status", "Awaiting applicant") },
        { QStringLiteral("recommended"), QT_TRANSLATE_NOOP("Status", "Recommended") },
        { QStringLiteral("case_by_case"), QT_TRANSLATE_NOOP("Status", "Case-by-case") },
        { QStringLiteral("approved"), QT_TRANSLATE_NOOP("Status", "Approved") },
        { QStringLiteral("rejected"), QT_TRANSLATE_NOOP("Status", "Rejected") },
        { QStringLiteral("account_created"), QT_TRANSLATE_NOOP("Status", "Account created") },
        { QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("Status", "Withdrawn") },
        { QStringLiteral("duplicate"), QT_TRANSLATE_NOOP("Status", "Duplicate") },
        { QStringLiteral("closed"), QT_TRANSLATE_NOOP("Status", "Closed") },
    };
    const auto it = labels.constFind(s);
    return it == labels.cend() ? s : QCoreApplication::translate("Status", it.value());
}

QString channelLabel(const QString& c)
{
    if (c == u"fax")
        return QCoreApplication::translate("Channel", "Fax");
    if (c == u"post")
        return QCoreApplication::translate("Channel", "Post");
    if (c == u"hand")
        return QCoreApplication::translate("Channel", "By hand");
    if (c == u"online")
        return QCoreApplication::translate("Channel", "Online");
    return c;
}

} // namespace orgdesk
