// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialect.h"

#include <QRegularExpression>

namespace orgdesk {

namespace {

class SqliteDialect final : public Dialect
{
public:
    Backend backend() const override { return Backend::SQLite; }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString searchCondition(const QString& table, const QString& alias) const override
    {
        return alias.isEmpty() ? QStringLiteral("%1 MATCH ?").arg(table)
                               : QStringLiteral("%1.%2 MATCH ?").arg(alias, table);
    }
    QString searchValue(const QString& text) const override
    {
        // One FTS5 phrase, quoted, so words like OR and NOT are literal.
        QString phrase = text;
        phrase.replace(u'"', QStringLiteral("\"\""));
        return u'"' + phrase + u'"';
    }
    QString like() const override { return QStringLiteral("LIKE"); }
    QString jsonText(const QString& column, const QString& key) const override
    {
        return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
    }
    QString jsonInteger(const QString& column, const QString& key) const override
    {
        return jsonText(column, key);
    }
    QString groupConcat(const QString& expression, const QString& separator) const override
    {
        // SQLite's DISTINCT aggregates take one argument: the separator is then always ','.
        if (expression.startsWith(QStringLiteral("DISTINCT ")))
            return QStringLiteral("group_concat(%1)").arg(expression);
        return QStringLiteral("group_concat(%1, %2)").arg(expression, separator);
    }
};

class PostgresDialect final : public Dialect
{
public:
    Backend backend() const override { return Backend::PostgreSQL; }
    // Writers take the audit chain's lock first, as SQLite's BEGIN IMMEDIATE takes the file's: a
    // step that locks a case and then appends its event cannot deadlock with another desk's.
    QString beginWrite() const override { return QStringLiteral("BEGIN; SELECT orgdesk_lock_event_chain()"); }
    QString searchCondition(const QString& table, const QString& alias) const override
    {
        // pg_trgm's GIN index answers ILIKE '%…%' for three characters or more.
        return QStringLiteral("%1.body ILIKE ? ESCAPE '\\'").arg(alias.isEmpty() ? table : alias);
    }
    QString searchValue(const QString& text) const override { return containsPattern(text); }
    QString like() const override { return QStringLiteral("ILIKE"); }
    QString jsonText(const QString& column, const QString& key) const override
    {
        return QStringLiteral("(%1::jsonb ->> '%2')").arg(column, key);
    }
    QString jsonInteger(const QString& column, const QString& key) const override
    {
        return QStringLiteral("(%1::jsonb ->> '%2')::bigint").arg(column, key);
    }
    QString groupConcat(const QString& expression, const QString& separator) const override
    {
        return QStringLiteral("string_agg(%1, %2)").arg(expression, separator);
    }
};

} // namespace

const Dialect& Dialect::of(Backend backend)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    return backend == Backend::PostgreSQL ? static_cast<const Dialect&>(postgres) : sqlite;
}

const Dialect& Dialect::of(const QSqlDatabase& db)
{
    return of(db.driverName() == u"QPSQL" ? Backend::PostgreSQL : Backend::SQLite);
}

bool isServerLocation(const QString& location)
{
    if (location.startsWith(u"postgresql://") || location.startsWith(u"postgres://"))
        return true;
    // A libpq connection string: keyword=value pairs ("service=orgdesk", "host=… dbname=…").
    static const QRegularExpression keywords(QStringLiteral("^\\s*[a-z_]+\\s*=\\s*\\S"));
    return keywords.match(location).hasMatch();
}

QString containsPattern(const QString& text)
{
    QString s = text;
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'%', QStringLiteral("\\%"));
    s.replace(u'_', QStringLiteral("\\_"));
    return u'%' + s + u'%';
}

} // namespace orgdesk
