// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Result.h"

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace orgdesk::cli {

// Exit statuses of orgdesk-cli.
enum Exit { Ok = 0, ProblemFound = 1, UsageError = 2 };

// Arguments of one command, with helpers for `--flag VALUE` options.
class Args
{
public:
    explicit Args(QStringList args) : m_args(std::move(args)) { }
    // Removes `--name VALUE` (or `--name=VALUE`) and returns VALUE; empty optional if absent.
    // Sets `missingValue` when the option is present without a value.
    std::optional<QString> option(const QString& name);
    bool flag(const QString& name); // removes `--name`
    QStringList positional() const { return m_args; }
    // The first option-looking word left over, for "unknown option" messages.
    QString unknownOption() const;
    bool missingValue = false;
    QString missingName;

private:
    QStringList m_args;
};

class Context
{
public:
    QTextStream out { stdout };
    QTextStream err { stderr };
    QString dbPath;

    // Opens the database at dbPath (creating it only if `create`); prints the error and returns
    // nothing when it cannot.
    Database* database(bool create = false);
    // Reads one line from standard input (a password), without echo when it is a terminal.
    QString readSecret(const QString& prompt);

    int usage(const QString& message); // prints message and the command's usage; returns UsageError
    // Usage error for a missing option value, an unknown option or more than `maxPositional`
    // plain arguments; -1 when the arguments are fine.
    int rejectLeftovers(const Args& args, int maxPositional);
    int fail(const Error& error);      // prints the error; returns UsageError for input errors, else ProblemFound
    QString currentUsage;

private:
    std::optional<Database> m_db;
};

struct Command
{
    QString name;   // e.g. "user add", "render"
    QString usage;  // one line of arguments
    QString summary;
    std::function<int(Context&, Args&)> run;
};

// Commands register themselves from their own source files (app/cli/Commands*.cpp).
class Registry
{
public:
    static Registry& instance();
    void add(Command command);
    const QList<Command>& commands() const { return m_commands; }

private:
    QList<Command> m_commands;
};

struct Registration
{
    explicit Registration(Command command) { Registry::instance().add(std::move(command)); }
};

int run(const QStringList& arguments);

} // namespace orgdesk::cli
