// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace orgdesk {

// An attachment's metadata; the original bytes are read separately (they can be large).
struct AttachmentInfo
{
    qint64 id = 0;
    qint64 applicationId = 0;
    QString originalName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // lower-case hex
    int pageCount = 0;
    QDateTime addedAt;
    std::optional<qint64> addedBy;
    std::optional<QDateTime> purgedAt; // set once its bytes were removed under the retention rules
};

// Stores original document bytes unchanged, with their SHA-256, and per-page rotation.
// Writes run inside the caller's Transaction.
//
// Thread rules: stateless; use with a connection of the calling thread.
class AttachmentStore
{
public:
    explicit AttachmentStore(QSqlDatabase db) : m_db(std::move(db)) { }

    // Inserts `content` for `info.applicationId` and one attachment_pages row per page.
    Result<qint64> insert(const AttachmentInfo& info, const QByteArray& content);
    Result<QList<AttachmentInfo>> forApplication(qint64 applicationId) const;
    Result<AttachmentInfo> info(qint64 attachmentId) const;
    // The original bytes; a NotFound error saying so for an attachment purged under retention.
    Result<QByteArray> content(qint64 attachmentId) const;
    // Attachments holding exactly these bytes, with their application reference.
    Result<QList<std::pair<AttachmentInfo, QString>>> findBySha256(const QString& sha256) const;

    // Makes the text of an attachment (a PDF's text layer) findable by the queue's search.
    Status indexText(qint64 attachmentId, const QString& text);

    Result<QList<int>> rotations(qint64 attachmentId) const; // index = page - 1, degrees
    Status setRotation(qint64 attachmentId, int page, int degrees);

    static QString sha256Hex(const QByteArray& bytes);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
