// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkerDocument.h"

#include "DocumentWorkerProtocol.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTimer>
#include <cmath>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <optional>
#include <poll.h>
#include <sched.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace orgdesk {

namespace {

    constexpr quint64 kArenaBytes = 384ULL * 1024 * 1024; // virtual; only drawn pages take memory
    constexpr quint64 kSlotAlign = 4096;
    constexpr int kSessionCpuSeconds = 600; // one document's whole viewing; each page has its own deadline
    constexpr int kSpareDelayMs = 1500; // after an open, before the next spare worker starts

    int highCloexec(int fd)
    {
        if (fd < 0)
            return -1;
        const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
        ::close(fd);
        return moved;
    }

    void ignoreSigpipe()
    {
        static std::once_flag once;
        std::call_once(once, [] {
            struct sigaction current
            {
            };
            if (::sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
                std::signal(SIGPIPE, SIG_IGN);
        });
    }

    // While the desk waits for an answer, the worker runs on the processor the waiting thread is
    // on: that one is awake and free, and an idle one takes longer to wake than a page takes to
    // draw on a small desk. The worker gets its own processors back with the answer.
    class ProcessorHandOff
    {
    public:
        explicit ProcessorHandOff(pid_t worker)
            : m_worker(worker)
        {
            CPU_ZERO(&m_all);
            const int cpu = ::sched_getcpu();
            if (worker <= 0 || cpu < 0 || ::sched_getaffinity(0, sizeof m_all, &m_all) != 0
                || CPU_COUNT(&m_all) < 2)
                return;
            cpu_set_t one;
            CPU_ZERO(&one);
            CPU_SET(cpu, &one);
            m_pinned = ::sched_setaffinity(worker, sizeof one, &one) == 0;
        }
        ~ProcessorHandOff()
        {
            if (m_pinned)
                ::sched_setaffinity(m_worker, sizeof m_all, &m_all);
        }
        ProcessorHandOff(const ProcessorHandOff&) = delete;
        ProcessorHandOff& operator=(const ProcessorHandOff&) = delete;

    private:
        pid_t m_worker;
        cpu_set_t m_all;
        bool m_pinned = false;
    };

} // namespace

// The shared memory pages are drawn into: a memfd the desk sized and maps read-only; the worker
// maps it writable. Slots are handed out first-fit (lowest offset first, so the memory already
// touched is used again) and given back when the last QImage using one goes.
//
// Thread rules: allocate() and release() may be called from any thread (one mutex).
class PageArena : public std::enable_shared_from_this<PageArena>
{
public:
    static std::shared_ptr<PageArena> create(quint64 size)
    {
        const int fd = highCloexec(::memfd_create("orgdesk-pages", MFD_CLOEXEC | MFD_ALLOW_SEALING));
        if (fd < 0)
            return {};
        // Sealed at its size: a worker cannot shrink it under the desk's reading (which would
        // fault), whatever system-call filter it has.
        if (::ftruncate(fd, off_t(size)) != 0
            || ::fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL) != 0) {
            ::close(fd);
            return {};
        }
        void* base = ::mmap(nullptr, size_t(size), PROT_READ, MAP_SHARED, fd, 0);
        if (base == MAP_FAILED) {
            ::close(fd);
            return {};
        }
        auto arena = std::shared_ptr<PageArena>(new PageArena(fd, static_cast<const uchar*>(base), size));
        return arena;
    }
    ~PageArena()
    {
        ::munmap(const_cast<uchar*>(m_base), size_t(m_size));
        ::close(m_fd);
    }

    int fd() const { return m_fd; }
    const uchar* base() const { return m_base; }
    quint64 size() const { return m_size; }

    // An offset with `bytes` free, or none when the arena is full.
    std::optional<quint64> allocate(quint64 bytes)
    {
        bytes = (bytes + kSlotAlign - 1) / kSlotAlign * kSlotAlign;
        std::lock_guard lock(m_mutex);
        for (auto it = m_free.begin(); it != m_free.end(); ++it) {
            if (it->second < bytes)
                continue;
            const quint64 offset = it->first;
            const quint64 rest = it->second - bytes;
            m_free.erase(it);
            if (rest > 0)
                m_free.emplace(offset + bytes, rest);
            return offset;
        }
        return std::nullopt;
    }

    void release(quint64 offset, quint64 bytes)
    {
        bytes = (bytes + kSlotAlign - 1) / kSlotAlign * kSlotAlign;
        // The memory stays for the next page (touching fresh memory costs more than drawing on
        // some machines); it goes back to the system with the arena, when the document is closed
        // and its last page has left the cache.
        std::lock_guard lock(m_mutex);
        auto next = m_free.lower_bound(offset);
        if (next != m_free.end() && offset + bytes == next->first) {
            bytes += next->second;
            next = m_free.erase(next);
        }
        if (next != m_free.begin()) {
            auto previous = std::prev(next);
            if (previous->first + previous->second == offset) {
                previous->second += bytes;
                return;
            }
        }
        m_free.emplace(offset, bytes);
    }

private:
    PageArena(int fd, const uchar* base, quint64 size)
        : m_fd(fd)
        , m_base(base)
        , m_size(size)
    {
        m_free.emplace(0, size);
    }
    int m_fd;
    const uchar* m_base;
    quint64 m_size;
    std::mutex m_mutex;
    std::map<quint64, quint64> m_free; // offset -> bytes
};

// One running orgdesk-docworker --session and its arena.
struct WorkerSession
{
    pid_t pid = 0;
    int socket = -1;
    std::shared_ptr<PageArena> arena;
    bool opened = false;

    ~WorkerSession()
    {
        if (socket >= 0)
            ::close(socket);
        if (pid > 0) {
            ::kill(pid, SIGKILL);
            int status = 0;
            while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
        }
    }
    bool alive() const
    {
        int status = 0;
        return pid > 0 && ::waitpid(pid, &status, WNOHANG) == 0;
    }

    static std::unique_ptr<WorkerSession> start(const DocumentWorkerLimits& limits)
    {
        const QString program = DocumentWorker::executablePath();
        if (program.isEmpty())
            return {};
        ignoreSigpipe();
        auto session = std::make_unique<WorkerSession>();
        session->arena = PageArena::create(kArenaBytes);
        int pair[2] = { -1, -1 };
        if (!session->arena || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
            return {};
        session->socket = highCloexec(pair[0]);
        const int theirs = highCloexec(pair[1]);
        if (session->socket < 0 || theirs < 0) {
            if (theirs >= 0)
                ::close(theirs);
            return {};
        }

        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, theirs, docworker::kRequestFd);
        posix_spawn_file_actions_adddup2(&actions, theirs, docworker::kReplyFd);
        if (!qEnvironmentVariableIsSet("ORGDESK_DOCWORKER_STDERR"))
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(
            &actions, docworker::kDocumentFd, "/dev/null", O_RDONLY, 0); // comes later
        posix_spawn_file_actions_adddup2(&actions, session->arena->fd(), docworker::kArenaFd);
        posix_spawn_file_actions_addclosefrom_np(&actions, docworker::kArenaFd + 1);
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        sigset_t signals;
        sigemptyset(&signals);
        posix_spawnattr_setsigmask(&attributes, &signals);
        sigfillset(&signals);
        posix_spawnattr_setsigdefault(&attributes, &signals);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

        const QByteArray path = QFile::encodeName(program);
        const QByteArray cpu = QByteArray::number(kSessionCpuSeconds);
        const QByteArray memory
            = QByteArray::number(std::max(64, limits.memoryMegabytes) + int(kArenaBytes / (1024 * 1024)));
        char* argv[] = { const_cast<char*>(path.constData()), const_cast<char*>("--session"),
            const_cast<char*>("--cpu-seconds"), const_cast<char*>(cpu.constData()),
            const_cast<char*>("--memory-mb"), const_cast<char*>(memory.constData()), nullptr };
        const int spawned
            = ::posix_spawn(&session->pid, path.constData(), &actions, &attributes, argv, environ);
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        ::close(theirs);
        if (spawned != 0) {
            session->pid = 0;
            return {};
        }
        return session;
    }

    // Sends one framed message, with `passFd` attached when it is a descriptor.
    bool send(const QByteArray& frame, int passFd)
    {
        qsizetype done = 0;
        while (done < frame.size()) {
            iovec io { const_cast<char*>(frame.constData()) + done, size_t(frame.size() - done) };
            alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
            msghdr msg {};
            msg.msg_iov = &io;
            msg.msg_iovlen = 1;
            if (done == 0 && passFd >= 0) {
                msg.msg_control = control;
                msg.msg_controllen = sizeof control;
                cmsghdr* c = CMSG_FIRSTHDR(&msg);
                c->cmsg_level = SOL_SOCKET;
                c->cmsg_type = SCM_RIGHTS;
                c->cmsg_len = CMSG_LEN(sizeof(int));
                std::memcpy(CMSG_DATA(c), &passFd, sizeof(int));
            }
            const ssize_t n = ::sendmsg(socket, &msg, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
};

namespace {

    // The spare worker prewarm() starts, taken by the next open().
    std::mutex g_spareMutex;
    std::unique_ptr<WorkerSession> g_spare;

    std::unique_ptr<WorkerSession> takeSession(const DocumentWorkerLimits& limits)
    {
        {
            std::lock_guard lock(g_spareMutex);
            if (g_spare && g_spare->alive())
                return std::move(g_spare);
            g_spare.reset();
        }
        return WorkerSession::start(limits);
    }

    bool onMainThread()
    {
        const auto* app = QCoreApplication::instance();
        return app && QThread::currentThread() == app->thread();
    }

    // Pixels of a drawn page; the worker is not trusted, so every figure is checked.
    QImage imageFromReply(const docworker::Reply& reply, const std::shared_ptr<PageArena>& arena,
        quint64 offset, quint64 capacity, bool& slotUsed)
    {
        slotUsed = false;
        if (reply.width <= 0 || reply.height <= 0 || reply.width > 100000 || reply.height > 100000
            || reply.format <= int(QImage::Format_Invalid) || reply.format >= int(QImage::NImageFormats))
            return {};
        const auto format = QImage::Format(reply.format);
        const int depth = QImage(1, 1, format).depth();
        const qint64 minLine = (qint64(reply.width) * depth + 7) / 8;
        if (depth <= 0 || reply.bytesPerLine < minLine || reply.bytesPerLine % 4 != 0
            || reply.bytesPerLine > minLine + 64)
            return {};
        const quint64 bytes = quint64(reply.bytesPerLine) * quint64(reply.height);
        if (reply.inArena) {
            if (!arena || bytes > capacity)
                return {};
            struct Slot
            {
                std::shared_ptr<PageArena> arena;
                quint64 offset;
                quint64 bytes;
            };
            auto* slot = new Slot { arena, offset, capacity };
            slotUsed = true;
            return QImage(
                arena->base() + offset, reply.width, reply.height, qsizetype(reply.bytesPerLine), format,
                [](void* info) {
                    auto* s = static_cast<Slot*>(info);
                    s->arena->release(s->offset, s->bytes);
                    delete s;
                },
                slot);
        }
        if (quint64(reply.bytes.size()) != bytes)
            return {};
        QImage image(reply.width, reply.height, format);
        if (image.isNull())
            return {};
        for (int y = 0; y < reply.height; ++y)
            std::memcpy(image.scanLine(y), reply.bytes.constData() + qsizetype(y) * reply.bytesPerLine,
                size_t(minLine));
        return image;
    }

} // namespace

void WorkerDocument::prewarm()
{
    std::lock_guard lock(g_spareMutex);
    if (g_spare && g_spare->alive())
        return;
    g_spare = WorkerSession::start({});
}

void WorkerDocument::discardSpare()
{
    std::lock_guard lock(g_spareMutex);
    g_spare.reset();
}

WorkerDocument::WorkerDocument(
    const QByteArray& bytes, const QString& fileName, const QString& password, DocumentWorkerLimits limits)
    : Document(fileName)
    , m_bytes(bytes)
    , m_password(password)
    , m_limits(limits)
{
}

WorkerDocument::~WorkerDocument() = default;

Result<std::shared_ptr<Document>> WorkerDocument::open(
    const QByteArray& bytes, const QString& fileName, const QString& password, DocumentWorkerLimits limits)
{
    auto doc = std::make_shared<WorkerDocument>(bytes, fileName, password, limits);
    std::unique_lock lock(doc->m_mutex);
    std::unique_ptr<WorkerSession> session = takeSession(limits);
    // The next document's worker starts once this one's first pages are drawn: starting it now
    // would take the processor from them (a worker warming up draws a page of its own).
    if (onMainThread())
        QTimer::singleShot(kSpareDelayMs, QCoreApplication::instance(), [] { prewarm(); });
    if (!session)
        return makeError(ErrorCode::Unsupported,
            DocumentWorker::tr("%1 was not stored: OrgDesk's document reader (orgdesk-docworker) is "
                               "missing. Ask the administrator to reinstall OrgDesk.")
                .arg(QFileInfo(fileName).fileName()));
    ++doc->m_started;
    const Result<docworker::Reply> reply = doc->openIn(*session);
    if (!reply)
        return reply.error();
    doc->m_type = DocumentType(reply->documentType);
    doc->m_pageCount = reply->pageCount;
    doc->m_sizes = reply->sizes;
    doc->m_session = std::move(session);
    return std::shared_ptr<Document>(doc);
}

Result<docworker::Reply> WorkerDocument::openIn(WorkerSession& session) const
{
    const QString name = QFileInfo(fileName()).fileName();
    // The document as a sealed memory file, handed over with the request.
    const int memory = highCloexec(::memfd_create("orgdesk-document", MFD_CLOEXEC | MFD_ALLOW_SEALING));
    if (memory < 0 || !docworker::writeAll(memory, m_bytes)) {
        if (memory >= 0)
            ::close(memory);
        return makeError(
            ErrorCode::Io, DocumentWorker::tr("%1 could not be handed to the document reader.").arg(name));
    }
    ::fcntl(memory, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(memory);
    const int readOnly = highCloexec(::open(self.constData(), O_RDONLY | O_CLOEXEC));
    ::close(memory);

    docworker::Request request;
    request.operation = docworker::Operation::Open;
    request.fileName = fileName();
    request.password = m_password;
    request.translations = DocumentWorker::translationsForWorker();
    const ProcessorHandOff handOff(session.pid);
    const bool sent = readOnly >= 0 && session.send(docworker::encode(request), readOnly);
    if (readOnly >= 0)
        ::close(readOnly);
    const int seconds = std::max(1, m_limits.wallSeconds);
    const auto refusal = [&] {
        return makeError(ErrorCode::Timeout,
            DocumentWorker::tr("%1 could not be read safely within %2 s; it was not stored.")
                .arg(name)
                .arg(seconds));
    };
    if (!sent)
        return refusal();

    // Wait for the answer.
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    QByteArray incoming;
    qint64 expected = -1;
    while (expected < 0 || incoming.size() < expected + 4) {
        if (deadline.hasExpired())
            return refusal();
        pollfd fd { session.socket, POLLIN, 0 };
        const int n = ::poll(&fd, 1, int(std::min<qint64>(50, deadline.remainingTime())));
        if (n < 0 && errno != EINTR)
            return refusal();
        if (n <= 0)
            continue;
        char buffer[65536];
        const ssize_t r = ::read(session.socket, buffer, sizeof buffer);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return refusal();
        incoming.append(buffer, r);
        if (expected < 0 && incoming.size() >= 4) {
            expected = docworker::frameLength(incoming.constData());
            if (expected > docworker::kMaxMessageBytes)
                return refusal();
        }
    }
    docworker::Reply reply;
    if (incoming.size() != expected + 4 || !docworker::decode(incoming.mid(4), reply))
        return refusal();
    if (!reply.ok)
        return makeError(ErrorCode(reply.errorCode), reply.message);
    if (reply.pageCount <= 0 || reply.sizes.size() != std::min(reply.pageCount, docworker::kOpenSizes))
        return refusal();
    session.opened = true;
    return reply;
}

Result<docworker::Reply> WorkerDocument::call(
    docworker::Request request, qint64 deadlineMs, bool replaceDeadWorker) const
{
    const QString name = QFileInfo(fileName()).fileName();
    const QDeadlineTimer deadline(deadlineMs);
    // A worker that died (or was killed) is replaced once; one that dies again is given up on.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_session || !m_session->opened) {
            m_session = takeSession(m_limits);
            if (!m_session)
                return makeError(ErrorCode::Io,
                    DocumentWorker::tr("%1 could not be handed to the document reader.").arg(name));
            ++m_started;
            const Result<docworker::Reply> opened = openIn(*m_session);
            if (!opened) {
                m_session.reset();
                return opened.error();
            }
        }
        request.version = docworker::kProtocolVersion;
        const ProcessorHandOff handOff(m_session->pid);
        if (!m_session->send(docworker::encode(request), -1)) {
            m_session.reset();
            if (replaceDeadWorker)
                continue;
            break;
        }
        QByteArray incoming;
        qint64 expected = -1;
        bool died = false;
        while (expected < 0 || incoming.size() < expected + 4) {
            if (deadline.hasExpired()) {
                m_session.reset(); // killed: the next request starts a new one
                return makeError(ErrorCode::Timeout,
                    DocumentWorker::tr("%1 could not be read safely within %2 s.")
                        .arg(name)
                        .arg(std::max<qint64>(1, deadlineMs / 1000)));
            }
            pollfd fd { m_session->socket, POLLIN, 0 };
            const int n = ::poll(&fd, 1, int(std::min<qint64>(50, deadline.remainingTime())));
            if (n < 0 && errno != EINTR) {
                died = true;
                break;
            }
            if (n <= 0)
                continue;
            // Read straight into the message (a page that did not fit the arena is large).
            if (expected < 0) {
                char prefix[4];
                const ssize_t r = ::read(m_session->socket, prefix, size_t(4 - incoming.size()));
                if (r < 0 && errno == EINTR)
                    continue;
                if (r <= 0) {
                    died = true;
                    break;
                }
                incoming.append(prefix, r);
                if (incoming.size() == 4) {
                    expected = docworker::frameLength(incoming.constData());
                    if (expected > docworker::kMaxMessageBytes) {
                        died = true;
                        break;
                    }
                    incoming.reserve(expected + 4);
                }
                continue;
            }
            const qsizetype have = incoming.size();
            incoming.resize(expected + 4);
            const ssize_t r = ::read(m_session->socket, incoming.data() + have, size_t(expected + 4 - have));
            incoming.resize(have + std::max<ssize_t>(0, r));
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0) {
                died = true;
                break;
            }
        }
        docworker::Reply reply;
        if (died || !docworker::decode(incoming.mid(4), reply)) {
            m_session.reset();
            if (died && attempt == 0 && replaceDeadWorker)
                continue;
            return makeError(
                ErrorCode::Corrupt, DocumentWorker::tr("%1 could not be read safely.").arg(name));
        }
        if (!reply.ok)
            return makeError(ErrorCode(reply.errorCode), reply.message);
        return reply;
    }
    return makeError(ErrorCode::Corrupt, DocumentWorker::tr("%1 could not be read safely.").arg(name));
}

QSizeF WorkerDocument::pageSize(int page) const
{
    std::lock_guard lock(m_mutex);
    if (page >= 0 && page < m_sizes.size())
        return m_sizes.at(page);
    if (page < 0 || page >= m_pageCount)
        return QSizeF(595, 842);
    docworker::Request request;
    request.operation = docworker::Operation::PageSize;
    request.page = page;
    const auto reply = call(request, qint64(std::max(1, m_limits.wallSeconds)) * 1000);
    if (!reply || reply->sizes.size() != 1 || !reply->sizes.first().isValid())
        return QSizeF(595, 842);
    // Remember sizes asked for in order (the common case: scrolling on through a long bundle).
    if (page == m_sizes.size())
        m_sizes.append(reply->sizes.first());
    return reply->sizes.first();
}

QString WorkerDocument::text(int page) const
{
    if (page < 0 || page >= m_pageCount)
        return {};
    std::lock_guard lock(m_mutex);
    docworker::Request request;
    request.operation = docworker::Operation::Text;
    request.page = page;
    const auto reply = call(request, qint64(std::max(1, m_limits.wallSeconds)) * 1000);
    return reply ? reply->text : QString();
}

QList<QRectF> WorkerDocument::search(int page, const QString& needle) const
{
    if (page < 0 || page >= m_pageCount || needle.trimmed().isEmpty() || m_type != DocumentType::Pdf)
        return {};
    std::lock_guard lock(m_mutex);
    docworker::Request request;
    request.operation = docworker::Operation::Search;
    request.page = page;
    request.needle = needle;
    const auto reply = call(request, qint64(std::max(1, m_limits.wallSeconds)) * 1000);
    return reply ? reply->rects : QList<QRectF>();
}

int WorkerDocument::workersStarted() const
{
    std::lock_guard lock(m_mutex);
    return m_started;
}

QImage WorkerDocument::renderPage(const RenderRequest& request, const std::function<bool()>& shouldStop) const
{
    // Wait for the worker only as long as the caller still wants the page.
    std::unique_lock lock(m_mutex, std::defer_lock);
    while (!lock.try_lock_for(std::chrono::milliseconds(50))) {
        if (shouldStop())
            return {};
    }
    if (shouldStop())
        return {};
    const QDeadlineTimer deadline(request.timeoutMs);
    // A worker that dies while drawing is replaced once; the page is asked of the new one, into
    // the new one's arena.
    for (int attempt = 0; attempt < 2 && !deadline.hasExpired(); ++attempt) {
        // The page's size, which also makes sure a worker has the document open.
        QSizeF size = m_sizes.value(request.page, QSizeF());
        if (!size.isValid() || !m_session || !m_session->opened) {
            docworker::Request question;
            question.operation = docworker::Operation::PageSize;
            question.page = request.page;
            const Result<docworker::Reply> answer
                = call(question, std::max<qint64>(1, deadline.remainingTime()));
            if (!answer || answer->sizes.size() != 1 || !answer->sizes.first().isValid())
                return {};
            size = answer->sizes.first();
        }
        // Room for the page at this resolution (either way round), with a margin for rounding; a
        // page that turns out larger comes back in the reply instead.
        const quint64 w = quint64(std::ceil(size.width() * request.dpi / 72.0)) + 16;
        const quint64 h = quint64(std::ceil(size.height() * request.dpi / 72.0)) + 16;
        const quint64 capacity = w * h * 4;

        const std::shared_ptr<PageArena> arena = m_session ? m_session->arena : nullptr;
        const std::optional<quint64> offset = arena ? arena->allocate(capacity) : std::nullopt;
        docworker::Request r;
        r.operation = docworker::Operation::Render;
        r.page = request.page;
        r.dpi = request.dpi;
        r.rotation = request.rotation;
        if (offset) {
            r.arenaOffset = *offset;
            r.arenaCapacity = capacity;
        }
        const Result<docworker::Reply> reply
            = call(r, std::max<qint64>(1, deadline.remainingTime()), /*replaceDeadWorker=*/false);
        bool slotUsed = false;
        QImage image;
        if (reply)
            image = imageFromReply(*reply, arena, offset.value_or(0), offset ? capacity : 0, slotUsed);
        if (offset && !slotUsed)
            arena->release(*offset, capacity);
        if (reply || m_session || reply.error().code == ErrorCode::Timeout)
            return image; // drawn, refused by the worker, or out of time
    }
    return {};
}

} // namespace orgdesk
