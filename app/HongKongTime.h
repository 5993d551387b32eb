// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace orgdesk {

// The Help Centre's clock: Hong Kong time, UTC+8 all year (Hong Kong has no daylight saving),
// whatever zone the PC is set to. Built as a fixed offset, so it needs no time-zone database.
// Every date the desk shows or reads from a person, and every calendar day it counts, goes
// through here; stored times stay UTC.
//
// Thread rules: stateless functions over values; call from any thread.
class HongKongTime
{
public:
    static constexpr int kOffsetSecs = 8 * 3600;

    // The fixed UTC+08:00 zone.
    static QTimeZone zone();
    // The same instant, expressed in Hong Kong time (invalid stays invalid).
    static QDateTime toHongKong(const QDateTime& t);
    // The Hong Kong calendar day of an instant.
    static QDate date(const QDateTime& t);
    // Today in Hong Kong, from Clock::current().
    static QDate today();
    // The UTC instant at which the Hong Kong day `day` starts (00:00 Hong Kong time).
    static QDateTime startOfDay(QDate day);
    // The UTC instant of a Hong Kong wall-clock date and time (what a clerk reads off the fax header).
    static QDateTime fromWallClock(QDate day, QTime time);
    // The UTC instant of the date and time shown by `wall`, read as Hong Kong time whatever its zone
    // (a QDateTimeEdit's value, say).
    static QDateTime fromWallClock(const QDateTime& wall) { return fromWallClock(wall.date(), wall.time()); }

    // An instant as the desk shows it: Hong Kong date and time in the locale's format of that length,
    // without a zone name (the caller's label says the times are Hong Kong times) and, unless
    // `withSeconds`, without seconds. Empty for an invalid time.
    static QString display(const QDateTime& t, QLocale::FormatType format = QLocale::ShortFormat,
                           bool withSeconds = false, const QLocale& locale = QLocale());
    // An instant as "yyyy-MM-dd HH:mm" in Hong Kong time (reports, exports, the timeline).
    static QString isoMinutes(const QDateTime& t);
    // A Hong Kong calendar day in the locale's format.
    static QString displayDate(const QDateTime& t, QLocale::FormatType format = QLocale::ShortFormat,
                               const QLocale& locale = QLocale());
};

} // namespace orgdesk
