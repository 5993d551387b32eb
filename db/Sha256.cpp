// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sha256.h"

// SHA256_Init/Update/Final are marked deprecated in OpenSSL 3 in favour of the EVP calls, but
// OpenSSL 3.0's EVP path frees and allocates the digest's state at every start, and the audit
// walk starts one per event: these calls run the same SHA instructions on state kept here, and
// took the CPU time of a full verify from 1.53 to 1.40 s per 2 million events.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace orgdesk {

struct Sha256::State
{
    SHA256_CTX ctx;
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    SHA256_Init(&m_state->ctx);
}

void Sha256::add(QByteArrayView data)
{
    SHA256_Update(&m_state->ctx, data.data(), static_cast<size_t>(data.size()));
}

unsigned int Sha256::finish(unsigned char* digest)
{
    SHA256_Final(digest, &m_state->ctx);
    reset();
    return SHA256_DIGEST_LENGTH;
}

QByteArray Sha256::hex()
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    const unsigned int length = finish(digest);
    return QByteArray::fromRawData(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex();
}

bool Sha256::finishMatches(QByteArrayView hexText)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    const unsigned int length = finish(digest);
    if (hexText.size() != qsizetype(length) * 2)
        return false;
    static constexpr char kDigits[] = "0123456789abcdef";
    for (unsigned int i = 0; i < length; ++i) {
        if (hexText[2 * i] != kDigits[digest[i] >> 4] || hexText[2 * i + 1] != kDigits[digest[i] & 0xf])
            return false;
    }
    return true;
}

QByteArray Sha256::hexOf(QByteArrayView data)
{
    Sha256 sha;
    sha.add(data);
    return sha.hex();
}

} // namespace orgdesk
