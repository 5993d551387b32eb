// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistService.h"

#include "Clock.h"
#include "EventLog.h"
#include "FormFreeze.h"
#include "RowReader.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace orgdesk {

QString ChecklistItem::label() const
{
    return QLocale().language() == QLocale::Chinese && !labelZh.isEmpty() ? labelZh : labelEn;
}

Result<QList<ChecklistItem>> ChecklistService::items(qint64 applicationId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT item_code, position, label_en, label_zh, reason_code, "
                                               "attachment_id, page_no, ticked_at FROM application_checklist "
                                               "WHERE application_id = ? ORDER BY position, item_code"),
                                { applicationId });
        !s)
        return s.error();
    return readRows(q, [](const QSqlQuery& row) {
        ChecklistItem item;
        RowReader r(row);
        r.read(item.itemCode, item.position, item.labelEn, item.labelZh, item.reasonCode, item.attachmentId);
        if (item.attachmentId) // where and when it was ticked
            r.read(item.pageNo, item.tickedAt);
        return item;
    });
}

Result<QList<ChecklistItem>> ChecklistService::missing(qint64 applicationId) const
{
    Result<QList<ChecklistItem>> all = items(applicationId);
    if (!all)
        return all;
    QList<ChecklistItem> out;
    for (const ChecklistItem& i : *all) {
        if (!i.ticked())
            out.append(i);
    }
    return out;
}

Status ChecklistService::syncWithType(qint64 applicationId, const QString& orgType)
{
    QSqlQuery drop(m_db);
    if (Status s = execPrepared(drop,
                                QStringLiteral("DELETE FROM application_checklist WHERE application_id = ? AND "
                                               "attachment_id IS NULL AND item_code NOT IN (SELECT item_code FROM "
                                               "checklist_templates WHERE org_type = ? AND active = 1)"),
                                { applicationId, text(orgType) });
        !s)
        return s;
    QSqlQuery add(m_db);
    return execPrepared(add,
                        QStringLiteral("INSERT INTO application_checklist (application_id, item_code, position, "
                                       "label_en, label_zh, reason_code) SELECT ?, item_code, position, label_en, "
                                       "label_zh, reason_code FROM checklist_templates WHERE org_type = ? AND active = 1 "
                                       "ON CONFLICT DO NOTHING"),
                        { applicationId, text(orgType) });
}

Status ChecklistService::tick(qint64 applicationId, const QString& itemCode, qint64 attachmentId, int pageNo,
                              const Actor& actor)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.status();
    if (Status s = FormFreeze::requireEditable(m_db, applicationId); !s)
        return s;
    QSqlQuery a(m_db);
    if (Status s = execPrepared(a, QStringLiteral("SELECT page_count FROM attachments WHERE id = ? AND application_id = ?"),
                                { attachmentId, applicationId });
        !s)
        return s;
    if (!a.next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("ChecklistService",
                                                                          "That attachment does not belong to this application."));
    const int pages = a.value(0).toInt();
    if (pageNo < 1 || (pages > 0 && pageNo > pages))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ChecklistService", "The attachment has pages 1 to %1.").arg(pages));
    const QDateTime now = Clock::current().nowUtc();
    QSqlQuery u(m_db);
    if (Status s = execPrepared(u,
                                QStringLiteral("UPDATE application_checklist SET attachment_id = ?, page_no = ?, "
                                               "ticked_by = ?, ticked_at = ? WHERE application_id = ? AND item_code = ?"),
                                { attachmentId, pageNo, actor.userId > 0 ? QVariant(actor.userId) : QVariant(QMetaType(QMetaType::LongLong)),
                                  isoUtc(now), applicationId, itemCode });
        !s)
        return s;
    if (u.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("ChecklistService",
                                                                          "This application has no checklist item %1.")
                                                  .arg(itemCode));
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, now, actorId(actor), QStringLiteral("checklist.ticked"), QStringLiteral("application"),
                      applicationId,
                      QJsonObject { { QStringLiteral("item"), itemCode },
                                    { QStringLiteral("attachment_id"), attachmentId },
                                    { QStringLiteral("page"), pageNo } } });
    if (!ev)
        return ev.error();
    return tx.commit();
}

Status ChecklistService::untick(qint64 applicationId, const QString& itemCode, const Actor& actor)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.status();
    if (Status s = FormFreeze::requireEditable(m_db, applicationId); !s)
        return s;
    const QDateTime now = Clock::current().nowUtc();
    QSqlQuery u(m_db);
    if (Status s = execPrepared(u,
                                QStringLiteral("UPDATE application_checklist SET attachment_id = NULL, page_no = NULL, "
                                               "ticked_by = NULL, ticked_at = NULL WHERE application_id = ? AND "
                                               "item_code = ? AND attachment_id IS NOT NULL"),
                                { applicationId, itemCode });
        !s)
        return s;
    if (u.numRowsAffected() != 1)
        return {}; // not ticked: nothing to record
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, now, actorId(actor), QStringLiteral("checklist.unticked"), QStringLiteral("application"),
                      applicationId, QJsonObject { { QStringLiteral("item"), itemCode } } });
    if (!ev)
        return ev.error();
    return tx.commit();
}

} // namespace orgdesk
