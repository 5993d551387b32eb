// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentWorker.h"

#include "DocumentWorkerProtocol.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

#include <csignal>
#include <mutex>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace orgdesk {

namespace {

// A descriptor closed when it goes out of scope.
class Fd
{
public:
    Fd() = default;
    explicit Fd(int fd) : m_fd(fd) { }
    ~Fd() { reset(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    Fd(Fd&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) { }
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd = -1;
};

// Moves a descriptor above the four the worker is given, so that no dup2 lands on itself.
Fd high(int fd)
{
    if (fd < 0)
        return Fd();
    const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
    ::close(fd);
    return Fd(moved);
}

// The document as a sealed memory file, opened again read-only for the worker.
Fd documentDescriptor(const QByteArray& bytes)
{
    Fd memory(::memfd_create("orgdesk-document", MFD_CLOEXEC | MFD_ALLOW_SEALING));
    if (!memory.valid() || !docworker::writeAll(memory.get(), bytes))
        return Fd();
    ::fcntl(memory.get(), F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(memory.get());
    return high(::open(self.constData(), O_RDONLY | O_CLOEXEC));
}

// The desk's own translation of its strings, handed to the worker so that refusals read in the
// desk's language (the GUI embeds it; the command line has none and speaks English).
const QByteArray& translations()
{
    static const QByteArray qm = [] {
        QTranslator translator;
        if (!translator.load(QLocale(), QStringLiteral("orgdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            return QByteArray();
        QFile f(translator.filePath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return qm;
}

void ignoreSigpipe()
{
    // A worker that dies while the desk is still writing must give EPIPE, not end the desk
    // (Qt's own sockets and processes do the same).
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction current {};
        if (::sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
            std::signal(SIGPIPE, SIG_IGN);
    });
}

void killAndReap(pid_t pid)
{
    ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
}

} // namespace

const QByteArray& DocumentWorker::translationsForWorker()
{
    return translations();
}

namespace {
    std::mutex g_pathMutex;
    QString g_path;
} // namespace

void DocumentWorker::setExecutablePath(const QString& path)
{
    std::lock_guard lock(g_pathMutex);
    g_path = path;
}

QString DocumentWorker::executablePath()
{
    {
        std::lock_guard lock(g_pathMutex);
        if (!g_path.isEmpty())
            return g_path;
    }
    const QString name = QStringLiteral("orgdesk-docworker");
    QStringList candidates;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() + u'/' + name;
    candidates << QStringLiteral(ORGDESK_DOCWORKER_LIBEXEC) << QStringLiteral(ORGDESK_DOCWORKER_BUILD);
    for (const QString& path : candidates) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

Result<DocumentWorker::Facts> DocumentWorker::inspect(const QByteArray& bytes, const QString& fileName,
                                                      int maxTextPages, qint64 maxTextChars,
                                                      const QString& password) const
{
    docworker::Request request;
    request.operation = docworker::Operation::Inspect;
    request.fileName = fileName;
    request.password = password;
    request.maxTextPages = maxTextPages;
    request.maxTextChars = maxTextChars;
    const Result<docworker::Reply> reply = run(request, bytes, fileName);
    if (!reply)
        return reply.error();
    if (!reply->ok && ErrorCode(reply->errorCode) != ErrorCode::NeedsPassword)
        return makeError(ErrorCode(reply->errorCode), reply->message);
    Facts facts;
    facts.type = DocumentType(reply->documentType);
    facts.mimeType = reply->mimeType;
    facts.needsPassword = !reply->ok;
    facts.pageCount = reply->ok ? reply->pageCount : 0;
    facts.text = reply->text;
    return facts;
}

Result<QByteArray> DocumentWorker::extractTiffPages(const QByteArray& tiffBytes, const QString& fileName,
                                                    const QList<int>& pages, const QList<int>& rotations) const
{
    docworker::Request request;
    request.operation = docworker::Operation::ExtractTiffPages;
    request.fileName = fileName;
    request.pages = pages;
    request.rotations = rotations;
    const Result<docworker::Reply> reply = run(request, tiffBytes, fileName);
    if (!reply)
        return reply.error();
    if (!reply->ok)
        return makeError(ErrorCode(reply->errorCode), reply->message);
    return reply->bytes;
}

Result<QList<QImage>> DocumentWorker::renderImagePages(const QByteArray& bytes, const QString& fileName, double dpi,
                                                      const QString& password) const
{
    docworker::Request request;
    request.operation = docworker::Operation::RenderImagePages;
    request.fileName = fileName;
    request.password = password;
    request.renderDpi = dpi;
    const Result<docworker::Reply> reply = run(request, bytes, fileName);
    if (!reply)
        return reply.error();
    if (!reply->ok)
        return makeError(ErrorCode(reply->errorCode), reply->message);
    if (reply->images.size() != reply->pageCount)
        return makeError(ErrorCode::Corrupt,
                         tr("%1 could not be read: the document reader answered with the wrong number of pages.")
                             .arg(fileName));
    return reply->images;
}

Result<docworker::Reply> DocumentWorker::run(const docworker::Request& sent, const QByteArray& bytes,
                                             const QString& fileName) const
{
    const QString name = QFileInfo(fileName).fileName();
    const int seconds = std::max(1, m_limits.wallSeconds);
    const auto refusal = [&](ErrorCode code) {
        return makeError(code, tr("%1 could not be read safely within %2 s; it was not stored.").arg(name).arg(seconds));
    };
    const QString program = executablePath();
    if (program.isEmpty())
        return makeError(ErrorCode::Unsupported,
                         tr("%1 was not stored: OrgDesk's document reader (orgdesk-docworker) is missing. "
                            "Ask the administrator to reinstall OrgDesk.")
                             .arg(name));
    if (m_cancel && m_cancel->load())
        return makeError(ErrorCode::Cancelled, tr("Cancelled."));
    ignoreSigpipe();

    docworker::Request request = sent;
    request.translations = translations();
    const QByteArray outgoing = docworker::encode(request);

    Fd document = documentDescriptor(bytes);
    int requestPipe[2] = { -1, -1 };
    int replyPipe[2] = { -1, -1 };
    if (!document.valid() || ::pipe2(requestPipe, O_CLOEXEC) != 0)
        return makeError(ErrorCode::Io, tr("%1 could not be handed to the document reader.").arg(name));
    Fd requestRead = high(requestPipe[0]);
    Fd requestWrite = high(requestPipe[1]);
    if (::pipe2(replyPipe, O_CLOEXEC) != 0)
        return makeError(ErrorCode::Io, tr("%1 could not be handed to the document reader.").arg(name));
    Fd replyRead = high(replyPipe[0]);
    Fd replyWrite = high(replyPipe[1]);
    if (!requestRead.valid() || !requestWrite.valid() || !replyRead.valid() || !replyWrite.valid())
        return makeError(ErrorCode::Io, tr("%1 could not be handed to the document reader.").arg(name));

    // The worker gets exactly four descriptors; everything else of the desk stays behind.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, requestRead.get(), docworker::kRequestFd);
    posix_spawn_file_actions_adddup2(&actions, replyWrite.get(), docworker::kReplyFd);
    if (!qEnvironmentVariableIsSet("ORGDESK_DOCWORKER_STDERR")) // to see a sanitizer's report
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, document.get(), docworker::kDocumentFd);
    posix_spawn_file_actions_addclosefrom_np(&actions, docworker::kDocumentFd + 1);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t signals;
    sigemptyset(&signals);
    posix_spawnattr_setsigmask(&attributes, &signals);
    sigfillset(&signals);
    posix_spawnattr_setsigdefault(&attributes, &signals);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    const QByteArray path = QFile::encodeName(program);
    const QByteArray cpu = QByteArray::number(seconds + 5); // a backstop should the desk not kill it
    const QByteArray memory = QByteArray::number(std::max(64, m_limits.memoryMegabytes));
    char* argv[] = { const_cast<char*>(path.constData()), const_cast<char*>("--cpu-seconds"),
                     const_cast<char*>(cpu.constData()), const_cast<char*>("--memory-mb"),
                     const_cast<char*>(memory.constData()), nullptr };
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, path.constData(), &actions, &attributes, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    requestRead.reset();
    replyWrite.reset();
    document.reset();
    if (spawned != 0)
        return makeError(ErrorCode::Io, tr("%1 could not be handed to the document reader.").arg(name));

    // Send the request and collect the reply, watching the clock and the Cancel button.
    ::fcntl(requestWrite.get(), F_SETFL, O_NONBLOCK);
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    qsizetype written = 0;
    QByteArray incoming;
    qint64 expected = -1;
    for (;;) {
        if (m_cancel && m_cancel->load()) {
            killAndReap(pid);
            return makeError(ErrorCode::Cancelled, tr("Cancelled."));
        }
        if (deadline.hasExpired()) {
            killAndReap(pid);
            return refusal(ErrorCode::Timeout);
        }
        pollfd fds[2] = { { replyRead.get(), POLLIN, 0 }, { requestWrite.get(), POLLOUT, 0 } };
        const int n = ::poll(fds, requestWrite.valid() ? 2 : 1, int(std::min<qint64>(50, deadline.remainingTime())));
        if (n < 0 && errno != EINTR) {
            killAndReap(pid);
            return refusal(ErrorCode::Io);
        }
        if (requestWrite.valid() && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t w = ::write(requestWrite.get(), outgoing.constData() + written, size_t(outgoing.size() - written));
            if (w > 0)
                written += w;
            if ((w < 0 && errno != EAGAIN && errno != EINTR) || written == outgoing.size())
                requestWrite.reset(); // all sent, or the worker is gone (its reply pipe tells which)
        }
        if (fds[0].revents & (POLLIN | POLLERR | POLLHUP)) {
            char buffer[65536];
            const ssize_t r = ::read(replyRead.get(), buffer, sizeof buffer);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                break; // the worker closed its end: finished, or died
            incoming.append(buffer, r);
            if (expected < 0 && incoming.size() >= 4) {
                expected = docworker::frameLength(incoming.constData());
                if (expected > docworker::kMaxMessageBytes) {
                    killAndReap(pid);
                    return refusal(ErrorCode::Corrupt);
                }
            }
            if (expected >= 0 && incoming.size() >= expected + 4)
                break;
        }
    }

    // Collect the worker; one that answered but does not leave within its time is killed (tearing
    // down a large document, or a sanitizer's leak check, may take a moment).
    int status = 0;
    const QDeadlineTimer exitDeadline(std::max<qint64>(1000, deadline.remainingTime()));
    pid_t reaped = 0;
    while ((reaped = ::waitpid(pid, &status, WNOHANG)) == 0 && !exitDeadline.hasExpired())
        ::usleep(2000);
    if (reaped == 0)
        killAndReap(pid);
    const bool cleanExit = reaped == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (reaped == pid && WIFEXITED(status) && WEXITSTATUS(status) == docworker::kExitSandboxFailed)
        return makeError(ErrorCode::Unsupported,
                         tr("%1 was not stored: OrgDesk's document reader cannot put its safety limits in place on "
                            "this computer, so it reads no files. Ask the administrator.")
                             .arg(name));
    docworker::Reply reply;
    if (!cleanExit || expected < 0 || incoming.size() != expected + 4
        || !docworker::decode(incoming.mid(4), reply))
        return refusal(ErrorCode::Corrupt);
    return reply;
}

} // namespace orgdesk
