// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolidayImport.h"

#include "BusinessCalendar.h"
#include "Clock.h"
#include "EventLog.h"
#include "Permissions.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <libical/ical.h>

#include <algorithm>
#include <memory>

namespace orgdesk {

namespace {

// lupdate files the tr() calls of this file under "orgdesk::HolidayImport"; look them up there.
QString tr(const char* text)
{
    return QCoreApplication::translate("orgdesk::HolidayImport", text);
}

// A holiday lasts a few days at most (the Lunar New Year: three); a longer event is a mistake.
constexpr int kMaxEventDays = 7;
constexpr qsizetype kMaxFileBytes = 4 * 1024 * 1024;

struct ComponentDeleter
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

QDate toDate(const icaltimetype& t)
{
    return QDate(t.year, t.month, t.day);
}

Error refused(const QString& why)
{
    return makeError(ErrorCode::InvalidInput,
                     tr("This file cannot be imported as a list of public holidays, and nothing was changed: %1")
                         .arg(why));
}

QString describe(const QString& summary, const char* uid)
{
    if (!summary.isEmpty())
        return QStringLiteral("\u201c%1\u201d").arg(summary);
    if (uid && *uid)
        return QString::fromUtf8(uid);
    return tr("an event with no name");
}

// The first libical parse error in `c` or its events, or empty.
QString firstError(icalcomponent* c)
{
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        if (const char* text = icalproperty_get_xlicerror(p))
            return QString::fromUtf8(text);
    }
    for (icalcomponent* sub = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); sub;
         sub = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        if (QString e = firstError(sub); !e.isEmpty())
            return e;
    }
    return {};
}

Result<QMap<QDate, QString>> current(const QSqlDatabase& db)
{
    const auto holidays = BusinessCalendar::holidays(db);
    if (!holidays)
        return holidays.error();
    QMap<QDate, QString> out;
    for (const BusinessCalendar::Holiday& h : *holidays)
        out.insert(h.day, h.nameEn);
    return out;
}

HolidayImportPlan plan(const QList<HolidayEntry>& listed, const QMap<QDate, QString>& calendar)
{
    HolidayImportPlan p;
    QSet<int> years;
    for (const HolidayEntry& e : listed) {
        years.insert(e.day.year());
        const auto it = calendar.constFind(e.day);
        if (it == calendar.cend())
            p.toAdd << e;
        else if (it->trimmed() != e.nameEn)
            p.differing << HolidayImportPlan::Change { e.day, *it, e.nameEn };
        else
            ++p.unchanged;
    }
    p.years = QList<int>(years.begin(), years.end());
    std::sort(p.years.begin(), p.years.end());
    return p;
}

} // namespace

Result<QList<HolidayEntry>> HolidayImport::parse(const QByteArray& ics)
{
    if (ics.trimmed().isEmpty())
        return refused(tr("the file is empty."));
    if (ics.size() > kMaxFileBytes)
        return refused(tr("the file is larger than a list of holidays can be."));
    if (ics.contains('\0'))
        return refused(tr("it is not a text file."));
    icalerror_set_errors_are_fatal(0);
    const QByteArray text = ics + '\n';
    Component root(icalparser_parse_string(text.constData()));
    if (!root)
        return refused(tr("it is not an iCalendar file (no BEGIN:VCALENDAR … END:VCALENDAR)."));
    icalcomponent* calendar = root.get();
    if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
        calendar = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
        if (!calendar)
            return refused(tr("it is not an iCalendar file (no BEGIN:VCALENDAR … END:VCALENDAR)."));
        if (icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            return refused(tr("it holds more than one calendar."));
    }
    if (const QString error = firstError(root.get()); !error.isEmpty())
        return refused(tr("the iCalendar text is damaged (%1).").arg(error));

    QMap<QDate, QString> days;
    for (icalcomponent* ev = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        const QString summary = QString::fromUtf8(icalcomponent_get_summary(ev)).simplified();
        const QString what = describe(summary, icalcomponent_get_uid(ev));
        if (summary.isEmpty())
            return refused(tr("%1 has no SUMMARY (the holiday's name).").arg(what));
        const icaltimetype start = icalcomponent_get_dtstart(ev);
        if (icaltime_is_null_time(start) || !icaltime_is_valid_time(start))
            return refused(tr("%1 has no valid DTSTART.").arg(what));
        if (!start.is_date)
            return refused(tr("%1 starts at a time of day, not on a whole day (DTSTART;VALUE=DATE).").arg(what));
        const QDate first = toDate(start);
        QDate end = first.addDays(1); // DTEND is the day after the last one
        const icaltimetype dtend = icalcomponent_get_dtend(ev);
        if (!icaltime_is_null_time(dtend)) {
            if (!icaltime_is_valid_time(dtend))
                return refused(tr("%1 has an invalid DTEND.").arg(what));
            end = toDate(dtend);
        }
        if (!first.isValid() || !end.isValid() || end <= first)
            return refused(tr("%1 ends before it starts.").arg(what));
        if (first.daysTo(end) > kMaxEventDays)
            return refused(tr("%1 lasts %2 days, longer than any public holiday.").arg(what).arg(first.daysTo(end)));
        for (QDate d = first; d < end; d = d.addDays(1)) {
            auto it = days.find(d);
            if (it == days.end())
                days.insert(d, summary);
            else if (!it->split(QStringLiteral(" / ")).contains(summary))
                *it += QStringLiteral(" / ") + summary;
        }
    }
    if (days.isEmpty())
        return refused(tr("it lists no holidays (no VEVENT)."));
    QList<HolidayEntry> out;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        out << HolidayEntry { it.key(), it.value() };
    return out;
}

Result<HolidayImportPlan> HolidayImport::preview(const QSqlDatabase& db, const QByteArray& ics)
{
    const auto listed = parse(ics);
    if (!listed)
        return listed.error();
    const auto calendar = current(db);
    if (!calendar)
        return calendar.error();
    return plan(*listed, *calendar);
}

Result<HolidayImportPlan> HolidayImport::apply(const QSqlDatabase& db, const QByteArray& ics, const QString& sourceName,
                                               const Actor& actor)
{
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    // The account as stored now: an administrator deactivated or demoted meanwhile may not.
    const Result<QString> why = refusalReason(db, actor, { QStringLiteral("admin") });
    if (!why)
        return why.error();
    if (!why->isEmpty()) {
        const Status refusal = recordRefusal(db, tx, actor, QStringLiteral("holiday"), QStringLiteral("holiday.import"),
                                             refusalMessage(*why, tr("Only an administrator can change the holiday calendar.")),
                                             std::nullopt, QJsonObject { { QStringLiteral("reason"), *why } });
        return refusal.error();
    }
    const auto listed = parse(ics);
    if (!listed)
        return listed.error();
    const auto calendar = current(db);
    if (!calendar)
        return calendar.error();
    const HolidayImportPlan p = plan(*listed, *calendar);
    const QDateTime now = Clock::current().nowUtc();
    auto record = [&](const QString& action, QJsonObject details) -> Status {
        details.insert(QStringLiteral("source"), sourceName);
        const Result<qint64> ev = EventLog::append(
            db, Event { 0, now, actorId(actor), action, QStringLiteral("holiday"), std::nullopt, details });
        if (!ev)
            return ev.error();
        return {};
    };
    for (const HolidayEntry& e : p.toAdd) {
        QSqlQuery q(db);
        if (Status s = execPrepared(q, QStringLiteral("INSERT INTO public_holidays (day, name_en) VALUES (?, ?)"),
                                    { e.day.toString(Qt::ISODate), e.nameEn });
            !s)
            return s.error();
        if (Status s = record(QStringLiteral("holiday.added"), { { QStringLiteral("day"), e.day.toString(Qt::ISODate) },
                                                                 { QStringLiteral("name_en"), e.nameEn } });
            !s)
            return s.error();
    }
    for (const HolidayImportPlan::Change& c : p.differing) {
        QSqlQuery q(db);
        if (Status s = execPrepared(q, QStringLiteral("UPDATE public_holidays SET name_en = ? WHERE day = ?"),
                                    { c.newName, c.day.toString(Qt::ISODate) });
            !s)
            return s.error();
        if (Status s = record(QStringLiteral("holiday.renamed"), { { QStringLiteral("day"), c.day.toString(Qt::ISODate) },
                                                                   { QStringLiteral("old_name_en"), c.currentName },
                                                                   { QStringLiteral("name_en"), c.newName } });
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

} // namespace orgdesk
