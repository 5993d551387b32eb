// SPDX-License-Identifier: GPL-3.0-or-later
// Queue speed at scale: the first screen (50 newest rows) and a filtered count, through OrgDesk's
// store and model, next to the sqlite3 shell running the same SQL on the same file.
//
//   bench_queue DATABASE   (make one with: orgdesk-cli --db DATABASE seed-demo --count 1000000)
#include "ApplicationStore.h"
#include "Database.h"
#include "QueueModel.h"
#include "BenchSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace orgdesk;
using namespace orgdesk::bench;

namespace {

void report(const char* what, double ours, double shell)
{
    std::printf("%-44s OrgDesk %8.3f ms   sqlite3 shell %8.3f ms   ratio %.2fx\n", what, ours, shell,
                shell > 0 ? ours / shell : 0.0);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    auto db = openDatabaseArgument(argc, argv, "bench_queue");
    if (!db)
        return argc < 2 ? 2 : 1;
    const QString path = db->path();
    ApplicationStore store(db->connection());
    const qint64 total = *store.count({});
    std::printf("database: %s, %lld applications\n", qPrintable(path), static_cast<long long>(total));
    constexpr int runs = 100;

    const double firstScreen = medianMs(runs, [&] { (void)store.page(QueueQuery {}, nullptr, 50); });
    report("first screen (50 newest by received date)", firstScreen,
           shellMs(path,
                   QStringLiteral("SELECT id, reference, org_name_en, org_name_zh, org_type, status, channel, "
                                  "received_at FROM applications ORDER BY received_at DESC, id DESC LIMIT 50"),
                   runs));

    QueueFilter filter;
    filter.status = QStringLiteral("under_review");
    const double filtered = medianMs(runs, [&] { (void)store.count(filter); });
    report("filtered count (status = under review)", filtered,
           shellMs(path, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'under_review'"), runs));

    QueueFilter fax;
    fax.channel = QStringLiteral("fax");
    report("filtered count (channel = fax)", medianMs(runs, [&] { (void)store.count(fax); }),
           shellMs(path, QStringLiteral("SELECT count(*) FROM applications WHERE channel = 'fax'"), runs));

    const double all = medianMs(runs, [&] { (void)store.count({}); });
    report("count of all applications", all, shellMs(path, QStringLiteral("SELECT count(*) FROM applications"), runs));

    // What the window does on start: a model with the first page (200 rows) and the total count.
    const double model = medianMs(5, [&] { QueueModel m(db->connection()); });
    std::printf("%-44s OrgDesk %8.2f ms\n", "queue model ready (first 200 rows + count)", model);
    QueueQuery byOrg;
    byOrg.sort = QueueSort::Organization;
    byOrg.descending = false;
    std::printf("%-44s OrgDesk %8.2f ms\n", "first screen sorted by organization",
                medianMs(runs, [&] { (void)store.page(byOrg, nullptr, 50); }));
    return 0;
}
