// SPDX-License-Identifier: GPL-3.0-or-later
// Supervisor console speed at scale: the first page (50 newest) and the count of several console
// filters through CaseFinder, and one case's timeline through CaseTimeline, next to the sqlite3
// shell running the equivalent SQL on the same file. The database is opened read-only.
//
//   bench_console DATABASE   (make one with: orgdesk-cli --db DATABASE seed-demo --count 1000000)
#include "BenchSupport.h"
#include "Database.h"
#include "SqlUtil.h"
#include "oversight/CaseFinder.h"
#include "oversight/CaseTimeline.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

#include <cstdio>

using namespace orgdesk;
using namespace orgdesk::bench;

namespace {

void report(const char* what, double ours, double shell, qint64 rows)
{
    std::printf("%-46s OrgDesk %8.2f ms   sqlite3 shell %8.2f ms   ratio %5.2fx   (%lld)\n", what, ours, shell,
                shell > 0 ? ours / shell : 0.0, static_cast<long long>(rows));
}

QString utc(QDate day)
{
    return isoUtc(QDateTime(day, QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Hong_Kong"))));
}

const QString kColumns = QStringLiteral(
    "SELECT id, reference, org_name_en, org_name_zh, org_type, status, channel, received_at FROM applications ");

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_console DATABASE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    // Read-only, straight through the driver: other benchmarks share the file, and it may carry a
    // newer schema than this branch knows (the console reads only tables of version 6).
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    c.setDatabaseName(path);
    c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!QFileInfo::exists(path) || !c.open()) {
        std::fprintf(stderr, "cannot open %s read-only\n", qPrintable(path));
        return 1;
    }
    CaseFinder finder(c);
    std::printf("database: %s, %lld applications\n", qPrintable(path), static_cast<long long>(*finder.count({})));
    constexpr int runs = 5;

    auto measure = [&](const char* what, const CaseFilter& f, const QString& pageWhere, const QString& countWhere) {
        qint64 n = 0;
        auto page = [&] {
            const auto rows = finder.page(f, nullptr, 50);
            if (!rows) {
                std::fprintf(stderr, "%s\n", qPrintable(rows.message()));
                std::exit(1);
            }
        };
        auto count = [&] {
            const auto c = finder.count(f);
            if (!c) {
                std::fprintf(stderr, "%s\n", qPrintable(c.message()));
                std::exit(1);
            }
            n = *c;
        };
        page(); // warm the cache once, as a console that has just been opened
        count();
        const double pageMs = medianMs(runs, page);
        const double countMs = medianMs(runs, count);
        std::printf("%s\n", what);
        report("  first page (50 newest)", pageMs,
               shellPerStatementMs(path, { kColumns + pageWhere + QStringLiteral(" ORDER BY received_at DESC, id DESC LIMIT 50") }),
               50);
        report("  count", countMs, shellPerStatementMs(path, { QStringLiteral("SELECT count(*) FROM applications ") + countWhere }), n);
        std::printf("  %-44s OrgDesk %8.2f ms\n", "first page + count", pageMs + countMs);
    };

    qint64 clerk = 0;
    {
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("SELECT id FROM users WHERE username = 'demo-clerk-2'")) && q.next())
            clerk = q.value(0).toLongLong();
    }
    CaseFilter byClerk;
    byClerk.staffId = clerk;
    measure("clerk (registered or moved on it)", byClerk,
            QStringLiteral("WHERE (registered_by = %1 OR EXISTS (SELECT 1 FROM application_transitions t WHERE "
                           "t.application_id = applications.id AND t.actor_id = %1))")
                .arg(clerk),
            QStringLiteral("WHERE (registered_by = %1 OR id IN (SELECT application_id FROM application_transitions "
                           "WHERE actor_id = %1))")
                .arg(clerk));

    CaseFilter typeDates;
    typeDates.orgType = QStringLiteral("law_firm");
    typeDates.receivedFrom = QDate(2024, 1, 1);
    typeDates.receivedTo = QDate(2024, 12, 31);
    const QString lawFirms = QStringLiteral("WHERE org_type = 'law_firm' AND received_at >= '%1' AND received_at < '%2'")
                                 .arg(utc(QDate(2024, 1, 1)), utc(QDate(2025, 1, 1)));
    measure("law firms received in 2024", typeDates, lawFirms, lawFirms);

    CaseFilter rejected;
    rejected.decision = DecisionFilter::Rejected;
    measure("decision: rejected", rejected,
            QStringLiteral("WHERE EXISTS (SELECT 1 FROM application_transitions t WHERE t.application_id = applications.id "
                           "AND t.to_status = 'rejected')"),
            QStringLiteral("WHERE id IN (SELECT application_id FROM application_transitions WHERE to_status = 'rejected')"));

    CaseFilter undecided;
    undecided.decision = DecisionFilter::Undecided;
    measure("decision: not decided", undecided,
            QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM application_transitions t WHERE t.application_id = "
                           "applications.id AND t.to_status IN ('approved', 'rejected'))"),
            QStringLiteral("WHERE id NOT IN (SELECT application_id FROM application_transitions "
                           "WHERE to_status IN ('approved', 'rejected'))"));

    CaseFilter overdue;
    overdue.overdueOnly = true;
    {
        auto levels = ServiceLevels::load(c);
        const auto sql = CaseFinder::sqlFilter(overdue, &*levels);
        QStringList statuses;
        for (const QString& s : sql->statuses)
            statuses << u'\'' + s + u'\'';
        // The shell runs the SQL part only: which candidates are overdue is worked out in C++ (business
        // days, holidays, pauses), so OrgDesk's figure includes that work and the shell's does not.
        const QString candidates = QStringLiteral("WHERE status IN (%1) AND received_at < '%2'")
                                       .arg(statuses.join(u','), isoUtc(sql->receivedBeforeUtc));
        measure("overdue only (shell: the SQL candidates only)", overdue, candidates, candidates);
    }

    CaseFilter combined;
    combined.staffId = clerk;
    combined.decision = DecisionFilter::Approved;
    combined.receivedFrom = QDate(2023, 1, 1);
    measure("clerk + approved + received from 2023", combined,
            QStringLiteral("WHERE received_at >= '%2' AND (registered_by = %1 OR EXISTS (SELECT 1 FROM application_transitions t "
                           "WHERE t.application_id = applications.id AND t.actor_id = %1)) AND EXISTS (SELECT 1 FROM "
                           "application_transitions t WHERE t.application_id = applications.id AND t.to_status = 'approved')")
                .arg(clerk)
                .arg(utc(QDate(2023, 1, 1))),
            QStringLiteral("WHERE received_at >= '%2' AND (registered_by = %1 OR id IN (SELECT application_id FROM "
                           "application_transitions WHERE actor_id = %1)) AND id IN (SELECT application_id FROM "
                           "application_transitions WHERE to_status = 'approved')")
                .arg(clerk)
                .arg(utc(QDate(2023, 1, 1))));

    // A timeline: the case with the most events among those with a document.
    qint64 id = 0;
    {
        QSqlQuery q(c);
        if (q.exec(QStringLiteral("SELECT application_id FROM attachments ORDER BY id DESC LIMIT 1")) && q.next())
            id = q.value(0).toLongLong();
    }
    int entries = 0;
    const double timeline = medianMs(101, [&] {
        const auto t = CaseTimeline::forApplication(c, id);
        entries = t ? int(t->size()) : -1;
    });
    const double shell = shellPerStatementMs(
        path,
        QList<QString>(
            101,
            QStringLiteral("SELECT t.id, t.at, u.username, t.from_status, t.to_status, t.note FROM application_transitions t "
                           "LEFT JOIN users u ON u.id = t.actor_id WHERE t.application_id = %1 UNION ALL "
                           "SELECT e.id, e.at, u.username, e.action, e.subject_type, e.details FROM events e LEFT JOIN users u "
                           "ON u.id = e.user_id WHERE (e.subject_type = 'application' AND e.subject_id = %1) OR "
                           "(e.subject_type = 'attachment' AND e.subject_id IN (SELECT id FROM attachments WHERE "
                           "application_id = %1))")
                .arg(id)));
    report("timeline of one case", timeline, shell, entries);
    return 0;
}
