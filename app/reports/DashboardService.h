// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "reports/Dashboard.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <utility>

namespace orgdesk {

// Makes the supervisors' Dashboard for a period of Hong Kong calendar days. Stored times are UTC
// ('YYYY-MM-DDTHH:MM:SSZ'); a Hong Kong day D runs from D-1 16:00Z to D 16:00Z, so the period is
// read as received_at / at in [from 00:00 HKT, to+1 00:00 HKT), and each stored hour
// (substr(.., 1, 13)) is placed on its Help Centre day as BusinessCalendar::deskDate does.
//
// Reads only, in seven statements, each over an index:
// * intake: GROUP BY channel and hour over applications_channel_received (a covering index);
// * outcomes: GROUP BY to_status over application_transitions_to_at (covering);
// * the cases approved or rejected in the period with their receipt: the decision moves' ids from
//   the to_status/at index, looked up in id order (IN over the sorted list), which reads the
//   file in order instead of at random;
// * their pauses: the moves into awaiting_applicant between the earliest of those receipts and
//   the period's end, each with the move after it (which ends the pause), as ServiceLevels reads
//   pauses;
// * the open cases, and those overdue today (ServiceLevels::overdue, as the overdue list).
// Business days come from the holiday calendar: a case without pauses is counted from a running
// count of BusinessCalendar::isBusinessDay over the days involved (the same as countedDays,
// which DashboardTest checks case by case), a case with pauses by BusinessCalendar::countedDays;
// due dates by BusinessCalendar::dueDate with the target from Settings. bench/DashboardBench.cpp
// times it at a million applications (a year in about 0.7 s).
//
// Thread rules: use from the thread that owns `db` (a worker opens its own Database). The
// Dashboard returned is a plain value.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    // Periods longer than this are refused (a typing slip such as 2206 for 2026).
    static constexpr int kMaxPeriodDays = 3700;

    explicit DashboardService(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<Dashboard> compute(QDate from, QDate to) const;

    // InvalidInput with plain words when [from, to] is not a period the dashboard can show.
    static Status checkPeriod(QDate from, QDate to);
    // The Help Centre's day today (Clock::current()).
    static QDate today();
    // The quick choices: the last `days` days up to and including `today`; this year up to today.
    static std::pair<QDate, QDate> lastDays(int days, QDate today);
    static std::pair<QDate, QDate> thisYear(QDate today);
    // UTC bounds of a Hong Kong calendar day's start, as stored text.
    static QString dayStartUtc(QDate day);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
