// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-docworker: reads one untrusted document for the desk, inside the limits of Sandbox.h,
// and answers one request (DocumentWorkerProtocol.h). Started by app/documents/DocumentWorker:
//   orgdesk-docworker --cpu-seconds N --memory-mb M
#include "Sandbox.h"
#include "documents/Document.h"
#include "documents/DocumentWorkerProtocol.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

using namespace orgdesk;
using namespace orgdesk::docworker;

namespace {

constexpr int kSandboxFailed = kExitSandboxFailed;
constexpr int kProtocolFailed = kExitProtocolFailed;

SandboxLimits parseLimits(int argc, char** argv)
{
    SandboxLimits limits;
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
bool readDocument(QByteArray& bytes)
{
    struct stat st {};
    if (::fstat(kDocumentFd, &st) != 0 || st.st_size < 0 || quint64(st.st_size) > kMaxMessageBytes)
        return false;
    bytes.resize(qsizetype(st.st_size));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pread(kDocumentFd, bytes.data() + done, size_t(bytes.size() - done), off_t(done));
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
