// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dashboard.h"

namespace orgdesk {

int DayIntake::count(const QString& channel) const
{
    if (channel == u"fax")
        return fax;
    if (channel == u"post")
        return post;
    if (channel == u"hand")
        return hand;
    if (channel == u"online")
        return online;
    return 0;
}

void DayIntake::add(const QString& channel, int n)
{
    if (channel == u"fax")
        fax += n;
    else if (channel == u"post")
        post += n;
    else if (channel == u"hand")
        hand += n;
    else if (channel == u"online")
        online += n;
}

void DayIntake::add(const DayIntake& other)
{
    fax += other.fax;
    post += other.post;
    hand += other.hand;
    online += other.online;
}

QString ProcessingBucket::label() const
{
    if (toDays < 0)
        return Dashboard::tr("%1 or more").arg(fromDays);
    if (toDays == fromDays)
        return QString::number(fromDays);
    return QStringLiteral("%1–%2").arg(fromDays).arg(toDays);
}

QList<DayIntake> Dashboard::intakeBars(int maxBars) const
{
    if (intake.isEmpty() || maxBars <= 0)
        return {};
    int span = 1;
    if (intake.size() > maxBars) {
        span = 7;
        while ((intake.size() + span - 1) / span > maxBars)
            span += 7;
    }
    QList<DayIntake> bars;
    for (qsizetype i = 0; i < intake.size(); i += span) {
        DayIntake bar;
        bar.day = intake.at(i).day;
        for (qsizetype k = i; k < std::min(intake.size(), i + span); ++k) {
            bar.add(intake.at(k));
            bar.last = intake.at(k).day;
        }
        bars << bar;
    }
    return bars;
}

QStringList Dashboard::channels()
{
    return { QStringLiteral("fax"), QStringLiteral("post"), QStringLiteral("hand"), QStringLiteral("online") };
}

QStringList Dashboard::outcomeCodes()
{
    return { QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("withdrawn"),
             QStringLiteral("duplicate") };
}

int Dashboard::outcomeCount(const QString& code) const
{
    if (code == u"approved")
        return outcomes.approved;
    if (code == u"rejected")
        return outcomes.rejected;
    if (code == u"withdrawn")
        return outcomes.withdrawn;
    if (code == u"duplicate")
        return outcomes.duplicate;
    return 0;
}

QList<ProcessingBucket> Dashboard::emptyHistogram()
{
    return { { 0, 2 }, { 3, 5 }, { 6, 10 }, { 11, 15 }, { 16, 20 }, { 21, 30 }, { 31, 60 }, { 61, -1 } };
}

} // namespace orgdesk
