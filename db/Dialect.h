// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

// The two stores OrgDesk keeps its data in: an SQLite file (one desk, the default) or a
// PostgreSQL database shared by several desks.
enum class Backend { SQLite, PostgreSQL };

// Everything that differs between the two SQL dialects, in one place. The statements of the
// stores and services are written once, in the SQL both back ends accept (bound `?` values,
// `INSERT ... RETURNING id`, `ON CONFLICT`, `coalesce`), and take the few fragments that differ
// from here, like KMyMoney's driver classes. The schema is shared the same way: one numbered
// migration list, with a back end's own script where the two differ (Database::migrate).
//
// Thread rules: immutable singletons; safe from any thread.
class Dialect
{
public:
    virtual ~Dialect() = default;

    static const Dialect& of(const QSqlDatabase& db);
    static const Dialect& of(Backend backend);

    virtual Backend backend() const = 0;
    bool isPostgres() const { return backend() == Backend::PostgreSQL; }

    // The statement that opens a write transaction. SQLite takes the write lock at once (no
    // deadlock between two writers); PostgreSQL locks rows as they are written.
    virtual QString beginWrite() const = 0;

    // A condition true for the rows of the trigram search table `table` (application_search,
    // attachment_search: a `rowid` and a `body`), named `alias` in the statement (or by its own
    // name when empty), whose body holds the text bound with searchValue(). Three characters or more.
    virtual QString searchCondition(const QString& table, const QString& alias = {}) const = 0;
    virtual QString searchValue(const QString& text) const = 0;

    // Case-insensitive LIKE for Latin letters, as SQLite's LIKE is ("ILIKE" on PostgreSQL).
    virtual QString like() const = 0;

    // A member of the JSON object stored as text in `column`: as text, and as an integer.
    virtual QString jsonText(const QString& column, const QString& key) const = 0;
    virtual QString jsonInteger(const QString& column, const QString& key) const = 0;

    // The values of `expression` in a group joined by `separator` (a string literal; with a
    // "DISTINCT …" expression it must be ',', the only one SQLite allows there).
    virtual QString groupConcat(const QString& expression, const QString& separator) const = 0;
};

// Whether `location` names a PostgreSQL database (a libpq URI "postgresql://…" or a connection
// string such as "service=orgdesk") rather than an SQLite file.
bool isServerLocation(const QString& location);

// SQL LIKE pattern for "contains `text`", with % _ and \ escaped (use ESCAPE '\').
QString containsPattern(const QString& text);

} // namespace orgdesk
