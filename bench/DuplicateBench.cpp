// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate-applicant lookup at scale: for the resubmissions DemoSeeder plants (same
// organization, name respelled), how long OrgDesk's lookup takes per application and whether
// it finds the earlier one; next to the sqlite3 shell running the same statement with the same
// values on the same file.
//
//   bench_duplicates DATABASE   (make one with: orgdesk-cli --db DATABASE seed-demo --count 100000)
#include "Database.h"
#include "form/DuplicateFinder.h"
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace orgdesk;
using namespace orgdesk::bench;

namespace {

// The statement with its values written in as SQL literals, for the shell (which cannot bind).
QString withLiterals(QString sql, const QVariantList& values)
{
    QString out;
    int next = 0;
    for (QChar c : sql) {
        if (c != u'?') {
            out += c;
            continue;
        }
        const QVariant& v = values.at(next++);
        if (v.typeId() == QMetaType::QString)
            out += u'\'' + v.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
        else
            out += QString::number(v.toLongLong());
    }
    return out;
}


double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    auto db = openDatabaseArgument(argc, argv, "bench_duplicates");
    if (!db)
        return argc < 2 ? 2 : 1;
    const QString path = db->path();
    QSqlQuery total(db->connection());
    total.exec(QStringLiteral("SELECT count(*) FROM applications"));
    total.next();
    std::printf("database: %s, %lld applications\n", qPrintable(path), total.value(0).toLongLong());

    DuplicateFinder finder(db->connection());
    QElapsedTimer first;
    first.start();
    (void)finder.find(DuplicateQuery { 0, {}, {}, QStringLiteral("warm up"), {}, {}, {} });
    std::printf("first lookup (prepares, checks name keys): %.1f ms\n", first.nsecsElapsed() / 1e6);

    // The resubmissions DemoSeeder planted, as a clerk would key them.
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT id, org_name_en, org_name_zh, br_number, br_branch, email, phone FROM applications "
                          "WHERE remarks = 'Applicant says an earlier form was sent.' AND org_name_en <> '' "
                          "ORDER BY id LIMIT 300"));
    std::vector<DuplicateQuery> queries;
    while (q.next())
        queries.push_back({ q.value(0).toLongLong(), q.value(3).toString(), q.value(4).toString(), q.value(1).toString(),
                            q.value(2).toString(), q.value(5).toString(), q.value(6).toString() });
    if (queries.empty()) {
        std::fprintf(stderr, "no seeded resubmissions in this database; run seed-demo first\n");
        return 1;
    }

    std::vector<double> times;
    int foundEarlier = 0;
    long long matches = 0;
    QStringList statements;
    for (const DuplicateQuery& dq : queries) {
        QElapsedTimer t;
        t.start();
        const auto found = finder.find(dq);
        times.push_back(t.nsecsElapsed() / 1e6);
        if (!found) {
            std::fprintf(stderr, "%s\n", qPrintable(found.message()));
            return 1;
        }
        matches += found->size();
        bool earlier = false;
        for (const DuplicateMatch& m : *found)
            earlier = earlier || (m.id < dq.excludeId && m.reasons.contains(QStringLiteral("name")));
        foundEarlier += earlier ? 1 : 0;
        statements << withLiterals(DuplicateFinder::lookupSql(Dialect::of(db->connection())), DuplicateFinder::lookupValues(dq, 50));
    }
    const double median = percentile(times, 0.5);
    const double shell = shellPerStatementMs(path, statements);
    std::printf("lookups: %zu seeded resubmissions, earlier application found by name for %d (%.1f%%), "
                "%.1f matches each on average\n",
                queries.size(), foundEarlier, 100.0 * foundEarlier / double(queries.size()),
                double(matches) / double(queries.size()));
    std::printf("%-34s OrgDesk median %7.3f ms  p95 %7.3f ms  max %7.3f ms   sqlite3 shell %7.3f ms   ratio %.2fx\n",
                "duplicate lookup (per application)", median, percentile(times, 0.95), percentile(times, 1.0), shell,
                shell > 0 ? median / shell : 0.0);
    std::printf("target: under 50 ms per lookup -> %s\n", percentile(times, 1.0) < 50.0 ? "met" : "NOT met");
    return 0;
}
