// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationService.h"
#include "AttachmentStore.h"
#include "DocumentWorker.h"
#include "Result.h"
#include "UserService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <optional>

namespace orgdesk {

// One file offered for intake (picked, dropped, pasted, or taken from the fax inbox).
struct IntakeFile
{
    QString name;     // as the person or the fax server named it
    QByteArray bytes; // original content, stored unchanged
};

// Where bytes identical to an offered file are stored already.
struct StoredCopy
{
    QString reference;
    qint64 attachmentId = 0;
    QString name;
};

// What happened to one file.
struct IntakeOutcome
{
    QString name;
    bool stored = false;
    qint64 attachmentId = 0;
    int pageCount = 0;
    QString mimeType;
    QString sha256;
    bool needsPassword = false;     // an encrypted PDF: stored; its password is asked when viewing
    bool cancelled = false;         // the person cancelled while the file was being read: not stored
    QList<StoredCopy> alreadyStored; // the same SHA-256 elsewhere (flagged, never merged silently)
    QString message;                 // plain words: why it was refused, or a note
    QString text;                    // a PDF's text layer, indexed for search when stored
};

// Takes documents into the store: checks each file by its content (type, damage, pages, text),
// stores the original bytes unchanged with their SHA-256, and records an event, each file in
// its own transaction so one bad file never costs the others. Files are read only by the
// document worker process (DocumentWorker), within the intake time limit of Settings
// (documents.worker_seconds); a file the worker cannot read safely in time is refused.
//
// Thread rules: use from the thread that owns `db`; reading a file blocks that thread for at most
// the time limit, so the GUI runs intake on a thread of its own (ui/intake/IntakeTask). The
// cancel flag may be set from any thread.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(orgdesk::IntakeService)

public:
    static constexpr qint64 kDefaultMaxFileBytes = 100LL * 1024 * 1024;

    explicit IntakeService(QSqlDatabase db, qint64 maxFileBytes = kDefaultMaxFileBytes)
        : m_db(std::move(db))
        , m_maxFileBytes(maxFileBytes)
    {
    }

    enum class Duplicates {
        StoreAndFlag, // store it again and report where the other copies are
        SkipStored,   // do not store a second copy; report where the stored one is
    };

    // Set from any thread to stop: the file being read is dropped (its worker killed) and no
    // further file is stored.
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    // The worker with the desk's limits and this service's cancel flag.
    DocumentWorker documentWorker() const;

    // Checks a file without storing it: type, damage, pages, copies already stored.
    IntakeOutcome inspect(const IntakeFile& file) const;

    // Attaches `file` to the application; a refused file gives stored = false and a message.
    IntakeOutcome attach(qint64 applicationId, const IntakeFile& file, const Actor& actor,
                         Duplicates duplicates = Duplicates::StoreAndFlag);

    // Records a newly received application and its files in one transaction. Files that are
    // refused are reported and left out; when every file is refused no application is created.
    struct Received
    {
        std::optional<ApplicationRecord> application;
        QList<IntakeOutcome> files;
    };
    Result<Received> receiveWithFiles(const Receipt& receipt, const QList<IntakeFile>& files, const Actor& actor);

    // Receives one new application per file, all in one transaction: every file must be
    // accepted, or nothing is stored (used when one fax is split into several applications).
    Result<QList<ApplicationRecord>> receiveEach(const Receipt& receipt, const QList<IntakeFile>& files,
                                                 const Actor& actor);

private:
    // Stores an inspected file inside the caller's transaction.
    Status store(qint64 applicationId, const QString& reference, const IntakeFile& file, IntakeOutcome& outcome,
                 const Actor& actor);

    bool cancelled() const { return m_cancel && m_cancel->load(); }

    QSqlDatabase m_db;
    qint64 m_maxFileBytes;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace orgdesk
