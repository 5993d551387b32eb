// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent>

#include <atomic>
#include <functional>
#include <memory>

namespace orgdesk {

// Intake (attaching, dropping, pasting, filing from the fax inbox) run on a thread of its own, so
// that reading a large or hostile file never freezes the window. `work` opens its own database
// connection on that thread (connections belong to one thread) and polls `cancel`, which the
// progress dialog's Cancel button sets; the call returns `work`'s result once it is done. The
// window keeps painting and answering meanwhile: the caller waits in a local event loop behind a
// window-modal progress dialog (shown after a short moment, so quick intakes do not flash it).
//
// Thread rules: call from the GUI thread; `work` runs on a pool thread, and `progress` may be
// called from it (the dialog is updated on the GUI thread).
namespace IntakeTask {

// Reports from the worker: a label and files done of total; returns false once cancelled.
using Progress = std::function<bool(const QString& label, int done, int total)>;

template<typename T>
T run(QWidget* parent, const QString& title, std::function<T(const Progress&, const std::atomic<bool>& cancel)> work)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QProgressDialog dialog(QCoreApplication::translate("orgdesk::IntakeTask", "Reading the files…"),
                           QCoreApplication::translate("orgdesk::IntakeTask", "Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(0);
    dialog.hide();
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancel] { *cancel = true; });
    const QPointer<QProgressDialog> guard(&dialog);

    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([work, cancel, guard]() -> T {
        return work(
            [cancel, guard](const QString& label, int done, int total) {
                QMetaObject::invokeMethod(qApp, [guard, label, done, total] {
                    if (guard) {
                        guard->setLabelText(label);
                        guard->setMaximum(std::max(1, total));
                        guard->setValue(std::min(done, std::max(1, total) - 1));
                    }
                });
                return !cancel->load();
            },
            *cancel);
    }));
    QTimer::singleShot(300, &dialog, [&dialog, &watcher] {
        if (!watcher.isFinished())
            dialog.show();
    });
    if (!watcher.isFinished())
        loop.exec(QEventLoop::AllEvents);
    watcher.waitForFinished();
    return watcher.result();
}

} // namespace IntakeTask

} // namespace orgdesk
