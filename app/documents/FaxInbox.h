// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntakeService.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace orgdesk {

// The folder the fax server drops received faxes into. A file is offered ("ready") only once it
// is complete: its size and modification time are unchanged over two scans and it opens as a
// document. Filing stores it in the database first and removes it from the folder only after the
// commit succeeded; if anything fails, the file stays where it was. Files are opened, counted and
// re-written only by the document worker process (DocumentWorker), never in this process.
//
// Thread rules: an inbox object lives on the GUI (or any one) thread; a scan may block it for at
// most the worker's time limit per new file. The static filing functions may run on any thread
// whose database connection `db` is; `cancel` may be set from any thread.
class FaxInbox : public QObject
{
    Q_OBJECT
public:
    explicit FaxInbox(QString folder, QObject* parent = nullptr);

    const QString& folder() const { return m_folder; }
    // Periodic rescan besides file-system notifications (some network folders send none).
    void setRescanInterval(int ms);
    // Limits of the worker that checks whether a file is complete.
    void setWorkerLimits(const DocumentWorker::Limits& limits) { m_limits = limits; }
    QStringList readyFiles() const; // full paths, oldest first

    struct Filed
    {
        QList<ApplicationRecord> applications; // created or filed into
        QList<IntakeOutcome> outcomes;
        bool removedFromInbox = false;
        QString message; // plain words for the clerk
    };

    // How the clerk arranged a fax's pages before filing: which pages, in which order, turned how.
    struct PagePlan
    {
        int page = 0;     // 0-based page of the received fax
        int rotation = 0; // clockwise degrees
    };

    // Files one inbox file as a new fax application; with `arrangement`, a fax TIFF is stored with
    // its pages reordered, turned and blank ones left out, exactly as arranged.
    static Result<Filed> fileAsNew(const QSqlDatabase& db, const QString& path, const Actor& actor,
                                   const QList<PagePlan>& arrangement = {},
                                   const std::atomic<bool>* cancel = nullptr);
    // Files one inbox file into an existing application.
    static Result<Filed> fileInto(const QSqlDatabase& db, const QString& path, qint64 applicationId, const Actor& actor,
                                  const std::atomic<bool>* cancel = nullptr);
    // Splits one multi-page fax TIFF into several new applications, `parts` being 0-based page
    // lists; every page must be in exactly one part or in `discarded` (blank pages). All parts
    // are stored in one transaction: either every application is created or none.
    static Result<Filed> splitIntoNew(const QSqlDatabase& db, const QString& path, const QList<QList<int>>& parts,
                                      const QList<int>& discarded, const Actor& actor,
                                      const std::atomic<bool>* cancel = nullptr);

    // Reads page ranges as a clerk types them, one part per ';' — "1-2; 3-5" or "1,2;3 4 5" —
    // into 0-based page lists, checked against `pageCount`.
    static Result<QList<QList<int>>> parseParts(const QString& text, int pageCount);

public Q_SLOTS:
    void scan();

Q_SIGNALS:
    void readyFilesChanged();

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        int stableScans = 0;
        bool ready = false;
        bool refused = false; // the worker could not read it; tried again only once it changes
    };

    QString m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_rescan;
    QHash<QString, Seen> m_seen;
    DocumentWorker::Limits m_limits;
};

} // namespace orgdesk
