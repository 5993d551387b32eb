// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentStore.h"

#include "RowReader.h"
#include "Sha256.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

namespace orgdesk {

namespace {

const QString kInfoColumns = QStringLiteral(
    "a.id, a.application_id, a.original_name, a.mime_type, a.size, a.sha256, a.page_count, a.added_at, a.added_by, "
    "a.purged_at");

AttachmentInfo infoFromQuery(const QSqlQuery& q)
{
    AttachmentInfo a;
    readRow(q, a.id, a.applicationId, a.originalName, a.mimeType, a.size, a.sha256, a.pageCount, a.addedAt, a.addedBy,
            a.purgedAt);
    return a;
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("AttachmentStore", "There is no attachment %1.").arg(id));
}

} // namespace

QString AttachmentStore::sha256Hex(const QByteArray& bytes)
{
    return Sha256::hexStringOf(bytes);
}

Result<qint64> AttachmentStore::insert(const AttachmentInfo& info, const QByteArray& content)
{
    QSqlQuery q(m_db);
    Result<qint64> inserted = insertReturningId(
        q,
        QStringLiteral("INSERT INTO attachments (application_id, original_name, mime_type, size, sha256, "
                       "page_count, content, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { info.applicationId, info.originalName, info.mimeType, qint64(content.size()), sha256Hex(content),
          info.pageCount, content, isoUtc(info.addedAt.isValid() ? info.addedAt : QDateTime::currentDateTimeUtc()),
          info.addedBy ? QVariant(*info.addedBy) : QVariant(QMetaType(QMetaType::LongLong)) });
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    QSqlQuery p(m_db);
    if (!p.prepare(QStringLiteral("INSERT INTO attachment_pages (attachment_id, page_no) VALUES (?, ?)")))
        return sqlError(p, QStringLiteral("preparing page rows"));
    for (int page = 1; page <= info.pageCount; ++page) {
        p.addBindValue(id);
        p.addBindValue(page);
        if (!p.exec())
            return sqlError(p, QStringLiteral("storing page rows"));
    }
    return id;
}

Result<QList<AttachmentInfo>> AttachmentStore::forApplication(qint64 applicationId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT %1 FROM attachments a WHERE a.application_id = ? ORDER BY a.id")
                                    .arg(kInfoColumns),
                                { applicationId });
        !s)
        return s.error();
    return readRows(q, infoFromQuery);
}

Result<AttachmentInfo> AttachmentStore::info(qint64 attachmentId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT %1 FROM attachments a WHERE a.id = ?").arg(kInfoColumns),
                                { attachmentId });
        !s)
        return s.error();
    if (!q.next())
        return notFound(attachmentId);
    return infoFromQuery(q);
}

Result<QByteArray> AttachmentStore::content(qint64 attachmentId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT content, purged_at FROM attachments WHERE id = ?"),
                                { attachmentId });
        !s)
        return s.error();
    if (!q.next())
        return notFound(attachmentId);
    if (!q.value(1).isNull())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("AttachmentStore",
                                                     "This identity document was removed on %1 under the retention "
                                                     "rules for personal data; only its record remains.")
                             .arg(QDateTime::fromString(q.value(1).toString(), Qt::ISODate)
                                      .toTimeZone(QTimeZone(8 * 3600)) // Hong Kong time, as app/HongKongTime
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return q.value(0).toByteArray();
}

Result<QList<std::pair<AttachmentInfo, QString>>> AttachmentStore::findBySha256(const QString& sha256) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT %1, ap.reference FROM attachments a JOIN applications ap "
                                               "ON ap.id = a.application_id WHERE a.sha256 = ? ORDER BY a.id")
                                    .arg(kInfoColumns),
                                { sha256.toLower() });
        !s)
        return s.error();
    QList<std::pair<AttachmentInfo, QString>> list;
    while (q.next())
        list.append({ infoFromQuery(q), q.value(10).toString() }); // the reference follows the ten info columns
    return list;
}

Status AttachmentStore::indexText(qint64 attachmentId, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, QStringLiteral("DELETE FROM attachment_search WHERE rowid = ?"), { attachmentId }); !s)
        return s;
    return execPrepared(q, QStringLiteral("INSERT INTO attachment_search (rowid, body) VALUES (?, ?)"),
                        { attachmentId, text });
}

Result<QList<int>> AttachmentStore::rotations(qint64 attachmentId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT page_no, rotation FROM attachment_pages "
                                               "WHERE attachment_id = ? ORDER BY page_no"),
                                { attachmentId });
        !s)
        return s.error();
    QList<int> list;
    while (q.next()) {
        const int page = q.value(0).toInt();
        while (list.size() < page - 1)
            list.append(0);
        list.append(q.value(1).toInt());
    }
    return list;
}

Status AttachmentStore::setRotation(qint64 attachmentId, int page, int degrees)
{
    degrees = ((degrees % 360) + 360) % 360;
    QSqlQuery q(m_db);
    Status s = execPrepared(q,
                            QStringLiteral("INSERT INTO attachment_pages (attachment_id, page_no, rotation) "
                                           "VALUES (?, ?, ?) ON CONFLICT (attachment_id, page_no) "
                                           "DO UPDATE SET rotation = excluded.rotation"),
                            { attachmentId, page, degrees });
    return s;
}

} // namespace orgdesk
