// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard speed at scale: DashboardService for the last 90 days, the last 365 days and the last
// whole calendar year, next to the sqlite3 shell running the same aggregate SQL (the floor: the
// shell reads the same rows but does no business-day work) on the same file. The database is
// opened read-only and never changed.
//
//   bench_dashboard DATABASE [TODAY]   (TODAY: YYYY-MM-DD, default the Help Centre's today)
#include "BenchSupport.h"
#include "Clock.h"
#include "Database.h"
#include "reports/DashboardService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdio>

using namespace orgdesk;
using namespace orgdesk::bench;

namespace {

// The statements DashboardService runs for [from, to], with the values written in; row-returning
// ones are wrapped in an aggregate so the shell does not spend its time printing.
QStringList equivalentSql(const QSqlDatabase& db, QDate from, QDate to)
{
    const QString start = DashboardService::dayStartUtc(from);
    const QString end = DashboardService::dayStartUtc(to.addDays(1));
    const QString hour = QStringLiteral("CAST(strftime('%s', %1) AS INTEGER) / 3600");
    // The earliest receipt among the cases decided, which DashboardService learns from its third
    // statement and binds into the fourth.
    QString firstReceived;
    QSqlQuery first(db);
    if (first.exec(QStringLiteral("SELECT min(substr(a.received_at, 1, 13)) FROM application_transitions t JOIN "
                                  "applications a ON a.id = t.application_id WHERE t.id IN (SELECT id FROM "
                                  "application_transitions WHERE to_status IN ('approved', 'rejected') AND at >= '%1' "
                                  "AND at < '%2')")
                       .arg(start, end))
        && first.next())
        firstReceived = first.value(0).toString();
    const QString open = QStringLiteral("('received', 'registered', 'under_review', 'recommended', 'case_by_case', "
                                        "'awaiting_applicant')");
    return {
        QStringLiteral("SELECT channel, substr(received_at, 1, 13), count(*) FROM applications WHERE channel IN "
                       "('fax', 'post', 'hand', 'online') AND received_at >= '%1' AND received_at < '%2' GROUP BY 1, 2")
            .arg(start, end),
        QStringLiteral("SELECT to_status, count(*) FROM application_transitions WHERE to_status IN ('approved', "
                       "'rejected', 'withdrawn', 'duplicate') AND at >= '%1' AND at < '%2' GROUP BY to_status")
            .arg(start, end),
        QStringLiteral("SELECT count(*), min(r), max(h) FROM (SELECT t.application_id, substr(a.received_at, 1, 13) AS r, "
                       "substr(t.at, 1, 13) AS h FROM application_transitions t JOIN applications a ON a.id = "
                       "t.application_id WHERE t.id IN (SELECT id FROM application_transitions WHERE to_status IN "
                       "('approved', 'rejected') AND at >= '%1' AND at < '%2'))")
            .arg(start, end),
        QStringLiteral("SELECT count(*), max(e) FROM (SELECT p.application_id, substr(p.at, 1, 13), (SELECT "
                       "substr(e.at, 1, 13) FROM application_transitions e WHERE e.application_id = p.application_id "
                       "AND e.id > p.id ORDER BY e.id LIMIT 1) AS e FROM application_transitions p WHERE p.to_status = "
                       "'awaiting_applicant' AND p.at >= '%1' AND p.at < '%2' ORDER BY p.application_id, p.id)")
            .arg(firstReceived, end),
        QStringLiteral("SELECT count(*) FROM applications WHERE status IN %1").arg(open),
        // ServiceLevels::overdue(): the open cases, then their pauses.
        QStringLiteral("SELECT count(*), sum(length(reference) + length(org_name_en) + length(org_name_zh)) FROM "
                       "applications WHERE status IN %1")
            .arg(open),
        QStringLiteral("SELECT count(*) FROM application_transitions WHERE application_id IN (SELECT id FROM "
                       "applications WHERE status IN %1) AND (to_status = 'awaiting_applicant' OR from_status = "
                       "'awaiting_applicant')")
            .arg(open),
    };
}

struct Bench
{
    QSqlDatabase connection;
    QString path;
};

void run(const Bench& db, const char* what, QDate from, QDate to)
{
    DashboardService service(db.connection);
    Result<Dashboard> first = service.compute(from, to);
    if (!first) {
        std::printf("%s: %s\n", what, qPrintable(first.message()));
        return;
    }
    const double ours = medianMs(5, [&] { (void)service.compute(from, to); });
    const QStringList sql = equivalentSql(db.connection, from, to);
    const char* names[] = { "intake", "outcomes", "decided cases", "their pauses", "open count", "overdue: open",
                            "overdue: pauses" };
    double shell = 0;
    QStringList parts;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const double ms = shellPerStatementMs(db.path, { sql.at(i) });
        shell += ms;
        parts << QStringLiteral("%1 %2").arg(QLatin1String(names[i])).arg(ms, 0, 'f', 0);
    }
    std::printf("%-34s %s..%s  received %7d  decided %7d  open %6d (overdue %6d)\n", what,
                qPrintable(from.toString(Qt::ISODate)), qPrintable(to.toString(Qt::ISODate)), first->intakeTotal.total(),
                first->processing.cases, first->compliance.openCases, first->compliance.openOverdue);
    std::printf("%-34s OrgDesk %8.1f ms   sqlite3 shell (same SQL) %8.1f ms   ratio %.2fx   %s\n", "", ours, shell,
                shell > 0 ? ours / shell : 0.0, ours < 1000 ? "under 1 s" : "OVER 1 s");
    std::printf("%-34s shell by statement (ms): %s\n", "", qPrintable(parts.join(QStringLiteral(", "))));
    std::printf("%-34s median %.1f, mean %.1f, p90 %d business days; within target %d of %d\n", "",
                first->processing.median, first->processing.mean, first->processing.percentile90,
                first->compliance.withinTarget, first->compliance.decided);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_dashboard DATABASE [TODAY]\n");
        return 2;
    }
    // A plain read-only SQLite connection, not Database::open: the shared benchmark file may have
    // been made by a newer build (a later migration that only adds indexes), which Database refuses
    // to open, and nothing here writes.
    const QString path = QString::fromLocal8Bit(argv[1]);
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s does not exist\n", qPrintable(path));
        return 1;
    }
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    connection.setDatabaseName(path);
    connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.lastError().text()));
        return 1;
    }
    QSqlQuery version(connection);
    if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
        std::printf("schema version %d (this build knows %d)\n", version.value(0).toInt(),
                    Database::latestSchemaVersion());
    const Bench db { connection, path };
    QDate today = DashboardService::today();
    std::optional<FixedClock> fixed;
    if (argc > 2) {
        today = QDate::fromString(QString::fromLocal8Bit(argv[2]), Qt::ISODate);
        if (!today.isValid()) {
            std::fprintf(stderr, "TODAY is written YYYY-MM-DD\n");
            return 2;
        }
        fixed.emplace(QDateTime(today, QTime(12, 0), QTimeZone(QByteArrayLiteral("Asia/Hong_Kong"))));
        Clock::setCurrent(&*fixed);
    }
    std::printf("database: %s, today %s\n", qPrintable(db.path), qPrintable(today.toString(Qt::ISODate)));
    const auto [from90, to90] = DashboardService::lastDays(90, today);
    run(db, "last 90 days", from90, to90);
    const auto [from365, to365] = DashboardService::lastDays(365, today);
    run(db, "last 365 days", from365, to365);
    const QDate lastYear(today.year() - 1, 1, 1);
    run(db, "last calendar year", lastYear, QDate(lastYear.year(), 12, 31));
    Clock::setCurrent(nullptr);
    return 0;
}
