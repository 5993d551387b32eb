// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessCalendar.h"

#include "Clock.h"
#include "HongKongTime.h"
#include "EventLog.h"
#include "Permissions.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace orgdesk {

namespace {

// lupdate files the tr() calls of this file under "orgdesk::BusinessCalendar"; look them up there.
QString tr(const char* text)
{
    return QCoreApplication::translate("orgdesk::BusinessCalendar", text);
}

// Far enough for any service level; guards against a loop on a corrupt calendar.
constexpr int kMaxWalkDays = 3660;

Status refuseUnlessAdmin(const QSqlDatabase& db, Transaction& tx, const Actor& actor, const QString& attempted)
{
    // The account as stored now, not the role the session started with.
    const Result<QString> why = refusalReason(db, actor, { QStringLiteral("admin") });
    if (!why)
        return why.error();
    if (why->isEmpty())
        return {};
    return recordRefusal(db, tx, actor, QStringLiteral("holiday"), attempted,
                         refusalMessage(*why, tr("Only an administrator can change the holiday calendar.")), std::nullopt,
                         QJsonObject { { QStringLiteral("reason"), *why } });
}

} // namespace

Result<BusinessCalendar> BusinessCalendar::load(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT day FROM public_holidays")); !s)
        return s.error();
    QSet<QDate> days;
    while (q.next())
        days.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return BusinessCalendar(std::move(days));
}

Result<QList<BusinessCalendar::Holiday>> BusinessCalendar::holidays(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT day, name_en, name_zh FROM public_holidays ORDER BY day DESC"));
        !s)
        return s.error();
    QList<Holiday> out;
    while (q.next())
        out << Holiday { QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString() };
    return out;
}

BusinessCalendar::BusinessCalendar(QSet<QDate> holidays) : m_holidays(std::move(holidays))
{
    for (const QDate& day : std::as_const(m_holidays))
        m_years.insert(day.year());
}

QList<int> BusinessCalendar::missingYears(QDate from, QDate to) const
{
    QList<int> out;
    if (!from.isValid() || !to.isValid())
        return out;
    for (int y = std::min(from.year(), to.year()); y <= std::max(from.year(), to.year()); ++y) {
        if (!m_years.contains(y))
            out << y;
    }
    return out;
}

QString BusinessCalendar::missingYearsWarning(const QList<int>& years)
{
    if (years.isEmpty())
        return {};
    QStringList names;
    for (int y : years)
        names << QString::number(y);
    const QString joined = names.size() == 1
        ? names.first()
        : tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
    return tr("%1 public holidays are not entered: due dates falling then are provisional until an administrator "
              "enters or imports them (holiday calendar).")
        .arg(joined);
}

bool BusinessCalendar::isBusinessDay(QDate day) const
{
    return day.isValid() && day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QDate BusinessCalendar::addBusinessDays(QDate from, int n) const
{
    QDate d = from;
    for (int walked = 0; n > 0 && walked < kMaxWalkDays; ++walked) {
        d = d.addDays(1);
        if (isBusinessDay(d))
            --n;
    }
    return d;
}

int BusinessCalendar::businessDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isBusinessDay(d))
            ++n;
    }
    return n;
}

bool BusinessCalendar::paused(QDate day, const QList<Pause>& pauses) const
{
    for (const Pause& p : pauses) {
        if (day > p.start && (!p.end.isValid() || day <= p.end))
            return true;
    }
    return false;
}

QDate BusinessCalendar::dueDate(QDate received, int target, const QList<Pause>& pauses) const
{
    if (!received.isValid())
        return {};
    QDate d = received;
    int counted = 0;
    for (int walked = 0; counted < target && walked < kMaxWalkDays; ++walked) {
        d = d.addDays(1);
        if (!isBusinessDay(d))
            continue;
        if (paused(d, pauses)) {
            // A pause that has not ended stops the clock for good (for now).
            for (const Pause& p : pauses) {
                if (!p.end.isValid() && d > p.start)
                    return {};
            }
            continue;
        }
        ++counted;
    }
    return d;
}

int BusinessCalendar::countedDays(QDate received, QDate day, const QList<Pause>& pauses) const
{
    int n = 0;
    for (QDate d = received.addDays(1); d <= day; d = d.addDays(1)) {
        if (isBusinessDay(d) && !paused(d, pauses))
            ++n;
    }
    return n;
}

QDate BusinessCalendar::deskDate(const QDateTime& utc)
{
    return HongKongTime::date(utc);
}

Status BusinessCalendar::addHoliday(const QSqlDatabase& db, QDate day, const QString& nameEn, const QString& nameZh,
                                    const Actor& actor)
{
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    if (Status s = refuseUnlessAdmin(db, tx, actor, QStringLiteral("holiday.add")); !s)
        return s;
    if (!day.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the holiday's date."));
    if (nameEn.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the holiday's name in English."));
    QSqlQuery q(db);
    if (Status s = execPrepared(q,
                                QStringLiteral("INSERT INTO public_holidays (day, name_en, name_zh) VALUES (?, ?, ?) "
                                               "ON CONFLICT (day) DO UPDATE SET name_en = excluded.name_en, "
                                               "name_zh = excluded.name_zh"),
                                { day.toString(Qt::ISODate), nameEn.trimmed(), text(nameZh.trimmed()) });
        !s)
        return s;
    const Result<qint64> ev = EventLog::append(
        db, Event { 0, Clock::current().nowUtc(), actorId(actor), QStringLiteral("holiday.added"),
                    QStringLiteral("holiday"), std::nullopt,
                    QJsonObject { { QStringLiteral("day"), day.toString(Qt::ISODate) },
                                  { QStringLiteral("name_en"), nameEn.trimmed() } } });
    if (!ev)
        return ev.error();
    return tx.commit();
}

Status BusinessCalendar::removeHoliday(const QSqlDatabase& db, QDate day, const Actor& actor)
{
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    if (Status s = refuseUnlessAdmin(db, tx, actor, QStringLiteral("holiday.remove")); !s)
        return s;
    QSqlQuery q(db);
    if (Status s = execPrepared(q, QStringLiteral("DELETE FROM public_holidays WHERE day = ?"),
                                { day.toString(Qt::ISODate) });
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("%1 is not in the holiday calendar.").arg(day.toString(Qt::ISODate)));
    const Result<qint64> ev = EventLog::append(
        db, Event { 0, Clock::current().nowUtc(), actorId(actor), QStringLiteral("holiday.removed"),
                    QStringLiteral("holiday"), std::nullopt,
                    QJsonObject { { QStringLiteral("day"), day.toString(Qt::ISODate) } } });
    if (!ev)
        return ev.error();
    return tx.commit();
}

} // namespace orgdesk
