// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormService.h"

#include "ChecklistService.h"
#include "Clock.h"
#include "EventLog.h"
#include "FormFreeze.h"
#include "HongKongTime.h"
#include "Permissions.h"
#include "RowReader.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "validation/BrNumber.h"
#include "validation/CaseNumber.h"
#include "validation/Email.h"
#include "validation/Hkid.h"
#include "validation/Passport.h"
#include "validation/Phone.h"
#include "validation/Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace orgdesk {

namespace {

QString f(const char16_t* name)
{
    return QString::fromUtf16(name);
}

// "the clerk handling the case or a supervisor", for a refusal under the reveal setting.
QString revealRolesInWords(const QStringList& roles)
{
    QStringList words;
    for (const QString& r : roles) {
        if (r == u"handling_clerk")
            words << QCoreApplication::translate("FormService", "the clerk handling the case");
        else if (r == u"clerk")
            words << QCoreApplication::translate("FormService", "a clerk");
        else if (r == u"supervisor")
            words << QCoreApplication::translate("FormService", "a supervisor");
        else if (r == u"admin")
            words << QCoreApplication::translate("FormService", "an administrator");
    }
    return words.join(QCoreApplication::translate("FormService", " or "));
}

QVariant nullableDate(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Free text never keeps an identity number: the number belongs in its own field, which is masked,
// revealed only with a record and purged under the retention rules. HKID-shaped strings in the
// remarks, the LSHK "confirmed how" and the case-number notes are masked (A123***(*)).
FormData withIdNumbersMaskedInText(FormData d)
{
    d.remarks = validation::maskHkidsInText(d.remarks);
    d.lshkConfirmedHow = validation::maskHkidsInText(d.lshkConfirmedHow);
    for (CaseNumberEntry& c : d.caseNumbers)
        c.note = validation::maskHkidsInText(c.note);
    return d;
}

// Field values as they appear in the form_saved event; identity numbers masked, also in free text
// stored before it was masked on saving.
QJsonObject eventValues(const FormData& data)
{
    const FormData d = withIdNumbersMaskedInText(data);
    QJsonObject o = d.toJson();
    o.insert(f(field::paIdNumber), validation::maskIdentityNumber(d.paIdType, d.paIdNumber));
    o.remove(f(field::lshkConfirmedOn)); // recorded with lshk_confirmed below when it changes
    return o;
}

} // namespace

FormData mergeForms(const FormData& mine, const FormData& theirs, const QStringList& takeTheirs)
{
    QJsonObject merged = mine.toJson();
    const QJsonObject other = theirs.toJson();
    auto take = [&](const QString& key) {
        if (other.contains(key))
            merged.insert(key, other.value(key));
        else
            merged.remove(key);
    };
    for (const QString& key : takeTheirs) {
        take(key);
        if (key == f(field::lshkConfirmed)) {
            take(f(field::lshkConfirmedOn));
            take(f(field::lshkConfirmedHow));
        } else if (key == f(field::paIdNumber)) {
            take(f(field::paIdType));
        }
    }
    FormData out = FormData::fromJson(merged);
    out.lshkConfirmedBy
        = takeTheirs.contains(f(field::lshkConfirmed)) ? theirs.lshkConfirmedBy : mine.lshkConfirmedBy;
    return out;
}

bool FormCheck::hasErrors() const
{
    for (const FieldIssue& i : issues) {
        if (i.severity == FieldIssue::Severity::Error)
            return true;
    }
    return false;
}

QList<FieldIssue> FormCheck::issuesFor(const QString& fieldName) const
{
    QList<FieldIssue> out;
    for (const FieldIssue& i : issues) {
        if (i.field == fieldName)
            out.append(i);
    }
    return out;
}

Result<QSet<QString>> FormService::casePrefixes()
{
    // Read again when an administrator (on any desk) has changed the prefixes since.
    const qint64 version = referenceDataVersion(m_db, QStringLiteral("case_prefixes"));
    if (!m_prefixesLoaded || version != m_prefixesVersion) {
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q, QStringLiteral("SELECT prefix FROM case_prefixes")); !s)
            return s.error();
        m_prefixes.clear();
        while (q.next())
            m_prefixes.insert(q.value(0).toString());
        m_prefixesLoaded = true;
        m_prefixesVersion = version;
    }
    return m_prefixes;
}

FormCheck FormService::check(const FormData& in, const QDate& today)
{
    using Severity = FieldIssue::Severity;
    FormCheck c;
    FormData& d = c.canonical;
    d = in;
    auto issue = [&c](const char16_t* name, Severity sev, const QString& message, int index = -1) {
        c.issues.append({ f(name), index, sev, message });
    };

    d.orgNameEn = validation::normalizeName(in.orgNameEn);
    d.orgNameZh = validation::normalizeName(in.orgNameZh);
    d.paNameEn = validation::normalizeName(in.paNameEn);
    d.paNameZh = validation::normalizeName(in.paNameZh);
    d.paPosition = validation::normalizeName(in.paPosition);
    d.registeredAddress = in.registeredAddress.normalized(QString::NormalizationForm_C).trimmed();
    d.correspondenceAddress = in.correspondenceAddress.normalized(QString::NormalizationForm_C).trimmed();
    d.remarks = in.remarks.normalized(QString::NormalizationForm_C).trimmed();
    d.lshkConfirmedHow = in.lshkConfirmedHow.normalized(QString::NormalizationForm_C).trimmed();

    if (!in.brNumber.trimmed().isEmpty()) {
        const auto br = validation::parseBrNumber(in.brNumber);
        if (br) {
            d.brNumber = br->display();
            c.brDigits = br->number;
            c.brBranch = br->branch;
        } else {
            issue(field::brNumber, Severity::Error, br.message());
        }
    } else {
        d.brNumber.clear();
    }

    d.paIdNumber = in.paIdNumber.trimmed();
    if (!d.paIdNumber.isEmpty()) {
        if (in.paIdType == u"hkid") {
            const auto id = validation::canonicalHkid(in.paIdNumber);
            id ? void(d.paIdNumber = *id) : issue(field::paIdNumber, Severity::Error, id.message());
        } else if (in.paIdType == u"passport") {
            const auto id = validation::canonicalPassport(in.paIdNumber);
            id ? void(d.paIdNumber = *id) : issue(field::paIdNumber, Severity::Error, id.message());
        } else {
            issue(field::paIdType, Severity::Error, QCoreApplication::translate("FormService", "Choose whether the number is an HKID or a passport number."));
        }
    }

    auto phoneLike = [&](const char16_t* name, QString& value) {
        if (value.trimmed().isEmpty()) {
            value.clear();
            return;
        }
        const auto p = validation::parsePhone(value);
        if (!p) {
            issue(name, Severity::Error, p.message());
            return;
        }
        value = p->canonical;
        if (p->overseas)
            issue(name, Severity::Review, QCoreApplication::translate("FormService", "An overseas number: it will be flagged for review."));
    };
    phoneLike(field::phone, d.phone);
    phoneLike(field::fax, d.fax);

    if (!in.email.trimmed().isEmpty()) {
        const auto e = validation::canonicalEmail(in.email);
        e ? void(d.email = *e) : issue(field::email, Severity::Error, e.message());
    } else {
        d.email.clear();
    }

    const Result<QSet<QString>> prefixes = casePrefixes();
    d.caseNumbers.clear();
    QSet<QString> seen;
    for (int i = 0; i < in.caseNumbers.size(); ++i) {
        const CaseNumberEntry& entry = in.caseNumbers.at(i);
        if (entry.text.trimmed().isEmpty())
            continue;
        const auto cn = validation::parseCaseNumber(entry.text, prefixes ? *prefixes : QSet<QString>(), today);
        const int row = d.caseNumbers.size();
        if (!cn) {
            issue(field::caseNumbers, Severity::Error, cn.message(), row);
            d.caseNumbers.append({ entry.text.trimmed(), entry.note.trimmed() });
            continue;
        }
        if (seen.contains(cn->canonical)) {
            issue(field::caseNumbers, Severity::Error, QCoreApplication::translate("FormService", "%1 is listed twice.").arg(cn->canonical), row);
        }
        seen.insert(cn->canonical);
        d.caseNumbers.append({ cn->canonical, entry.note.trimmed() });
        if (cn->unknownPrefix) {
            issue(field::caseNumbers, entry.note.trimmed().isEmpty() ? Severity::Error : Severity::Warning,
                  entry.note.trimmed().isEmpty() ? cn->warning : QCoreApplication::translate("FormService", "%1 (confirmed: %2)").arg(cn->warning, entry.note.trimmed()),
                  row);
        }
    }

    if (in.formDate.isValid() && in.formDate > today)
        issue(field::formDate, Severity::Error, QCoreApplication::translate("FormService", "The date on the form cannot be in the future."));
    if (in.formSigned && !*in.formSigned)
        issue(field::formSigned, Severity::Warning, QCoreApplication::translate("FormService", "An unsigned form needs a requisition before approval."));

    if (in.lshkConfirmed) {
        if (d.lshkConfirmedHow.isEmpty())
            issue(field::lshkConfirmedHow, Severity::Error,
                  QCoreApplication::translate("FormService", "Say how the registration with the Law Society was confirmed (e.g. the Law Society's list of firms)."));
        if (!in.lshkConfirmedOn.isValid())
            d.lshkConfirmedOn = today;
        else if (in.lshkConfirmedOn > today)
            issue(field::lshkConfirmedOn, Severity::Error, QCoreApplication::translate("FormService", "The confirmation date cannot be in the future."));
    } else {
        d.lshkConfirmedOn = QDate();
        d.lshkConfirmedHow.clear();
        d.lshkConfirmedBy.clear();
    }
    if (!in.paIdType.isEmpty() && in.paIdType != u"hkid" && in.paIdType != u"passport")
        issue(field::paIdType, Severity::Error, QCoreApplication::translate("FormService", "The identity document is an HKID card or a passport."));
    return c;
}

Result<LoadedForm> FormService::load(qint64 id) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
            QStringLiteral(
                "SELECT a.reference, a.status, a.received_at, a.updated_at, a.row_version, a.org_name_en, "
                "a.org_name_zh, "
                "coalesce(a.org_type, ''), a.br_number, a.br_branch, a.registered_address, "
                "a.correspondence_address, a.lshk_confirmed_on, a.lshk_confirmed_how, "
                "coalesce(u.display_name, u.username, ''), a.pa_name_en, a.pa_name_zh, a.pa_id_type, "
                "a.pa_id_number, a.pa_position, a.phone, a.fax, a.email, a.form_signed, a.form_date, "
                "a.remarks FROM applications a LEFT JOIN users u ON u.id = a.lshk_confirmed_by "
                "WHERE a.id = ?"),
            { id });
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("FormService", "There is no application with id %1.").arg(id));
    LoadedForm out;
    out.header.id = id;
    FormData& d = out.data;
    RowReader row(q);
    row.read(out.header.reference, out.header.status, out.header.receivedAt, out.header.updatedAt,
        out.header.rowVersion, d.orgNameEn, d.orgNameZh, d.orgType);
    QString br, branch;
    row.read(br, branch);
    d.brNumber = br.isEmpty() ? QString() : branch.isEmpty() ? br : br + u'-' + branch;
    row.read(d.registeredAddress, d.correspondenceAddress);
    const QVariant confirmedOn = row.value();
    d.lshkConfirmed = !confirmedOn.isNull();
    RowReader::convert(confirmedOn, d.lshkConfirmedOn);
    row.read(d.lshkConfirmedHow, d.lshkConfirmedBy, d.paNameEn, d.paNameZh, d.paIdType, d.paIdNumber, d.paPosition,
             d.phone, d.fax, d.email);
    const QVariant signedValue = row.value();
    if (!signedValue.isNull())
        d.formSigned = signedValue.toInt() == 1;
    row.read(d.formDate, d.remarks);

    QSqlQuery c(m_db);
    if (Status s = execPrepared(c,
                                QStringLiteral("SELECT case_number, note FROM application_case_numbers WHERE "
                                               "application_id = ? ORDER BY position"),
                                { id });
        !s)
        return s.error();
    d.caseNumbers = readRecords(c, &CaseNumberEntry::text, &CaseNumberEntry::note);
    if (d.paIdNumber.isEmpty()) {
        const Result<QDateTime> purged = idNumberPurgedAt(id);
        if (!purged)
            return purged.error();
        out.header.idNumberPurgedAt = *purged;
    }
    return out;
}

Result<SaveOutcome> FormService::save(qint64 id, const FormData& data, const Actor& actor,
                                      const QDateTime& expectedUpdatedAt)
{
    Result<VersionedSave> result = saveImpl(id, data, actor, expectedUpdatedAt, std::nullopt);
    if (!result)
        return result.error();
    return std::move(*result->saved);
}

Result<VersionedSave> FormService::saveVersion(
    qint64 id, const FormData& data, const Actor& actor, qint64 readVersion)
{
    return saveImpl(id, data, actor, {}, readVersion);
}

Result<QList<FieldConflict>> FormService::changedSince(qint64 id, qint64 readVersion) const
{
    // Each form save records the row version it made (details.row_version): the saves after the
    // version read are the others' changes. Read in order, so the latest author of a field wins.
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
            QStringLiteral("SELECT e.at, e.details, coalesce(u.display_name, u.username, '') "
                           "FROM events e LEFT JOIN users u ON u.id = e.user_id "
                           "WHERE e.subject_type = 'application' AND e.subject_id = ? "
                           "AND e.action = 'application.form_saved' ORDER BY e.id"),
            { id });
        !s)
        return s.error();
    QList<FieldConflict> out;
    while (q.next()) {
        const QJsonObject details = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (details.value(QStringLiteral("row_version")).toInteger() <= readVersion)
            continue;
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        const QJsonObject changed = details.value(QStringLiteral("changed")).toObject();
        QStringList keys = changed.keys();
        if (details.contains(QStringLiteral("lshk_confirmation")) && !keys.contains(f(field::lshkConfirmed)))
            keys << f(field::lshkConfirmed);
        for (const QString& key : keys) {
            auto it = std::find_if(
                out.begin(), out.end(), [&](const FieldConflict& c) { return c.field == key; });
            if (it == out.end()) // the first change after the read: its "before" is what was read
                it = out.insert(out.end(),
                    FieldConflict {
                        key, {}, {}, changed.value(key).toObject().value(QStringLiteral("before")), {}, {} });
            it->changedBy = q.value(2).toString();
            it->changedAt = at.toUTC();
        }
    }
    return out;
}

Result<VersionedSave> FormService::saveImpl(qint64 id, const FormData& data, const Actor& actor,
    const QDateTime& expectedUpdatedAt, std::optional<qint64> readVersion)
{
    const QDateTime now = Clock::current().nowUtc();
    const QDate today = HongKongTime::date(now);
    const FormCheck checked = check(data, today);
    if (checked.hasErrors()) {
        QStringList messages;
        for (const FieldIssue& i : checked.issues) {
            if (i.severity == FieldIssue::Severity::Error)
                messages << i.message;
        }
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("FormService", "The form cannot be saved yet: %1").arg(messages.join(u' ')));
    }
    FormData next = withIdNumbersMaskedInText(checked.canonical);

    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    const Result<LoadedForm> before = load(id);
    if (!before)
        return before.error();
    // Decisions are made on the data that was checked: no edits from the recommendation on.
    if (Status s = FormFreeze::requireEditable(m_db, id); !s)
        return s.error();
    if (expectedUpdatedAt.isValid() && before->header.updatedAt != expectedUpdatedAt.toUTC())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("FormService", "Someone else saved this application meanwhile; reopen it to see their changes."));
    const FormData& prev = before->data;
    if (readVersion && before->header.rowVersion != *readVersion) {
        // Someone else changed the case since it was read: the fields they saved that this save
        // would set to something else are theirs to keep or replace, field by field.
        const Result<QList<FieldConflict>> others = changedSince(id, *readVersion);
        if (!others)
            return others.error();
        const QJsonObject mine = eventValues(next);
        const QJsonObject theirs = eventValues(prev);
        SaveConflict conflict { before->header.rowVersion, prev, {} };
        QStringList keepTheirs;
        for (FieldConflict c : *others) {
            bool differs = mine.value(c.field) != theirs.value(c.field);
            // The identity number is masked in the trail, and the LSHK confirmation has parts:
            // compared as they are; any difference is the clerk's to decide.
            const bool compound = c.field == f(field::paIdNumber) || c.field == f(field::lshkConfirmed);
            if (c.field == f(field::paIdNumber))
                differs = prev.paIdNumber != next.paIdNumber;
            else if (c.field == f(field::lshkConfirmed))
                differs = prev.lshkConfirmed != next.lshkConfirmed
                    || (next.lshkConfirmed
                        && (prev.lshkConfirmedHow != next.lshkConfirmedHow
                            || prev.lshkConfirmedOn != next.lshkConfirmedOn));
            if (!differs)
                continue;
            if (!compound && mine.value(c.field) == c.base) {
                keepTheirs << c.field; // not touched here: their newer value stays
                continue;
            }
            c.mine = mine.value(c.field);
            c.theirs = theirs.value(c.field);
            conflict.fields << c;
        }
        if (!conflict.fields.isEmpty())
            return VersionedSave { std::nullopt, std::move(conflict) };
        if (!keepTheirs.isEmpty())
            next = mergeForms(next, prev, keepTheirs);
    }

    // The LSHK confirmation names whoever gave it or last edited it (its date or how it was
    // confirmed); a save that leaves it as it was keeps who that was.
    const bool newlyConfirmed = next.lshkConfirmed && !prev.lshkConfirmed;
    const bool confirmationEdited = next.lshkConfirmed && prev.lshkConfirmed
                                    && (next.lshkConfirmedOn != prev.lshkConfirmedOn
                                        || next.lshkConfirmedHow != prev.lshkConfirmedHow);
    const bool confirmationChanged = next.lshkConfirmed != prev.lshkConfirmed || confirmationEdited;
    QVariant confirmedBy;
    if (next.lshkConfirmed) {
        if (newlyConfirmed || confirmationEdited) {
            confirmedBy = actor.userId > 0 ? QVariant(actor.userId) : QVariant(QMetaType(QMetaType::LongLong));
            next.lshkConfirmedBy = actor.username;
        } else {
            next.lshkConfirmedBy = prev.lshkConfirmedBy;
        }
    }

    QSqlQuery u(m_db);
    const bool typeKnown = !next.orgType.isEmpty();
    QString sql = QStringLiteral(
        "UPDATE applications SET org_name_en = ?, org_name_zh = ?, org_type = ?, br_number = ?, br_branch = ?, "
        "registered_address = ?, correspondence_address = ?, lshk_confirmed_on = ?, lshk_confirmed_how = ?, "
        "pa_name_en = ?, pa_name_zh = ?, pa_id_type = ?, pa_id_number = ?, pa_position = ?, phone = ?, fax = ?, "
        "email = ?, form_signed = ?, form_date = ?, remarks = ?, org_name_en_key = ?, org_name_zh_key = ?, "
        "updated_at = ?");
    QVariantList values { text(next.orgNameEn), text(next.orgNameZh),
                          typeKnown ? QVariant(next.orgType) : QVariant(QMetaType(QMetaType::QString)),
                          text(checked.brDigits), text(checked.brBranch),
                          text(next.registeredAddress), text(next.correspondenceAddress),
                          next.lshkConfirmed ? nullableDate(next.lshkConfirmedOn) : QVariant(QMetaType(QMetaType::QString)),
                          text(next.lshkConfirmedHow), text(next.paNameEn), text(next.paNameZh),
                          text(next.paIdNumber.isEmpty() && next.paIdType.isEmpty() ? QString() : next.paIdType),
                          text(next.paIdNumber), text(next.paPosition), text(next.phone), text(next.fax),
                          text(next.email),
                          next.formSigned ? QVariant(int(*next.formSigned)) : QVariant(QMetaType(QMetaType::Int)),
                          nullableDate(next.formDate), text(next.remarks),
                          text(validation::organizationNameKey(next.orgNameEn)),
                          text(validation::organizationNameKey(next.orgNameZh)), isoUtc(now) };
    if (!next.lshkConfirmed) {
        sql += QStringLiteral(", lshk_confirmed_by = NULL");
    } else if (newlyConfirmed || confirmationEdited) {
        sql += QStringLiteral(", lshk_confirmed_by = ?");
        values << confirmedBy;
    }
    sql += QStringLiteral(" WHERE id = ?");
    values << id;
    if (Status s = execPrepared(u, sql, values); !s)
        return s.error();

    if (next.caseNumbers != prev.caseNumbers) {
        QSqlQuery del(m_db);
        if (Status s = execPrepared(del, QStringLiteral("DELETE FROM application_case_numbers WHERE application_id = ?"),
                                    { id });
            !s)
            return s.error();
        for (int i = 0; i < next.caseNumbers.size(); ++i) {
            QSqlQuery ins(m_db);
            if (Status s = execPrepared(ins,
                                        QStringLiteral("INSERT INTO application_case_numbers (application_id, position, "
                                                       "case_number, note) VALUES (?, ?, ?, ?)"),
                                        { id, i + 1, next.caseNumbers.at(i).text, text(next.caseNumbers.at(i).note) });
                !s)
                return s.error();
        }
    }
    if (typeKnown) {
        if (Status s = ChecklistService(m_db).syncWithType(id, next.orgType); !s)
            return s.error();
    }
    QSqlQuery draft(m_db);
    if (Status s = execPrepared(draft, QStringLiteral("DELETE FROM application_drafts WHERE application_id = ? AND user_id = ?"),
                                { id, actor.userId });
        !s)
        return s.error();

    // Changed fields, before and after; identity numbers masked on both sides.
    const QJsonObject a = eventValues(prev);
    const QJsonObject b = eventValues(next);
    QJsonObject changed;
    SaveOutcome outcome;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& key : keys) {
        // Two different numbers can share a mask: compare the numbers themselves.
        const bool differs = a.value(key) != b.value(key)
                             || (key == f(field::paIdNumber) && prev.paIdNumber != next.paIdNumber);
        if (!differs)
            continue;
        changed.insert(key, QJsonObject { { QStringLiteral("before"), a.value(key) },
                                          { QStringLiteral("after"), b.value(key) } });
        outcome.changedFields << key;
    }
    // The version this save made (the server's trigger or the file's counts it up).
    QSqlQuery version(m_db);
    if (Status s = execPrepared(
            version, QStringLiteral("SELECT row_version, updated_at FROM applications WHERE id = ?"), { id });
        !s)
        return s.error();
    if (!version.next())
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("FormService", "There is no application with id %1.").arg(id));
    outcome.rowVersion = version.value(0).toLongLong();
    if (!changed.isEmpty() || confirmationChanged) {
        QJsonObject details { { QStringLiteral("reference"), before->header.reference },
            { QStringLiteral("changed"), changed }, { QStringLiteral("row_version"), outcome.rowVersion } };
        if (confirmationChanged) {
            // Who gave, edited or withdrew the LSHK confirmation, and when, named in the trail.
            details.insert(QStringLiteral("lshk_confirmation"),
                           QJsonObject { { QStringLiteral("change"), newlyConfirmed       ? QStringLiteral("given")
                                                                     : confirmationEdited ? QStringLiteral("edited")
                                                                                          : QStringLiteral("withdrawn") },
                                         { QStringLiteral("by"), actor.username },
                                         { QStringLiteral("at"), isoUtc(now) },
                                         { QStringLiteral("on"), next.lshkConfirmed
                                                                     ? next.lshkConfirmedOn.toString(Qt::ISODate)
                                                                     : QString() } });
        }
        const Result<qint64> ev = EventLog::append(
            m_db, Event { 0, now, actorId(actor), QStringLiteral("application.form_saved"), QStringLiteral("application"),
                          id, details });
        if (!ev)
            return ev.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    outcome.saved = next;
    return VersionedSave { std::move(outcome), std::nullopt };
}

Result<QString> FormService::revealIdNumber(qint64 id, const Actor& actor)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    // The latest move's author is read with the case: with the registrar, the clerks handling it.
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT a.pa_id_type, a.pa_id_number, a.reference, a.registered_by, "
                                               "(SELECT t.actor_id FROM application_transitions t WHERE "
                                               "t.application_id = a.id ORDER BY t.id DESC LIMIT 1) "
                                               "FROM applications a WHERE a.id = ?"),
                                { id });
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("FormService", "There is no application with id %1.").arg(id));
    const QString idType = q.value(0).toString();
    const QString number = q.value(1).toString();
    const QString reference = q.value(2).toString();
    const bool handling = actor.userId > 0
                          && ((!q.value(3).isNull() && q.value(3).toLongLong() == actor.userId)
                              || (!q.value(4).isNull() && q.value(4).toLongLong() == actor.userId));
    q.finish();

    // Who may, under the setting, judged by the account as stored now (not the session's role).
    const Result<StoredAccount> account = storedAccount(m_db, actor);
    if (!account)
        return account.error();
    const QStringList allowed = Settings(m_db).identityRevealRoles();
    const QString role = account->actor.role;
    QString why;
    if (!account->exists || actor.userId <= 0)
        why = QStringLiteral("no account");
    else if (!account->active)
        why = QStringLiteral("inactive account");
    else if (!(allowed.contains(role) || (role == u"clerk" && handling && allowed.contains(QStringLiteral("handling_clerk")))))
        why = QStringLiteral("role");
    if (!why.isEmpty())
        return recordRefusal(
                   m_db, tx, actor, QStringLiteral("application"), QStringLiteral("pii.reveal"),
                   refusalMessage(why, QCoreApplication::translate(
                                           "FormService", "Only %1 may reveal the identity number of this application.")
                                           .arg(revealRolesInWords(allowed))),
                   id,
                   QJsonObject { { QStringLiteral("field"), f(field::paIdNumber) },
                                 { QStringLiteral("reference"), reference },
                                 { QStringLiteral("reason"), why } })
            .error();

    const Result<QDateTime> purged = idNumberPurgedAt(id);
    if (!purged)
        return purged.error();
    if (number.isEmpty() && purged->isValid())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("FormService",
                                                     "The identity number was purged under the retention rules on %1.")
                             .arg(HongKongTime::date(*purged).toString(Qt::ISODate)));
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, Clock::current().nowUtc(), actorId(actor), QStringLiteral("pii.revealed"),
                      QStringLiteral("application"), id,
                      QJsonObject { { QStringLiteral("field"), f(field::paIdNumber) },
                                    { QStringLiteral("id_type"), idType },
                                    { QStringLiteral("reference"), reference } } });
    if (!ev)
        return ev.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return number;
}

Result<QDateTime> FormService::idNumberPurgedAt(qint64 id) const
{
    // The purge's own event is the tombstone (RetentionService); found through the subject index.
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT max(at) FROM events WHERE subject_type = 'application' AND "
                                               "subject_id = ? AND action = ?"),
                                { id, QStringLiteral("application.id_number_purged") });
        !s)
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
}

} // namespace orgdesk
