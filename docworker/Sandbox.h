// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace orgdesk::docworker {

// The limits the document worker puts on itself before it reads a byte of the document.
//
// Thread rules: call from main() while the process has a single thread, in this order:
// limitProcess(), then (after QCoreApplication exists) filterSystemCalls().
struct SandboxLimits
{
    int cpuSeconds = 20;                     // RLIMIT_CPU: SIGXCPU, then SIGKILL one second later
    std::uint64_t addressSpaceBytes = 2ULL << 30; // RLIMIT_AS (not under AddressSanitizer: it maps terabytes)
    int maxDescriptors = 64; // RLIMIT_NOFILE
    int keepDescriptorsUpTo = 3; // descriptors above this are closed (a session keeps 4, its arena)
};

// Resource limits (CPU time, address space, descriptors, file size 0, no core dumps), every
// descriptor but 0-3 (0-4 for a session) closed, an empty working folder that no longer exists (so nothing
// can be created in it), killed when the desk's thread that started it goes away. Empty on success, otherwise
// what could not be set.
QString limitProcess(const SandboxLimits& limits);

// A seccomp filter (libseccomp): no sockets, no connecting, no opening files for writing or
// creating them, no renaming, removing or linking files, no starting programs. The denied calls
// fail with EACCES. Empty on success, otherwise what failed.
QString filterSystemCalls();

// What the sandbox lets this process do, as "name=value" pairs separated by ';' (the test hook
// "probe" answers with it, so tests check the limits of the real worker).
QString probeSandbox();

} // namespace orgdesk::docworker
