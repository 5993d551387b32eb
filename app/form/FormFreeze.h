// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

// Whether the form of an application can still be changed, and why not.
struct FormFreezeState
{
    bool frozen = false;
    QString status;      // the application's status
    QString frozenBy;    // the status of the move that froze it (recommended, case_by_case, withdrawn, duplicate)
    QDateTime since;     // when that move was made (UTC); invalid when not frozen
    QString message;     // one line for people: "Recommended on 3 March 2026 — the form is frozen; ..."
};

// The rule that decisions are made on the data that was checked: once a case is recommended
// (or referred for a case-by-case decision, decided, withdrawn or marked as a duplicate) its
// form fields, case numbers, LSHK confirmation, evidence checklist and links are frozen. A
// recorded move back to review (under_review, and from there awaiting_applicant) unfreezes it.
// Services ask here before writing; the database refuses the same writes with triggers
// (migration 0009).
//
// Thread rules: stateless; use from the thread that owns `db`.
class FormFreeze
{
    Q_DECLARE_TR_FUNCTIONS(FormFreeze)

public:
    // Statuses in which the form is frozen.
    static bool frozenIn(const QString& status);

    static Result<FormFreezeState> of(const QSqlDatabase& db, qint64 applicationId);

    // OK while the form may be changed; IllegalState with the state's message once it is frozen.
    static Status requireEditable(const QSqlDatabase& db, qint64 applicationId);
};

} // namespace orgdesk
