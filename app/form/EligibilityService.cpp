// SPDX-License-Identifier: GPL-3.0-or-later
#include "EligibilityService.h"

#include "HongKongTime.h"
#include "RowReader.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace orgdesk {

QDate EligibilityService::hongKongDate(const QDateTime& utc)
{
    return HongKongTime::date(utc);
}

QString EligibilityService::outcomeCode(Eligibility outcome)
{
    switch (outcome) {
    case Eligibility::Eligible: return QStringLiteral("eligible");
    case Eligibility::EligibleWithCaseNumber: return QStringLiteral("eligible_with_case_number");
    case Eligibility::NeedsCaseNumber: return QStringLiteral("needs_case_number");
    case Eligibility::CaseByCase: return QStringLiteral("case_by_case");
    case Eligibility::Undetermined: break;
    }
    return QStringLiteral("undetermined");
}

Eligibility EligibilityService::outcomeFromCode(const QString& code)
{
    for (Eligibility e : { Eligibility::Eligible, Eligibility::EligibleWithCaseNumber, Eligibility::NeedsCaseNumber,
                           Eligibility::CaseByCase }) {
        if (outcomeCode(e) == code)
            return e;
    }
    return Eligibility::Undetermined;
}

QString EligibilityService::outcomeLabel(Eligibility outcome)
{
    switch (outcome) {
    case Eligibility::Eligible: return QCoreApplication::translate("EligibilityService", "Eligible");
    case Eligibility::EligibleWithCaseNumber: return QCoreApplication::translate("EligibilityService", "Eligible with case number");
    case Eligibility::NeedsCaseNumber: return QCoreApplication::translate("EligibilityService", "Needs a case number");
    case Eligibility::CaseByCase: return QCoreApplication::translate("EligibilityService", "Case-by-case (supervisor decides)");
    case Eligibility::Undetermined: break;
    }
    return QCoreApplication::translate("EligibilityService", "Not yet determined");
}

Status EligibilityService::reload()
{
    m_policies.clear();
    m_loaded = false;
    m_version = referenceDataVersion(m_db, QStringLiteral("eligibility"));
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT code, name_en, name_zh, in_force_from FROM "
                                                  "eligibility_policies ORDER BY in_force_from"));
        !s)
        return s;
    m_policies = readRecords(q, &Policy::code, &Policy::nameEn, &Policy::nameZh, &Policy::from);
    QSqlQuery r(m_db);
    if (Status s = execPrepared(r, QStringLiteral("SELECT policy_code, org_type, without_case, "
                                                  "needs_lshk_confirmation, fallback_without_case "
                                                  "FROM eligibility_rules"));
        !s)
        return s;
    while (r.next()) {
        for (Policy& p : m_policies) {
            if (p.code == r.value(0).toString())
                p.rules.append({ r.value(1).toString(), r.value(2).toString(), r.value(3).toInt() == 1,
                                 r.value(4).toString() });
        }
    }
    m_loaded = true;
    return {};
}

Result<EligibilityResult> EligibilityService::assessApplication(qint64 applicationId)
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT coalesce(org_type, ''), received_at, lshk_confirmed_on IS NOT NULL, "
                                               "EXISTS (SELECT 1 FROM application_case_numbers c WHERE "
                                               "c.application_id = a.id) FROM applications a WHERE id = ?"),
                                { applicationId });
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("EligibilityService", "There is no application with id %1.")
                             .arg(applicationId));
    EligibilityInput in;
    in.orgType = q.value(0).toString();
    in.receivedOn = hongKongDate(QDateTime::fromString(q.value(1).toString(), Qt::ISODate));
    in.lshkConfirmed = q.value(2).toInt() == 1;
    in.hasCaseNumber = q.value(3).toInt() == 1;
    return assess(in);
}

Result<EligibilityResult> EligibilityService::assess(const EligibilityInput& in)
{
    // Read again when an administrator (on any desk) has changed the policies or rules since.
    if (!m_loaded || referenceDataVersion(m_db, QStringLiteral("eligibility")) != m_version) {
        if (Status s = reload(); !s)
            return s.error();
    }
    EligibilityResult result;
    if (in.orgType.isEmpty()) {
        result.reason = QCoreApplication::translate("EligibilityService", "Choose the organization type to see whether it is eligible.");
        return result;
    }
    if (!in.receivedOn.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("EligibilityService", "The date received is missing, so no policy can be chosen."));
    const Policy* policy = nullptr;
    for (const Policy& p : m_policies) {
        if (p.from <= in.receivedOn)
            policy = &p;
    }
    if (!policy) {
        result.outcome = Eligibility::CaseByCase;
        result.reason = QCoreApplication::translate("EligibilityService", "No eligibility policy was in force on %1; a supervisor decides.")
                            .arg(QLocale().toString(in.receivedOn, QLocale::LongFormat));
        return result;
    }
    result.policyCode = policy->code;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    result.policyName = chinese && !policy->nameZh.isEmpty() ? policy->nameZh : policy->nameEn;
    const Rule* rule = nullptr;
    for (const Rule& r : policy->rules) {
        if (r.orgType == in.orgType)
            rule = &r;
    }
    const QString under = QCoreApplication::translate("EligibilityService", "Under “%1” (in force from %2),")
                              .arg(result.policyName, QLocale().toString(policy->from, QCoreApplication::translate("EligibilityService", "d MMMM yyyy")));
    if (!rule) {
        result.outcome = Eligibility::CaseByCase;
        result.reason = QCoreApplication::translate("EligibilityService", "%1 there is no rule for this organization type; a supervisor decides.").arg(under);
        return result;
    }
    QString withoutCase = rule->withoutCase;
    QString lshkNote;
    if (withoutCase == u"eligible" && rule->needsLshk && !in.lshkConfirmed) {
        withoutCase = rule->fallbackWithoutCase;
        lshkNote = QCoreApplication::translate("EligibilityService", " Once registration with the Law Society of Hong Kong is confirmed, the firm is eligible "
                      "without a case number.");
    }
    if (withoutCase == u"eligible") {
        result.outcome = Eligibility::Eligible;
        result.reason = rule->needsLshk
                            ? QCoreApplication::translate("EligibilityService", "%1 law firms registered with the Law Society of Hong Kong are eligible without a "
                                 "case number; registration is confirmed.")
                                  .arg(under)
                            : QCoreApplication::translate("EligibilityService", "%1 this organization is eligible without a case number.").arg(under);
        return result;
    }
    if (in.hasCaseNumber) {
        result.outcome = Eligibility::EligibleWithCaseNumber;
        result.reason = QCoreApplication::translate("EligibilityService", "%1 this organization is eligible because the application names a case number of an "
                           "on-going or new e-proceeding; check that it is a party.")
                            .arg(under)
                        + lshkNote;
        return result;
    }
    if (withoutCase == u"needs_case_number") {
        result.outcome = Eligibility::NeedsCaseNumber;
        result.reason = QCoreApplication::translate("EligibilityService", "%1 this organization is eligible only with the case number of an on-going or new "
                           "e-proceeding, and none is given: ask for one (requisition).")
                            .arg(under);
        return result;
    }
    result.outcome = Eligibility::CaseByCase;
    result.reason = QCoreApplication::translate("EligibilityService", "%1 an application without a case number from this kind of organization is considered "
                       "case by case: a supervisor decides on its merits, with written reasons.")
                        .arg(under)
                    + lshkNote;
    return result;
}

} // namespace orgdesk
