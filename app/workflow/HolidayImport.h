// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

// One day of the Government's list of general holidays.
struct HolidayEntry
{
    QDate day;
    QString nameEn;
};

// What importing a holiday list would change in the calendar, shown before it is saved.
struct HolidayImportPlan
{
    struct Change
    {
        QDate day;
        QString currentName; // in the calendar now
        QString newName;     // in the file
    };
    QList<HolidayEntry> toAdd; // days the calendar lacks
    QList<Change> differing;   // days both have, under another name
    int unchanged = 0;         // days both have under the same name
    QList<int> years;          // the years the file lists holidays for, in order

    bool changesNothing() const { return toAdd.isEmpty() && differing.isEmpty(); }
};

// Imports the Government's published list of general holidays (an iCalendar file, as on
// 1823.gov.hk) into the holiday calendar. The file is read with libical: each VEVENT's
// DTSTART;VALUE=DATE and SUMMARY give a holiday; an event over several days (DTEND or DURATION)
// gives each of its days. A file libical cannot read, or with an event that is not a whole-day
// holiday with a name, is refused as a whole and changes nothing. Days in the calendar that the
// file does not list are kept. Administrators only; each added or renamed day is an audit event.
//
// Thread rules: static functions; use the connection on its own thread. Parsing touches libical's
// per-process error settings, so parse on one thread at a time (the GUI thread or the CLI).
class HolidayImport
{
public:
    // The holidays an iCalendar file lists, in date order.
    static Result<QList<HolidayEntry>> parse(const QByteArray& ics);
    // What importing `ics` would add and change; reads the calendar, writes nothing.
    static Result<HolidayImportPlan> preview(const QSqlDatabase& db, const QByteArray& ics);
    // Adds and renames the days as preview() shows them (computed again inside the transaction),
    // recording an event per change naming `sourceName` (the file's name). Returns what it did.
    static Result<HolidayImportPlan> apply(const QSqlDatabase& db, const QByteArray& ics, const QString& sourceName,
                                           const Actor& actor);
};

} // namespace orgdesk
