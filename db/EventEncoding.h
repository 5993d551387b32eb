// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace orgdesk {

// The canonical bytes of an event under hash `scheme` (1: fields joined by 0x1F; 2: each field a
// type tag and a 4-byte big-endian length, then its bytes), into `out`, whose memory is kept for
// the next event. The stored text is taken as it is: it was written in canonical form, so anything
// else (such as re-spaced JSON) no longer hashes to the stored hash. Internal to db/: the writer
// (EventLog::canonical) and the audit walk (EventVerify.cpp) use it.
void storedCanonical(QByteArray& out, int scheme, qint64 id, QByteArrayView at, std::optional<qint64> userId,
    QByteArrayView action, QByteArrayView subjectType, std::optional<qint64> subjectId,
    QByteArrayView details, QByteArrayView prevHash);

} // namespace orgdesk
