// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormData.h"
#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace orgdesk {

struct Draft
{
    FormData data;
    QDateTime savedAt;
};

// Autosaved form drafts, one per application and user, so nothing typed is lost when the
// program is closed or killed before the form is saved. Drafts live in the database (never in
// log files) and are removed when the form is saved or the clerk discards them. They hold what was
// typed, identity number included, so they also expire: a draft older than the setting
// drafts.keep_days (Settings::draftKeepDays, 7 days unless changed) is removed when it is read and
// by removeExpired(), which runs at every sign-in; a retention purge removes those of its cases.
//
// Thread rules: use from the thread that owns `db`.
class DraftStore
{
public:
    explicit DraftStore(QSqlDatabase db) : m_db(std::move(db)) { }

    Status save(qint64 applicationId, qint64 userId, const FormData& data);
    // Nothing for an expired draft, which is removed on the way.
    Result<std::optional<Draft>> load(qint64 applicationId, qint64 userId);
    Status discard(qint64 applicationId, qint64 userId);
    // Removes every expired draft (of any application and user); returns how many.
    Result<qint64> removeExpired();
    // Drafts saved before this moment (UTC) have expired.
    QDateTime expiredBefore() const;

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
