// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace orgdesk::validation {

// Court case numbers: PREFIX number/year, canonical "HCA 1234/2025". Accepts "HCA1234/2025",
// "hca 1234 of 2025", full-width characters and stray spaces. The year may not be after
// `today`'s year. A prefix missing from the reference table is not an error: the result says
// so (unknownPrefix) and the clerk confirms it with a note. Pure, safe from any thread.
struct CaseNumber
{
    QString canonical;
    QString prefix;
    int number = 0;
    int year = 0;
    bool unknownPrefix = false;
    QString warning; // plain words when unknownPrefix
};

Result<CaseNumber> parseCaseNumber(const QString& input, const QSet<QString>& knownPrefixes, const QDate& today);

} // namespace orgdesk::validation
