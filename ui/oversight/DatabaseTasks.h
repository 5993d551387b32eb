// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QProgressDialog>
#include <QSqlDatabase>
#include <QString>
#include <QWidget>
#include <QtConcurrent>

#include <atomic>
#include <functional>
#include <memory>

namespace orgdesk {

// Long checks of the whole database, run on a worker thread with their own read-only connection
// behind a modal progress dialog that can cancel them.
//
// Thread rules: call from the GUI thread; `work` runs on a worker, `done` back on the GUI thread.
namespace DatabaseTasks {

// Reports progress from the worker: a label and a fraction done; returns false once cancelled.
using Progress = std::function<bool(const QString& label, qint64 done, qint64 total)>;

template <typename T>
void runWithProgress(QWidget* parent, const QString& title, const QString& label,
                     std::function<Result<T>(const Progress&)> work, std::function<void(const Result<T>&)> done)
{
    auto* progress = new QProgressDialog(label, QObject::tr("Cancel"), 0, 1000, parent);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(progress, &QProgressDialog::canceled, parent, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> guard(progress);
    auto* watcher = new QFutureWatcher<Result<T>>(parent);
    QObject::connect(watcher, &QFutureWatcherBase::finished, parent, [watcher, guard, done] {
        const Result<T> result = watcher->result();
        watcher->deleteLater();
        if (guard)
            guard->close();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run([work, cancel, guard]() -> Result<T> {
        return work([&](const QString& stage, qint64 value, qint64 total) {
            const int permille = total > 0 ? int(value * 1000 / total) : 0;
            QMetaObject::invokeMethod(qApp, [guard, stage, permille] {
                if (guard) {
                    guard->setLabelText(stage);
                    guard->setValue(std::min(permille, 999));
                }
            });
            return !*cancel;
        });
    }));
}

// Integrity, every attachment's SHA-256 and the audit chain (File → Check database…).
void checkDatabase(QWidget* parent, const QString& path);

// The audit chain alone, quickly (Oversight → Verify audit trail…). The outcome, with the newest
// event's hash, is shown and recorded as an `audit.verified` event by `actor` on `db`.
void verifyAuditTrail(QWidget* parent, const QSqlDatabase& db, const QString& path, const Actor& actor);

} // namespace DatabaseTasks

} // namespace orgdesk
