// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCopier.h"

#include "Dialect.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>

#include <map>
#include <set>

namespace orgdesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StoreCopier", text);
}

// The SQLite store's tables in an order where every table comes after those it refers to, with
// the two trigram search tables (virtual tables there, plain ones on the server) at the end.
Result<QStringList> tablesInOrder(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                               "ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE "
                               "'%\\_search\\_%' ESCAPE '\\' ORDER BY name")))
        return sqlError(q, QStringLiteral("listing the desk's tables"));
    std::map<QString, std::set<QString>> refersTo;
    while (q.next())
        refersTo[q.value(0).toString()];
    for (auto& [table, parents] : refersTo) {
        QSqlQuery fk(db);
        if (!fk.exec(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('%1')").arg(table)))
            return sqlError(fk, QStringLiteral("reading the desk's references"));
        while (fk.next()) {
            const QString parent = fk.value(0).toString();
            if (parent != table)
                parents.insert(parent);
        }
    }
    QStringList ordered;
    std::set<QString> placed;
    while (placed.size() < refersTo.size()) {
        bool progressed = false;
        for (const auto& [table, parents] : refersTo) {
            if (placed.count(table))
                continue;
            bool ready = true;
            for (const QString& p : parents)
                ready = ready && (placed.count(p) || !refersTo.count(p));
            if (ready) {
                ordered << table;
                placed.insert(table);
                progressed = true;
            }
        }
        if (!progressed)
            return makeError(ErrorCode::Corrupt, QStringLiteral("The desk's tables refer to one another in a circle."));
    }
    ordered << QStringLiteral("application_search") << QStringLiteral("attachment_search");
    return ordered;
}

// A value in COPY's text format.
QByteArray copyText(const QVariant& value, bool bytea)
{
    if (value.isNull())
        return QByteArrayLiteral("\\N");
    if (bytea)
        return QByteArrayLiteral("\\\\x") + value.toByteArray().toHex();
    QByteArray out;
    const QByteArray raw = value.toString().toUtf8();
    out.reserve(raw.size() + 8);
    for (const char c : raw) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    return out;
}

PGconn* connectionOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // Qt names the type after the struct behind libpq's typedef.
    if (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0) {
        qWarning("StoreCopier: unexpected driver handle type %s", handle.typeName());
        return nullptr;
    }
    return *static_cast<PGconn* const*>(handle.data());
}

Status exec(const QSqlDatabase& db, const QString& sql, const QString& doing)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q, doing);
    return {};
}

} // namespace

Result<StoreCopier::Summary> StoreCopier::copy(const QString& adminUsername, const QString& adminPassword,
                                               const std::function<bool(const QString&, qint64)>& progress)
{
    if (Dialect::of(m_from).isPostgres() || !Dialect::of(m_to).isPostgres())
        return makeError(ErrorCode::InvalidInput, tr("A store is copied from an SQLite file to a PostgreSQL database."));
    PGconn* conn = connectionOf(m_to);
    if (!conn)
        return makeError(ErrorCode::Unsupported, QStringLiteral("The PostgreSQL driver gave no connection handle."));

    // Only into a store nobody has used: copying into one with cases, staff or events would mix two.
    {
        QSqlQuery q(m_to);
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM applications) + (SELECT count(*) FROM users) + "
                                   "(SELECT count(*) FROM events)"))
            || !q.next())
            return sqlError(q, QStringLiteral("looking at the server's database"));
        if (q.value(0).toLongLong() > 0)
            return makeError(ErrorCode::Conflict,
                             tr("The server's database already holds applications, staff or events; a desk is "
                                "copied only into a new, empty one. Nothing was copied."));
    }
    const Result<QStringList> tables = tablesInOrder(m_from);
    if (!tables)
        return tables.error();

    Transaction tx(m_to);
    if (!tx.active())
        return tx.error();
    Summary summary;
    // Reference data the server's schema brought along is replaced by the desk's own.
    for (auto it = tables->crbegin(); it != tables->crend(); ++it) {
        if (Status s = exec(m_to, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(*it),
                            QStringLiteral("setting the rules aside for the copy"));
            !s)
            return s.error();
        if (Status s = exec(m_to, QStringLiteral("DELETE FROM %1").arg(*it), QStringLiteral("emptying %1").arg(*it)); !s)
            return s.error();
    }
    for (const QString& table : *tables) {
        // The columns both sides have (the server's users also name a login role).
        QSqlQuery cols(m_to);
        if (Status s = execPrepared(cols,
                                    QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                                                   "WHERE table_schema = 'public' AND table_name = ?"),
                                    { table });
            !s)
            return s.error();
        std::map<QString, bool> target; // column → bytea
        while (cols.next())
            target.emplace(cols.value(0).toString(), cols.value(1).toString() == u"bytea");
        const QSqlRecord source = m_from.record(table);
        QStringList names;
        std::vector<bool> bytea;
        for (int i = 0; i < source.count(); ++i) {
            const auto found = target.find(source.fieldName(i));
            if (found != target.end()) {
                names << source.fieldName(i);
                bytea.push_back(found->second);
            }
        }
        const bool search = table.endsWith(QStringLiteral("_search"));
        if (search) {
            names = QStringList { QStringLiteral("rowid"), QStringLiteral("body") };
            bytea = { false, false };
        }
        QSqlQuery read(m_from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), table)))
            return sqlError(read, QStringLiteral("reading %1 from the desk").arg(table));

        const QByteArray copySql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, names.join(u',')).toUtf8();
        PGresult* started = PQexec(conn, copySql.constData());
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        PQclear(started);
        if (!copying)
            return makeError(ErrorCode::Database, tr("The server refused the copy of %1: %2")
                                                      .arg(table, QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
        QByteArray buffer;
        qint64 rows = 0;
        bool ok = true;
        auto flush = [&] {
            ok = ok && PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        };
        // A desk's argon2id hashes stay behind: the server keeps its own secrets.
        const int passwordColumn = table == u"users" ? int(names.indexOf(QStringLiteral("password_hash"))) : -1;
        while (ok && read.next()) {
            for (int i = 0; i < names.size(); ++i) {
                if (i > 0)
                    buffer += '\t';
                if (i != passwordColumn)
                    buffer += copyText(read.value(i), bytea[size_t(i)]);
            }
            buffer += '\n';
            ++rows;
            if (buffer.size() > (1 << 20))
                flush();
            if (progress && rows % 20000 == 0 && !progress(table, summary.rows + rows)) {
                PQputCopyEnd(conn, "cancelled");
                PQclear(PQgetResult(conn));
                return makeError(ErrorCode::Cancelled, tr("The copy was cancelled; nothing was copied."));
            }
        }
        flush();
        const bool ended = ok && PQputCopyEnd(conn, nullptr) == 1;
        PGresult* result = PQgetResult(conn);
        const bool done = ended && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        while ((result = PQgetResult(conn)))
            PQclear(result);
        if (!done)
            return makeError(ErrorCode::Database, tr("Copying %1 to the server failed: %2")
                                                      .arg(table, QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
        summary.rows += rows;
        if (table == u"applications")
            summary.applications = rows;
        else if (table == u"events")
            summary.events = rows;
        else if (table == u"users")
            summary.staff = rows;

        // New rows after the copy are numbered on from the copied ones.
        if (!search && target.count(QStringLiteral("id"))) {
            QSqlQuery seq(m_to);
            if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, "
                                         "false) FROM %1 WHERE pg_get_serial_sequence('%1', 'id') IS NOT NULL")
                              .arg(table)))
                return sqlError(seq, QStringLiteral("numbering %1 on").arg(table));
        }
    }
    for (const QString& table : *tables) {
        if (Status s = exec(m_to, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table),
                            QStringLiteral("putting the rules back"));
            !s)
            return s.error();
    }

    // Each staff account becomes a login role; no password yet, except the named administrator's.
    QSqlQuery staff(m_to);
    if (!staff.exec(QStringLiteral("SELECT username, role, active FROM users ORDER BY id")))
        return sqlError(staff, QStringLiteral("listing the staff copied"));
    bool adminFound = adminUsername.isEmpty();
    while (staff.next()) {
        const QString username = staff.value(0).toString();
        const bool isAdmin = !adminUsername.isEmpty() && username == adminUsername;
        if (isAdmin && staff.value(1).toString() != u"admin")
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 is not an administrator on the desk; name an administrator with --admin.")
                                 .arg(adminUsername));
        adminFound = adminFound || isAdmin;
        QSqlQuery login(m_to);
        if (Status s = execPrepared(login, QStringLiteral("SELECT orgdesk_create_login(?, ?, ?)"),
                                    { username, staff.value(1).toString(),
                                      isAdmin ? QVariant(adminPassword) : QVariant(QMetaType(QMetaType::QString)) });
            !s)
            return makeError(ErrorCode::Conflict,
                             tr("The staff account %1 could not become a login role on the server (%2). Nothing was "
                                "copied.")
                                 .arg(username, s.message()));
        if (staff.value(2).toInt() == 0) {
            if (Status s = execPrepared(login, QStringLiteral("SELECT orgdesk_set_login_active(?, false)"), { username });
                !s)
                return s.error();
        }
    }
    if (!adminFound)
        return makeError(ErrorCode::NotFound,
                         tr("There is no staff account %1 on the desk; nothing was copied.").arg(adminUsername));
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace orgdesk
