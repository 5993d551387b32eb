// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupService.h"

#include "Clock.h"
#include "Database.h"
#include "Dialect.h"
#include "IntegrityChecker.h"
#include "SqlUtil.h"

#include <QCoreApplication>
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

} // namespace

Status backup(const QSqlDatabase& db, const QString& destination)
{
    if (Dialect::of(db).isPostgres())
        // The server's own tools copy it whole and consistently, roles aside (see
        // packaging/postgres/README.md for the nightly dump and the restore drill).
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("BackupService",
                                                     "A shared PostgreSQL database is backed up on the server with "
                                                     "its own tools. Run there: pg_dump -Fc -d %1 -f %2 — and practise "
                                                     "the restore as the server guide (packaging/postgres/README.md) "
                                                     "shows.")
                             .arg(db.databaseName(), native(destination)));
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
