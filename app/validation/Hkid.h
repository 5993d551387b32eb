// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace orgdesk::validation {

// Hong Kong identity card numbers: 1-2 letters, 6 digits, check character (0-9 or A).
// Canonical form `A123456(3)`. See the domain brief, section 5.

// Check character for the letters+digits part (e.g. "A123456" -> '3'); '\0' if malformed.
QChar hkidCheckCharacter(const QString& lettersAndDigits);

// Accepts `A1234563`, `a123456(3)`, stray spaces and full-width characters (`Ａ１２３４５６（３）`);
// returns the canonical form or an InvalidInput error.
Result<QString> canonicalHkid(const QString& input);

// `A123***(*)`: what is shown until someone reveals the number.
QString maskHkid(const QString& canonical);

} // namespace orgdesk::validation
