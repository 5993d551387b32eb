// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

// Consistent copies of a store and putting one back.
namespace BackupService {

// Writes a consistent, compacted copy of the open database to `destination` (VACUUM INTO, safe
// while OrgDesk is in use), then checks the copy. Refuses to overwrite an existing file.
// On a PostgreSQL store: a pg_dump custom-format file, proved by restoring it into a scratch
// database on the same server, checking that as `check` does and comparing its newest event with
// the live trail; when the proof cannot be made here (no client tools, no right to create a
// database), the error says exactly what to run on the server instead.
Status backup(const QSqlDatabase& db, const QString& destination);

// Replaces the database at `target` with the backup `source` after checking the backup
// thoroughly. An existing target is kept beside it as `<target>.before-restore-<time>`;
// without `force`, an existing target is refused. OrgDesk must not be running on `target`.
// Returns the path the old database was moved to (empty if there was none).
Result<QString> restore(const QString& source, const QString& target, bool force);

} // namespace BackupService

} // namespace orgdesk
