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
Status backup(const QSqlDatabase& db, const QString& destination);

// Replaces the database at `target` with the backup `source` after checking the backup
// thoroughly. An existing target is kept beside it as `<target>.before-restore-<time>`;
// without `force`, an existing target is refused. OrgDesk must not be running on `target`.
// Returns the path the old database was moved to (empty if there was none).
Result<QString> restore(const QString& source, const QString& target, bool force);

} // namespace BackupService

} // namespace orgdesk
