// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace orgdesk::ocr {

// Records in the case's audit trail which form fields were saved as suggested (accepted with
// Enter) and which were changed from the suggestion, with the suggested values (identity numbers
// masked): event "application.suggestions_used".
//
// Thread rules: stateless; use with a connection of the calling thread.
class SuggestionLog
{
public:
    // `suggested`: form field name -> the value suggested, as shown (identity numbers masked).
    static Status record(const QSqlDatabase& db, qint64 applicationId, const Actor& actor,
        const QStringList& accepted, const QStringList& changed, const QJsonObject& suggested);
};

} // namespace orgdesk::ocr
