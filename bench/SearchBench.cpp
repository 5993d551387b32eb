// SPDX-License-Identifier: GPL-3.0-or-later
// Audit and search at scale, next to the sqlite3 shell: verifying the whole audit chain, and one
// search keystroke in the queue (a count and the first screen of matches).
//
//   bench_search DATABASE   (make one with: orgdesk-cli --db DATABASE seed-demo --count 1000000)
#include "ApplicationStore.h"
#include "Database.h"
#include "EventLog.h"
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace orgdesk;
using namespace orgdesk::bench;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    auto db = openDatabaseArgument(argc, argv, "bench_search");
    if (!db)
        return argc < 2 ? 2 : 1;
    const QString path = db->path();
    ApplicationStore store(db->connection());
    std::printf("database: %s, %lld applications\n", qPrintable(path), static_cast<long long>(*store.count({})));

    qint64 events = 0;
    const double verify = medianMs(3, [&] {
        (void)EventLog::verify(db->connection(), [&](qint64 done, qint64) {
            events = done;
            return true;
        });
    });
    // The shell's share of the same work: reading every event in order (no hashing).
    const double read = shellMs(path, QStringLiteral("SELECT count(*) FROM (SELECT * FROM events ORDER BY id)"), 3);
    std::printf("audit verify (%lld events)              OrgDesk %8.1f ms   sqlite3 reading them %8.1f ms   ratio %.2fx\n",
                static_cast<long long>(events), verify, read, verify / read);

    // From very common to rare: what the queue does on a keystroke (a count up to 1,000, as the
    // queue shows it, and the first 50 rows), next to the shell's exact count and first 50.
    for (const QString& text : { QStringLiteral("有限公"), QStringLiteral("律師行"), QStringLiteral("Limited"),
                                 QStringLiteral("Trading"), QStringLiteral("Kowloon"), QStringLiteral("Chan"),
                                 QStringLiteral("Harbour Bay"), QStringLiteral("HCA 12"),
                                 QStringLiteral("fictional demo") }) {
        QueueFilter f;
        f.search = text;
        qint64 shown = 0;
        const double ours = medianMs(9, [&] {
            shown = *store.countUpTo(f, 1000);
            (void)store.page(QueueQuery { f, QueueSort::ReceivedAt, true }, nullptr, 50);
        });
        QString quoted = text;
        quoted.replace(u'\'', QStringLiteral("''"));
        const QString match = QStringLiteral("'\"%1\"'").arg(quoted);
        const QString where = QStringLiteral("id IN (SELECT rowid FROM application_search WHERE application_search "
                                             "MATCH %1) OR id IN (SELECT application_id FROM attachments WHERE id IN "
                                             "(SELECT rowid FROM attachment_search WHERE attachment_search MATCH %1))")
                                  .arg(match);
        const double shell = shellMs(path,
                                     QStringLiteral("SELECT count(*) FROM applications WHERE %1; SELECT id, reference "
                                                    "FROM applications WHERE %1 ORDER BY received_at DESC, id DESC "
                                                    "LIMIT 50")
                                         .arg(where),
                                     5);
        std::printf("search keystroke %-18s OrgDesk %7.1f ms   sqlite3 shell %7.1f ms   ratio %.2fx   (%lld found, shown as %s)\n",
                    qPrintable(u'"' + text + u'"'), ours, shell, ours / shell, static_cast<long long>(*store.count(f)),
                    shown > 1000 ? "more than 1,000" : qPrintable(QString::number(shown)));
    }
    return 0;
}
