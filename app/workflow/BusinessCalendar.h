// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace orgdesk {

// Hong Kong business days: Monday to Friday, minus the public holidays in `public_holidays`
// (an administrator keeps that calendar). Service levels count business days from receipt; the
// count stops while the case waits for the applicant.
//
// A year with no holiday entered is not holiday-free: the calendar knows which years it covers
// (those with at least one holiday) and a count that runs through any other year is provisional.
//
// Counting convention: the day of receipt is day 0 and the next business day is day 1. A pause
// from day S (the requisition was sent) to day E (the reply arrived) removes the business days
// after S up to and including E: the clock restarts the day after the reply, as for a new receipt.
//
// Thread rules: a loaded calendar is an immutable value; copy it freely between threads.
class BusinessCalendar
{
public:
    struct Pause
    {
        QDate start; // day the case started waiting
        QDate end;   // day it stopped waiting; null while it still waits
    };

    struct Holiday
    {
        QDate day;
        QString nameEn;
        QString nameZh;
    };

    BusinessCalendar() = default;
    explicit BusinessCalendar(QSet<QDate> holidays);

    // Loads the holidays from the database.
    static Result<BusinessCalendar> load(const QSqlDatabase& db);
    // The calendar's holidays with their names, newest first (for listing and comparing).
    static Result<QList<Holiday>> holidays(const QSqlDatabase& db);

    bool isHoliday(QDate day) const { return m_holidays.contains(day); }
    bool isBusinessDay(QDate day) const;
    // Whether the public holidays of `year` are entered (at least one holiday in that year).
    bool coversYear(int year) const { return m_years.contains(year); }
    // The years from `from`'s to `to`'s (inclusive, in order) whose holidays are not entered.
    QList<int> missingYears(QDate from, QDate to) const;
    // "2028 public holidays are not entered." (several years named together); empty for none.
    static QString missingYearsWarning(const QList<int>& years);
    // The n-th business day after `from` (n >= 1); `from` itself when n <= 0.
    QDate addBusinessDays(QDate from, int n) const;
    // Business days d with from < d <= to; negative (counted the other way) when to is before from.
    int businessDaysBetween(QDate from, QDate to) const;

    // The day the `target`-th counted business day after `received` falls on, skipping pauses.
    // Null when the target is not reached before a pause that has not ended (the clock is stopped).
    QDate dueDate(QDate received, int target, const QList<Pause>& pauses) const;
    // Business days counted from `received` up to and including `day`, pauses excluded.
    int countedDays(QDate received, QDate day, const QList<Pause>& pauses) const;

    // The Help Centre's calendar day for a stored UTC time (Hong Kong time, whatever the PC's zone).
    static QDate deskDate(const QDateTime& utc);

    // Editing the calendar: administrators only; each change and each refusal is an audit event.
    static Status addHoliday(const QSqlDatabase& db, QDate day, const QString& nameEn, const QString& nameZh,
                             const Actor& actor);
    static Status removeHoliday(const QSqlDatabase& db, QDate day, const Actor& actor);

private:
    bool paused(QDate day, const QList<Pause>& pauses) const;

    QSet<QDate> m_holidays;
    QSet<int> m_years;
};

} // namespace orgdesk
