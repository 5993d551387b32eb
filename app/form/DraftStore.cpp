// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftStore.h"

#include "Clock.h"
#include "Settings.h"
#include "SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace orgdesk {

Status DraftStore::save(qint64 applicationId, qint64 userId, const FormData& data)
{
    // A single statement is atomic on its own: no explicit transaction needed.
    QSqlQuery q(m_db);
    return execPrepared(q,
                        QStringLiteral("INSERT INTO application_drafts (application_id, user_id, saved_at, content) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (application_id, user_id) DO UPDATE SET "
                                       "saved_at = excluded.saved_at, content = excluded.content"),
                        { applicationId, userId, isoUtc(Clock::current().nowUtc()),
                          QString::fromUtf8(QJsonDocument(data.toJson()).toJson(QJsonDocument::Compact)) });
}

QDateTime DraftStore::expiredBefore() const
{
    return Clock::current().nowUtc().addSecs(-qint64(Settings(m_db).draftKeepDays()) * 24 * 3600);
}

Result<qint64> DraftStore::removeExpired()
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, QStringLiteral("DELETE FROM application_drafts WHERE saved_at < ?"),
                                { isoUtc(expiredBefore()) });
        !s)
        return s.error();
    return qint64(q.numRowsAffected());
}

Result<std::optional<Draft>> DraftStore::load(qint64 applicationId, qint64 userId)
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT saved_at, content FROM application_drafts WHERE "
                                               "application_id = ? AND user_id = ?"),
                                { applicationId, userId });
        !s)
        return s.error();
    if (!q.next())
        return std::optional<Draft>();
    const QDateTime savedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    if (!savedAt.isValid() || savedAt < expiredBefore()) {
        q.finish();
        if (Status s = discard(applicationId, userId); !s)
            return s.error();
        return std::optional<Draft>();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
    if (!doc.isObject())
        return makeError(ErrorCode::Corrupt, QStringLiteral("The saved draft cannot be read."));
    return std::optional<Draft>(Draft { FormData::fromJson(doc.object()), savedAt });
}

Status DraftStore::discard(qint64 applicationId, qint64 userId)
{
    QSqlQuery q(m_db);
    return execPrepared(q, QStringLiteral("DELETE FROM application_drafts WHERE application_id = ? AND user_id = ?"),
                        { applicationId, userId });
}

} // namespace orgdesk
