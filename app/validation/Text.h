// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace orgdesk::validation {

// Text clean-up shared by the field rules. Pure functions, safe from any thread.

// Full-width ASCII forms (Ａ１２３＠, the ideographic space) folded to their half-width
// characters; everything else (Chinese included) is left as it is.
QString foldWidth(const QString& input);

// A name as stored: Unicode NFC, full-width Latin letters/digits folded, trimmed, runs of
// white space collapsed to one space. Chinese characters are kept as typed (NFC only).
QString normalizeName(const QString& input);

// Key used to find the same organization written differently: case, spacing, punctuation,
// "Limited"/"Ltd"/"有限公司", "Company"/"Co", "and"/"&" and full-width/half-width are folded.
// "Harbour Bay Trading (Central) Limited" and "HARBOUR  BAY TRADING (CENTRAL) LTD." give the
// same key. Empty when the name has no letters or digits.
QString organizationNameKey(const QString& name);

} // namespace orgdesk::validation
