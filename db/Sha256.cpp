// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sha256.h"

#include <openssl/evp.h>

namespace orgdesk {

namespace {

// Fetched once: an implicit fetch on every digest costs more than hashing a short record.
const EVP_MD* sha256Method()
{
    static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

void Sha256::CtxDeleter::operator()(evp_md_ctx_st* ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    EVP_DigestInit_ex2(m_ctx.get(), sha256Method(), nullptr);
}

void Sha256::add(QByteArrayView data)
{
    EVP_DigestUpdate(m_ctx.get(), data.data(), static_cast<size_t>(data.size()));
}

unsigned int Sha256::finish(unsigned char* digest)
{
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx.get(), digest, &length);
    reset();
    return length;
}

QByteArray Sha256::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    const unsigned int length = finish(digest);
    return QByteArray::fromRawData(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex();
}

bool Sha256::finishMatches(QByteArrayView hexText)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
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
