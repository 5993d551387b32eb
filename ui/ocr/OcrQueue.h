// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace orgdesk {

// Reads the image pages of stored attachments in the background: wake() after files were stored
// (and once at start, to catch up); a thread of its own opens its own connection to the store and
// reads every attachment not read yet (OcrService::readUnread), one at a time, until none is left.
// The clerk never waits: nothing here blocks the GUI thread, and what was read becomes searchable
// as each attachment is done.
//
// Thread rules: lives on the GUI thread; the reading runs on its own pool thread (one Tesseract
// engine kept there); the signals arrive on the GUI thread.
class OcrQueue : public QObject
{
    Q_OBJECT

public:
    explicit OcrQueue(QString databasePath, QObject* parent = nullptr);
    ~OcrQueue() override;

    void wake();
    bool busy() const { return m_running; }

Q_SIGNALS:
    // An attachment's pages were read (their words are stored and searchable).
    void attachmentRead();
    void failed(const QString& message);

private:
    void start();

    QString m_databasePath;
    QThreadPool m_pool;
    bool m_running = false;
    bool m_again = false;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace orgdesk
