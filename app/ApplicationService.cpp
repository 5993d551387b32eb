// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"

#include "ApplicationStore.h"
#include "Clock.h"
#include "EventLog.h"
#include "HongKongTime.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace orgdesk {

Result<ApplicationRecord> ApplicationService::receive(const Receipt& receipt, const Actor& actor)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    Result<ApplicationRecord> r = receiveInTransaction(receipt, actor);
    if (!r)
        return r;
    if (Status s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<ApplicationRecord> ApplicationService::receiveInTransaction(const Receipt& receipt, const Actor& actor)
{
    const QDateTime now = Clock::current().nowUtc();
    if (!QStringList { QStringLiteral("fax"), QStringLiteral("post"), QStringLiteral("hand") }.contains(receipt.channel))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ApplicationService", "Choose how the form arrived: fax, post or by hand."));
    const QDateTime receivedAt = receipt.receivedAt.isValid() ? receipt.receivedAt.toUTC() : now;
    if (receivedAt > now.addSecs(60))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ApplicationService",
                                                     "The time received cannot be in the future."));
    if (receipt.pagesReceived && *receipt.pagesReceived < 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ApplicationService", "The number of pages cannot be negative."));

    ApplicationStore store(m_db);
    // The reference year is the Hong Kong year of receipt, whatever the PC's zone.
    const Result<QString> ref = store.allocateReference(HongKongTime::date(receivedAt).year());
    if (!ref)
        return ref.error();
    ApplicationRecord r;
    r.reference = *ref;
    r.status = QStringLiteral("received");
    r.channel = receipt.channel;
    r.receivedAt = receivedAt;
    r.registeredBy = actorId(actor);
    r.senderFax = receipt.senderFax.trimmed();
    r.pagesReceived = receipt.pagesReceived;
    r.createdAt = now;
    r.updatedAt = now;
    const Result<qint64> id = store.insert(r);
    if (!id)
        return id.error();
    r.id = *id;
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, now, actorId(actor), QStringLiteral("application.received"), QStringLiteral("application"), r.id,
                      QJsonObject { { QStringLiteral("reference"), r.reference },
                                    { QStringLiteral("channel"), r.channel },
                                    { QStringLiteral("received_at"), r.receivedAt.toString(Qt::ISODate) } } });
    if (!ev)
        return ev.error();
    return r;
}

Result<ApplicationRecord> ApplicationService::byReference(const QString& reference) const
{
    return ApplicationStore(m_db).getByReference(reference);
}

} // namespace orgdesk
