// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The messages between the desk (DocumentWorker) and the document worker process
// (orgdesk-docworker), shared by both sides so that they cannot drift apart.
//
// The worker is started with four descriptors and nothing else:
//   0  requests from the desk (a pipe)
//   1  replies to the desk (a pipe)
//   2  /dev/null
//   3  the document, read-only (a sealed memfd holding the file's bytes)
// Each message is a 4-byte little-endian length followed by that many bytes of QDataStream
// (Qt 6.4 format). The desk sends one Request, the worker answers with one Reply and exits.
//
// A viewing session (orgdesk-docworker --session, WorkerDocument) is started ahead of need
// (warm) with other descriptors:
//   0  a UNIX stream socket to the desk, for requests and replies both (the desk passes the
//      document's sealed memfd with the Open request, SCM_RIGHTS)
//   1  the same socket
//   2  /dev/null
//   4  the page arena: a memfd the desk made and sized, mapped shared by both; the worker writes
//      each drawn page at the offset the desk chose, and the desk shows it from there, uncopied
// It answers Open, then any number of Render, PageSize, Text and Search requests, until the desk
// closes the socket or kills it.
//
// Thread rules: plain functions on plain values; the descriptor helpers block the calling
// thread (the desk uses them from its intake thread, never from the GUI thread).

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <cerrno>
#include <cstdint>

#include <unistd.h>

namespace orgdesk::docworker {

constexpr quint32 kProtocolVersion = 2;
constexpr int kRequestFd = 0;
constexpr int kReplyFd = 1;
constexpr int kDocumentFd = 3;
constexpr int kArenaFd = 4; // sessions only
// A reply holds at most a bundle's text (bounded by the request) or a rewritten fax.
constexpr quint32 kMaxMessageBytes = 256u * 1024 * 1024;

// Exit codes of a worker that gives no reply.
constexpr int kExitSandboxFailed = 3; // a limit or the system-call filter could not be put in place
constexpr int kExitProtocolFailed = 4; // no readable request or document

// Test-only hook, read by the worker from its environment: "sleep" makes it wait forever before
// answering, "abort" makes it crash, as a hostile file could; "probe" answers with what its
// sandbox allows (Sandbox.h); "sandbox-fails" exits as if its limits could not be put in place.
constexpr const char* kTestHookVariable = "ORGDESK_DOCWORKER_TEST_HOOK";

enum class Operation : quint8 {
    Inspect = 1,          // sniff, open, count pages, extract text
    ExtractTiffPages = 2, // a new G4 fax TIFF of some pages of a TIFF, turned as asked
    // Sessions:
    Open = 3, // open the document passed with the request; page count and the first sizes
    Render = 4, // draw a page into the arena (or, when it does not fit, into the reply)
    PageSize = 5, // one page's size in points
    Text = 6, // one page's text layer
    Search = 7, // where a word is on one page
    RenderImagePages = 8, // grey pixels of the pages that are images (faxes, scans, image-only PDF pages)
};

// Page sizes an Open reply carries at most; later pages are asked for one by one.
constexpr int kOpenSizes = 2000;

struct Request
{
    quint32 version = kProtocolVersion;
    Operation operation = Operation::Inspect;
    QString fileName;         // for messages only; the bytes come through kDocumentFd
    QString password;         // encrypted PDFs; never stored
    qint32 maxTextPages = 0;  // Inspect: 0 = no text
    qint64 maxTextChars = 0;
    QList<qint32> pages; // ExtractTiffPages: 0-based
    QList<qint32> rotations; // ExtractTiffPages: clockwise degrees per page
    QByteArray translations; // the desk's .qm for its language, so refusals read in that language
    // Sessions:
    qint32 page = 0; // Render, PageSize, Text, Search: 0-based
    double dpi = 96.0; // Render
    qint32 rotation = 0; // Render: extra clockwise degrees
    quint64 arenaOffset = 0; // Render: where in the arena to put the pixels
    quint64 arenaCapacity = 0; // Render: how many bytes are free there (0: send them in the reply)
    QString needle; // Search
    double renderDpi = 0; // RenderImagePages: pixels per inch (square pixels whatever the fax resolution)
};

struct Reply
{
    bool ok = false;
    qint32 errorCode = 0; // orgdesk::ErrorCode when !ok
    QString message;      // plain words, in the desk's language
    qint32 documentType = 0; // orgdesk::DocumentType when ok
    QString mimeType;
    qint32 pageCount = 0;
    QString text;
    QByteArray bytes; // ExtractTiffPages; Render when the page did not fit the arena
    // Sessions:
    QList<QSizeF> sizes; // Open: the first pages' sizes; PageSize: the one asked for
    QList<QRectF> rects; // Search
    qint32 width = 0; // Render: the page's pixels, at arenaOffset unless in `bytes`
    qint32 height = 0;
    qint64 bytesPerLine = 0;
    qint32 format = 0; // QImage::Format
    bool inArena = false;
    QList<QImage> images; // RenderImagePages: one per page, in order; null for a page with a text layer
};

inline QDataStream& operator<<(QDataStream& s, const Request& r)
{
    return s << r.version << quint8(r.operation) << r.fileName << r.password << r.maxTextPages
             << r.maxTextChars << r.pages << r.rotations << r.translations << r.page << r.dpi << r.rotation
             << r.arenaOffset << r.arenaCapacity << r.needle << r.renderDpi;
}

inline QDataStream& operator>>(QDataStream& s, Request& r)
{
    quint8 op = 0;
    s >> r.version >> op >> r.fileName >> r.password >> r.maxTextPages >> r.maxTextChars >> r.pages
        >> r.rotations >> r.translations >> r.page >> r.dpi >> r.rotation >> r.arenaOffset >> r.arenaCapacity
        >> r.needle >> r.renderDpi;
    r.operation = Operation(op);
    return s;
}

inline QDataStream& operator<<(QDataStream& s, const Reply& r)
{
    return s << r.ok << r.errorCode << r.message << r.documentType << r.mimeType << r.pageCount << r.text
             << r.bytes << r.sizes << r.rects << r.width << r.height << r.bytesPerLine << r.format
             << r.inArena << r.images;
}

inline QDataStream& operator>>(QDataStream& s, Reply& r)
{
    return s >> r.ok >> r.errorCode >> r.message >> r.documentType >> r.mimeType >> r.pageCount >> r.text
        >> r.bytes >> r.sizes >> r.rects >> r.width >> r.height >> r.bytesPerLine >> r.format >> r.inArena >> r.images;
}

template<typename T>
QByteArray encode(const T& message)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << message;
    QByteArray framed(4, '\0');
    const auto n = quint32(payload.size());
    for (int i = 0; i < 4; ++i)
        framed[i] = char((n >> (8 * i)) & 0xFF);
    return framed + payload;
}

// Decodes one payload (without its length prefix); false when it is not a whole message.
template<typename T>
bool decode(const QByteArray& payload, T& message)
{
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    in >> message;
    return in.status() == QDataStream::Ok && in.atEnd();
}

// Length of a framed message from its first four bytes.
inline quint32 frameLength(const char* prefix)
{
    quint32 n = 0;
    for (int i = 0; i < 4; ++i)
        n |= quint32(quint8(prefix[i])) << (8 * i);
    return n;
}

// Writes all of `bytes` to `fd`, retrying short writes; false on any error (the reader is gone).
inline bool writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// Reads exactly `size` bytes from a blocking `fd`; false at end of file or on an error.
inline bool readExactly(int fd, char* buffer, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, buffer + done, size_t(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace orgdesk::docworker
