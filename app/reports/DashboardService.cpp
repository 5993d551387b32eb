// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardService.h"

#include "Clock.h"
#include "HongKongTime.h"
#include "SqlUtil.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/ServiceLevels.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <vector>

namespace orgdesk {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// A stored UTC time's hour ('YYYY-MM-DDTHH', the first 13 characters, read in SQL with substr) as
// whole hours since 1970. Reading the digits here is cheaper than SQLite's date functions on
// hundreds of thousands of rows. Anything else is parsed by QDateTime; -1 when it is no time.
qint64 unixHour(const QString& text)
{
    auto digits = [&text](int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    if (text.size() >= 13 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T') {
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2), h = digits(11, 2);
        if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && h >= 0 && h <= 23)
            return daysFromCivil(y, m, d) * 24 + h;
    }
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? floorDiv(t.toSecsSinceEpoch(), 3600) : -1;
}

// The Help Centre day of a UTC hour: Hong Kong is UTC+8 all year, so the day is plain arithmetic.
class DeskDays
{
public:
    QDate ofHour(qint64 hour) const
    {
        return kEpoch.addDays(floorDiv(hour * 3600 + HongKongTime::kOffsetSecs, 86400));
    }

private:
    static inline const QDate kEpoch { 1970, 1, 1 };
};

// Business days d with first < d <= day, from a running count over the calendar's days; the same
// as BusinessCalendar::countedDays without pauses (DashboardTest checks the two agree).
class BusinessDayRun
{
public:
    BusinessDayRun(const BusinessCalendar& calendar, QDate first, QDate last) : m_first(first)
    {
        const qint64 n = first.isValid() && last >= first ? first.daysTo(last) + 1 : 0;
        m_count.reserve(size_t(n));
        int running = 0;
        for (qint64 i = 0; i < n; ++i) {
            if (i > 0 && calendar.isBusinessDay(first.addDays(i)))
                ++running;
            m_count.push_back(running);
        }
    }
    int between(QDate from, QDate to) const
    {
        if (to <= from)
            return 0;
        return m_count[size_t(m_first.daysTo(to))] - m_count[size_t(m_first.daysTo(from))];
    }

private:
    QDate m_first;
    std::vector<int> m_count;
};

struct Decided
{
    qint64 id = 0;
    QDate received;
    QDate decided;
};

} // namespace

QDate DashboardService::today()
{
    return BusinessCalendar::deskDate(Clock::current().nowUtc());
}

std::pair<QDate, QDate> DashboardService::lastDays(int days, QDate today)
{
    return { today.addDays(-(std::max(days, 1) - 1)), today };
}

std::pair<QDate, QDate> DashboardService::thisYear(QDate today)
{
    return { QDate(today.year(), 1, 1), today };
}

QString DashboardService::dayStartUtc(QDate day)
{
    return isoUtc(HongKongTime::startOfDay(day));
}

Status DashboardService::checkPeriod(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the first and the last day of the period."));
    if (from > to)
        return makeError(ErrorCode::InvalidInput, tr("The period starts on %1, after its last day %2: give the earlier "
                                                     "date first.")
                                                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (from.daysTo(to) + 1 > kMaxPeriodDays)
        return makeError(ErrorCode::InvalidInput,
                         tr("The period is %1 days long; a report covers at most %2 days.")
                             .arg(from.daysTo(to) + 1)
                             .arg(kMaxPeriodDays));
    return {};
}

Result<Dashboard> DashboardService::compute(QDate from, QDate to) const
{
    if (Status s = checkPeriod(from, to); !s)
        return s.error();
    const Result<ServiceLevels> levels = ServiceLevels::load(m_db);
    if (!levels)
        return levels.error();
    const BusinessCalendar& calendar = levels->calendar();

    Dashboard d;
    d.from = from;
    d.to = to;
    d.computedAtUtc = Clock::current().nowUtc();
    d.today = BusinessCalendar::deskDate(d.computedAtUtc);
    d.targetBusinessDays = levels->targetBusinessDays();
    const QString start = dayStartUtc(from);
    const QString end = dayStartUtc(to.addDays(1));
    DeskDays desk;

    // (a) Intake per day and channel: the channel/received_at index covers the query.
    for (QDate day = from; day <= to; day = day.addDays(1))
        d.intake << DayIntake { day, day };
    d.intakeTotal.day = from;
    d.intakeTotal.last = to;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Status s = execPrepared(q,
                                    QStringLiteral("SELECT channel, substr(received_at, 1, 13), count(*) FROM applications "
                                                   "WHERE channel IN ('fax', 'post', 'hand', 'online') "
                                                   "AND received_at >= ? AND received_at < ? GROUP BY 1, 2"),
                                    { start, end });
            !s)
            return s.error();
        while (q.next()) {
            const QString channel = q.value(0).toString();
            const QDate day = desk.ofHour(unixHour(q.value(1).toString()));
            const int n = q.value(2).toInt();
            const qint64 index = from.daysTo(day);
            if (index < 0 || index >= d.intake.size())
                continue; // cannot happen with well-formed times
            d.intake[index].add(channel, n);
            d.intakeTotal.add(channel, n);
        }
    }

    // (b) Decisions and other endings by outcome, by the time of the move (to_status/at index).
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Status s = execPrepared(q,
                                    QStringLiteral("SELECT to_status, count(*) FROM application_transitions "
                                                   "WHERE to_status IN ('approved', 'rejected', 'withdrawn', 'duplicate') "
                                                   "AND at >= ? AND at < ? GROUP BY to_status"),
                                    { start, end });
            !s)
            return s.error();
        while (q.next()) {
            const QString outcome = q.value(0).toString();
            const int n = q.value(1).toInt();
            if (outcome == u"approved")
                d.outcomes.approved = n;
            else if (outcome == u"rejected")
                d.outcomes.rejected = n;
            else if (outcome == u"withdrawn")
                d.outcomes.withdrawn = n;
            else if (outcome == u"duplicate")
                d.outcomes.duplicate = n;
        }
    }

    // (c) and (d): the cases decided in the period, their receipt, and their pauses.
    std::vector<Decided> decided;
    decided.reserve(size_t(d.outcomes.decided()));
    QHash<qint64, QList<BusinessCalendar::Pause>> pauses;
    QString firstReceived; // 'YYYY-MM-DDTHH' of the earliest receipt among them
    {
        // The decision moves' ids come from the to_status/at index; looking the rows up in id order
        // (IN over the sorted list) reads the moves and their applications in file order rather
        // than at random, which on a large file is several times faster.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Status s = execPrepared(q,
                                    QStringLiteral("SELECT t.application_id, substr(a.received_at, 1, 13), substr(t.at, 1, 13) "
                                                   "FROM application_transitions t JOIN applications a ON a.id = t.application_id "
                                                   "WHERE t.id IN (SELECT id FROM application_transitions WHERE to_status IN "
                                                   "('approved', 'rejected') AND at >= ? AND at < ?)"),
                                    { start, end });
            !s)
            return s.error();
        while (q.next()) {
            const QString received = q.value(1).toString();
            if (firstReceived.isEmpty() || received < firstReceived)
                firstReceived = received;
            decided.push_back(Decided { q.value(0).toLongLong(), desk.ofHour(unixHour(received)),
                                        desk.ofHour(unixHour(q.value(2).toString())) });
        }
    }
    if (!decided.empty()) {
        // Their pauses, as ServiceLevels reads them: a move into awaiting_applicant starts one, the
        // next move (necessarily out of awaiting_applicant) ends it. A pause of a case decided in
        // the period started after its receipt and before the period's end, so only the moves into
        // awaiting_applicant in that span are read (to_status/at index), then kept for these cases.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Status s = execPrepared(q,
                                    QStringLiteral("SELECT p.application_id, substr(p.at, 1, 13), "
                                                   "(SELECT substr(e.at, 1, 13) FROM application_transitions e "
                                                   "WHERE e.application_id = p.application_id AND e.id > p.id "
                                                   "ORDER BY e.id LIMIT 1) "
                                                   "FROM application_transitions p WHERE p.to_status = 'awaiting_applicant' "
                                                   "AND p.at >= ? AND p.at < ? ORDER BY p.application_id, p.id"),
                                    { firstReceived, end });
            !s)
            return s.error();
        QHash<qint64, bool> wanted; // the decided cases, made only when there are pauses to sort out
        while (q.next()) {
            if (wanted.isEmpty()) {
                wanted.reserve(qsizetype(decided.size()));
                for (const Decided& c : decided)
                    wanted.insert(c.id, true);
            }
            const qint64 id = q.value(0).toLongLong();
            if (!wanted.contains(id))
                continue;
            const QVariant ended = q.value(2);
            pauses[id] << BusinessCalendar::Pause { desk.ofHour(unixHour(q.value(1).toString())),
                                                    ended.isNull() ? QDate() : desk.ofHour(unixHour(ended.toString())) };
        }
    }

    d.processing.histogram = Dashboard::emptyHistogram();
    d.compliance.decided = int(decided.size());
    if (!decided.empty()) {
        QDate first = decided.front().received, last = decided.front().decided;
        for (const Decided& c : decided) {
            first = std::min({ first, c.received, c.decided });
            last = std::max({ last, c.received, c.decided });
        }
        const BusinessDayRun run(calendar, first, last);
        QHash<QDate, QDate> dueWithoutPause; // by day received
        std::vector<int> days;
        days.reserve(decided.size());
        for (const Decided& c : decided) {
            const auto paused = pauses.constFind(c.id);
            int counted = 0;
            QDate due;
            if (paused != pauses.cend() && !paused->isEmpty()) {
                ++d.processing.casesPaused;
                counted = calendar.countedDays(c.received, c.decided, *paused);
                due = calendar.dueDate(c.received, d.targetBusinessDays, *paused);
            } else {
                counted = run.between(c.received, c.decided);
                auto it = dueWithoutPause.constFind(c.received);
                if (it == dueWithoutPause.cend())
                    it = dueWithoutPause.insert(c.received, calendar.dueDate(c.received, d.targetBusinessDays, {}));
                due = *it;
            }
            days.push_back(counted);
            // A clock still stopped at the decision (a pause never closed) is not late.
            if (!due.isValid() || c.decided <= due)
                ++d.compliance.withinTarget;
            for (ProcessingBucket& b : d.processing.histogram) {
                if (counted >= b.fromDays && (b.toDays < 0 || counted <= b.toDays)) {
                    ++b.cases;
                    break;
                }
            }
        }
        std::sort(days.begin(), days.end());
        const size_t n = days.size();
        d.processing.cases = int(n);
        d.processing.minimum = days.front();
        d.processing.maximum = days.back();
        d.processing.mean = double(std::accumulate(days.begin(), days.end(), qint64(0))) / double(n);
        d.processing.median = n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
        d.processing.percentile90 = days[size_t(std::ceil(0.9 * double(n))) - 1];
    }

    // (d) Open cases overdue today, as the queue and the overdue list show them.
    {
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q, QStringLiteral("SELECT count(*) FROM applications WHERE status IN ('received', "
                                                      "'registered', 'under_review', 'recommended', 'case_by_case', "
                                                      "'awaiting_applicant')"));
            !s)
            return s.error();
        if (q.next())
            d.compliance.openCases = q.value(0).toInt();
        const auto late = levels->overdue();
        if (!late)
            return late.error();
        d.compliance.openOverdue = int(late->size());
    }
    return d;
}

} // namespace orgdesk
