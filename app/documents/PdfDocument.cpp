// SPDX-License-Identifier: GPL-3.0-or-later
// PDF pages through Poppler-Qt6.
#include "DocumentBackends.h"

#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <atomic>
#include <mutex>
#include <optional>

namespace orgdesk::documents {

namespace {

// Poppler reports syntax errors of damaged files through this hook; some files produce hundreds
// of thousands. They are counted, never printed (they may quote document content).
std::atomic<qint64> g_popplerMessages { 0 };
void quietPoppler(const QString&, const QVariant&)
{
    g_popplerMessages.fetch_add(1, std::memory_order_relaxed);
}
void installQuietPoppler()
{
    static const bool installed = [] {
        Poppler::setDebugErrorFunction(quietPoppler, QVariant());
        return true;
    }();
    Q_UNUSED(installed)
}

bool abortQuery(const QVariant& payload)
{
    const auto* stop = reinterpret_cast<const std::function<bool()>*>(payload.value<quintptr>());
    return stop && (*stop)();
}

Poppler::Page::Rotation popplerRotation(int degrees)
{
    switch (((degrees % 360) + 360) % 360) {
    case 90:
        return Poppler::Page::Rotate90;
    case 180:
        return Poppler::Page::Rotate180;
    case 270:
        return Poppler::Page::Rotate270;
    default:
        return Poppler::Page::Rotate0;
    }
}

// The /Filter of the encryption dictionary the newest trailer names ("Standard" for passwords),
// read from the raw bytes (Poppler-Qt does not tell); empty when the file names none.
QString encryptionFilter(const QByteArray& bytes)
{
    const QString text = QString::fromLatin1(bytes);
    static const QRegularExpression reference(QStringLiteral(R"(/Encrypt\s*(?:(\d+)\s+(\d+)\s+R|<<))"));
    QRegularExpressionMatch last;
    for (auto it = reference.globalMatch(text); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return {};
    qsizetype from = last.capturedEnd();
    if (!last.captured(1).isEmpty()) {
        // An indirect dictionary (as it must be in a file with object streams): its newest copy.
        const QRegularExpression object(
            QStringLiteral(R"((?:^|[\s>])%1\s+%2\s+obj\b)").arg(last.captured(1), last.captured(2)));
        QRegularExpressionMatch found;
        for (auto it = object.globalMatch(text); it.hasNext();)
            found = it.next();
        if (!found.hasMatch())
            return {};
        from = found.capturedEnd();
    }
    const qsizetype end = text.indexOf(QStringLiteral(">>"), from);
    static const QRegularExpression filter(QStringLiteral(R"(/Filter\s*/([^\s/<>\[\]()]+))"));
    const QRegularExpressionMatch name = filter.match(text.mid(from, end < 0 ? 4096 : end - from + 2));
    return name.hasMatch() ? name.captured(1) : QString();
}

// A PDF locked by a security handler other than the standard (password) one: no password can
// open it here, so it is refused rather than stored as waiting for one.
std::optional<Error> foreignEncryption(const QByteArray& bytes, const QString& name)
{
    const QString handler = encryptionFilter(bytes);
    if (handler.isEmpty() || handler == u"Standard")
        return std::nullopt;
    return Error { ErrorCode::Unsupported,
                   Document::tr("%1 is locked with a protection that no password can open (the \u201c%2\u201d "
                                "handler, made for one particular program). It was not stored. Ask the sender for "
                                "a copy without this protection.")
                       .arg(name, handler.left(40)) };
}

class PdfDocument final : public Document
{
public:
    PdfDocument(QString fileName, std::unique_ptr<Poppler::Document> doc)
        : Document(std::move(fileName))
        , m_doc(std::move(doc))
    {
        m_doc->setRenderHint(Poppler::Document::Antialiasing);
        m_doc->setRenderHint(Poppler::Document::TextAntialiasing);
        m_pageCount = m_doc->numPages();
    }

    DocumentType type() const override { return DocumentType::Pdf; }
    int pageCount() const override { return m_pageCount; }

    QSizeF pageSize(int page) const override
    {
        QMutexLocker lock(&m_mutex);
        const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
        if (!p)
            return QSizeF(595, 842);
        const QSizeF size = p->pageSizeF(); // already includes the page's /Rotate
        return size.isEmpty() ? QSizeF(595, 842) : size;
    }

    QString text(int page) const override
    {
        QMutexLocker lock(&m_mutex);
        const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
        return p ? p->text(QRectF()) : QString();
    }

    QList<QRectF> search(int page, const QString& needle) const override
    {
        if (needle.trimmed().isEmpty())
            return {};
        QMutexLocker lock(&m_mutex);
        const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
        return p ? p->search(needle, Poppler::Page::IgnoreCase | Poppler::Page::IgnoreDiacritics) : QList<QRectF>();
    }

protected:
    QImage renderPage(const RenderRequest& request, const std::function<bool()>& shouldStop) const override
    {
        // Wait for the document's mutex only as long as the caller is still interested.
        while (!m_mutex.tryLock(50)) {
            if (shouldStop())
                return {};
        }
        std::unique_lock<QMutex> lock(m_mutex, std::adopt_lock);
        const std::unique_ptr<Poppler::Page> page = m_doc->page(request.page);
        if (!page)
            return {};
        // Poppler polls this between drawing operations; a single hostile image can still run
        // long, which is why Document::render() stops waiting at the deadline.
        std::function<bool()> stop = shouldStop;
        return page->renderToImage(request.dpi, request.dpi, -1, -1, -1, -1, popplerRotation(request.rotation), nullptr,
                                   nullptr, abortQuery, QVariant::fromValue(reinterpret_cast<quintptr>(&stop)));
    }

private:
    std::unique_ptr<Poppler::Document> m_doc;
    int m_pageCount = 0;
    mutable QMutex m_mutex;
};

} // namespace

Result<std::shared_ptr<Document>> openPdf(const QByteArray& bytes, const QString& fileName, const QString& password)
{
    installQuietPoppler();
    const QString name = QFileInfo(fileName).fileName();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc || doc->isLocked()) {
        if (const std::optional<Error> foreign = foreignEncryption(bytes, name))
            return *foreign;
    }
    if (!doc)
        return makeError(ErrorCode::Corrupt,
                         Document::tr("%1 is damaged and cannot be opened as a PDF (it may be cut short or not "
                                      "really a PDF). Ask the sender to send it again.")
                             .arg(name));
    if (doc->isLocked()) {
        if (password.isEmpty())
            return makeError(ErrorCode::NeedsPassword,
                             Document::tr("%1 is protected by a password. Enter the password the sender gave.").arg(name));
        // AES-256 files take the password as UTF-8, older RC4/AES-128 files as Latin-1.
        bool unlocked = false;
        for (const QByteArray& candidate : { password.toUtf8(), password.toLatin1() }) {
            doc = Poppler::Document::loadFromData(bytes, candidate, candidate);
            if (doc && !doc->isLocked()) {
                unlocked = true;
                break;
            }
        }
        if (!unlocked)
            return makeError(ErrorCode::NeedsPassword,
                             Document::tr("The password for %1 is not right. Please check it with the sender.").arg(name));
    }
    const int pages = doc->numPages();
    if (pages <= 0)
        return makeError(ErrorCode::Corrupt,
                         Document::tr("%1 has no pages that can be shown (the file is damaged or empty).").arg(name));
    // Never trust the declared count for sizing anything; a page that cannot be loaded later is
    // reported when it is drawn. The first page must exist, or there is nothing to show.
    if (pages > 100000)
        return makeError(ErrorCode::Corrupt, Document::tr("%1 claims %2 pages, which cannot be right.").arg(name).arg(pages));
    if (!doc->page(0))
        return makeError(ErrorCode::Corrupt, Document::tr("%1 is damaged: its first page cannot be read.").arg(name));
    return std::shared_ptr<Document>(std::make_shared<PdfDocument>(fileName, std::move(doc)));
}

} // namespace orgdesk::documents
