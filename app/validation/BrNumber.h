// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace orgdesk::validation {

// Business Registration number: 8 digits identify the business, a 3-digit branch (000 = main
// business). The certificate prints NNNNNNNN-BBB-MM-YY-C (expiry month, year, check character);
// both forms are accepted, only the number and branch are stored. There is no published check
// digit for the 8 digits, so none is checked. Pure functions, safe from any thread.
struct BrNumber
{
    QString number; // 8 digits
    QString branch; // 3 digits; "000" when none was given
    QString display() const { return number + u'-' + branch; }
};

// Accepts "12345678", "12345678-000", "12345678 001", "12345678-000-03-25-6", full-width digits.
Result<BrNumber> parseBrNumber(const QString& input);

} // namespace orgdesk::validation
