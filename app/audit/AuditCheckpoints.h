// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventLog.h"
#include "Result.h"
#include "UserService.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

namespace orgdesk {

// A signed statement of where the audit trail stood: "in store S, event N had hash H; N events;
// taken at T by supervisor U". Kept outside the database (a file, a printed receipt with its QR
// code), it proves later that the trail still extends it.
struct Checkpoint
{
    static constexpr const char* kFormat = "orgdesk-audit-checkpoint/1";

    QString storeId;
    qint64 eventId = 0;
    QString headHash;
    qint64 eventCount = 0;
    QDateTime takenAt; // UTC, to the second
    QString supervisor; // user name
    QString publicKey; // Ed25519, 64 hex digits
    QString signature; // Ed25519 over signedBytes(), 128 hex digits

    // What the signature covers: every field above but the signature, each length-prefixed.
    QByteArray signedBytes() const;
    bool signatureValid() const;
    // The checkpoint file (JSON, with the time also in Hong Kong time for people reading it).
    QByteArray toFile() const;
    // Reads a checkpoint file; a clear error for anything that is not one.
    static Result<Checkpoint> fromFile(const QByteArray& bytes);
    // Short text for the receipt's QR code (the file's content, compact).
    QByteArray qrText() const;
    // First 16 hex digits of the SHA-256 of the public key, as shown on the receipt.
    QString keyFingerprint() const;
};

// Checkpoints of the audit trail: signing keys of supervisors (the secret half sealed by the
// supervisor's own secret: argon2id, then XSalsa20-Poly1305), taking a checkpoint, verifying the
// trail against one, and incremental verification from the newest verified point.
//
// Thread rules: stateless apart from the connection; use from the connection's thread.
class AuditCheckpoints
{
public:
    explicit AuditCheckpoints(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // The random identity of this store (made by schema 12, kept by backups and store copy).
    Result<QString> storeId() const;

    // Takes a checkpoint of the trail as it is now, signed by `actor` (a supervisor). `secret`
    // opens their sealed signing key; on their first checkpoint it must be their current password,
    // and the key is made and sealed with it. The trail is verified first (from the newest verified
    // point); the checkpoint is recorded in the trail and listed.
    Result<Checkpoint> take(const Actor& actor, const QString& secret);

    struct Listed
    {
        qint64 id = 0;
        Checkpoint checkpoint;
    };
    Result<QList<Listed>> list() const;
    // The newest recorded checkpoint, if any.
    Result<std::optional<Listed>> newest() const;
    // Whether the newest checkpoint is older than the setting audit.checkpoint_days (or there is
    // none while the trail has events): the desk then offers a supervisor to take one.
    Result<bool> checkpointDue() const;

    struct Outcome
    {
        std::optional<EventLog::Problem> problem; // the first thing wrong, in words
        qint64 checked = 0; // events whose hashes were recomputed
        qint64 newestId = 0;
        QString newestHash;
        qint64 fromId = 0; // first event checked (incremental)
        bool recorded = false; // the verified point was kept for the next incremental verify
    };
    // Whether the trail still extends `checkpoint`: the signature holds, the store is the same,
    // the checkpoint's event is still there with its hash (a rollback, truncation or rewrite, with
    // hashes recomputed or not, fails here), and the events after it follow on. `incremental`
    // checks from the checkpoint's event on only; otherwise the whole trail is verified too.
    Result<Outcome> verifyAgainst(const Checkpoint& checkpoint, bool incremental,
        const std::function<bool(qint64, qint64)>& progress = {});
    // Verifies from the newest point recorded as verified (a full verify, a checkpoint verified, an
    // earlier incremental one) that still holds, or the whole trail when there is none.
    Result<Outcome> verifyIncremental(const std::function<bool(qint64, qint64)>& progress = {});
    // The whole trail, recording the verified point when intact.
    Result<Outcome> verifyFull(const std::function<bool(qint64, qint64)>& progress = {});

    // Records that the trail was verified intact through event `throughId` (kind: full,
    // checkpoint or incremental). Needs a writable connection.
    Status recordVerified(const QString& kind, qint64 throughId, const QString& throughHash,
        std::optional<qint64> userId = std::nullopt);

    // Before a restore: how the backup at `backupPath` compares with the newest checkpoint recorded
    // in the database at `currentPath` (or in the backup itself). `lacking` is how many events the
    // backup lacks compared with that checkpoint; `diverges` is set when the backup holds the
    // checkpoint's event with another hash.
    struct RollbackCheck
    {
        std::optional<Checkpoint> newest;
        qint64 backupNewestId = 0;
        qint64 lacking = 0;
        bool diverges = false;
    };
    static Result<RollbackCheck> compareBackup(const QString& backupPath, const QString& currentPath);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
