// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTimeline.h"

#include "ApplicationStore.h"
#include "HongKongTime.h"
#include "RowReader.h"
#include "SqlUtil.h"
#include "form/EligibilityService.h"
#include "letters/LetterService.h"
#include "validation/Hkid.h"
#include "workflow/Workflow.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace orgdesk {

namespace {

struct Attachment
{
    QString name;
    int pages = 0;
};

QString fieldWords(QString key)
{
    key.replace(u'_', u' ');
    return key;
}

} // namespace

QString CaseTimeline::localTime(const QDateTime& utc)
{
    return HongKongTime::isoMinutes(utc);
}

QString CaseTimeline::maskIdentityNumbers(QString text)
{
    return validation::maskHkidsInText(text);
}

Result<QList<TimelineEntry>> CaseTimeline::forApplication(const QSqlDatabase& db, qint64 applicationId)
{
    QSqlQuery exists(db);
    if (Status s = execPrepared(exists, QStringLiteral("SELECT 1 FROM applications WHERE id = ?"), { applicationId }); !s)
        return s.error();
    if (!exists.next())
        return makeError(ErrorCode::NotFound, tr("There is no application with id %1.").arg(applicationId));

    QHash<qint64, Attachment> attachments;
    {
        QSqlQuery q(db);
        if (Status s = execPrepared(q, QStringLiteral("SELECT id, original_name, page_count FROM attachments "
                                                      "WHERE application_id = ?"),
                                    { applicationId });
            !s)
            return s.error();
        while (q.next())
            attachments.insert(q.value(0).toLongLong(), Attachment { q.value(1).toString(), q.value(2).toInt() });
    }
    auto docName = [&](qint64 id) {
        const auto it = attachments.constFind(id);
        return it == attachments.cend() ? tr("attachment %1").arg(id) : tr("“%1”").arg(it->name);
    };

    QList<TimelineEntry> entries;

    // Recorded moves: who, when, from, to, reasons, note.
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status s = execPrepared(q,
                                    QStringLiteral("SELECT t.id, t.at, coalesce(u.username, ''), t.from_status, t.to_status, "
                                                   "t.reason_codes, t.note, t.recommendation, t.eligibility_outcome, "
                                                   "coalesce(p.name_en, t.eligibility_policy, ''), "
                                                   "coalesce(p.name_zh, '') FROM application_transitions t "
                                                   "LEFT JOIN users u ON u.id = t.actor_id "
                                                   "LEFT JOIN eligibility_policies p ON p.code = t.eligibility_policy "
                                                   "WHERE t.application_id = ? ORDER BY t.id"),
                                    { applicationId });
            !s)
            return s.error();
        while (q.next()) {
            TimelineEntry e;
            QString from, to, note, recommendation;
            QStringList codes;
            readRow(q, e.transitionId, e.at, e.username, from, to, codes, note, recommendation);
            e.action = QStringLiteral("workflow.move");
            QString text = tr("%1: %2 → %3.").arg(workflow::actionLabel(from, to), statusLabel(from), statusLabel(to));
            if (recommendation == u"approve")
                text += u' ' + tr("Recommends approval.");
            else if (recommendation == u"reject")
                text += u' ' + tr("Recommends rejection.");
            // The eligibility a recommendation, referral or decision was made under.
            if (const QString outcome = q.value(8).toString(); !outcome.isEmpty()) {
                const QString zh = q.value(10).toString();
                const QString policy = QLocale().language() == QLocale::Chinese && !zh.isEmpty() ? zh : q.value(9).toString();
                const QString label = EligibilityService::outcomeLabel(EligibilityService::outcomeFromCode(outcome));
                text += u' '
                        + (policy.isEmpty() ? tr("Eligibility: %1 (no policy in force).").arg(label)
                                            : tr("Eligibility: %1 under “%2”.").arg(label, policy));
            }
            if (!codes.isEmpty())
                text += u' ' + tr("Reasons: %1.").arg(codes.join(QStringLiteral(", ")));
            note = note.trimmed();
            if (!note.isEmpty())
                text += u' ' + tr("Note: %1").arg(maskIdentityNumbers(note));
            e.text = text;
            entries << e;
        }
    }

    // Events on the application and on its attachments.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT e.id, e.at, coalesce(u.username, ''), e.action, e.subject_type, "
                                               "e.subject_id, e.details FROM events e LEFT JOIN users u ON u.id = e.user_id "
                                               "WHERE e.subject_type = 'application' AND e.subject_id = ? "
                                               "UNION ALL "
                                               "SELECT e.id, e.at, coalesce(u.username, ''), e.action, e.subject_type, "
                                               "e.subject_id, e.details FROM events e LEFT JOIN users u ON u.id = e.user_id "
                                               "WHERE e.subject_type = 'attachment' AND e.subject_id IN "
                                               "(SELECT id FROM attachments WHERE application_id = ?)"),
                                { applicationId, applicationId });
        !s)
        return s.error();
    // A move's own audit event says what the move says: fold it into the move, which takes the
    // event's place in the order.
    QHash<qint64, qsizetype> moveIndex;
    for (qsizetype i = 0; i < entries.size(); ++i)
        moveIndex.insert(entries.at(i).transitionId, i);
    QHash<qsizetype, qint64> order; // entry index -> event id it sorts by
    while (q.next()) {
        TimelineEntry e;
        QString subjectType;
        qint64 subject = 0;
        QJsonObject d;
        readRow(q, e.eventId, e.at, e.username, e.action, subjectType, subject, d);
        const bool onAttachment = subjectType == u"attachment";
        const QString& a = e.action;
        if (a == u"application.status_changed") {
            const auto move = moveIndex.constFind(d.value(QStringLiteral("transition")).toInteger());
            if (move != moveIndex.cend()) {
                order.insert(*move, e.eventId);
                continue;
            }
            e.text = tr("Status recorded as changed from %1 to %2.")
                         .arg(statusLabel(d.value(QStringLiteral("from")).toString()),
                              statusLabel(d.value(QStringLiteral("to")).toString()));
        } else if (a == u"application.received") {
            e.text = tr("Received by %1.").arg(channelLabel(d.value(QStringLiteral("channel")).toString()).toLower());
        } else if (a == u"application.form_saved") {
            QStringList fields;
            for (const QString& k : d.value(QStringLiteral("changed")).toObject().keys())
                fields << fieldWords(k);
            e.text = fields.isEmpty() ? tr("Form saved.") : tr("Form saved: %1 changed.").arg(fields.join(QStringLiteral(", ")));
        } else if (a == u"application.linked") {
            e.text = d.value(QStringLiteral("kind")).toString() == u"duplicate_of"
                         ? tr("Linked as a duplicate of %1.").arg(d.value(QStringLiteral("linked_reference")).toString())
                         : tr("Linked as a resubmission of %1.").arg(d.value(QStringLiteral("linked_reference")).toString());
        } else if (a == u"attachment.added" && onAttachment) {
            const int pages = d.value(QStringLiteral("pages")).toInt(attachments.value(subject).pages);
            e.text = tr("Document %1 attached (%n page(s)).", nullptr, pages).arg(docName(subject));
            e.attachmentId = subject;
            e.page = 1;
        } else if (a == u"attachment.page_rotated" && onAttachment) {
            e.page = d.value(QStringLiteral("page")).toInt();
            e.text = tr("Page %1 of %2 turned to %3°.")
                         .arg(e.page)
                         .arg(docName(subject))
                         .arg(d.value(QStringLiteral("rotation")).toInt());
            e.attachmentId = subject;
        } else if (a == u"checklist.ticked") {
            const qint64 att = d.value(QStringLiteral("attachment_id")).toInteger();
            e.page = d.value(QStringLiteral("page")).toInt();
            e.attachmentId = att;
            e.text = tr("Checklist item “%1” ticked against %2, page %3.")
                         .arg(fieldWords(d.value(QStringLiteral("item")).toString()), docName(att))
                         .arg(e.page);
        } else if (a == u"checklist.unticked") {
            e.text = tr("Checklist item “%1” unticked.").arg(fieldWords(d.value(QStringLiteral("item")).toString()));
        } else if (a == u"letter.generated") {
            const qint64 att = d.value(QStringLiteral("attachment")).toInteger();
            e.letterId = att;
            e.text = tr("%1 letter generated (%2).")
                         .arg(LetterService::kindLabel(d.value(QStringLiteral("kind")).toString()),
                              d.value(QStringLiteral("lang")).toString() == u"zh" ? tr("Chinese") : tr("English"));
        } else if (a == u"pii.revealed") {
            e.text = d.value(QStringLiteral("id_type")).toString() == u"passport"
                         ? tr("Revealed the Principal Administrator's passport number.")
                         : tr("Revealed the Principal Administrator's identity card number.");
        } else if (a == u"application.id_number_purged") {
            e.text = tr("The Principal Administrator's identity number was purged under the retention rules.");
        } else if (a == u"permission.refused") {
            e.text = tr("Refused: %1 (%2).")
                         .arg(d.value(QStringLiteral("attempted")).toString(), d.value(QStringLiteral("reason")).toString());
        } else if (a == u"quality.case_reviewed") {
            e.text = d.value(QStringLiteral("verdict")).toString() == u"agree"
                         ? tr("Quality review (sample %1): agrees with the decision.").arg(d.value(QStringLiteral("sample")).toInteger())
                         : tr("Quality review (sample %1): disagrees with the decision.")
                               .arg(d.value(QStringLiteral("sample")).toInteger());
        } else {
            e.text = tr("Recorded: %1.").arg(a);
        }
        order.insert(entries.size(), e.eventId);
        entries << e;
    }
    // Time order; within one second, the order the audit trail recorded them in (a move without
    // an event of its own first, by its id).
    QList<std::pair<qint64, qsizetype>> keys; // (event id or 0, index)
    for (qsizetype i = 0; i < entries.size(); ++i)
        keys.append({ order.value(i, 0), i });
    std::stable_sort(keys.begin(), keys.end(), [&entries](const auto& x, const auto& y) {
        const TimelineEntry& a = entries.at(x.second);
        const TimelineEntry& b = entries.at(y.second);
        if (a.at != b.at)
            return a.at < b.at;
        if (x.first != y.first)
            return x.first < y.first;
        return a.transitionId < b.transitionId;
    });
    QList<TimelineEntry> sorted;
    sorted.reserve(entries.size());
    for (const auto& k : keys)
        sorted << entries.at(k.second);
    return sorted;
}

} // namespace orgdesk
