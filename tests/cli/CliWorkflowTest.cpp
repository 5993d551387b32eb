// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli workflow commands: settings, holidays, overdue list, case history, timeline.
#include "ApplicationService.h"
#include "TestSupport.h"
#include "workflow/WorkflowService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace orgdesk;
using test::runCli;

namespace {
QStringList withDb(const QString& db, QStringList args)
{
    return QStringList { QStringLiteral("--db"), db } + args;
}
} // namespace

TEST_CASE("orgdesk-cli settings, holiday, overdue and history", "[cli][workflow]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(runCli(withDb(db, { QStringLiteral("init") })).exitCode == 0);

    auto list = runCli(withDb(db, { QStringLiteral("settings") }));
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("sla.target_business_days\t10")));
    CHECK(list.out.contains(QStringLiteral("letterhead.fax\t2340 7819")));
    auto set = runCli(withDb(db, { QStringLiteral("settings"), QStringLiteral("set"),
                                   QStringLiteral("sla.target_business_days"), QStringLiteral("12") }));
    INFO(set.err.toStdString());
    CHECK(set.exitCode == 0);
    CHECK(runCli(withDb(db, { QStringLiteral("settings") })).out.contains(QStringLiteral("sla.target_business_days\t12")));
    auto bad = runCli(withDb(db, { QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("auth.lock_minutes"),
                                   QStringLiteral("never") }));
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("whole number")));

    CHECK(runCli(withDb(db, { QStringLiteral("holiday"), QStringLiteral("add"), QStringLiteral("2026-03-20"),
                              QStringLiteral("--name"), QStringLiteral("Typhoon closure") }))
              .exitCode
          == 0);
    CHECK(runCli(withDb(db, { QStringLiteral("holiday"), QStringLiteral("remove"), QStringLiteral("2026-03-20") }))
              .exitCode
          == 0);
    CHECK(runCli(withDb(db, { QStringLiteral("holiday"), QStringLiteral("remove"), QStringLiteral("2026-03-20") }))
              .exitCode
          == 2);

    // Enough cases that some open ones are overdue whatever the day: the demo spreads them up to now.
    REQUIRE(runCli(withDb(db, { QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("3000") }))
                .exitCode
            == 0);
    auto late = runCli(withDb(db, { QStringLiteral("overdue") }));
    INFO(late.err.toStdString());
    CHECK(late.exitCode == 0);
    CHECK(late.err.contains(QStringLiteral("overdue (target 12 business days)")));
    const QString first = late.out.section(u'\t', 0, 0);
    REQUIRE_FALSE(first.isEmpty()); // demo data always has recent open cases
    auto history = runCli(withDb(db, { QStringLiteral("history"), first }));
    CHECK(history.exitCode == 0);
    CHECK(history.out.contains(QStringLiteral("received -> registered")));
    CHECK(history.out.contains(QStringLiteral(", overdue.")));
}

TEST_CASE("orgdesk-cli letter writes the PDF and saves it with the case", "[cli][letters]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("l.db"));
    REQUIRE(runCli(withDb(db, { QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("50") })).exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("ack.pdf"));
    auto r = runCli(withDb(db, { QStringLiteral("letter"), QStringLiteral("OA-2021-000001"), QStringLiteral("--type"),
                                 QStringLiteral("ack"), QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--out"),
                                 out }));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("saved with OA-2021-000001")));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == QByteArray("%PDF-"));
    // Refuses to overwrite, and unknown types are usage errors.
    CHECK(runCli(withDb(db, { QStringLiteral("letter"), QStringLiteral("OA-2021-000001"), QStringLiteral("--type"),
                              QStringLiteral("ack"), QStringLiteral("--out"), out }))
              .exitCode
          == 2);
    CHECK(runCli(withDb(db, { QStringLiteral("letter"), QStringLiteral("OA-2021-000001"), QStringLiteral("--type"),
                              QStringLiteral("thanks"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf")) }))
              .exitCode
          == 2);
    // A rejection letter for a case that was not rejected is refused.
    CHECK(runCli(withDb(db, { QStringLiteral("letter"), QStringLiteral("OA-2021-000001"), QStringLiteral("--type"),
                              QStringLiteral("rejection"), QStringLiteral("--out"), dir.filePath(QStringLiteral("y.pdf")) }))
              .exitCode
          != 0);
}

TEST_CASE("orgdesk-cli timeline shows the eligibility a recommendation and a decision were made under",
          "[cli][workflow][eligibility]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    Receipt r;
    r.channel = QStringLiteral("hand");
    const auto app = ApplicationService(t.connection()).receive(r, clerk);
    REQUIRE(app.ok());
    test::keyEligibleForm(t.connection(), app->id, clerk);
    WorkflowService wf(t.connection());
    for (const char* to : { "registered", "under_review" })
        REQUIRE(wf.transition(TransitionRequest { app->id, QString::fromLatin1(to) }, clerk).ok());
    TransitionRequest rec { app->id, QStringLiteral("recommended") };
    rec.recommendation = QStringLiteral("approve");
    REQUIRE(wf.transition(rec, clerk).ok());
    REQUIRE(wf.transition(TransitionRequest { app->id, QStringLiteral("approved") }, supervisor).ok());

    const auto timeline = runCli(withDb(t.path(), { QStringLiteral("timeline"), app->reference }));
    INFO(timeline.err.toStdString());
    REQUIRE(timeline.exitCode == 0);
    CHECK(timeline.out.count(QStringLiteral("Eligibility: Eligible under “Further facilitation of 20 January 2023”.")) == 2);
    CHECK(timeline.out.contains(QStringLiteral("Approve:")));
}
