// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationRecord.h"
#include "ApplicationStore.h"
#include "Result.h"
#include "workflow/ServiceLevels.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace orgdesk {

// What the console asks of the decision move (application_transitions to approved / rejected).
enum class DecisionFilter { Any, Approved, Rejected, Undecided };

// The supervisor console's filters. Every field left empty matches any case.
struct CaseFilter
{
    QStringList statuses; // the case is in one of these statuses
    // A member of staff, "the clerk": the case was registered by them (applications.registered_by,
    // who logged it at the counter) or they made any recorded move on it (registered, reviewed,
    // raised a requisition, recommended, decided, closed ...).
    std::optional<qint64> staffId;
    QString orgType; // organization_types.code
    QString channel; // fax, post, hand, online
    QDate receivedFrom; // Hong Kong calendar days, inclusive; null: open
    QDate receivedTo;
    // Only open cases past their service-level due date (business days, holidays, paused clocks:
    // exactly as ServiceLevels computes them for the queue and the overdue list).
    bool overdueOnly = false;
    // Approved / Rejected: the decision move to that status is recorded. Undecided: neither move is
    // recorded (open cases, but also withdrawn and duplicate ones, which end without a decision).
    DecisionFilter decision = DecisionFilter::Any;
};

// One row of the console's table.
struct CaseRow
{
    QueueRow queue;       // id, reference, names, type, status, channel, received_at (stored ISO, UTC)
    QString clerk;        // username of whoever registered the case; empty when unknown
    QString outcome;      // "approved", "rejected", or empty while undecided
    QString decidedAt;    // stored ISO time (UTC) of the decision move; empty while undecided
    qint64 decisionTransitionId = 0;
    bool overdue = false; // past its due date now
};

// Finds cases for the supervisor console: filters, newest received first, pages by keyset
// (received_at, id) — never OFFSET, never every row. The SQL filters run in ApplicationStore on
// the console's indexes; "overdue only" narrows the SQL to the cases that can be overdue (open,
// clock running, received at least the target number of business days ago) and keeps those that
// ServiceLevels finds overdue.
//
// Thread rules: use from the thread that owns `db`; not shared between threads.
class CaseFinder
{
    Q_DECLARE_TR_FUNCTIONS(CaseFinder)

public:
    explicit CaseFinder(QSqlDatabase db) : m_db(db), m_store(db) { }

    // Up to `limit` rows strictly after `after` (null: from the start).
    Result<QList<CaseRow>> page(const CaseFilter& filter, const CaseRow* after, int limit);
    // How many cases match.
    Result<qint64> count(const CaseFilter& filter);

    // The SQL part of a filter (exposed for the benchmark and tests); empty when nothing can match.
    // `levels` is needed for overdueOnly.
    static std::optional<QueueFilter> sqlFilter(const CaseFilter& filter, const ServiceLevels* levels);

private:
    Result<QList<CaseRow>> decorate(const QList<QueueRow>& rows, const QHash<qint64, ServiceLevel>& levels) const;

    QSqlDatabase m_db;
    ApplicationStore m_store;
};

} // namespace orgdesk
