// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace orgdesk {

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions where it has
// them: the audit chain hashes millions of short records and attachments can be hundreds of
// megabytes, so this is several times faster than a portable implementation.
//
// Thread rules: an object belongs to one thread at a time; the static helpers are thread-safe.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    // Starts a new digest; add() data, then hex() gives the 64 lower-case hex digits.
    void reset();
    void add(QByteArrayView data);
    QByteArray hex();
    // Finishes the digest like hex(), and says whether `hexText` is exactly its 64 lower-case hex
    // digits, without making the text (the audit walk compares millions of digests).
    bool finishMatches(QByteArrayView hexText);

    static QByteArray hexOf(QByteArrayView data);
    static QString hexStringOf(QByteArrayView data) { return QString::fromLatin1(hexOf(data)); }

private:
    // Ends the digest into `digest` (32 bytes) and starts a new one; its length.
    unsigned int finish(unsigned char* digest);

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace orgdesk
