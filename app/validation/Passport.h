// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace orgdesk::validation {

// Passport numbers of any issuing country: only the shape can be checked (5-20 letters or
// digits, at least one digit). Spaces, dashes and full-width characters are accepted; stored
// in upper case without separators. Pure functions, safe from any thread.
Result<QString> canonicalPassport(const QString& input);

// `K1******`: what is shown until someone reveals the number.
QString maskPassport(const QString& canonical);

// Masked display for either document type ("hkid" or "passport"); empty for an empty number.
QString maskIdentityNumber(const QString& type, const QString& canonical);

} // namespace orgdesk::validation
