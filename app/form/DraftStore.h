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
// log files) and are removed when the form is saved or the clerk discards them.
//
// Thread rules: use from the thread that owns `db`.
class DraftStore
{
public:
    explicit DraftStore(QSqlDatabase db) : m_db(std::move(db)) { }

    Status save(qint64 applicationId, qint64 userId, const FormData& data);
    Result<std::optional<Draft>> load(qint64 applicationId, qint64 userId) const;
    Status discard(qint64 applicationId, qint64 userId);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
