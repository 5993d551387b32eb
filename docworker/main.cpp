// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-docworker: reads one untrusted document for the desk, inside the limits of Sandbox.h,
// and answers one request (DocumentWorkerProtocol.h). Started by app/documents/DocumentWorker:
//   orgdesk-docworker --cpu-seconds N --memory-mb M
// or, for viewing one document page after page (app/documents/WorkerDocument), started ahead of
// need and kept while the document is shown:
//   orgdesk-docworker --session --cpu-seconds N --memory-mb M
#include "Sandbox.h"
#include "documents/Document.h"
#include "documents/DocumentWorkerProtocol.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace orgdesk;
using namespace orgdesk::docworker;

namespace {

constexpr int kSandboxFailed = kExitSandboxFailed;
constexpr int kProtocolFailed = kExitProtocolFailed;

bool isSession(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--session") == 0)
            return true;
    }
    return false;
}

SandboxLimits parseLimits(int argc, char** argv)
{
    SandboxLimits limits;
    if (isSession(argc, argv))
        limits.keepDescriptorsUpTo = kArenaFd;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--cpu-seconds") == 0)
            limits.cpuSeconds = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--memory-mb") == 0)
            limits.addressSpaceBytes = std::uint64_t(std::max(64, std::atoi(argv[++i]))) << 20;
    }
    return limits;
}

bool readRequest(Request& request)
{
    char prefix[4];
    if (!readExactly(kRequestFd, prefix, 4))
        return false;
    const quint32 length = frameLength(prefix);
    if (length > kMaxMessageBytes)
        return false;
    QByteArray payload(qsizetype(length), Qt::Uninitialized);
    return readExactly(kRequestFd, payload.data(), payload.size()) && decode(payload, request);
}

// The document's bytes, from the read-only descriptor the desk passed.
bool readDocument(QByteArray& bytes, int fd = kDocumentFd)
{
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || st.st_size < 0 || quint64(st.st_size) > kMaxMessageBytes)
        return false;
    bytes.resize(qsizetype(st.st_size));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pread(fd, bytes.data() + done, size_t(bytes.size() - done), off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

Reply refuse(const Error& error)
{
    Reply reply;
    reply.errorCode = qint32(error.code);
    reply.message = error.message;
    return reply;
}

Reply inspect(const Request& request, const QByteArray& bytes)
{
    const Result<SniffResult> sniffed = sniffDocument(bytes, request.fileName);
    if (!sniffed)
        return refuse(sniffed.error());
    const Result<std::shared_ptr<Document>> doc = Document::open(bytes, request.fileName, request.password);
    Reply reply = doc ? Reply() : refuse(doc.error());
    reply.documentType = qint32(sniffed->type);
    reply.mimeType = sniffed->mimeType;
    if (!doc)
        return reply;
    reply.ok = true;
    reply.pageCount = (*doc)->pageCount();
    for (int p = 0; p < std::min(reply.pageCount, int(request.maxTextPages)) && reply.text.size() < request.maxTextChars;
         ++p)
        reply.text += (*doc)->text(p) + u'\n';
    return reply;
}

Reply extractPages(const Request& request, const QByteArray& bytes)
{
    const Result<QByteArray> pages = extractTiffPages(bytes, request.pages, request.rotations);
    if (!pages)
        return refuse(pages.error());
    Reply reply;
    reply.ok = true;
    reply.documentType = qint32(DocumentType::Tiff);
    reply.mimeType = QStringLiteral("image/tiff");
    reply.pageCount = int(request.pages.size());
    reply.bytes = *pages;
    return reply;
}

// One framed request from the session's socket, with the descriptor sent along with it (-1: none).
bool receiveRequest(Request& request, int& passedFd)
{
    passedFd = -1;
    char prefix[4];
    qsizetype got = 0;
    while (got < 4) {
        iovec io { prefix + got, size_t(4 - got) };
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
        msghdr msg {};
        msg.msg_iov = &io;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(kRequestFd, &msg, MSG_CMSG_CLOEXEC);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS && passedFd < 0)
                std::memcpy(&passedFd, CMSG_DATA(c), sizeof(int));
        }
        got += n;
    }
    const quint32 length = frameLength(prefix);
    if (length > kMaxMessageBytes)
        return false;
    QByteArray payload(qsizetype(length), Qt::Uninitialized);
    return readExactly(kRequestFd, payload.data(), payload.size()) && decode(payload, request);
}

// The page arena the desk shares with a session (DocumentWorkerProtocol.h).
struct Arena
{
    uchar* base = nullptr;
    quint64 size = 0;
};

Arena mapArena()
{
    struct stat st
    {
    };
    if (::fstat(kArenaFd, &st) != 0 || st.st_size <= 0)
        return {};
    void* p = ::mmap(nullptr, size_t(st.st_size), PROT_READ | PROT_WRITE, MAP_SHARED, kArenaFd, 0);
    if (p == MAP_FAILED)
        return {};
    return Arena { static_cast<uchar*>(p), quint64(st.st_size) };
}

Reply renderPage(const Document& doc, const Request& request, const Arena& arena)
{
    RenderRequest r;
    r.page = request.page;
    r.dpi = request.dpi;
    r.rotation = request.rotation;
    r.timeoutMs = 24 * 3600 * 1000; // the desk's clock and the CPU limit bound it
    r.onCallingThread = true;
    const Result<QImage> image = doc.render(r);
    if (!image)
        return refuse(image.error());
    Reply reply;
    reply.ok = true;
    reply.width = image->width();
    reply.height = image->height();
    reply.bytesPerLine = image->bytesPerLine();
    reply.format = qint32(image->format());
    const auto bytes = quint64(image->sizeInBytes());
    if (arena.base && request.arenaCapacity >= bytes && request.arenaOffset <= arena.size
        && arena.size - request.arenaOffset >= bytes) {
        std::memcpy(arena.base + request.arenaOffset, image->constBits(), size_t(bytes));
        reply.inArena = true;
    } else {
        reply.bytes = QByteArray(reinterpret_cast<const char*>(image->constBits()), qsizetype(bytes));
    }
    return reply;
}

// How much of the arena a session touches before it is needed (two A4 pages at 150 dpi).
constexpr quint64 kArenaWarmBytes = 20ULL * 1024 * 1024;

// A one-page PDF with a line of text in each common standard font, drawn twice by a session before
// it waits for its document: Poppler's global state, fontconfig's configuration and caches, the
// font files and the memory of two pages are then ready, and the document's first page costs what
// it would in a desk that has drawn pages before (starting them takes longer than drawing a page).
void warmUp()
{
    QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << "
        "/F1 5 0 R /F2 6 0 R /F3 7 0 R /F4 8 0 R /F5 9 0 R /F6 10 0 R /F7 11 0 R >> >> >>",
        "", // the page's text, below
    };
    // The standard fonts letters and court forms use without embedding them (each is a font file
    // of its own on the desk, found through fontconfig the first time it is drawn).
    const QList<QByteArray> fonts { "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Times-Roman",
        "Times-Bold", "Times-Italic", "Courier" };
    QByteArray text = "BT";
    for (qsizetype i = 0; i < fonts.size(); ++i) {
        objects.append(
            "<< /Type /Font /Subtype /Type1 /BaseFont /" + fonts.at(i) + " /Encoding /WinAnsiEncoding >>");
        text += " /F" + QByteArray::number(i + 1) + " 12 Tf 1 0 0 1 72 " + QByteArray::number(770 - 20 * i)
            + " Tm (Warm up 0123) Tj";
    }
    text += " ET";
    objects[3] = "<< /Length " + QByteArray::number(text.size()) + " >>\nstream\n" + text + "\nendstream";
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    const Result<std::shared_ptr<Document>> doc = Document::open(pdf, QStringLiteral("warm-up.pdf"));
    if (!doc)
        return;
    RenderRequest r;
    r.dpi = 150;
    r.onCallingThread = true;
    // Two pages alive at once, as when the first page is handed back while the next is drawn.
    const Result<QImage> first = (*doc)->render(r);
    (void)(*doc)->render(r);
    (void)(*doc)->text(0);
}

// Serves one document for the desk's viewer until the desk hangs up.
int session()
{
    // Memory freed after a page stays with the process for the next page: touching fresh memory
    // (a page fault per 4 KiB) costs more than drawing a page on some machines. Pages up to
    // 32 MB (A4 at 250 dpi) come from the heap, which is kept, and every thread shares it.
    ::mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    ::mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    ::mallopt(M_ARENA_MAX, 1);
    const Arena arena = mapArena();
    warmUp();
    // The start of the arena is touched now, while nobody waits: the first pages land there.
    if (arena.base)
        std::memset(arena.base, 0, size_t(std::min<quint64>(arena.size, kArenaWarmBytes)));
    const QByteArray hook = qgetenv(kTestHookVariable);
    QTranslator translator;
    std::shared_ptr<Document> doc;
    for (;;) {
        Request request;
        int passed = -1;
        if (!receiveRequest(request, passed))
            return 0; // the desk closed the session
        if (request.version != kProtocolVersion)
            return kProtocolFailed;
        Reply reply;
        switch (request.operation) {
        case Operation::Open: {
            QByteArray bytes;
            const bool read = passed >= 0 && readDocument(bytes, passed);
            if (passed >= 0)
                ::close(passed);
            if (!read || doc)
                return kProtocolFailed;
            if (!request.translations.isEmpty()
                && translator.load(reinterpret_cast<const uchar*>(request.translations.constData()),
                    int(request.translations.size())))
                QCoreApplication::installTranslator(&translator);
            const Result<SniffResult> sniffed = sniffDocument(bytes, request.fileName);
            const Result<std::shared_ptr<Document>> opened = sniffed
                ? Document::open(bytes, request.fileName, request.password)
                : Result<std::shared_ptr<Document>>(sniffed.error());
            if (!opened) {
                reply = refuse(opened.error());
                break;
            }
            doc = *opened;
            reply.ok = true;
            reply.documentType = qint32(doc->type());
            reply.mimeType = sniffed->mimeType;
            reply.pageCount = doc->pageCount();
            for (int p = 0; p < std::min(reply.pageCount, kOpenSizes); ++p)
                reply.sizes.append(doc->pageSize(p));
            break;
        }
        case Operation::Render:
        case Operation::PageSize:
        case Operation::Text:
        case Operation::Search:
            if (passed >= 0)
                ::close(passed);
            if (!doc || request.page < 0 || request.page >= doc->pageCount())
                return kProtocolFailed;
            if (request.operation == Operation::Render) {
                if (hook == "sleep") // a page that never finishes drawing
                    for (;;)
                        ::pause();
                if (hook == "abort-render")
                    std::abort();
                reply = renderPage(*doc, request, arena);
            } else {
                reply.ok = true;
                if (request.operation == Operation::PageSize)
                    reply.sizes.append(doc->pageSize(request.page));
                else if (request.operation == Operation::Text)
                    reply.text = doc->text(request.page);
                else
                    reply.rects = doc->search(request.page, request.needle);
            }
            break;
        default:
            return kProtocolFailed;
        }
        if (!writeAll(kReplyFd, encode(reply)))
            return 0;
    }
}

// Grey pixels of each page that is an image: every page of a TIFF, JPEG or PNG, and the PDF pages
// with no text layer (scans); a page with text gets a null image (its text is read as it is).
Reply renderImagePages(const Request& request, const QByteArray& bytes)
{
    const Result<std::shared_ptr<Document>> doc = Document::open(bytes, request.fileName, request.password);
    if (!doc)
        return refuse(doc.error());
    const double dpi = std::clamp(request.renderDpi, 50.0, 400.0);
    Reply reply;
    reply.ok = true;
    reply.documentType = qint32((*doc)->type());
    reply.pageCount = (*doc)->pageCount();
    for (int p = 0; p < reply.pageCount; ++p) {
        if (!request.pages.isEmpty() && !request.pages.contains(p)) {
            reply.images.append(QImage());
            continue;
        }
        if ((*doc)->type() == DocumentType::Pdf && (*doc)->text(p).trimmed().size() >= 20) {
            reply.images.append(QImage());
            continue;
        }
        RenderRequest render;
        render.page = p;
        render.dpi = dpi;
        render.timeoutMs = 60000;
        render.onCallingThread = true;
        const Result<QImage> image = (*doc)->render(render);
        if (!image)
            return refuse(image.error());
        reply.images.append(image->convertToFormat(QImage::Format_Grayscale8));
    }
    return reply;
}

} // namespace

int main(int argc, char** argv)
{
    // Limits first, before anything is read.
    if (!limitProcess(parseLimits(argc, argv)).isEmpty() || qgetenv(kTestHookVariable) == "sandbox-fails")
        return kSandboxFailed;
    QCoreApplication app(argc, argv);
    if (!filterSystemCalls().isEmpty())
        return kSandboxFailed;

    if (isSession(argc, argv)) {
        if (qgetenv(kTestHookVariable) == "abort")
            std::abort();
        return session();
    }

    Request request;
    if (!readRequest(request) || request.version != kProtocolVersion)
        return kProtocolFailed;
    QTranslator translator;
    if (!request.translations.isEmpty()
        && translator.load(reinterpret_cast<const uchar*>(request.translations.constData()),
                           int(request.translations.size())))
        QCoreApplication::installTranslator(&translator);

    const QByteArray hook = qgetenv(kTestHookVariable);
    if (hook == "sleep") {
        for (;;)
            ::pause();
    }
    if (hook == "abort")
        std::abort();

    Reply reply;
    if (hook == "probe") {
        reply.ok = true;
        reply.text = probeSandbox();
    } else {
        QByteArray bytes;
        if (!readDocument(bytes))
            return kProtocolFailed;
        switch (request.operation) {
        case Operation::Inspect:
            reply = inspect(request, bytes);
            break;
        case Operation::ExtractTiffPages:
            reply = extractPages(request, bytes);
            break;
        case Operation::RenderImagePages:
            reply = renderImagePages(request, bytes);
            break;
        default:
            return kProtocolFailed;
        }
    }
    return writeAll(kReplyFd, encode(reply)) ? 0 : kProtocolFailed;
}
