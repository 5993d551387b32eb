// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormData.h"
#include "Result.h"
#include "UserService.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace orgdesk {

// A problem with one field of the form.
struct FieldIssue
{
    enum class Severity {
        Error,   // cannot be saved like this
        Warning, // may be saved once the clerk has checked it (e.g. unknown case prefix with a note)
        Review,  // saved, flagged for a second look (e.g. an overseas phone number)
    };
    QString field;  // field::... name
    int index = -1; // row of a case number, else -1
    Severity severity = Severity::Error;
    QString message;
};

struct FormCheck
{
    FormData canonical; // values as they will be stored (brNumber as "NNNNNNNN-BBB")
    QString brDigits;   // the 8 digits stored in br_number
    QString brBranch;   // the 3-digit branch stored in br_branch
    QList<FieldIssue> issues;
    bool hasErrors() const;
    QList<FieldIssue> issuesFor(const QString& field) const;
};

// The application an open form belongs to (not editable on the form).
struct FormHeader
{
    qint64 id = 0;
    QString reference;
    QString status;
    QDateTime receivedAt; // UTC
    QDateTime updatedAt;  // to notice that someone else saved meanwhile
    QDateTime idNumberPurgedAt; // UTC; valid when the PA's identity number was purged under retention
};

struct LoadedForm
{
    FormHeader header;
    FormData data;
};

struct SaveOutcome
{
    QStringList changedFields;
    FormData saved;
};

// Loading, checking and saving the application form. Saving is one transaction: the
// application's form columns, its case numbers, the LSHK confirmation, the name keys used to
// find duplicates, the evidence checklist for the chosen type, removal of the draft, and an
// "application.form_saved" event with each changed field before and after (identity numbers
// masked). Revealing an identity number is an audited "pii.revealed" event, for the roles a
// setting allows. Free text (remarks, LSHK "confirmed how", case-number notes) is stored with any
// HKID-shaped string masked, so no identity number outlives its field's retention in a note.
// Saving is refused (IllegalState, with FormFreeze's words) from the recommendation on, until a
// recorded move sends the case back to review; whoever saves a change is an author of the case
// under four-eyes.
//
// Thread rules: use from the thread that owns `db`.
class FormService
{
public:
    explicit FormService(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<LoadedForm> load(qint64 applicationId) const;

    // Pure checks of every field against the rules (app/validation); `today` decides what a
    // future year or date is. The case prefixes are read from the database once, and again
    // whenever they have changed since (reference_data_versions).
    FormCheck check(const FormData& data, const QDate& today);

    // Refuses (InvalidInput) when check() finds errors. `expectedUpdatedAt`, when valid, must
    // match the stored value (Conflict otherwise: someone else saved the form meanwhile).
    Result<SaveOutcome> save(qint64 applicationId, const FormData& data, const Actor& actor,
                             const QDateTime& expectedUpdatedAt = {});

    // The identity number in clear, recorded as a "pii.revealed" event. Only for the roles the
    // setting pii.reveal_roles allows (Settings::identityRevealRoles), judged by the account as
    // stored now; "handling_clerk" is a clerk who registered the case or made its latest move.
    // Anyone else is refused (PermissionDenied), and the refusal is a "permission.refused" event.
    Result<QString> revealIdNumber(qint64 applicationId, const Actor& actor);
    // When the identity number was purged under the retention rules (its tombstone event); invalid
    // when it was not.
    Result<QDateTime> idNumberPurgedAt(qint64 applicationId) const;

    Result<QSet<QString>> casePrefixes();
    // The prefixes as last read (empty before the first check); for quick display decisions.
    QSet<QString> casePrefixesCached() const { return m_prefixes; }

private:
    QSqlDatabase m_db;
    QSet<QString> m_prefixes;
    bool m_prefixesLoaded = false;
    qint64 m_prefixesVersion = -1;
};

} // namespace orgdesk
