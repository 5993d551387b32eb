// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace orgdesk::workflow {

// One permitted move between statuses (the brief's workflow). The same table is stored in the
// database (allowed_transitions, migration 0003) where triggers enforce it; a test keeps both equal.
struct Rule
{
    QString from;
    QString to;
    QStringList roles;  // staff roles allowed to make the move
    QString reasonKind; // "requisition" or "rejection": at least one such reason code needed; empty: none
    bool noteRequired = false; // written words needed (a summary, reasons)
    bool fourEyes = false;     // not by whoever registered or recommended the case
};

// Thread rules: the table is immutable; every function is thread-safe.
const QList<Rule>& rules();
const Rule* findRule(const QString& from, const QString& to);
QList<Rule> rulesFrom(const QString& from);

// Statuses in which the service clock runs (the case waits for the Help Centre).
bool clockRuns(const QString& status);
// Statuses after which nothing more is decided (the service level no longer applies).
bool isSettled(const QString& status);

// A short verb phrase for a move, shown on buttons and in the history ("Recommend", "Approve").
QString actionLabel(const QString& from, const QString& to);

} // namespace orgdesk::workflow
