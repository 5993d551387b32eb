// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationRecord.h"
#include "Dialect.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace orgdesk {

// Reads and writes applications. Writes run inside the caller's Transaction.
//
// Thread rules: stateless; use with a connection of the calling thread.
class ApplicationStore
{
public:
    explicit ApplicationStore(QSqlDatabase db) : m_db(std::move(db)) { }

    // Next reference for `year` (OA-YYYY-NNNNNN). Call inside the transaction that inserts the
    // application: the counter only grows, so a number is never handed out twice.
    Result<QString> allocateReference(int year);

    // Inserts `record` (reference must be allocated) and its case numbers; returns the new id.
    Result<qint64> insert(const ApplicationRecord& record);
    Status update(const ApplicationRecord& record);

    Result<ApplicationRecord> get(qint64 id) const;
    Result<ApplicationRecord> getByReference(const QString& reference) const;

    // Queue paging by keyset: rows strictly after `after` in the query's order. Never OFFSET.
    Result<QList<QueueRow>> page(const QueueQuery& query, const QueueRow* after, int limit) const;
    Result<qint64> count(const QueueFilter& filter) const;
    // The count when it is at most `cap`, otherwise cap + 1 ("more than cap"), without reading
    // every match of a search that matches a great many: what the queue shows while typing.
    Result<qint64> countUpTo(const QueueFilter& filter, qint64 cap) const;
    // The queue columns of one application (to refresh a single row after an edit).
    Result<QueueRow> queueRow(qint64 id) const;

private:
    const Dialect& dialect() const { return Dialect::of(m_db); }
    // Prepared once per distinct statement and reused: the queue asks the same few questions
    // over and over while the clerk scrolls and types.
    Result<QSqlQuery*> prepared(const QString& sql) const;
    // The prepared statement of `sql` run with `values` bound in order; `doing` names it in errors.
    Result<QSqlQuery*> executed(const QString& sql, const QVariantList& values, const QString& doing) const;
    Result<QList<QueueRow>> rows(const QString& sql, const QVariantList& values, int limit) const;

    QSqlDatabase m_db;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

// Static text for status and channel codes, shared by CLI and UI.
QString statusLabel(const QString& status);
QString channelLabel(const QString& channel);
QStringList allStatuses();
QStringList allChannels();

} // namespace orgdesk
