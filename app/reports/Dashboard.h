// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>

namespace orgdesk {

// Applications received on one Hong Kong calendar day (or, for a chart bar, over a run of days),
// by channel.
struct DayIntake
{
    QDate day;  // first day covered
    QDate last; // last day covered (== day for one day)
    int fax = 0;
    int post = 0;
    int hand = 0;
    int online = 0;

    int total() const { return fax + post + hand + online; }
    int count(const QString& channel) const;
    void add(const QString& channel, int n);
    void add(const DayIntake& other);
};

// Cases whose processing time (business days) falls in [fromDays, toDays]; toDays < 0: no upper end.
struct ProcessingBucket
{
    int fromDays = 0;
    int toDays = -1;
    int cases = 0;
    QString label() const; // "0–2", "61 or more"
};

// Every figure of the supervisors' dashboard and report for one period of Hong Kong calendar
// days [from, to]. A plain value: no database, no widgets; copy it between threads freely.
//
// What is counted:
// * intake: applications by the day they were received (Hong Kong time) and channel; every day of
//   the period is present, with zeros.
// * outcomes: the decision moves made in the period, by outcome. Approved and rejected are the
//   supervisors' decisions; withdrawn and duplicate are the other ways a case ends without a
//   decision, shown separately because a supervisor watching the desk wants to see them too.
// * processing: for the cases approved or rejected in the period, business days from receipt to
//   decision with the days waiting for the applicant left out (BusinessCalendar::countedDays).
//   Median (middle value; mean of the two middle values for an even count), mean, 90th percentile
//   (nearest rank: the smallest value at least 90 % of cases do not exceed) and a histogram.
// * compliance: of the same cases, those decided on or before their service-level due date
//   (BusinessCalendar::dueDate with the target from Settings, pauses moving it); and the open
//   cases overdue on the day the figures were made (ServiceLevels), whatever the period.
struct Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    QDate from;
    QDate to;
    QDate today;              // Help Centre day the figures were made on ("open cases overdue" is as of then)
    QDateTime computedAtUtc;
    int targetBusinessDays = 0;

    QList<DayIntake> intake; // one entry per day, from..to
    DayIntake intakeTotal;   // the whole period

    struct Outcomes
    {
        int approved = 0;
        int rejected = 0;
        int withdrawn = 0;
        int duplicate = 0;
        int decided() const { return approved + rejected; }
        int total() const { return approved + rejected + withdrawn + duplicate; }
    } outcomes;

    struct ProcessingTime
    {
        int cases = 0;        // approved or rejected in the period
        int casesPaused = 0;  // of those, cases that waited for the applicant at least once
        double median = 0;
        double mean = 0;
        int percentile90 = 0;
        int minimum = 0;
        int maximum = 0;
        QList<ProcessingBucket> histogram;
    } processing;

    struct Compliance
    {
        int decided = 0;      // approved or rejected in the period
        int withinTarget = 0; // of those, decided on or before their due date
        int openCases = 0;    // open today (received up to under review, awaiting, recommended, case-by-case)
        int openOverdue = 0;  // of those, past their due date today
        // Share decided within target, 0..1; NaN when nothing was decided.
        double share() const { return decided > 0 ? double(withinTarget) / decided : std::nan(""); }
    } compliance;

    int days() const { return int(from.daysTo(to)) + 1; }
    // Nothing received and nothing decided or closed in the period.
    bool periodEmpty() const { return intakeTotal.total() == 0 && outcomes.total() == 0; }

    // Days merged into at most `maxBars` bars of equal length (1, 7, 14, ... days; whole weeks
    // once merging is needed), for charts; the last bar may be shorter.
    QList<DayIntake> intakeBars(int maxBars) const;

    // The stored channel codes in display order, and the outcome codes.
    static QStringList channels();
    static QStringList outcomeCodes();
    int outcomeCount(const QString& code) const;
    // The histogram's bucket edges, in business days.
    static QList<ProcessingBucket> emptyHistogram();
};

} // namespace orgdesk
