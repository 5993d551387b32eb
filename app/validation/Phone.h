// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace orgdesk::validation {

// Telephone and fax numbers. Hong Kong numbers are 8 digits starting 2-9, with an optional
// +852 / 852 / 00852 prefix, spaces, dashes or brackets; stored as "+852 NNNN NNNN".
// Overseas numbers need a leading "+" (or "00") and a country code other than 852; they are
// stored as "+" and the digits and flagged for review. Pure functions, safe from any thread.
struct PhoneNumber
{
    QString canonical;
    bool overseas = false; // a person should check it (flag for review)
};

Result<PhoneNumber> parsePhone(const QString& input);

} // namespace orgdesk::validation
