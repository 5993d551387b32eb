// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "ApplicationStore.h"
#include "Clock.h"
#include "Csv.h"
#include "EventLog.h"
#include "HongKongTime.h"
#include "Transaction.h"
#include "reports/ReportPdf.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace orgdesk {

namespace {

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString hongKongTime(const QDateTime& utc)
{
    return HongKongTime::isoMinutes(utc);
}

QString office(const Settings::Letterhead& head)
{
    QStringList names;
    for (const QString& n : { head.officeEn, head.officeZh }) {
        if (!n.trimmed().isEmpty())
            names << n.trimmed();
    }
    return names.join(u' ');
}

} // namespace

QString ReportWriter::title()
{
    return tr("OrgDesk — supervision report");
}

QString ReportWriter::suggestedFileName(QDate from, QDate to, const QString& suffix)
{
    return QStringLiteral("orgdesk-report-%1-to-%2.%3").arg(iso(from), iso(to), suffix);
}

QString ReportWriter::number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'f', 1);
}

QString ReportWriter::percent(double share)
{
    if (std::isnan(share))
        return QStringLiteral("–");
    return QStringLiteral("%1 %").arg(QString::number(share * 100.0, 'f', 1));
}

QString ReportWriter::dayCount(int days)
{
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

QString ReportWriter::businessDayCount(int days)
{
    return days == 1 ? tr("1 business day") : tr("%1 business days").arg(days);
}

QByteArray ReportWriter::csv() const
{
    const Dashboard& d = m_dashboard;
    QStringList lines;
    auto row = [&lines](const QStringList& fields) { lines << csvRow(fields); };
    auto blank = [&lines] { lines << QString(); };
    auto num = [](qint64 n) { return QString::number(n); };

    row({ title() });
    row({ tr("Help Centre"), office(m_letterhead) });
    row({ tr("Period (Hong Kong days)"), iso(d.from), iso(d.to) });
    row({ tr("Days"), num(d.days()) });
    row({ tr("Made at (Hong Kong time)"), hongKongTime(d.computedAtUtc) });
    row({ tr("Service-level target (business days)"), num(d.targetBusinessDays) });
    blank();

    row({ tr("Intake per day by channel") });
    QStringList header { tr("Date") };
    for (const QString& c : Dashboard::channels())
        header << channelLabel(c);
    header << tr("Total");
    row(header);
    auto intakeRow = [&](const QString& first, const DayIntake& day) {
        QStringList fields { first };
        for (const QString& c : Dashboard::channels())
            fields << num(day.count(c));
        fields << num(day.total());
        row(fields);
    };
    for (const DayIntake& day : d.intake)
        intakeRow(iso(day.day), day);
    intakeRow(tr("Total"), d.intakeTotal);
    blank();

    row({ tr("Outcomes (by the day of the decision or closure)") });
    row({ tr("Outcome"), tr("Cases") });
    for (const QString& o : Dashboard::outcomeCodes())
        row({ statusLabel(o), num(d.outcomeCount(o)) });
    blank();

    row({ tr("Processing time of the cases approved or rejected (business days from receipt to decision, "
             "waiting for the applicant not counted)") });
    row({ tr("Figure"), tr("Value") });
    row({ tr("Cases decided"), num(d.processing.cases) });
    row({ tr("Of which waited for the applicant"), num(d.processing.casesPaused) });
    const bool any = d.processing.cases > 0;
    row({ tr("Median"), any ? number(d.processing.median) : QString() });
    row({ tr("Mean"), any ? QString::number(d.processing.mean, 'f', 2) : QString() });
    row({ tr("90th percentile"), any ? num(d.processing.percentile90) : QString() });
    row({ tr("Shortest"), any ? num(d.processing.minimum) : QString() });
    row({ tr("Longest"), any ? num(d.processing.maximum) : QString() });
    blank();
    row({ tr("Processing time histogram") });
    row({ tr("Business days"), tr("Cases") });
    for (const ProcessingBucket& b : d.processing.histogram)
        row({ b.label(), num(b.cases) });
    blank();

    row({ tr("Service level") });
    row({ tr("Figure"), tr("Value") });
    row({ tr("Target (business days)"), num(d.targetBusinessDays) });
    row({ tr("Cases decided"), num(d.compliance.decided) });
    row({ tr("Decided within target"), num(d.compliance.withinTarget) });
    row({ tr("Share within target (%)"),
          d.compliance.decided > 0 ? QString::number(d.compliance.share() * 100.0, 'f', 1) : QString() });
    row({ tr("Open cases on %1").arg(iso(d.today)), num(d.compliance.openCases) });
    row({ tr("Open cases overdue on %1").arg(iso(d.today)), num(d.compliance.openOverdue) });

    QByteArray out("\xEF\xBB\xBF");
    out += lines.join(QStringLiteral("\r\n")).toUtf8();
    out += "\r\n";
    return out;
}

QString ReportWriter::text() const
{
    const Dashboard& d = m_dashboard;
    QStringList out;
    out << title();
    if (const QString o = office(m_letterhead); !o.isEmpty())
        out << o;
    out << tr("Period %1 to %2 (%3, Hong Kong calendar days)").arg(iso(d.from), iso(d.to), dayCount(d.days()));
    out << QString();
    QStringList channels;
    for (const QString& c : Dashboard::channels())
        channels << QStringLiteral("%1 %2").arg(channelLabel(c).toLower()).arg(d.intakeTotal.count(c));
    out << tr("Received: %1 (%2)").arg(d.intakeTotal.total()).arg(channels.join(QStringLiteral(", ")));
    out << tr("Decided: %1 (approved %2, rejected %3); also withdrawn %4, duplicate %5")
               .arg(d.outcomes.decided())
               .arg(d.outcomes.approved)
               .arg(d.outcomes.rejected)
               .arg(d.outcomes.withdrawn)
               .arg(d.outcomes.duplicate);
    if (d.processing.cases > 0)
        out << tr("Processing time (business days, waiting for the applicant not counted): median %1, mean %2, "
                  "90th percentile %3")
                   .arg(number(d.processing.median), QString::number(d.processing.mean, 'f', 1))
                   .arg(d.processing.percentile90);
    else
        out << tr("Processing time: no case was approved or rejected in the period");
    out << tr("Service level (%1): %2 of %3 decided within target (%4)")
               .arg(businessDayCount(d.targetBusinessDays))
               .arg(d.compliance.withinTarget)
               .arg(d.compliance.decided)
               .arg(percent(d.compliance.share()));
    out << tr("Open cases on %1: %2, of which overdue: %3")
               .arg(iso(d.today))
               .arg(d.compliance.openCases)
               .arg(d.compliance.openOverdue);
    return out.join(u'\n') + u'\n';
}

Result<QByteArray> ReportWriter::pdf() const
{
    return ReportPdf(m_dashboard, m_letterhead).render();
}

Status ReportWriter::writeFile(const QString& path, const QByteArray& bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the name of the file to write."));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a folder; give a file name inside it.").arg(shown));
    if (!info.absoluteDir().exists())
        return makeError(ErrorCode::Io, tr("Cannot write %1: the folder %2 does not exist.")
                                            .arg(shown, QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2.").arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2.").arg(shown, file.errorString()));
    return {};
}

Status ReportWriter::recordExport(const QSqlDatabase& db, const Actor& actor, const Dashboard& dashboard,
                                  const QString& format, const QString& path)
{
    Transaction tx(db);
    if (!tx.active())
        return tx.error();
    const Result<qint64> ev = EventLog::append(
        db, Event { 0, Clock::current().nowUtc(), actorId(actor), QStringLiteral("report.exported"),
                    QStringLiteral("report"), std::nullopt,
                    QJsonObject { { QStringLiteral("report"), QStringLiteral("supervision") },
                                  { QStringLiteral("format"), format },
                                  { QStringLiteral("from"), iso(dashboard.from) },
                                  { QStringLiteral("to"), iso(dashboard.to) },
                                  { QStringLiteral("file"), QFileInfo(path).fileName() } } });
    if (!ev)
        return ev.error();
    return tx.commit();
}

} // namespace orgdesk
