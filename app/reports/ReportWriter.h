// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Settings.h"
#include "UserService.h"
#include "reports/Dashboard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace orgdesk {

// The supervision report for one Dashboard, in the forms it leaves the desk in:
// * CSV — one UTF-8 file (with a byte-order mark, so Excel shows Chinese) with CRLF line ends,
//   in sections: a heading line, a header row, the rows, a blank line. Sections: the report
//   (title, Help Centre, period, when made, target), intake per day by channel, outcomes,
//   processing time and its histogram, service level.
// * PDF — A4, "OrgDesk — supervision report", the period, the Help Centre's name from the
//   letterhead settings, a table and a bar chart for each figure, then the intake day by day;
//   drawn with QPainter (see ReportPdf) in the letters' font, so the command-line tool can write it.
// * plain text — a short summary for the command line.
// Reports are aggregates without personal data; who exported which period is still recorded
// (`report.exported`, recordExport()).
//
// Thread rules: a value holding copies; the PDF needs a QGuiApplication (fonts) and may be made
// on any thread once it exists. recordExport() on the thread owning `db`.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    ReportWriter(Dashboard dashboard, Settings::Letterhead letterhead)
        : m_dashboard(std::move(dashboard))
        , m_letterhead(std::move(letterhead))
    {
    }

    static QString title();
    // "orgdesk-report-2026-09-01-to-2026-11-30.pdf" for suffix "pdf".
    static QString suggestedFileName(QDate from, QDate to, const QString& suffix);

    QByteArray csv() const;
    QString text() const;
    Result<QByteArray> pdf() const;

    // Writes `bytes` to `path` in one go (a partial file never replaces an existing one); the error
    // names the file and why, e.g. a folder that does not exist or may not be written to.
    static Status writeFile(const QString& path, const QByteArray& bytes);

    // The `report.exported` event: who exported which period, as which format, to which file name.
    static Status recordExport(const QSqlDatabase& db, const Actor& actor, const Dashboard& dashboard,
                               const QString& format, const QString& path);

    // Numbers as the report prints them: "3", "7.8"; a share as "75.0 %"; "–" for no value.
    static QString number(double value);
    static QString percent(double share);
    // "1 day", "91 days"; "1 business day", "10 business days".
    static QString dayCount(int days);
    static QString businessDayCount(int days);

private:
    Dashboard m_dashboard;
    Settings::Letterhead m_letterhead;
};

} // namespace orgdesk
