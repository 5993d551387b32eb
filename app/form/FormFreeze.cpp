// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormFreeze.h"

#include "ApplicationStore.h"
#include "SqlUtil.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/Workflow.h"

#include <QLocale>
#include <QSqlQuery>

namespace orgdesk {

bool FormFreeze::frozenIn(const QString& status)
{
    static const QStringList frozen { QStringLiteral("recommended"), QStringLiteral("case_by_case"),
                                      QStringLiteral("approved"),    QStringLiteral("rejected"),
                                      QStringLiteral("account_created"), QStringLiteral("closed"),
                                      QStringLiteral("withdrawn"),   QStringLiteral("duplicate") };
    return frozen.contains(status);
}

Result<FormFreezeState> FormFreeze::of(const QSqlDatabase& db, qint64 applicationId)
{
    QSqlQuery q(db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT status FROM applications WHERE id = ?"), { applicationId }); !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no application with id %1.").arg(applicationId));
    FormFreezeState state;
    state.status = q.value(0).toString();
    if (!frozenIn(state.status))
        return state;
    state.frozen = true;

    // The move that entered the frozen statuses last (after any move back to review).
    QSqlQuery m(db);
    if (Status s = execPrepared(m,
                                QStringLiteral("SELECT from_status, to_status, at FROM application_transitions "
                                               "WHERE application_id = ? ORDER BY id DESC"),
                                { applicationId });
        !s)
        return s.error();
    while (m.next()) {
        if (frozenIn(m.value(0).toString()))
            continue;
        state.frozenBy = m.value(1).toString();
        state.since = QDateTime::fromString(m.value(2).toString(), Qt::ISODate);
        break;
    }
    const QString day = state.since.isValid()
                            ? QLocale().toString(BusinessCalendar::deskDate(state.since), tr("d MMMM yyyy"))
                            : QString();
    QString why;
    if (state.frozenBy == u"recommended")
        why = tr("Recommended on %1").arg(day);
    else if (state.frozenBy == u"case_by_case")
        why = tr("Referred for a case-by-case decision on %1").arg(day);
    else if (state.frozenBy == u"withdrawn")
        why = tr("Withdrawn on %1").arg(day);
    else if (state.frozenBy == u"duplicate")
        why = tr("Marked as a duplicate on %1").arg(day);
    else
        why = statusLabel(state.status);
    if (!state.frozenBy.isEmpty() && state.frozenBy != state.status)
        why = tr("%1 (now %2)").arg(why, statusLabel(state.status).toLower());
    state.message = workflow::findRule(state.status, QStringLiteral("under_review"))
                        ? tr("%1 — the form is frozen; send it back to review to change it.").arg(why)
                        : tr("%1 — the form is frozen.").arg(why);
    return state;
}

Status FormFreeze::requireEditable(const QSqlDatabase& db, qint64 applicationId)
{
    const Result<FormFreezeState> state = of(db, applicationId);
    if (!state)
        return state.error();
    if (state->frozen)
        return makeError(ErrorCode::IllegalState, state->message);
    return {};
}

} // namespace orgdesk
