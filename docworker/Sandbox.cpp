// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sandbox.h"

#include <QByteArray>
#include <QStringList>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef ORGDESK_HAVE_SECCOMP
#include <seccomp.h>
#endif

namespace orgdesk::docworker {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

bool setLimit(int resource, rlim_t soft, rlim_t hard)
{
    const rlimit limit { soft, hard };
    return ::setrlimit(resource, &limit) == 0;
}

QString limitText(int resource)
{
    rlimit limit {};
    if (::getrlimit(resource, &limit) != 0)
        return QStringLiteral("?");
    return limit.rlim_cur == RLIM_INFINITY ? QStringLiteral("unlimited") : QString::number(quint64(limit.rlim_cur));
}

} // namespace

QString limitProcess(const SandboxLimits& limits)
{
    // The desk gone (its starting thread, in fact): no orphan keeps chewing on a hostile file.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::prctl(PR_SET_DUMPABLE, 0); // no core files (they would hold the document), no ptrace
    const int firstClosed = limits.keepDescriptorsUpTo + 1;
    if (::close_range(unsigned(firstClosed), UINT_MAX, 0) != 0) {
        for (int fd = firstClosed; fd < 1024; ++fd)
            ::close(fd);
    }
    // Writing past 0 bytes fails with EFBIG instead of killing the process with SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    if (!setLimit(RLIMIT_FSIZE, 0, 0))
        return QStringLiteral("RLIMIT_FSIZE");
    if (!setLimit(RLIMIT_CORE, 0, 0))
        return QStringLiteral("RLIMIT_CORE");
    if (!setLimit(RLIMIT_CPU, rlim_t(limits.cpuSeconds), rlim_t(limits.cpuSeconds) + 1))
        return QStringLiteral("RLIMIT_CPU");
    if (!kAddressSanitizer && !setLimit(RLIMIT_AS, limits.addressSpaceBytes, limits.addressSpaceBytes))
        return QStringLiteral("RLIMIT_AS");
    if (!setLimit(RLIMIT_NOFILE, rlim_t(limits.maxDescriptors), rlim_t(limits.maxDescriptors)))
        return QStringLiteral("RLIMIT_NOFILE");

    // An empty working folder, removed at once: relative paths lead nowhere, nothing can be made in it.
    const char* tmp = std::getenv("TMPDIR");
    QByteArray folder = QByteArray(tmp && *tmp ? tmp : "/tmp") + "/orgdesk-docworker-XXXXXX";
    if (!::mkdtemp(folder.data()) || ::chdir(folder.constData()) != 0)
        return QStringLiteral("working folder");
    if (::rmdir(folder.constData()) != 0)
        return QStringLiteral("working folder removal");
    return {};
}

QString filterSystemCalls()
{
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return QStringLiteral("no_new_privs");
#ifdef ORGDESK_HAVE_SECCOMP
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx)
        return QStringLiteral("seccomp_init");
    const uint32_t deny = SCMP_ACT_ERRNO(EACCES);
    int rc = 0;
    auto add = [&](int syscall) {
        if (rc == 0)
            rc = seccomp_rule_add(ctx, deny, syscall, 0);
    };
    for (int call : { SCMP_SYS(socket), SCMP_SYS(socketpair), SCMP_SYS(connect), SCMP_SYS(bind), SCMP_SYS(listen),
                      SCMP_SYS(accept), SCMP_SYS(accept4), SCMP_SYS(creat), SCMP_SYS(truncate),
                      SCMP_SYS(ftruncate), SCMP_SYS(unlink), SCMP_SYS(unlinkat), SCMP_SYS(rename),
                      SCMP_SYS(renameat), SCMP_SYS(renameat2), SCMP_SYS(mkdir), SCMP_SYS(mkdirat), SCMP_SYS(rmdir),
                      SCMP_SYS(link), SCMP_SYS(linkat), SCMP_SYS(symlink), SCMP_SYS(symlinkat), SCMP_SYS(mknod),
                      SCMP_SYS(mknodat), SCMP_SYS(chmod), SCMP_SYS(fchmodat), SCMP_SYS(chown), SCMP_SYS(fchownat),
                      SCMP_SYS(lchown), SCMP_SYS(execve), SCMP_SYS(execveat), SCMP_SYS(process_vm_writev) })
        add(call);
    // LeakSanitizer stops the process with ptrace to look for leaks at exit.
    if (!kAddressSanitizer)
        add(SCMP_SYS(ptrace));
    // openat2 takes its flags in a structure a filter cannot look into: refuse it as unknown,
    // so that callers fall back to openat, whose flags are checked below.
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(openat2), 0);
    // Opening for reading only: any of these flags makes open/openat fail.
    for (const unsigned long flag : { O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_TMPFILE & ~O_DIRECTORY }) {
        if (rc == 0)
            rc = seccomp_rule_add(ctx, deny, SCMP_SYS(open), 1, SCMP_A1(SCMP_CMP_MASKED_EQ, flag, flag));
        if (rc == 0)
            rc = seccomp_rule_add(ctx, deny, SCMP_SYS(openat), 1, SCMP_A2(SCMP_CMP_MASKED_EQ, flag, flag));
    }
    if (rc == 0)
        rc = seccomp_load(ctx);
    seccomp_release(ctx);
    if (rc != 0)
        return QStringLiteral("seccomp: %1").arg(QString::fromLocal8Bit(std::strerror(-rc)));
    return {};
#else
    return QStringLiteral("built without libseccomp");
#endif
}

QString probeSandbox()
{
    QStringList out;
    auto denied = [](bool failed) { return failed ? QStringLiteral("denied") : QStringLiteral("allowed"); };

    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    out << QStringLiteral("inet-socket=") + denied(fd < 0);
    if (fd >= 0)
        ::close(fd);
    fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    out << QStringLiteral("unix-socket=") + denied(fd < 0);
    if (fd >= 0)
        ::close(fd);

    const char* tmp = std::getenv("TMPDIR");
    const QByteArray elsewhere = QByteArray(tmp && *tmp ? tmp : "/tmp") + "/orgdesk-docworker-probe";
    fd = ::open(elsewhere.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    out << QStringLiteral("create-file=") + denied(fd < 0);
    if (fd >= 0) {
        ::close(fd);
        ::unlink(elsewhere.constData());
    }
    fd = ::open("/dev/null", O_WRONLY);
    out << QStringLiteral("open-for-writing=") + denied(fd < 0);
    if (fd >= 0)
        ::close(fd);
    fd = ::open("probe.txt", O_RDONLY | O_CREAT, 0600);
    out << QStringLiteral("create-in-working-folder=") + denied(fd < 0);
    if (fd >= 0)
        ::close(fd);
    // A write beyond RLIMIT_FSIZE 0 to an already-open file (there is none besides the pipes and
    // the document, so try the document, which is read-only in any case).
    out << QStringLiteral("write-document=") + denied(::write(3, "x", 1) < 0);

    char* const argv[] = { const_cast<char*>("/bin/true"), nullptr };
    char* const envp[] = { nullptr };
    // execve only returns on failure.
    ::execve("/bin/true", argv, envp);
    out << QStringLiteral("exec=denied");

    int entries = 0;
    if (DIR* dir = ::opendir(".")) {
        while (dirent* e = ::readdir(dir)) {
            if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
                ++entries;
        }
        ::closedir(dir);
    }
    out << QStringLiteral("working-folder-entries=%1").arg(entries);

    QStringList fds;
    for (int n = 0; n < 1024; ++n) {
        char link[64];
        std::snprintf(link, sizeof link, "/proc/self/fd/%d", n);
        char target[256] = {};
        const ssize_t len = ::readlink(link, target, sizeof target - 1);
        if (len > 0)
            fds << QStringLiteral("%1:%2").arg(n).arg(QString::fromLocal8Bit(target, int(len)));
    }
    out << QStringLiteral("fds=") + fds.join(u',');
    out << QStringLiteral("cpu=") + limitText(RLIMIT_CPU) << QStringLiteral("as=") + limitText(RLIMIT_AS)
        << QStringLiteral("nofile=") + limitText(RLIMIT_NOFILE) << QStringLiteral("fsize=") + limitText(RLIMIT_FSIZE);
    out << QStringLiteral("seccomp=%1").arg(
#ifdef ORGDESK_HAVE_SECCOMP
        QStringLiteral("on")
#else
        QStringLiteral("off")
#endif
    );
    return out.join(u';');
}

} // namespace orgdesk::docworker
