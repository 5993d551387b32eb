// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace orgdesk {

// Prepares `sql`, binds `values` positionally and executes. Values are always bound, never
// spliced into the statement text.
Status execPrepared(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values = {});
Status execPrepared(QSqlQuery& query, const QString& sql, const QVariantList& values);

// Runs an INSERT (without RETURNING) and returns the id the new row was given (RETURNING id, which
// both back ends understand; Qt's lastInsertId() knows only SQLite's rowid).
Result<qint64> insertReturningId(QSqlQuery& query, const QString& sql, const QVariantList& values);

// Whether a failed statement broke a UNIQUE constraint (both back ends' wording).
bool isUniqueViolation(const Error& error);

// An Error of kind Database carrying the driver's text, prefixed by what we were doing.
Error sqlError(const QSqlQuery& query, const QString& doing);

// A text value for a NOT NULL column: Qt binds a null QString as SQL NULL, so map it to ''.
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// The change counter of one kind of reference data ("case_prefixes", "eligibility"): it grows with
// every insert, update or delete of those rows, from any connection (reference_data_versions,
// schema 12). -1 when the store has no such counter. Caches compare it before use.
qint64 referenceDataVersion(const QSqlDatabase& db, const QString& name);

// Records the statements this thread runs through execPrepared() and the stores' cached
// statements while it lives, with their bound values, so a benchmark can replay exactly the same
// SQL in the sqlite3 shell or psql. Costs one pointer test per statement when none is alive.
class StatementTrace
{
public:
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    StatementTrace();
    ~StatementTrace();
    StatementTrace(const StatementTrace&) = delete;
    StatementTrace& operator=(const StatementTrace&) = delete;

    const QList<Statement>& statements() const { return m_statements; }
    static void record(const QString& sql, const QVariantList& values);

private:
    StatementTrace* m_outer = nullptr;
    QList<Statement> m_statements;
};

// Current UTC time as stored ('YYYY-MM-DDTHH:MM:SSZ').
QString isoUtc(const QDateTime& t);

} // namespace orgdesk
