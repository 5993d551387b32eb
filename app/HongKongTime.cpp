// SPDX-License-Identifier: GPL-3.0-or-later
#include "HongKongTime.h"

#include "Clock.h"

#include <QRegularExpression>

namespace orgdesk {

namespace {

// Drops the zone fields ("t", "tt", "ttt", "tttt") and optionally the seconds (":ss") from a
// locale's date-time format. Quoted literal text ('...') is left alone.
QString withoutZone(const QString& format, bool withSeconds)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            quoted = !quoted;
            out += c;
            continue;
        }
        if (!quoted && c == u't') {
            while (i + 1 < format.size() && format.at(i + 1) == u't')
                ++i;
            continue;
        }
        if (!quoted && !withSeconds && c == u's') {
            while (i + 1 < format.size() && format.at(i + 1) == u's')
                ++i;
            // Take the separator in front of the seconds with them ("h:mm:ss" -> "h:mm").
            if (!out.isEmpty() && (out.back() == u':' || out.back() == u'.'))
                out.chop(1);
            continue;
        }
        out += c;
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return out.replace(spaces, QStringLiteral(" ")).trimmed();
}

} // namespace

QTimeZone HongKongTime::zone()
{
    return QTimeZone(kOffsetSecs);
}

QDateTime HongKongTime::toHongKong(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(zone()) : QDateTime();
}

QDate HongKongTime::date(const QDateTime& t)
{
    return toHongKong(t).date();
}

QDate HongKongTime::today()
{
    return date(Clock::current().nowUtc());
}

QDateTime HongKongTime::startOfDay(QDate day)
{
    return fromWallClock(day, QTime(0, 0));
}

QDateTime HongKongTime::fromWallClock(QDate day, QTime time)
{
    if (!day.isValid() || !time.isValid())
        return {};
    return QDateTime(day, time, zone()).toUTC();
}

QString HongKongTime::display(const QDateTime& t, QLocale::FormatType format, bool withSeconds, const QLocale& locale)
{
    if (!t.isValid())
        return {};
    return locale.toString(toHongKong(t), withoutZone(locale.dateTimeFormat(format), withSeconds));
}

QString HongKongTime::isoMinutes(const QDateTime& t)
{
    return t.isValid() ? toHongKong(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString HongKongTime::displayDate(const QDateTime& t, QLocale::FormatType format, const QLocale& locale)
{
    return t.isValid() ? locale.toString(date(t), format) : QString();
}

} // namespace orgdesk
