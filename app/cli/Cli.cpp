// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "AppPaths.h"
#include "EventLog.h"

#include <QDir>
#include <QJsonObject>

#include <cstdio>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

namespace orgdesk::cli {

std::optional<QString> Args::option(const QString& name)
{
    const QString flagName = QStringLiteral("--") + name;
    for (int i = 0; i < m_args.size(); ++i) {
        const QString& a = m_args.at(i);
        if (a == flagName) {
            if (i + 1 >= m_args.size()) {
                missingValue = true;
                missingName = flagName;
                m_args.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
        if (a.startsWith(flagName + u'=')) {
            const QString value = a.mid(flagName.size() + 1);
            m_args.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool Args::flag(const QString& name)
{
    return m_args.removeAll(QStringLiteral("--") + name) > 0;
}

QString Args::unknownOption() const
{
    for (const QString& a : m_args) {
        if (a.startsWith(QStringLiteral("--")))
            return a;
    }
    return {};
}

Database* Context::database(bool create)
{
    if (m_db)
        return &*m_db;
    Result<Database> db = Database::open(
        dbPath, create ? Database::OpenMode::CreateOrMigrate : Database::OpenMode::ExistingOnly);
    if (!db) {
        err << "orgdesk-cli: " << db.message() << '\n';
        if (db.error().code == ErrorCode::NotFound)
            err << "Create one with: orgdesk-cli --db " << QDir::toNativeSeparators(dbPath) << " init\n";
        err.flush();
        return nullptr;
    }
    m_db.emplace(std::move(db).value());
    return &*m_db;
}

QString Context::readSecret(const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios old {};
    if (terminal) {
        err << prompt;
        err.flush();
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err << '\n';
        err.flush();
    }
    return line;
}

int Context::usage(const QString& message)
{
    err << "orgdesk-cli: " << message << '\n';
    if (!currentUsage.isEmpty())
        err << "Usage: orgdesk-cli [--db PATH] " << currentUsage << '\n';
    err.flush();
    return UsageError;
}

int Context::rejectLeftovers(const Args& args, int maxPositional)
{
    if (args.missingValue)
        return usage(QStringLiteral("%1 needs a value.").arg(args.missingName));
    if (const QString opt = args.unknownOption(); !opt.isEmpty())
        return usage(QStringLiteral("unknown option %1.").arg(opt));
    if (args.positional().size() > maxPositional)
        return usage(QStringLiteral("unexpected argument \"%1\".").arg(args.positional().value(maxPositional)));
    return -1;
}

int Context::fail(const Error& error)
{
    err << "orgdesk-cli: " << error.message << '\n';
    err.flush();
    switch (error.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::Unsupported:
    case ErrorCode::NeedsPassword:
        return UsageError;
    default:
        return ProblemFound;
    }
}

Registry& Registry::instance()
{
    static Registry registry;
    return registry;
}

void Registry::add(Command command)
{
    m_commands.append(std::move(command));
}

namespace {

void printHelp(QTextStream& out)
{
    out << "orgdesk-cli " << ORGDESK_VERSION
        << " - OrgDesk from the command line (iCMS Organization Account applications)\n\n"
           "Usage: orgdesk-cli [--db PATH] COMMAND [ARGUMENTS]\n\n"
           "  --db PATH   the database (default: "
        << QDir::toNativeSeparators(AppPaths::defaultDatabasePath())
        << ")\n\nCommands:\n";
    QList<Command> sorted = Registry::instance().commands();
    std::sort(sorted.begin(), sorted.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
    for (const Command& c : sorted)
        out << "  " << (c.name + u' ' + c.usage).leftJustified(58) << ' ' << c.summary << '\n';
    out << "\nExit status: 0 ok, 1 a problem was found, 2 usage or input error.\n";
}

} // namespace

namespace {

QString operatingSystemUser()
{
    // The account that ran the program (not a name it could be told), e.g. for events it writes.
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid %1").arg(getuid());
}

} // namespace

int run(const QStringList& arguments)
{
    // Every event this run writes names the operating-system account that ran it: the tool acts
    // without a staff sign-in, so this is who did it.
    QJsonObject origin { { QStringLiteral("os_user"), operatingSystemUser() },
                         { QStringLiteral("via"), QStringLiteral("orgdesk-cli") } };
    if (const QByteArray sudo = qgetenv("SUDO_USER"); !sudo.isEmpty() && getuid() == 0)
        origin.insert(QStringLiteral("sudo_user"), QString::fromLocal8Bit(sudo));
    EventLog::setProcessDetails(origin);
    Context ctx;
    QStringList args = arguments.mid(1);
    ctx.dbPath = AppPaths::defaultDatabasePath();
    while (!args.isEmpty() && args.first().startsWith(QStringLiteral("--"))) {
        const QString a = args.takeFirst();
        if (a == u"--help" || a == u"-h") {
            printHelp(ctx.out);
            return Ok;
        }
        if (a == u"--version") {
            ctx.out << "orgdesk-cli " << ORGDESK_VERSION << '\n';
            return Ok;
        }
        if (a == u"--db") {
            if (args.isEmpty())
                return ctx.usage(QStringLiteral("--db needs a path."));
            ctx.dbPath = args.takeFirst();
        } else if (a.startsWith(QStringLiteral("--db="))) {
            ctx.dbPath = a.mid(5);
        } else {
            return ctx.usage(QStringLiteral("unknown option %1 (see orgdesk-cli --help).").arg(a));
        }
    }
    if (args.isEmpty()) {
        printHelp(ctx.err);
        return UsageError;
    }
    if (args.first() == u"help") {
        printHelp(ctx.out);
        return Ok;
    }
    // Longest command name that matches the leading words ("user add" before "user").
    const Command* best = nullptr;
    int bestWords = 0;
    for (const Command& c : Registry::instance().commands()) {
        const QStringList words = c.name.split(u' ');
        if (words.size() <= args.size() && args.mid(0, words.size()) == words && words.size() > bestWords) {
            best = &c;
            bestWords = int(words.size());
        }
    }
    if (!best)
        return ctx.usage(QStringLiteral("unknown command \"%1\" (see orgdesk-cli --help).").arg(args.join(u' ')));
    ctx.currentUsage = best->name + u' ' + best->usage;
    Args commandArgs(args.mid(bestWords));
    if (commandArgs.flag(QStringLiteral("help"))) {
        ctx.out << "Usage: orgdesk-cli [--db PATH] " << ctx.currentUsage << "\n  " << best->summary << '\n';
        return Ok;
    }
    const int rc = best->run(ctx, commandArgs);
    ctx.out.flush();
    ctx.err.flush();
    return rc;
}

} // namespace orgdesk::cli
