// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace orgdesk {

// One expected supporting document of an application, ticked against an attachment page.
struct ChecklistItem
{
    QString itemCode;
    int position = 0;
    QString labelEn;
    QString labelZh;
    QString reasonCode; // requisition reason when the document is missing; may be empty
    std::optional<qint64> attachmentId;
    std::optional<int> pageNo;
    QDateTime tickedAt;
    bool ticked() const { return attachmentId.has_value(); }
    QString label() const; // in the language of the running program
};

// The evidence checklist of applications: items come from the per-type templates
// (checklist_templates) and are ticked by pointing at a page of one of the application's
// attachments. Unticked items are what a requisition asks for. Ticking and unticking are refused
// (IllegalState, with FormFreeze's words) once the case is recommended, until it is sent back to review.
//
// Thread rules: use from the thread that owns `db`.
class ChecklistService
{
public:
    explicit ChecklistService(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<QList<ChecklistItem>> items(qint64 applicationId) const;
    Result<QList<ChecklistItem>> missing(qint64 applicationId) const;

    // Brings the application's items in line with the template of `orgType`: adds missing
    // items, drops unticked ones that the type does not expect. Ticked items are kept.
    // Runs inside the caller's transaction (no event of its own; the form save records it).
    Status syncWithType(qint64 applicationId, const QString& orgType);

    // Each is one transaction with its audit event.
    Status tick(qint64 applicationId, const QString& itemCode, qint64 attachmentId, int pageNo, const Actor& actor);
    Status untick(qint64 applicationId, const QString& itemCode, const Actor& actor);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
