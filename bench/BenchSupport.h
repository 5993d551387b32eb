// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Timing helpers shared by the benchmarks in bench/.

#include "Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <functional>
#include <vector>

namespace orgdesk::bench {

// Median wall time of `runs` runs of `work`, in milliseconds.
inline double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

// The sqlite3 shell running `statements` in one process, minus the same process running a
// trivial statement: the shell's time per statement without its start-up (best of three).
// The wall time of one sqlite3 shell process running `script` on `path`, in milliseconds.
inline double shellWallMs(const QString& path, const QString& script)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), { path });
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    p.readAllStandardOutput();
    return double(t.nsecsElapsed()) / 1e6;
}

// One run of the shell on `sql` without its start-up (the same process running a trivial statement).
inline double shellOnceMs(const QString& path, const QString& sql)
{
    const double base = shellWallMs(path, QStringLiteral("SELECT 1;\n"));
    return std::max(0.0, shellWallMs(path, sql + QStringLiteral(";\n")) - base);
}

inline double shellPerStatementMs(const QString& path, const QStringList& statements)
{
    const QString script = statements.join(QStringLiteral(";\n")) + QStringLiteral(";\n");
    double best = 1e18;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const double base = shellWallMs(path, QStringLiteral("SELECT 1;\n"));
        best = std::min(best, std::max(0.0, shellWallMs(path, script) - base) / double(statements.size()));
    }
    return best;
}

// The same statement `runs` times.
inline double shellMs(const QString& path, const QString& sql, int runs)
{
    return shellPerStatementMs(path, QStringList(QList<QString>(runs, sql)));
}

// The existing database named by the first argument, or nothing after printing why (usage or
// the open error) to stderr.
inline std::optional<Database> openDatabaseArgument(int argc, char** argv, const char* program)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATABASE\n", program);
        return std::nullopt;
    }
    Result<Database> db = Database::open(QString::fromLocal8Bit(argv[1]), Database::OpenMode::ExistingOnly);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return std::nullopt;
    }
    return std::move(db).value();
}

} // namespace orgdesk::bench
