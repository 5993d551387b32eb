// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace orgdesk::PasswordHasher {

namespace {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> hash(const QString& password)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Unsupported, QStringLiteral("The cryptography library could not start."));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: about 0.1 s and 64 MiB here, enough against offline guessing of a stolen file.
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                         crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return makeError(ErrorCode::Io, QStringLiteral("Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool verify(const QString& password, const QString& encodedHash)
{
    if (!ensureSodium())
        return false;
    QByteArray utf8 = password.toUtf8();
    const QByteArray stored = encodedHash.toLatin1();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size()))
                    == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

QString weakness(const QString& password)
{
    if (password.size() < kMinimumLength)
        return QCoreApplication::translate("PasswordHasher", "A password needs at least %1 characters.")
            .arg(kMinimumLength);
    if (password.trimmed().isEmpty())
        return QCoreApplication::translate("PasswordHasher", "A password cannot be only spaces.");
    return {};
}

} // namespace orgdesk::PasswordHasher
