// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"
#include "audit/AuditCheckpoints.h"

#include <QSqlDatabase>
#include <QString>
#include <QWidget>

namespace orgdesk {

// Oversight ▸ Take audit checkpoint… and Verify against checkpoint…, and the offer of a checkpoint
// at a supervisor's sign-in when the newest is older than the setting audit.checkpoint_days.
//
// Thread rules: call from the GUI thread; the full verification runs on a worker with its own
// read-only connection (DatabaseTasks::runWithProgress).
namespace CheckpointTasks {

    // What taking a checkpoint wrote.
    struct Written
    {
        Checkpoint checkpoint;
        QString file; // the checkpoint (JSON)
        QString receipt; // the one-page PDF receipt beside it
    };

    // Takes a checkpoint signed by `actor` with `secret`, writes it to `file` and its receipt to
    // `file`'s name with "-receipt.pdf". Nothing is overwritten. (The menu item's work, without the
    // dialogs, for tests.)
    Result<Written> takeTo(
        const QSqlDatabase& db, const Actor& actor, const QString& secret, const QString& file);

    // The menu item: a file dialog, a password prompt, then the outcome with the receipt to open.
    void takeCheckpoint(QWidget* parent, const QSqlDatabase& db, const Actor& actor);

    // The menu item: a file picker for a checkpoint, then the whole trail verified against it with
    // progress, and the outcome in plain words.
    void verifyAgainstCheckpoint(QWidget* parent, const QString& path);
    void verifyAgainstFile(QWidget* parent, const QString& path, const QString& checkpointFile);

    // At a supervisor's sign-in: when a checkpoint is due, offers to take one now.
    void offerIfDue(QWidget* parent, const QSqlDatabase& db, const Actor& actor);

} // namespace CheckpointTasks

} // namespace orgdesk
