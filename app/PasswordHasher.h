// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace orgdesk {

// argon2id password hashes (libsodium crypto_pwhash_str). Passwords are never stored or logged.
//
// Thread rules: stateless and thread-safe.
namespace PasswordHasher {
// Minimum length accepted for a new password.
constexpr int kMinimumLength = 8;
Result<QString> hash(const QString& password);
bool verify(const QString& password, const QString& encodedHash);
// Plain-words reason a new password is not acceptable, or empty if it is.
QString weakness(const QString& password);
} // namespace PasswordHasher

} // namespace orgdesk
