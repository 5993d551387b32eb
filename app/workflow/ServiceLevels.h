// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationRecord.h"
#include "Result.h"
#include "workflow/BusinessCalendar.h"

#include <QHash>
#include <QSqlDatabase>

namespace orgdesk {

// Where one application stands against the service level.
struct ServiceLevel
{
    bool applies = false; // false once the case is decided, withdrawn, duplicate or closed
    bool paused = false;  // waiting for the applicant: the clock is stopped
    QDate due;            // null while paused (the due date moves with the pause) or when not applicable
    int businessDaysLeft = 0; // to the due date (negative: overdue by that many); while paused: left at the pause
    bool overdue = false;
    bool dueSoon = false; // due within the "due soon" setting, not yet overdue
    // The count runs through a year whose public holidays are not entered: the due date (or the days
    // left while paused) may move once they are.
    bool provisional = false;
};

// A case past its due date, for the supervisors' list at sign-in.
struct OverdueCase
{
    qint64 id = 0;
    QString reference;
    QString orgNameEn;
    QString orgNameZh;
    QString status;
    QDate due;
    int businessDaysOverdue = 0;
    bool provisional = false; // see ServiceLevel::provisional
};

// Service-level figures for the queue and the overdue list: the target and "due soon" margin
// from Settings, the holiday calendar, and the pauses read from the recorded moves into and out of
// awaiting_applicant. "Today" is the Help Centre's calendar day from Clock::current().
//
// Thread rules: load() on the thread owning `db`; the loaded object only reads through that
// connection in the for*() calls, so use it on that thread. compute() is pure.
class ServiceLevels
{
public:
    static Result<ServiceLevels> load(QSqlDatabase db);

    int targetBusinessDays() const { return m_target; }
    int dueSoonBusinessDays() const { return m_dueSoon; }
    const BusinessCalendar& calendar() const { return m_calendar; }
    QDate today() const;

    ServiceLevel compute(const QDateTime& receivedAtUtc, const QString& status,
                         const QList<BusinessCalendar::Pause>& pauses, QDate today) const;

    // For a page of queue rows (one query for their pauses).
    Result<QHash<qint64, ServiceLevel>> forRows(const QList<QueueRow>& rows) const;
    Result<QHash<qint64, ServiceLevel>> forApplications(const QList<qint64>& ids) const;
    Result<ServiceLevel> forApplication(qint64 id) const;
    // Every open case past its due date, longest overdue first.
    Result<QList<OverdueCase>> overdue() const;
    // The years whose public holidays are not entered but are needed: this year up to the day a case
    // received today would be due, and every year an open case's count runs through. In order.
    Result<QList<int>> missingHolidayYears() const;

private:
    ServiceLevels(QSqlDatabase db, BusinessCalendar calendar, int target, int dueSoon);
    Result<QHash<qint64, QList<BusinessCalendar::Pause>>> pauses(const QList<qint64>& ids) const;
    Result<QList<QueueRow>> openRows() const;

    QSqlDatabase m_db;
    BusinessCalendar m_calendar;
    int m_target = 10;
    int m_dueSoon = 2;
};

} // namespace orgdesk
