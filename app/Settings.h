// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace orgdesk {

// The desk's settings, typed: one named getter and setter per setting, stored in the `settings`
// table (key/value text) with their defaults here in code. Only an administrator (or the
// command-line tool) may change a setting; every change is an audit event, every refusal too.
//
// Thread rules: stateless apart from the connection; use from the thread that owns `db`.
class Settings
{
public:
    explicit Settings(QSqlDatabase db) : m_db(std::move(db)) { }

    // Service level: target in business days from receipt, and how many business days before the
    // due date a case counts as "due soon".
    int slaTargetBusinessDays() const;
    int dueSoonBusinessDays() const;
    Status setSlaTargetBusinessDays(int days, const Actor& actor);
    Status setDueSoonBusinessDays(int days, const Actor& actor);

    // Signing in: wrong passwords allowed before an account locks, for how long it locks, and after
    // how many idle minutes the desk hides case data until the password is entered again.
    int maxFailedSignIns() const;
    int lockMinutes() const;
    int idleLockMinutes() const;
    Status setMaxFailedSignIns(int attempts, const Actor& actor);
    Status setLockMinutes(int minutes, const Actor& actor);
    Status setIdleLockMinutes(int minutes, const Actor& actor);

    // Personal data: how many months after a case is closed the copies of identity documents
    // attached to it are kept before a purge may remove them (RetentionService).
    int identityRetentionMonths() const;
    Status setIdentityRetentionMonths(int months, const Actor& actor);
    // Who may reveal a Principal Administrator's identity number in clear: any of "handling_clerk"
    // (a clerk handling the case: the one who registered it or made its latest move), "clerk" (any
    // clerk), "supervisor" and "admin". Default: the handling clerk and supervisors.
    QStringList identityRevealRoles() const;
    Status setIdentityRevealRoles(const QStringList& roles, const Actor& actor);
    static QStringList identityRevealRoleChoices();
    // Days an autosaved form draft is kept (it holds what was typed, identity number included)
    // before it expires and is removed (DraftStore).
    int draftKeepDays() const;
    Status setDraftKeepDays(int days, const Actor& actor);

    // Intake: seconds the document worker may take to read one file before it is killed and the
    // file refused (DocumentWorker).
    // Days after which a supervisor is offered to take a new signed audit checkpoint.
    int auditCheckpointDays() const;

    int documentWorkerSeconds() const;
    Status setDocumentWorkerSeconds(int seconds, const Actor& actor);

    // Letterhead printed on every letter, in English and Traditional Chinese.
    struct Letterhead
    {
        QString officeEn;
        QString officeZh;
        QString addressEn;
        QString addressZh;
        QString fax;
        QString telephone; // enquiries; may be empty
        QString email;     // enquiries; may be empty
    };
    Letterhead letterhead() const;
    Status setLetterhead(const Letterhead& letterhead, const Actor& actor);

    // Every key this class knows, for listing (CLI `settings`), with its current value as text.
    struct Entry
    {
        QString key;
        QString value;
        QString description;
    };
    QList<Entry> entries() const;
    // Sets a setting by key from text, checked like the typed setter (CLI `settings set`).
    Status setByKey(const QString& key, const QString& value, const Actor& actor);

private:
    QString stored(const QString& key) const;
    int integer(const QString& key) const;
    Status write(const QList<std::pair<QString, QString>>& values, const Actor& actor);

    QSqlDatabase m_db;
};

} // namespace orgdesk
