// SPDX-License-Identifier: GPL-3.0-or-later
// The shared store at scale: the queue's first screen, filtered counts, search keystrokes and the
// supervisor console's first page on a PostgreSQL database, each next to psql running exactly the
// same statements (recorded as OrgDesk ran them, replayed as PREPARE/EXECUTE with \timing).
//
//   bench_server LOCATION   (a PostgreSQL URI or connection string, e.g. "dbname=orgdesk";
//                            fill it with: orgdesk-cli store copy --from BIG.sqlite --to LOCATION)
#include "ApplicationStore.h"
#include "BenchSupport.h"
#include "Database.h"
#include "SqlUtil.h"
#include "oversight/CaseFinder.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <cstdio>

using namespace orgdesk;
using namespace orgdesk::bench;

namespace {

// `sql` with its `?` placeholders numbered ($1, $2, …) as PREPARE wants them; string literals kept.
QString numbered(const QString& sql)
{
    QString out;
    bool quoted = false;
    int n = 0;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c == u'?' && !quoted)
            out += QStringLiteral("$%1").arg(++n);
        else
            out += c;
    }
    return out;
}

QString literal(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return v.toString();
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        break;
    }
    QString s = v.toString();
    s.replace(u'\'', QStringLiteral("''"));
    return u'\'' + s + u'\'';
}

// psql's own \timing of the statements, each run `runs` times in one session after one warm-up;
// the median over runs of the summed time of one round.
double psqlMs(const QString& location, const QList<StatementTrace::Statement>& statements, int runs)
{
    QString script = QStringLiteral("\\o /dev/null\n");
    for (int i = 0; i < statements.size(); ++i)
        script += QStringLiteral("PREPARE s%1 AS %2;\n").arg(i).arg(numbered(statements.at(i).sql));
    auto round = [&] {
        QString r;
        for (int i = 0; i < statements.size(); ++i) {
            QStringList args;
            for (const QVariant& v : statements.at(i).values)
                args << literal(v);
            r += args.isEmpty()
                ? QStringLiteral("EXECUTE s%1;\n").arg(i)
                : QStringLiteral("EXECUTE s%1(%2);\n").arg(i).arg(args.join(QStringLiteral(", ")));
        }
        return r;
    };
    script += round(); // warm-up, as OrgDesk's own first run
    script += QStringLiteral("\\timing on\n");
    for (int r = 0; r < runs; ++r)
        script += round();
    QProcess p;
    p.start(QStringLiteral("psql"),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            location });
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "psql failed: %s\n", p.readAllStandardError().constData());
        std::exit(1);
    }
    static const QRegularExpression time(QStringLiteral("Time: ([0-9.]+) ms"));
    std::vector<double> times;
    for (auto it = time.globalMatch(out); it.hasNext();)
        times.push_back(it.next().captured(1).toDouble());
    std::vector<double> rounds;
    const size_t per = size_t(statements.size());
    for (size_t i = 0; per > 0 && i + per <= times.size(); i += per) {
        double sum = 0;
        for (size_t j = 0; j < per; ++j)
            sum += times[i + j];
        rounds.push_back(sum);
    }
    if (rounds.empty())
        return 0;
    std::sort(rounds.begin(), rounds.end());
    return rounds[rounds.size() / 2];
}

// OrgDesk's median time for `work`, and psql's for the statements `work` ran.
void measure(const QString& location, const char* what, int runs, const std::function<void()>& work)
{
    QList<StatementTrace::Statement> statements;
    {
        StatementTrace trace;
        work(); // warm-up, and the statements to replay
        statements = trace.statements();
    }
    const double ours = medianMs(runs, work);
    const double psql = psqlMs(location, statements, runs);
    // Padded by characters, not bytes, so Chinese labels line up too.
    const QByteArray label = QString::fromUtf8(what).leftJustified(50).toUtf8();
    std::printf("%s OrgDesk %8.2f ms   psql %8.2f ms   ratio %5.2fx   (%lld statement%s)\n",
        label.constData(), ours, psql, psql > 0 ? ours / psql : 0.0,
        static_cast<long long>(statements.size()), statements.size() == 1 ? "" : "s");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    auto db = openDatabaseArgument(argc, argv, "bench_server");
    if (!db)
        return argc < 2 ? 2 : 1;
    if (db->backend() != Backend::PostgreSQL) {
        std::fprintf(stderr,
            "bench_server: give a PostgreSQL location (for an SQLite file use bench_queue, "
            "bench_search and bench_console)\n");
        return 2;
    }
    const QString location = db->path();
    ApplicationStore store(db->connection());
    CaseFinder finder(db->connection());
    std::printf(
        "database: %s, %lld applications\n", qPrintable(location), static_cast<long long>(*store.count({})));
    constexpr int runs = 20;

    measure(location, "queue first screen (50 newest)", runs,
        [&] { (void)store.page(QueueQuery {}, nullptr, 50); });
    QueueFilter underReview;
    underReview.status = QStringLiteral("under_review");
    measure(
        location, "filtered count (status = under review)", runs, [&] { (void)store.count(underReview); });
    QueueFilter fax;
    fax.channel = QStringLiteral("fax");
    measure(location, "filtered count (channel = fax)", runs, [&] { (void)store.count(fax); });

    // A keystroke in the queue's search: the count up to 1,000 the queue shows and the first 50.
    for (const QString& text : { QStringLiteral("有限公"), QStringLiteral("律師行"), QStringLiteral("有限"),
             QStringLiteral("Limited"), QStringLiteral("Kowloon"), QStringLiteral("Chan"),
             QStringLiteral("Harbour Bay") }) {
        QueueFilter f;
        f.search = text;
        const QByteArray what
            = QStringLiteral("search \"%1\" (count to 1,000 + first 50)").arg(text).toUtf8();
        measure(location, what.constData(), 9, [&] {
            (void)store.countUpTo(f, 1000);
            (void)store.page(QueueQuery { f, QueueSort::ReceivedAt, true }, nullptr, 50);
        });
    }

    // The supervisor console's first page and its count.
    measure(location, "console first page (no filter)", runs, [&] { (void)finder.page({}, nullptr, 50); });
    CaseFilter rejected;
    rejected.decision = DecisionFilter::Rejected;
    measure(location, "console first page (decision: rejected)", runs,
        [&] { (void)finder.page(rejected, nullptr, 50); });
    measure(location, "console count (decision: rejected)", 5, [&] { (void)finder.count(rejected); });
    CaseFilter lawFirms;
    lawFirms.orgType = QStringLiteral("law_firm");
    lawFirms.receivedFrom = QDate(2024, 1, 1);
    lawFirms.receivedTo = QDate(2024, 12, 31);
    measure(location, "console first page (law firms received in 2024)", runs,
        [&] { (void)finder.page(lawFirms, nullptr, 50); });
    return 0;
}
