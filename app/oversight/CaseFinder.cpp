// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseFinder.h"

#include "HongKongTime.h"
#include "SqlUtil.h"
#include "workflow/Workflow.h"

#include <QSqlQuery>

namespace orgdesk {

namespace {

constexpr int kChunk = 200; // candidates examined per query when "overdue only" filters after SQL

QDateTime hongKongStartOfDay(QDate day)
{
    return HongKongTime::startOfDay(day);
}

QString decisionCode(DecisionFilter d)
{
    switch (d) {
    case DecisionFilter::Approved:
        return QStringLiteral("approved");
    case DecisionFilter::Rejected:
        return QStringLiteral("rejected");
    case DecisionFilter::Undecided:
        return QStringLiteral("none");
    case DecisionFilter::Any:
        break;
    }
    return {};
}

} // namespace

std::optional<QueueFilter> CaseFinder::sqlFilter(const CaseFilter& filter, const ServiceLevels* levels)
{
    QueueFilter q;
    q.statuses = filter.statuses;
    q.staffId = filter.staffId;
    q.orgType = filter.orgType;
    q.channel = filter.channel;
    q.decision = decisionCode(filter.decision);
    if (filter.receivedFrom.isValid())
        q.receivedFromUtc = hongKongStartOfDay(filter.receivedFrom);
    if (filter.receivedTo.isValid())
        q.receivedBeforeUtc = hongKongStartOfDay(filter.receivedTo.addDays(1));
    if (filter.receivedFrom.isValid() && filter.receivedTo.isValid() && filter.receivedFrom > filter.receivedTo)
        return std::nullopt;
    if (!filter.overdueOnly)
        return q;
    if (!levels)
        return std::nullopt;
    // Only a case whose clock runs can be overdue (waiting for the applicant never is) ...
    QStringList running;
    for (const QString& s : allStatuses()) {
        if (!workflow::isSettled(s) && s != u"awaiting_applicant"
            && (filter.statuses.isEmpty() || filter.statuses.contains(s)))
            running << s;
    }
    if (running.isEmpty())
        return std::nullopt;
    q.statuses = running;
    // ... and only one received on a day whose due date (at the earliest: the target number of
    // business days later; pauses only move it on) is already behind us.
    const QDate today = levels->today();
    QDate last = today.addDays(-1);
    while (levels->calendar().addBusinessDays(last, levels->targetBusinessDays()) >= today)
        last = last.addDays(-1);
    const QDateTime before = hongKongStartOfDay(last.addDays(1));
    if (!q.receivedBeforeUtc.isValid() || before < q.receivedBeforeUtc)
        q.receivedBeforeUtc = before;
    return q;
}

Result<QList<CaseRow>> CaseFinder::page(const CaseFilter& filter, const CaseRow* after, int limit)
{
    if (limit <= 0)
        return QList<CaseRow>();
    // Loaded for every page: each row shows whether it is overdue (holidays and settings: small).
    auto levels = ServiceLevels::load(m_db);
    if (!levels)
        return levels.error();
    const std::optional<QueueFilter> sql = sqlFilter(filter, &*levels);
    if (!sql)
        return QList<CaseRow>();
    QueueQuery query;
    query.filter = *sql;
    query.sort = QueueSort::ReceivedAt;
    query.descending = true;

    if (!filter.overdueOnly) {
        const auto rows = m_store.page(query, after ? &after->queue : nullptr, limit);
        if (!rows)
            return rows.error();
        const auto computed = levels->forRows(*rows);
        if (!computed)
            return computed.error();
        return decorate(*rows, *computed);
    }

    // Overdue only: read candidates in order and keep the overdue ones until the page is full.
    QList<QueueRow> kept;
    QHash<qint64, ServiceLevel> keptLevels;
    std::optional<QueueRow> cursor;
    if (after)
        cursor = after->queue;
    for (;;) {
        const auto rows = m_store.page(query, cursor ? &*cursor : nullptr, kChunk);
        if (!rows)
            return rows.error();
        const auto computed = levels->forRows(*rows);
        if (!computed)
            return computed.error();
        for (const QueueRow& r : *rows) {
            const ServiceLevel level = computed->value(r.id);
            if (level.overdue) {
                kept << r;
                keptLevels.insert(r.id, level);
                if (kept.size() == limit)
                    return decorate(kept, keptLevels);
            }
        }
        if (rows->size() < kChunk)
            break;
        cursor = rows->last();
    }
    return decorate(kept, keptLevels);
}

Result<qint64> CaseFinder::count(const CaseFilter& filter)
{
    std::optional<ServiceLevels> levels;
    if (filter.overdueOnly) {
        auto loaded = ServiceLevels::load(m_db);
        if (!loaded)
            return loaded.error();
        levels.emplace(std::move(loaded).value());
    }
    const std::optional<QueueFilter> sql = sqlFilter(filter, levels ? &*levels : nullptr);
    if (!sql)
        return qint64(0);
    if (!filter.overdueOnly) {
        // The decision alone: one decision move per case, counted on the (to_status, at) index.
        const bool decisionOnly = filter.decision != DecisionFilter::Any && filter.statuses.isEmpty() && !filter.staffId
                                  && filter.orgType.isEmpty() && filter.channel.isEmpty() && !filter.receivedFrom.isValid()
                                  && !filter.receivedTo.isValid();
        if (!decisionOnly)
            return m_store.count(*sql);
        auto moves = [this](const QString& to) -> Result<qint64> {
            QSqlQuery q(m_db);
            if (Status s = execPrepared(q, QStringLiteral("SELECT count(*) FROM application_transitions WHERE to_status = ?"),
                                        { to });
                !s)
                return s.error();
            if (!q.next())
                return sqlError(q, QStringLiteral("counting decisions"));
            return q.value(0).toLongLong();
        };
        if (filter.decision != DecisionFilter::Undecided)
            return moves(filter.decision == DecisionFilter::Approved ? QStringLiteral("approved") : QStringLiteral("rejected"));
        const auto all = m_store.count({});
        const auto approved = moves(QStringLiteral("approved"));
        const auto rejected = moves(QStringLiteral("rejected"));
        if (!all || !approved || !rejected)
            return !all ? all.error() : !approved ? approved.error() : rejected.error();
        return *all - *approved - *rejected;
    }
    QueueQuery query;
    query.filter = *sql;
    qint64 n = 0;
    std::optional<QueueRow> cursor;
    for (;;) {
        const auto rows = m_store.page(query, cursor ? &*cursor : nullptr, kChunk * 2);
        if (!rows)
            return rows.error();
        const auto computed = levels->forRows(*rows);
        if (!computed)
            return computed.error();
        for (const QueueRow& r : *rows)
            n += computed->value(r.id).overdue ? 1 : 0;
        if (rows->size() < kChunk * 2)
            break;
        cursor = rows->last();
    }
    return n;
}

Result<QList<CaseRow>> CaseFinder::decorate(const QList<QueueRow>& rows, const QHash<qint64, ServiceLevel>& levels) const
{
    QList<CaseRow> out;
    out.reserve(rows.size());
    if (rows.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (const QueueRow& r : rows) {
        marks << QStringLiteral("?");
        values << r.id;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT a.id, coalesce(u.username, ''), d.to_status, d.at, d.id "
                                               "FROM applications a LEFT JOIN users u ON u.id = a.registered_by "
                                               "LEFT JOIN application_transitions d ON d.application_id = a.id "
                                               "AND d.to_status IN ('approved', 'rejected') WHERE a.id IN (%1)")
                                    .arg(marks.join(u',')),
                                values);
        !s)
        return s.error();
    struct Extra
    {
        QString clerk, outcome, at;
        qint64 transition = 0;
    };
    QHash<qint64, Extra> extras;
    while (q.next()) {
        Extra& e = extras[q.value(0).toLongLong()];
        e.clerk = q.value(1).toString();
        if (!q.value(2).isNull()) {
            e.outcome = q.value(2).toString();
            e.at = q.value(3).toString();
            e.transition = q.value(4).toLongLong();
        }
    }
    for (const QueueRow& r : rows) {
        const Extra e = extras.value(r.id);
        out.append(CaseRow { r, e.clerk, e.outcome, e.at, e.transition, levels.value(r.id).overdue });
    }
    return out;
}

} // namespace orgdesk
