// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"
#include "EventLog.h"
#include "Settings.h"
#include "TestSupport.h"
#include "reports/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

#include <poppler-qt6.h>

using namespace orgdesk;

namespace {

// A dashboard with known figures for 1–3 April 2026.
Dashboard sample()
{
    Dashboard d;
    d.from = QDate(2026, 4, 1);
    d.to = QDate(2026, 4, 3);
    d.today = QDate(2026, 5, 4);
    d.computedAtUtc = QDateTime(QDate(2026, 5, 4), QTime(2, 0), QTimeZone::utc());
    d.targetBusinessDays = 10;
    d.intake = { DayIntake { QDate(2026, 4, 1), QDate(2026, 4, 1), 1, 0, 0, 0 },
                 DayIntake { QDate(2026, 4, 2), QDate(2026, 4, 2), 0, 2, 1, 0 },
                 DayIntake { QDate(2026, 4, 3), QDate(2026, 4, 3), 0, 0, 0, 4 } };
    d.intakeTotal = DayIntake { d.from, d.to, 1, 2, 1, 4 };
    d.outcomes = { 3, 1, 1, 1 };
    d.processing.cases = 4;
    d.processing.casesPaused = 1;
    d.processing.median = 3;
    d.processing.mean = 7.75;
    d.processing.percentile90 = 22;
    d.processing.minimum = 3;
    d.processing.maximum = 22;
    d.processing.histogram = Dashboard::emptyHistogram();
    d.processing.histogram[1].cases = 3;
    d.processing.histogram[5].cases = 1;
    d.compliance = { 4, 3, 3, 1 };
    return d;
}

// All text of a PDF as Poppler extracts it, without white space (lines break anywhere).
QString pdfText(const QByteArray& pdf, int* pages = nullptr)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    REQUIRE(doc);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF());
    if (pages)
        *pages = doc->numPages();
    text.remove(QChar(u' ')).remove(QChar(u'\n'));
    return text;
}

QString squeeze(QString s)
{
    return s.remove(QChar(u' '));
}

} // namespace

TEST_CASE("The CSV report has headed sections, a byte-order mark and CRLF lines", "[app][reports]")
{
    test::TempDatabase t;
    Settings::Letterhead head = Settings(t.connection()).letterhead();
    head.officeEn = QStringLiteral("Judiciary Help Centre, Wan Chai");
    const QByteArray csv = ReportWriter(sample(), head).csv();
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.endsWith("\r\n"));
    CHECK(csv.count("\n") == csv.count("\r\n")); // no bare line feeds
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.first() == QStringLiteral("OrgDesk — supervision report"));
    // A comma in the office's name is quoted; the Chinese name is kept as UTF-8.
    CHECK(lines.at(1) == QStringLiteral("Help Centre,\"Judiciary Help Centre, Wan Chai 司法機構服務中心\""));
    CHECK(lines.contains(QStringLiteral("Period (Hong Kong days),2026-04-01,2026-04-03")));
    const qsizetype intake = lines.indexOf(QStringLiteral("Intake per day by channel"));
    REQUIRE(intake > 0);
    CHECK(lines.at(intake - 1).isEmpty());
    CHECK(lines.at(intake + 1) == QStringLiteral("Date,Fax,Post,By hand,Online,Total"));
    CHECK(lines.at(intake + 2) == QStringLiteral("2026-04-01,1,0,0,0,1"));
    CHECK(lines.at(intake + 3) == QStringLiteral("2026-04-02,0,2,1,0,3"));
    CHECK(lines.at(intake + 4) == QStringLiteral("2026-04-03,0,0,0,4,4"));
    CHECK(lines.at(intake + 5) == QStringLiteral("Total,1,2,1,4,8"));
    CHECK(lines.contains(QStringLiteral("Approved,3")));
    CHECK(lines.contains(QStringLiteral("Duplicate,1")));
    CHECK(lines.contains(QStringLiteral("Median,3")));
    CHECK(lines.contains(QStringLiteral("Mean,7.75")));
    CHECK(lines.contains(QStringLiteral("90th percentile,22")));
    CHECK(lines.contains(QStringLiteral("3–5,3")));
    CHECK(lines.contains(QStringLiteral("61 or more,0")));
    CHECK(lines.contains(QStringLiteral("Share within target (%),75.0")));
    CHECK(lines.contains(QStringLiteral("Open cases overdue on 2026-05-04,1")));

    const QString text = ReportWriter(sample(), head).text();
    CHECK(text.contains(QStringLiteral("Period 2026-04-01 to 2026-04-03 (3 days, Hong Kong calendar days)")));
    CHECK(text.contains(QStringLiteral("Received: 8 (fax 1, post 2, by hand 1, online 4)")));
    CHECK(text.contains(QStringLiteral("median 3, mean 7.8, 90th percentile 22")));
    CHECK(text.contains(QStringLiteral("3 of 4 decided within target (75.0 %)")));
    CHECK(ReportWriter::suggestedFileName(QDate(2026, 9, 1), QDate(2026, 11, 30), QStringLiteral("pdf"))
          == QStringLiteral("orgdesk-report-2026-09-01-to-2026-11-30.pdf"));
}

TEST_CASE("The PDF report is A4 with the title, period, Help Centre and figures in its text layer", "[app][reports]")
{
    test::TempDatabase t;
    const Settings::Letterhead head = Settings(t.connection()).letterhead();
    const Result<QByteArray> pdf = ReportWriter(sample(), head).pdf();
    INFO(pdf.message().toStdString());
    REQUIRE(pdf.ok());
    int pages = 0;
    const QString text = pdfText(*pdf, &pages);
    CHECK(pages == 2);
    CHECK(text.contains(squeeze(QStringLiteral("OrgDesk — supervision report"))));
    CHECK(text.contains(squeeze(QStringLiteral("Period: 2026-04-01 to 2026-04-03 (3 days"))));
    CHECK(text.contains(squeeze(QStringLiteral("Judiciary Help Centre"))));
    CHECK(text.contains(QStringLiteral("司法機構服務中心")));
    CHECK(text.contains(squeeze(QStringLiteral("75.0 %"))));
    // The captions under the large figures wrap, and their lines interleave in the text layer.
    CHECK(text.contains(squeeze(QStringLiteral("decided within 10 business days"))));
    CHECK(text.contains(squeeze(QStringLiteral("(3 of 4)"))));
    CHECK(text.contains(squeeze(QStringLiteral("open cases overdue on"))));
    CHECK(text.contains(squeeze(QStringLiteral("90th percentile22"))));
    CHECK(text.contains(squeeze(QStringLiteral("2026-04-02 Thu 0 2 1 0 3"))));
    CHECK(text.contains(squeeze(QStringLiteral("Total 1 2 1 4 8"))));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(*pdf);
    REQUIRE(doc);
    const QSizeF size = doc->page(0)->pageSizeF(); // points
    CHECK(std::abs(size.width() - 595) < 2);
    CHECK(std::abs(size.height() - 842) < 2);

    // An empty period says so.
    Dashboard empty;
    empty.from = empty.to = QDate(2026, 2, 1);
    empty.today = QDate(2026, 5, 4);
    empty.intake = { DayIntake { empty.from, empty.from } };
    empty.processing.histogram = Dashboard::emptyHistogram();
    const Result<QByteArray> nothing = ReportWriter(empty, head).pdf();
    REQUIRE(nothing.ok());
    CHECK(pdfText(*nothing).contains(squeeze(QStringLiteral("Nothing was received, decided or closed in this period."))));
}

TEST_CASE("Report files: clear refusals, and who exported what is recorded", "[app][reports]")
{
    test::TempDatabase t;
    const QString missing = QDir(t.dir()).filePath(QStringLiteral("no-such-folder/report.csv"));
    const Status s = ReportWriter::writeFile(missing, "x");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::Io);
    CHECK(s.message().contains(QStringLiteral("does not exist")));
    const Status folder = ReportWriter::writeFile(t.dir(), "x");
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.message().contains(QStringLiteral("is a folder")));
    CHECK(ReportWriter::writeFile(QString(), "x").error().code == ErrorCode::InvalidInput);

    const QString path = QDir(t.dir()).filePath(QStringLiteral("report.csv"));
    REQUIRE(ReportWriter::writeFile(path, "first").ok());
    REQUIRE(ReportWriter::writeFile(path, "second").ok()); // replaces
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "second");

    const Actor sam = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    REQUIRE(ReportWriter::recordExport(t.connection(), sam, sample(), QStringLiteral("csv"), path).ok());
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, subject_type, details FROM events WHERE action = 'report.exported'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == sam.userId);
    CHECK(q.value(1).toString() == QStringLiteral("report"));
    const QJsonObject details = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    CHECK(details.value(QStringLiteral("format")).toString() == QStringLiteral("csv"));
    CHECK(details.value(QStringLiteral("from")).toString() == QStringLiteral("2026-04-01"));
    CHECK(details.value(QStringLiteral("to")).toString() == QStringLiteral("2026-04-03"));
    CHECK(details.value(QStringLiteral("file")).toString() == QStringLiteral("report.csv"));
    CHECK_FALSE(q.next());
    const auto intact = EventLog::verify(t.connection());
    REQUIRE(intact.ok());
    CHECK_FALSE(intact->has_value());
}
