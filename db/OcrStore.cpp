// SPDX-License-Identifier: GPL-3.0-or-later
#include "OcrStore.h"

#include "SqlUtil.h"

#include <QSqlQuery>

namespace orgdesk {

Status OcrStore::insertPage(const OcrPageRecord& page, const QString& searchText, const QString& readAtUtc)
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
            QStringLiteral("INSERT INTO attachment_ocr (attachment_id, page_no, width, height, dpi, "
                           "engine, text, words, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { page.attachmentId, page.page, page.width, page.height, page.dpi, text(page.engine),
                text(page.text), text(QString::fromUtf8(page.words)), readAtUtc });
        !s)
        return s;
    if (searchText.trimmed().isEmpty())
        return {};
    // The search row holds the text layer (from intake) and then each read page's text.
    if (Status s = execPrepared(
            q, QStringLiteral("SELECT body FROM attachment_search WHERE rowid = ?"), { page.attachmentId });
        !s)
        return s;
    QString body = q.next() ? q.value(0).toString() : QString();
    if (!body.isEmpty())
        body += u'\n';
    body += searchText;
    if (Status s = execPrepared(
            q, QStringLiteral("DELETE FROM attachment_search WHERE rowid = ?"), { page.attachmentId });
        !s)
        return s;
    return execPrepared(q, QStringLiteral("INSERT INTO attachment_search (rowid, body) VALUES (?, ?)"),
        { page.attachmentId, body });
}

Result<QList<OcrPageRecord>> OcrStore::pages(qint64 attachmentId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
            QStringLiteral("SELECT page_no, width, height, dpi, engine, text, words FROM attachment_ocr "
                           "WHERE attachment_id = ? ORDER BY page_no"),
            { attachmentId });
        !s)
        return s.error();
    QList<OcrPageRecord> list;
    while (q.next())
        list.append(OcrPageRecord { attachmentId, q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(),
            q.value(3).toDouble(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString().toUtf8() });
    return list;
}

Result<QList<qint64>> OcrStore::unreadAttachments(int limit) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
            QStringLiteral("SELECT a.id FROM attachments a WHERE a.purged_at IS NULL "
                           "AND (a.mime_type LIKE 'image/%' OR (a.mime_type = 'application/pdf' "
                           "AND NOT EXISTS (SELECT 1 FROM attachment_search s WHERE s.rowid = a.id))) "
                           "AND NOT EXISTS (SELECT 1 FROM attachment_ocr o WHERE o.attachment_id = a.id) "
                           "ORDER BY a.id LIMIT ?"),
            { limit });
        !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<bool> OcrStore::hasPages(qint64 attachmentId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
            QStringLiteral("SELECT count(*) FROM attachment_ocr WHERE attachment_id = ?"), { attachmentId });
        !s)
        return s.error();
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<QList<FormZoneRecord>> OcrStore::zones() const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
            QStringLiteral("SELECT form_version, page, field, method, anchor, anchor_x, anchor_y, x0, y0, "
                           "x1, y1, value, stop FROM form_zones ORDER BY form_version, page, field"));
        !s)
        return s.error();
    QList<FormZoneRecord> list;
    auto opt = [&](int i) {
        return q.isNull(i) ? std::optional<double>() : std::optional<double>(q.value(i).toDouble());
    };
    while (q.next())
        list.append(FormZoneRecord { q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toDouble(), q.value(6).toDouble(),
            opt(7), opt(8), opt(9), opt(10), q.value(11).toString(), q.value(12).toString() });
    return list;
}

} // namespace orgdesk
