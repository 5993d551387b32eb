// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace orgdesk {

// One case number line of the form, with the clerk's note confirming an unknown prefix.
struct CaseNumberEntry
{
    QString text;
    QString note;
    bool operator==(const CaseNumberEntry&) const = default;
};

// The fields of the paper application form as a clerk keys them (raw text until saved;
// canonical once loaded from the store). Value type; safe to copy between threads.
struct FormData
{
    QString orgNameEn;
    QString orgNameZh;
    QString orgType; // organization_types.code or empty
    QString brNumber; // as typed: "12345678", "12345678-000" or the certificate form
    QString registeredAddress;
    QString correspondenceAddress;
    bool lshkConfirmed = false;
    QDate lshkConfirmedOn;
    QString lshkConfirmedHow;
    QString lshkConfirmedBy; // display name of who confirmed (read only; set from the actor on save)
    QString paNameEn;
    QString paNameZh;
    QString paIdType; // '', hkid, passport
    QString paIdNumber;
    QString paPosition;
    QString phone;
    QString fax;
    QString email;
    QList<CaseNumberEntry> caseNumbers;
    std::optional<bool> formSigned;
    QDate formDate;
    QString remarks;

    bool operator==(const FormData&) const = default;

    // Drafts are kept as JSON. Field names match the database columns.
    QJsonObject toJson() const;
    static FormData fromJson(const QJsonObject& json);
};

// Names of the form's fields, shared by services, events and the UI.
namespace field {
inline constexpr char16_t orgNameEn[] = u"org_name_en";
inline constexpr char16_t orgNameZh[] = u"org_name_zh";
inline constexpr char16_t orgType[] = u"org_type";
inline constexpr char16_t brNumber[] = u"br_number";
inline constexpr char16_t registeredAddress[] = u"registered_address";
inline constexpr char16_t correspondenceAddress[] = u"correspondence_address";
inline constexpr char16_t lshkConfirmed[] = u"lshk_confirmed";
inline constexpr char16_t lshkConfirmedOn[] = u"lshk_confirmed_on";
inline constexpr char16_t lshkConfirmedHow[] = u"lshk_confirmed_how";
inline constexpr char16_t paNameEn[] = u"pa_name_en";
inline constexpr char16_t paNameZh[] = u"pa_name_zh";
inline constexpr char16_t paIdType[] = u"pa_id_type";
inline constexpr char16_t paIdNumber[] = u"pa_id_number";
inline constexpr char16_t paPosition[] = u"pa_position";
inline constexpr char16_t phone[] = u"phone";
inline constexpr char16_t fax[] = u"fax";
inline constexpr char16_t email[] = u"email";
inline constexpr char16_t caseNumbers[] = u"case_numbers";
inline constexpr char16_t formSigned[] = u"form_signed";
inline constexpr char16_t formDate[] = u"form_date";
inline constexpr char16_t remarks[] = u"remarks";
} // namespace field

} // namespace orgdesk
