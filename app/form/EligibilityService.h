// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

enum class Eligibility {
    Undetermined,           // the organization type is not chosen yet
    Eligible,               // eligible without a case number
    EligibleWithCaseNumber, // eligible because the application names a case number
    NeedsCaseNumber,        // only with the case number of an on-going or new e-proceeding
    CaseByCase,             // a supervisor decides on individual merits, with written reasons
};

struct EligibilityInput
{
    QString orgType;
    QDate receivedOn; // Hong Kong date the form was received: decides which policy applies
    bool hasCaseNumber = false;
    bool lshkConfirmed = false;
};

struct EligibilityResult
{
    Eligibility outcome = Eligibility::Undetermined;
    QString policyCode;
    QString policyName;
    QString reason; // plain words, shown on the form
};

// Judges an application under the policy in force on the date it was received. Policies and
// their per-type rules are rows (eligibility_policies, eligibility_rules), read once and kept
// until they change: each assessment compares their change counter (reference_data_versions),
// so an administrator's edit from any desk applies at once. reload() reads them now.
// The database computes the same outcome in the view application_eligibility (migration 0009) to
// check what a recommendation or decision records.
//
// Thread rules: use from the thread that owns `db`.
class EligibilityService
{
public:
    explicit EligibilityService(QSqlDatabase db) : m_db(std::move(db)) { }

    Result<EligibilityResult> assess(const EligibilityInput& input);
    // The application as stored: its type, Hong Kong date received, case numbers and LSHK confirmation.
    Result<EligibilityResult> assessApplication(qint64 applicationId);
    Status reload();

    // Eligible and eligible with a case number may be recommended for approval and approved;
    // every other outcome needs a case-by-case decision with written reasons.
    static bool permitsDecision(Eligibility outcome)
    {
        return outcome == Eligibility::Eligible || outcome == Eligibility::EligibleWithCaseNumber;
    }

    static QString outcomeLabel(Eligibility outcome);
    static QString outcomeCode(Eligibility outcome); // eligible, eligible_with_case_number, ...
    static Eligibility outcomeFromCode(const QString& code); // Undetermined for anything unknown

    // Hong Kong date (UTC+8, no daylight saving) of a UTC time.
    static QDate hongKongDate(const QDateTime& utc);

private:
    struct Rule
    {
        QString orgType;
        QString withoutCase;
        bool needsLshk = false;
        QString fallbackWithoutCase;
    };
    struct Policy
    {
        QString code, nameEn, nameZh;
        QDate from;
        QList<Rule> rules;
    };

    QSqlDatabase m_db;
    QList<Policy> m_policies; // by in_force_from ascending
    bool m_loaded = false;
    qint64 m_version = -1; // reference_data_versions of what m_policies holds
};

} // namespace orgdesk
