// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestionLog.h"

#include "Clock.h"
#include "EventLog.h"
#include "Transaction.h"
#include "validation/Hkid.h"

#include <QJsonArray>

namespace orgdesk::ocr {

Status SuggestionLog::record(const QSqlDatabase& db, qint64 applicationId, const Actor& actor,
    const QStringList& accepted, const QStringList& changed, const QJsonObject& suggested)
{
    if (accepted.isEmpty() && changed.isEmpty())
        return {};
    QJsonObject values;
    for (auto it = suggested.begin(); it != suggested.end(); ++it)
        values.insert(it.key(), validation::maskHkidsInText(it.value().toString())); // never an HKID in clear
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    const Result<qint64> ev = EventLog::append(db,
        Event { 0, Clock::current().nowUtc(), actorId(actor), QStringLiteral("application.suggestions_used"),
            QStringLiteral("application"), applicationId,
            QJsonObject { { QStringLiteral("accepted"), QJsonArray::fromStringList(accepted) },
                { QStringLiteral("changed"), QJsonArray::fromStringList(changed) },
                { QStringLiteral("suggested"), values } } });
    if (!ev)
        return ev.error();
    return tx.commit();
}

} // namespace orgdesk::ocr
