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
// read as received_at / at in [from 00:00 HKT, to+1 00:00 HKT) and grouped by hour in SQL, each
// hour then placed on its Help Centre day with BusinessCalendar::deskDate.
//
// Reads only: counts are aggregated in SQL over the indexes (applications_channel_received,
// application_transitions_to_at); for processing time only the decided cases' receipt and
// decision hours are read, and their pauses (moves into and out of awaiting_applicant), as
// ServiceLevels reads them. Business days come from the holiday calendar (BusinessCalendar); a
// case without pauses is counted from a running count of the calendar's business days, a case
// with pauses by BusinessCalendar::countedDays itself. See bench/DashboardBench.cpp for timings.
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
