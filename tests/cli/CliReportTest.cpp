// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace orgdesk;
using test::runCli;

namespace {
QString sqliteScalar(const QString& db, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), { QStringLiteral("-readonly"), db, sql });
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

TEST_CASE("report --csv writes the supervision report through the real binary", "[cli][reports]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.db"));
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("seed-demo"), QStringLiteral("--count"),
                     QStringLiteral("400") })
                .exitCode
            == 0);
    const QString csvPath = dir.filePath(QStringLiteral("report.csv"));
    const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
    const auto written = runCli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--from"),
                                  QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31"),
                                  QStringLiteral("--csv"), csvPath, QStringLiteral("--pdf"), pdfPath });
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.err.contains(QStringLiteral("written to")));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.first() == QStringLiteral("OrgDesk — supervision report"));
    CHECK(lines.contains(QStringLiteral("Period (Hong Kong days),2024-01-01,2024-12-31")));
    // 366 days of 2024 with a header row before and the total after.
    const qsizetype intake = lines.indexOf(QStringLiteral("Intake per day by channel"));
    REQUIRE(intake > 0);
    CHECK(lines.at(intake + 2).startsWith(QStringLiteral("2024-01-01,")));
    CHECK(lines.at(intake + 367).startsWith(QStringLiteral("2024-12-31,")));
    // The total equals a plain count over the Hong Kong year (16:00Z on 31 December 2023 onwards).
    const QString expected = sqliteScalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE received_at >= "
                                                             "'2023-12-31T16:00:00Z' AND received_at < "
                                                             "'2024-12-31T16:00:00Z'"));
    REQUIRE(lines.at(intake + 368).startsWith(QStringLiteral("Total,")));
    CHECK(lines.at(intake + 368).section(u',', 5, 5) == expected);
    const QString approved = sqliteScalar(db, QStringLiteral("SELECT count(*) FROM application_transitions WHERE "
                                                             "to_status = 'approved' AND at >= '2023-12-31T16:00:00Z' "
                                                             "AND at < '2024-12-31T16:00:00Z'"));
    CHECK(lines.contains(QStringLiteral("Approved,") + approved));
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");

    // Without a file: a summary on standard output; the database is not changed by a report.
    const QString events = sqliteScalar(db, QStringLiteral("SELECT count(*) FROM events"));
    const auto summary = runCli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--from"),
                                  QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31") });
    REQUIRE(summary.exitCode == 0);
    CHECK(summary.out.contains(QStringLiteral("Period 2024-01-01 to 2024-12-31 (366 days")));
    CHECK(summary.out.contains(QStringLiteral("Received: %1 (").arg(expected)));
    CHECK(sqliteScalar(db, QStringLiteral("SELECT count(*) FROM events")) == events);
    const auto defaults = runCli({ QStringLiteral("--db"), db, QStringLiteral("report") });
    CHECK(defaults.exitCode == 0);
    CHECK(defaults.out.contains(QStringLiteral("(90 days, Hong Kong calendar days)")));

    // Bad input: clear words, usage errors exit 2; a file that cannot be written exits 1.
    const auto backwards = runCli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--from"),
                                    QStringLiteral("2024-12-31"), QStringLiteral("--to"), QStringLiteral("2024-01-01") });
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains(QStringLiteral("after its last day")));
    const auto notADate = runCli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--from"),
                                   QStringLiteral("31/12/2024") });
    CHECK(notADate.exitCode == 2);
    CHECK(notADate.err.contains(QStringLiteral("YYYY-MM-DD")));
    const auto unknown = runCli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--xlsx"),
                                  QStringLiteral("a.xlsx") });
    CHECK(unknown.exitCode == 2);
    const auto nowhere = runCli({ QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--csv"),
                                  dir.filePath(QStringLiteral("missing/report.csv")) });
    CHECK(nowhere.exitCode == 1);
    CHECK(nowhere.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("report --from and --to are Hong Kong calendar days whatever the PC's zone", "[cli][reports][tz]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    FixedClock clock(QDateTime(QDate(2026, 1, 5), QTime(2, 0), QTimeZone::utc()));
    test::ClockGuard guard(&clock);
    ApplicationService apps(t.connection());
    for (const QTime at : { QTime(15, 30), QTime(16, 30) }) { // 23:30 on 31 Dec, 00:30 on 1 Jan in Hong Kong
        Receipt r;
        r.channel = QStringLiteral("fax");
        r.receivedAt = QDateTime(QDate(2025, 12, 31), at, QTimeZone::utc());
        REQUIRE(apps.receive(r, clerk).ok());
    }
    Receipt late;
    late.channel = QStringLiteral("post");
    late.receivedAt = QDateTime(QDate(2026, 1, 1), QTime(16, 0), QTimeZone::utc()); // 00:00 on 2 Jan in Hong Kong
    REQUIRE(apps.receive(late, clerk).ok());
    const auto summary = runCli({ QStringLiteral("--db"), t.path(), QStringLiteral("report"), QStringLiteral("--from"),
                                  QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01") });
    INFO(summary.err.toStdString());
    REQUIRE(summary.exitCode == 0);
    CHECK(summary.out.contains(QStringLiteral("Received: 1 (")));
}
