// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace orgdesk {

// Retention of personal data (PDPO): copies of identity documents are kept only while needed.
// Once a case has been closed for longer than the retention period (Settings, in months), the
// attachments that hold its Principal Administrator's identity document may be purged: their bytes
// are removed and the attachment row stays as a tombstone (name, type, size, SHA-256, pages, when
// and by whom purged), with an `attachment.purged` event for each and one `retention.purged`
// event for the run. The audit chain is untouched, so it still verifies afterwards.
//
// The Principal Administrator's identity number (HKID or passport) of such a case goes too: the
// field is emptied (the document type stays), the case's autosaved drafts (which hold what was
// typed) are removed, and an `application.id_number_purged` event is the tombstone, so the form
// shows the number as purged rather than as never given (FormService::idNumberPurgedAt).
//
// An attachment counts as the identity document when the case's checklist item "copy of the
// Principal Administrator's identity document" is ticked against it. One that other checklist
// items are also ticked against, or with more than two pages, holds more than the identity
// document: it is listed as held back, never purged, so no other evidence is lost.
//
// Always plan() first (a dry run that changes nothing), show the plan, then purge() it. purge()
// checks every planned attachment again inside its transaction, so a plan that has gone stale
// (a case reopened, a setting changed) purges only what is still due. Administrators only.
//
// Thread rules: use from the thread that owns `db`.
class RetentionService
{
public:
    explicit RetentionService(QSqlDatabase db) : m_db(std::move(db)) { }

    struct Item
    {
        qint64 attachmentId = 0;
        qint64 applicationId = 0;
        QString reference;
        QString originalName;
        qint64 size = 0;
        int pageCount = 0;
        QDateTime closedAt; // UTC
        QString heldReason; // empty: due for purging; otherwise why it is kept
    };
    // A case whose PA identity number is past retention.
    struct IdNumberItem
    {
        qint64 applicationId = 0;
        QString reference;
        QString idType;     // hkid or passport (never the number)
        QDateTime closedAt; // UTC
    };
    struct Plan
    {
        QDate today;         // the desk's calendar day the plan was made for
        int months = 0;      // the retention period applied
        QDateTime closedBefore; // UTC: cases closed before this are past retention
        QList<Item> due;     // to be purged
        QList<Item> held;    // identity documents past retention that are kept, with the reason
        qint64 dueBytes = 0;
        QList<IdNumberItem> idNumbers; // identity numbers to be purged
        bool empty() const { return due.isEmpty() && idNumbers.isEmpty(); }
    };
    Result<Plan> plan() const;

    struct Outcome
    {
        int purged = 0;
        qint64 bytes = 0;
        int skipped = 0; // planned but no longer due when the purge ran
        int idNumbers = 0; // identity numbers purged
    };
    // `progress(done, total)` is called after each file and each identity number; returning false cancels the whole purge
    // (Cancelled error; nothing is changed).
    Result<Outcome> purge(const Plan& plan, const Actor& actor,
                          const std::function<bool(qint64, qint64)>& progress = {});

private:
    Result<QList<Item>> candidates(const QDateTime& closedBefore, qint64 onlyAttachment = 0) const;
    Result<QList<IdNumberItem>> idNumberCandidates(const QDateTime& closedBefore) const;

    QSqlDatabase m_db;
};

} // namespace orgdesk
