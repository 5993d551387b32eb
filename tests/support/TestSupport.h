// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Database.h"
#include "UserService.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QWidget>

#include <catch2/catch.hpp>

#include <functional>
#include <ostream>

// Lets Catch2 print QStrings in failure messages.
std::ostream& operator<<(std::ostream& os, const QString& s);

namespace orgdesk::test {

// Which store the tests of this process run against: SQLite, or (ORGDESK_TEST_BACKEND=postgresql)
// the throwaway PostgreSQL cluster packaging/dev.sh test starts, reached through libpq's PG*
// variables, each test in a database of its own copied from the migrated template
// ORGDESK_TEST_TEMPLATE (default orgdesk_template).
bool onServer();

// A fresh, migrated database, removed afterwards: an SQLite file in its own temporary folder, or
// on the test server a database of its own whose staff login roles carry a prefix of their own
// (roles belong to the whole cluster), dropped with it.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;
    Database& db() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Adds a staff account and returns it as an Actor (password "correct horse").
    Actor addUser(const QString& username, const QString& role);

    // The login role of staff account `username` on the test server ('' on SQLite).
    QString loginRole(const QString& username) const { return m_rolePrefix + username; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_serverDatabase;
    QString m_rolePrefix;
    std::optional<Database> m_db;
};

// Skips the rest of a test case that only makes sense on an SQLite file (the sqlite3 shell, file
// migrations) when the suite runs on the server, saying so.
#define ORGDESK_SQLITE_ONLY()                                                                                     \
    do {                                                                                                          \
        if (::orgdesk::test::onServer()) {                                                                        \
            WARN("about an SQLite file: not run on PostgreSQL");                                                \
            return;                                                                                               \
        }                                                                                                         \
    } while (false)

// Creates a database at `path` as an OrgDesk of schema `version` left it: migrations 1..version
// applied, nothing later (for tests that upgrade an older database with data in it). The
// connection is named `connectionName` and left open for the caller to fill; remove it with
// QSqlDatabase::removeDatabase when done.
QSqlDatabase createAtVersion(const QString& path, int version, const QString& connectionName);

// Receives a new application as `actor` through ApplicationService (by `channel`, received at `at`,
// or now); requires success and returns its id.
qint64 receive(const QSqlDatabase& db, const Actor& actor, const QString& channel = QStringLiteral("post"),
    const QDateTime& at = {});

// Processes events until `done` holds or `ms` pass; returns how many milliseconds that took.
qint64 waitFor(const std::function<bool()>& done, int ms = 3000);

// Keys the form of application `id` as the Hong Kong Bar Association's and saves it as `actor`
// (an author of the case under four-eyes): eligible without a case number for applications
// received from 20 January 2023, so it may be recommended and approved.
void keyEligibleForm(const QSqlDatabase& db, qint64 id, const Actor& actor);

// Runs `write` with the triggers that freeze a recommended case's checklist set aside, then puts
// them back as they were: for fixtures that give a decided demo case the checklist ticks it would
// have had during review (the demo keys no checklists).
void withChecklistUnfrozen(const QSqlDatabase& db, const std::function<void()>& write);

// The statement that drops trigger `name` of `table`, as someone who can write the SQLite file (or
// the server database's owner) could.
QString dropTrigger(const QSqlDatabase& db, const QString& name, const QString& table);

// Makes `clock` the current clock for the guard's scope (Clock::current()), then the system's again.
struct ClockGuard
{
    explicit ClockGuard(const Clock* clock) { Clock::setCurrent(clock); }
    ~ClockGuard() { Clock::setCurrent(nullptr); }
    ClockGuard(const ClockGuard&) = delete;
    ClockGuard& operator=(const ClockGuard&) = delete;
};

// Saves a picture of `w` as NAME.png in $ORGDESK_SCREENSHOTS when that is set (to look at screens).
void screenshot(QWidget& w, const QString& name);
// Runs SQL through the sqlite3 shell on the file, as a person with the file could (on the test
// server: psql, as the database's owner); requires success.
void sqlite(const QString& db, const QString& sql);

// Folder of the shared document corpus, or empty (and a Catch2 WARN) when it is absent.
QString corpusDir();

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs the real orgdesk-cli binary with `args`, feeding `input` on stdin.
CliResult runCli(const QStringList& args, const QByteArray& input = {});
// Runs SQL through the sqlite3 shell on the file, as a person with the file could, and returns
// what happened (for statements that should be refused: exit code not 0, the refusal on stderr).
CliResult sqliteShell(const QString& db, const QString& sql);

} // namespace orgdesk::test
