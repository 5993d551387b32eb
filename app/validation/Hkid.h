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

// Free text (remarks, notes) with every HKID-shaped string masked as maskHkid() does: one or two
// letters, six digits and a check character, with or without brackets, spaces between the parts,
// upper or lower case, half- or full-width. The check character is not verified: a mistyped number
// is personal data too. Strings glued to other letters or digits (hashes, longer codes) are left.
QString maskHkidsInText(const QString& text);
// Whether maskHkidsInText() would change `text`.
bool containsHkid(const QString& text);

} // namespace orgdesk::validation
