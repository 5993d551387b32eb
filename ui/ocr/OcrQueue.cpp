// SPDX-License-Identifier: GPL-3.0-or-later
#include "OcrQueue.h"

#include "Database.h"
#include "ocr/OcrService.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent>

namespace orgdesk {

OcrQueue::OcrQueue(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the thread, and its engine, between batches
}

OcrQueue::~OcrQueue()
{
    *m_cancel = true;
    m_pool.waitForDone();
}

void OcrQueue::wake()
{
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void OcrQueue::start()
{
    m_running = true;
    m_again = false;
    const QPointer<OcrQueue> self(this);
    const QString path = m_databasePath;
    const auto cancel = m_cancel;
    m_pool.start([self, path, cancel] {
        thread_local ocr::OcrEngine engine;
        QString error;
        {
            Result<Database> db = Database::open(path, Database::OpenMode::ExistingOnly);
            if (!db) {
                error = db.error().message;
            } else {
                ocr::OcrService service(db->connection(), cancel.get());
                for (;;) {
                    const Result<int> pages = service.readUnread(engine, 1);
                    if (!pages) {
                        error = pages.error().message;
                        break;
                    }
                    if (*pages == 0 || cancel->load())
                        break;
                    QMetaObject::invokeMethod(qApp, [self] {
                        if (self)
                            Q_EMIT self->attachmentRead();
                    });
                }
            }
        }
        QMetaObject::invokeMethod(qApp, [self, error] {
            if (!self)
                return;
            self->m_running = false;
            if (!error.isEmpty())
                Q_EMIT self->failed(error);
            if (self->m_again)
                self->start();
        });
    });
}

} // namespace orgdesk
