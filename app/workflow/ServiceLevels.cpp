// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceLevels.h"

#include "Clock.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "workflow/Workflow.h"

#include <QSqlQuery>

#include <algorithm>

namespace orgdesk {

namespace {

constexpr int kChunk = 400; // bound parameters per IN (...) list

QString placeholders(int n)
{
    QStringList marks;
    marks.reserve(n);
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

} // namespace

ServiceLevels::ServiceLevels(QSqlDatabase db, BusinessCalendar calendar, int target, int dueSoon)
    : m_db(std::move(db))
    , m_calendar(std::move(calendar))
    , m_target(target)
    , m_dueSoon(dueSoon)
{
}

Result<ServiceLevels> ServiceLevels::load(QSqlDatabase db)
{
    Result<BusinessCalendar> calendar = BusinessCalendar::load(db);
    if (!calendar)
        return calendar.error();
    const Settings settings(db);
    return ServiceLevels(db, std::move(calendar).value(), settings.slaTargetBusinessDays(),
                         settings.dueSoonBusinessDays());
}

QDate ServiceLevels::today() const
{
    return BusinessCalendar::deskDate(Clock::current().nowUtc());
}

ServiceLevel ServiceLevels::compute(const QDateTime& receivedAtUtc, const QString& status,
                                    const QList<BusinessCalendar::Pause>& pauses, QDate today) const
{
    ServiceLevel level;
    if (workflow::isSettled(status) || !receivedAtUtc.isValid())
        return level;
    level.applies = true;
    const QDate received = BusinessCalendar::deskDate(receivedAtUtc);
    level.due = m_calendar.dueDate(received, m_target, pauses);
    level.provisional = !m_calendar.missingYears(received, level.due.isValid() ? level.due : today).isEmpty();
    if (!level.due.isValid()) {
        level.paused = true;
        level.businessDaysLeft = m_target - m_calendar.countedDays(received, today, pauses);
        return level;
    }
    level.businessDaysLeft = m_calendar.businessDaysBetween(today, level.due);
    // Waiting for the applicant is never overdue, even when the pause was not recorded as a move.
    level.paused = status == u"awaiting_applicant";
    level.overdue = !level.paused && today > level.due;
    level.dueSoon = !level.paused && !level.overdue && level.businessDaysLeft <= m_dueSoon;
    return level;
}

Result<QHash<qint64, QList<BusinessCalendar::Pause>>> ServiceLevels::pauses(const QList<qint64>& ids) const
{
    QHash<qint64, QList<BusinessCalendar::Pause>> out;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> part = ids.mid(start, kChunk);
        QVariantList values;
        for (qint64 id : part)
            values << id;
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q,
                                    QStringLiteral("SELECT application_id, to_status, at FROM application_transitions "
                                                   "WHERE application_id IN (%1) AND (to_status = 'awaiting_applicant' "
                                                   "OR from_status = 'awaiting_applicant') ORDER BY application_id, id")
                                        .arg(placeholders(int(part.size()))),
                                    values);
            !s)
            return s.error();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QDate day = BusinessCalendar::deskDate(QDateTime::fromString(q.value(2).toString(), Qt::ISODate));
            QList<BusinessCalendar::Pause>& list = out[id];
            if (q.value(1).toString() == u"awaiting_applicant")
                list << BusinessCalendar::Pause { day, QDate() };
            else if (!list.isEmpty() && !list.last().end.isValid())
                list.last().end = day;
        }
    }
    return out;
}

Result<QHash<qint64, ServiceLevel>> ServiceLevels::forRows(const QList<QueueRow>& rows) const
{
    QList<qint64> ids;
    for (const QueueRow& r : rows) {
        if (!workflow::isSettled(r.status))
            ids << r.id;
    }
    const auto paused = pauses(ids);
    if (!paused)
        return paused.error();
    const QDate now = today();
    QHash<qint64, ServiceLevel> out;
    for (const QueueRow& r : rows)
        out.insert(r.id, compute(QDateTime::fromString(r.receivedAt, Qt::ISODate), r.status, paused->value(r.id), now));
    return out;
}

Result<QHash<qint64, ServiceLevel>> ServiceLevels::forApplications(const QList<qint64>& ids) const
{
    QList<QueueRow> rows;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> part = ids.mid(start, kChunk);
        QVariantList values;
        for (qint64 id : part)
            values << id;
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q,
                                    QStringLiteral("SELECT id, status, received_at FROM applications WHERE id IN (%1)")
                                        .arg(placeholders(int(part.size()))),
                                    values);
            !s)
            return s.error();
        while (q.next()) {
            QueueRow r;
            r.id = q.value(0).toLongLong();
            r.status = q.value(1).toString();
            r.receivedAt = q.value(2).toString();
            rows << r;
        }
    }
    return forRows(rows);
}

Result<ServiceLevel> ServiceLevels::forApplication(qint64 id) const
{
    const auto all = forApplications({ id });
    if (!all)
        return all.error();
    if (!all->contains(id))
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no application %1.").arg(id));
    return all->value(id);
}

Result<QList<QueueRow>> ServiceLevels::openRows() const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT id, reference, org_name_en, org_name_zh, status, received_at "
                                                  "FROM applications WHERE status IN ('received', 'registered', "
                                                  "'under_review', 'recommended', 'case_by_case', 'awaiting_applicant')"));
        !s)
        return s.error();
    QList<QueueRow> rows;
    while (q.next()) {
        QueueRow r;
        r.id = q.value(0).toLongLong();
        r.reference = q.value(1).toString();
        r.orgNameEn = q.value(2).toString();
        r.orgNameZh = q.value(3).toString();
        r.status = q.value(4).toString();
        r.receivedAt = q.value(5).toString();
        rows << r;
    }
    return rows;
}

Result<QList<OverdueCase>> ServiceLevels::overdue() const
{
    const auto rows = openRows();
    if (!rows)
        return rows.error();
    const auto levels = forRows(*rows);
    if (!levels)
        return levels.error();
    QList<OverdueCase> out;
    for (const QueueRow& r : *rows) {
        const ServiceLevel level = levels->value(r.id);
        if (level.overdue)
            out << OverdueCase { r.id,      r.reference, r.orgNameEn, r.orgNameZh, r.status, level.due,
                                 -level.businessDaysLeft, level.provisional };
    }
    std::sort(out.begin(), out.end(), [](const OverdueCase& a, const OverdueCase& b) {
        return a.due != b.due ? a.due < b.due : a.reference < b.reference;
    });
    return out;
}

Result<QList<int>> ServiceLevels::missingHolidayYears() const
{
    const QDate now = today();
    QSet<int> years;
    for (int y : m_calendar.missingYears(now, m_calendar.addBusinessDays(now, m_target)))
        years.insert(y);
    const auto rows = openRows();
    if (!rows)
        return rows.error();
    const auto paused = pauses([&] {
        QList<qint64> ids;
        for (const QueueRow& r : *rows)
            ids << r.id;
        return ids;
    }());
    if (!paused)
        return paused.error();
    for (const QueueRow& r : *rows) {
        const QDate received = BusinessCalendar::deskDate(QDateTime::fromString(r.receivedAt, Qt::ISODate));
        if (!received.isValid())
            continue;
        const QDate due = m_calendar.dueDate(received, m_target, paused->value(r.id));
        for (int y : m_calendar.missingYears(received, due.isValid() ? due : now))
            years.insert(y);
    }
    QList<int> out(years.begin(), years.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace orgdesk
