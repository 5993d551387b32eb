// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupService.h"

#include "Clock.h"
#include "Database.h"
#include "Dialect.h"
#include "EventLog.h"
#include "IntegrityChecker.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSqlError>
#include <QStandardPaths>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace orgdesk::BackupService {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Copies the database behind `db` to `destination` through a temporary file, so a failure
// (disk full, killed process) never leaves a half-written file under the final name.
Status copyDatabase(const QSqlDatabase& db, const QString& destination)
{
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery q(db);
    if (Status s = execPrepared(q, QStringLiteral("VACUUM INTO ?"), { partial }); !s) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("BackupService", "Could not write the copy to %1 (is the disk full or the folder read-only?): %2")
                             .arg(native(destination), s.message()));
    }
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, QCoreApplication::translate("BackupService", "Could not name the copy %1.").arg(native(destination)));
    }
    return {};
}

Status checkCopy(const QString& path)
{
    Result<Database> copy = Database::open(path, Database::OpenMode::ReadOnlyNoMigrate);
    if (!copy)
        return copy.error();
    const Result<IntegrityChecker::Report> report = IntegrityChecker(copy->connection()).run();
    if (!report)
        return report.error();
    if (!report->problems.isEmpty())
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("BackupService", "%1 has problems:\n%2").arg(native(path), report->problems.join(u'\n')));
    return {};
}

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupService", text);
}

// A server tool (pg_dump, pg_restore) from the PATH or the PostgreSQL 15 client folder.
QString serverTool(const QString& name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, { QStringLiteral("/usr/lib/postgresql/15/bin") });
    return found;
}

// Runs a server tool reaching the database as `env` says; its error output in `errors`.
bool runTool(const QString& program, const QStringList& arguments, const QMap<QString, QString>& env,
    QString& errors)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setProgram(program);
    p.setArguments(arguments);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start();
    if (!p.waitForStarted()) {
        errors = p.errorString();
        return false;
    }
    p.waitForFinished(-1);
    errors = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// What to run on the server instead, when this desk cannot prove the dump itself.
QString proofByHand(const QString& database, const QString& dump)
{
    return tr("To prove it on the server, run there:\n"
              "  createdb -E UTF8 --locale=C.UTF-8 -T template0 orgdesk_restore_check\n"
              "  pg_restore --no-owner --exit-on-error -d orgdesk_restore_check %1\n"
              "  orgdesk-cli --db dbname=orgdesk_restore_check check\n"
              "  dropdb orgdesk_restore_check\n"
              "and compare the newest event's hash it shows with event of the same number in %2.")
        .arg(native(dump), database);
}

// Restores `dump` into a scratch database next to the one behind `db`, checks it as `check`
// does, and compares its newest event with the same event in the live database (events are
// append-only, so a dump taken while desks work must hold a prefix of the live trail).
Status proveServerDump(const QSqlDatabase& db, const QString& dump, const QString& pgRestore)
{
    const QString scratch = QStringLiteral("orgdesk_backup_check_%1_%2")
                                .arg(QCoreApplication::applicationPid())
                                .arg(QDateTime::currentMSecsSinceEpoch());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT datcollate, datctype FROM pg_database WHERE datname = current_database()"))
        || !q.next())
        return sqlError(q, QStringLiteral("reading the database's locale"));
    const QString collate = q.value(0).toString(), ctype = q.value(1).toString();
    q.finish();
    if (!q.exec(QStringLiteral(
            "CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE '%2' LC_CTYPE '%3'")
                    .arg(scratch, QString(collate).remove(u'\''), QString(ctype).remove(u'\''))))
        return makeError(ErrorCode::PermissionDenied,
            tr("The dump was written, but this sign-in may not create the scratch database needed to "
               "prove it (%1).")
                .arg(q.lastError().databaseText().trimmed()));
    auto dropScratch = qScopeGuard([&] {
        QSqlQuery drop(db);
        drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(scratch));
    });

    const auto env = Database::serverClientEnvironment(db, scratch);
    if (!env)
        return env.error();
    QString errors;
    if (!runTool(pgRestore,
            { QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"), QStringLiteral("--dbname"),
                scratch, dump },
            *env, errors))
        return makeError(ErrorCode::Corrupt,
            tr("The dump could not be restored into a scratch database: %1").arg(errors));

    const Result<QString> location = Database::siblingServerLocation(db, scratch);
    if (!location)
        return location.error();
    auto forget = qScopeGuard([&] { Database::clearServerLogin(*location); });
    EventLog::Head restoredHead;
    {
        Result<Database> copy = Database::open(*location, Database::OpenMode::ReadOnlyNoMigrate);
        if (!copy)
            return copy.error();
        const Result<IntegrityChecker::Report> report = IntegrityChecker(copy->connection()).run();
        if (!report)
            return report.error();
        if (!report->problems.isEmpty())
            return makeError(ErrorCode::Corrupt,
                tr("The restored dump has problems:\n%1").arg(report->problems.join(u'\n')));
        const Result<EventLog::Head> head = EventLog::newest(copy->connection());
        if (!head)
            return head.error();
        restoredHead = *head;
    }
    if (restoredHead.id > 0) {
        QSqlQuery live(db);
        if (Status s = execPrepared(
                live, QStringLiteral("SELECT hash FROM events WHERE id = ?"), { restoredHead.id });
            !s)
            return s;
        if (!live.next() || live.value(0).toString() != restoredHead.hash)
            return makeError(ErrorCode::Corrupt,
                tr("The dump's newest event (%1) is not the same as event %1 in the database.")
                    .arg(restoredHead.id));
    }
    return {};
}

Status backupServer(const QSqlDatabase& db, const QString& destination)
{
    if (QFileInfo::exists(destination))
        return makeError(ErrorCode::Conflict,
            tr("%1 exists already. Choose a new file name for the backup.").arg(native(destination)));
    const QString pgDump = serverTool(QStringLiteral("pg_dump"));
    const QString pgRestore = serverTool(QStringLiteral("pg_restore"));
    if (pgDump.isEmpty() || pgRestore.isEmpty())
        return makeError(ErrorCode::Unsupported,
            tr("This desk has no PostgreSQL client tools (Debian package postgresql-client-15), so it "
               "cannot dump the shared database. Install them, or run on the server: "
               "pg_dump -Fc -d %1 -f %2 — then prove it as the server guide "
               "(packaging/postgres/README.md) shows.")
                .arg(db.databaseName(), native(destination)));
    const auto env = Database::serverClientEnvironment(db);
    if (!env)
        return env.error();

    // pg_dump reads one consistent snapshot while desks go on working; a failure never leaves a
    // half-written file under the final name.
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    QString errors;
    if (!runTool(pgDump, { QStringLiteral("--format=custom"), QStringLiteral("--file"), partial }, *env,
            errors)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io,
            tr("pg_dump could not write the backup to %1: %2").arg(native(destination), errors));
    }
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("Could not name the copy %1.").arg(native(destination)));
    }
    if (Status s = proveServerDump(db, destination, pgRestore); !s)
        return makeError(s.error().code == ErrorCode::PermissionDenied ? ErrorCode::PermissionDenied
                                                                       : ErrorCode::Corrupt,
            tr("The backup %1 was written but not proved. %2\n%3")
                .arg(native(destination), s.message(), proofByHand(db.databaseName(), destination)));
    return {};
}

} // namespace

Status backup(const QSqlDatabase& db, const QString& destination)
{
    if (Dialect::of(db).isPostgres())
        return backupServer(db, destination);
    if (QFileInfo::exists(destination))
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("BackupService", "%1 exists already. Choose a new file name for the backup.").arg(native(destination)));
    if (Status s = copyDatabase(db, destination); !s)
        return s;
    if (Status s = checkCopy(destination); !s) {
        QFile::remove(destination);
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("BackupService", "The backup could not be verified and was removed: %1").arg(s.message()));
    }
    return {};
}

Result<QString> restore(const QString& source, const QString& target, bool force)
{
    if (isServerLocation(target))
        return makeError(ErrorCode::Unsupported,
            tr("A shared PostgreSQL database is restored on the server with pg_restore, by its IT officer, "
               "as the server guide (packaging/postgres/README.md) shows; every desk must be signed out."));
    if (!QFileInfo::exists(source))
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("BackupService", "There is no backup at %1.").arg(native(source)));
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("BackupService", "The backup and the database are the same file."));
    if (Status s = checkCopy(source); !s)
        return makeError(s.error().code, QCoreApplication::translate("BackupService", "The backup was not restored. %1").arg(s.message()));
    const bool targetExists = QFileInfo::exists(target);
    if (targetExists && !force)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("BackupService", "%1 exists already. Use --force to replace it (it will be kept beside the new one).")
                             .arg(native(target)));

    // Write the new database under a temporary name first.
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    {
        Result<Database> src = Database::open(source, Database::OpenMode::ReadOnlyNoMigrate);
        if (!src)
            return src.error();
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (Status s = copyDatabase(src->connection(), incoming); !s)
            return s.error();
    }

    QString keptAs;
    if (targetExists) {
        // The old file moves with its write-ahead log, so SQLite can still read all of it.
        keptAs = target + QStringLiteral(".before-restore-")
                 + Clock::current().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(target, keptAs)) {
            QFile::remove(incoming);
            return makeError(ErrorCode::Io, QCoreApplication::translate("BackupService", "Could not move the current database aside; nothing was changed."));
        }
        for (const char* suffix : { "-wal", "-shm" }) {
            const QString side = target + QString::fromLatin1(suffix);
            if (QFileInfo::exists(side))
                QFile::rename(side, keptAs + QString::fromLatin1(suffix));
        }
    }
    if (!QFile::rename(incoming, target)) {
        if (!keptAs.isEmpty())
            QFile::rename(keptAs, target);
        QFile::remove(incoming);
        return makeError(ErrorCode::Io, QCoreApplication::translate("BackupService", "Could not put the restored database in place; nothing was changed."));
    }
    return keptAs;
}

} // namespace orgdesk::BackupService
