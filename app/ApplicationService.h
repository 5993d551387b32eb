// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationRecord.h"
#include "Result.h"
#include "UserService.h"

#include <QSqlDatabase>

namespace orgdesk {

// What a clerk records the moment a paper application arrives.
struct Receipt
{
    QString channel;      // fax, post, hand
    QDateTime receivedAt; // defaults to now; never in the future
    QString senderFax;    // for faxes
    std::optional<int> pagesReceived;
};

// Creating and reading applications. Each write is one transaction with its audit event.
//
// Thread rules: use from the thread that owns `db`.
class ApplicationService
{
public:
    explicit ApplicationService(QSqlDatabase db) : m_db(std::move(db)) { }

    // Allocates the reference number and stores the application as "received".
    Result<ApplicationRecord> receive(const Receipt& receipt, const Actor& actor);
    // The same inside the caller's transaction (receiving together with the first documents).
    Result<ApplicationRecord> receiveInTransaction(const Receipt& receipt, const Actor& actor);

    Result<ApplicationRecord> byReference(const QString& reference) const;

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
