// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormData.h"
#include "Result.h"
#include "UserService.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

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
    qint64 rowVersion = 0; // the case's row version when read (counts up with every change of the case)
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
    qint64 rowVersion = 0; // the case's row version after the save
};

// One field that someone else changed since the form was read, to a value other than the one
// being saved. Values as the form_saved event records them (FormData::toJson names and shapes;
// identity numbers masked).
struct FieldConflict
{
    QString field; // field::... name
    QJsonValue mine; // the value being saved
    QJsonValue theirs; // the value stored now
    QJsonValue base; // the value when the form was read (before the others' first change)
    QString changedBy; // display name of whoever saved it last
    QDateTime changedAt; // UTC
};

// A save that met a newer version of the case: nothing was recorded.
struct SaveConflict
{
    qint64 currentVersion = 0; // save again over this version once the clerk has chosen
    FormData theirs; // the form as stored now (identity number in clear)
    QList<FieldConflict> fields;
};

// What a save over a known version did: saved, or met someone else's changes (exactly one is set).
struct VersionedSave
{
    std::optional<SaveOutcome> saved;
    std::optional<SaveConflict> conflict;
};

// The form `mine` with the fields named in `takeTheirs` taken from `theirs` (field::... names; the
// LSHK confirmation comes with its date and wording, the identity number with its type).
FormData mergeForms(const FormData& mine, const FormData& theirs, const QStringList& takeTheirs);

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

    // Saves over row version `readVersion` (LoadedForm::header.rowVersion when the form was read).
    // When the case is newer, the form_saved events since that version say which fields others
    // changed, who, when and from what. A field they changed that this save leaves as it was read
    // keeps their value; one this save changes too, to something else, is a conflict: all such
    // fields are returned and nothing is recorded. Without conflicts (others changed other fields,
    // or made a move) the save goes ahead over the newer version, keeping the others' changes.
    // Refusals as save().
    Result<VersionedSave> saveVersion(
        qint64 applicationId, const FormData& data, const Actor& actor, qint64 readVersion);

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
    Result<VersionedSave> saveImpl(qint64 applicationId, const FormData& data, const Actor& actor,
        const QDateTime& expectedUpdatedAt, std::optional<qint64> readVersion);
    // Fields changed by form saves that made versions after `readVersion`, with who and when (latest).
    Result<QList<FieldConflict>> changedSince(qint64 applicationId, qint64 readVersion) const;

    QSqlDatabase m_db;
    QSet<QString> m_prefixes;
    bool m_prefixesLoaded = false;
    qint64 m_prefixesVersion = -1;
};

} // namespace orgdesk
