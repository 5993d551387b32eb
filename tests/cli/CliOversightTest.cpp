// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace orgdesk;
using test::sqlite;
using test::runCli;


TEST_CASE("sample draw records a reproducible sample, sample verify redraws it from the seed", "[cli][oversight]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.db"));
    auto cli = [&](QStringList args, const QByteArray& input = {}) {
        return runCli(QStringList { QStringLiteral("--db"), db } + args, input);
    };
    REQUIRE(cli({ QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("1000") }).exitCode == 0);
    REQUIRE(cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sally"), QStringLiteral("--role"),
                  QStringLiteral("supervisor") },
                "correct horse battery staple\n")
                .exitCode
            == 0);
    REQUIRE(cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"), QStringLiteral("--role"),
                  QStringLiteral("clerk") },
                "correct horse battery staple\n")
                .exitCode
            == 0);
    const QStringList draw { QStringLiteral("sample"), QStringLiteral("draw"), QStringLiteral("--from"),
                             QStringLiteral("2021-01-01"), QStringLiteral("--to"), QStringLiteral("2030-12-31"),
                             QStringLiteral("--percent"), QStringLiteral("10") };

    // Bad input: usage errors, and nothing is recorded.
    CHECK(cli(draw).exitCode == 2); // no --as
    CHECK(cli({ QStringLiteral("sample"), QStringLiteral("draw"), QStringLiteral("--from"), QStringLiteral("2021-13-01"),
                QStringLiteral("--to"), QStringLiteral("2030-12-31"), QStringLiteral("--percent"), QStringLiteral("10"),
                QStringLiteral("--as"), QStringLiteral("sally") })
              .exitCode
          == 2);
    auto zero = cli({ QStringLiteral("sample"), QStringLiteral("draw"), QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                      QStringLiteral("--to"), QStringLiteral("2030-12-31"), QStringLiteral("--percent"), QStringLiteral("0"),
                      QStringLiteral("--as"), QStringLiteral("sally") });
    CHECK(zero.exitCode == 2);
    CHECK(zero.err.contains(QStringLiteral("100 %")));
    CHECK(cli(draw + QStringList { QStringLiteral("--as"), QStringLiteral("carol") }).exitCode == 1); // a clerk
    CHECK(cli(draw + QStringList { QStringLiteral("--as"), QStringLiteral("nobody") }).exitCode == 2);
    CHECK(cli(draw + QStringList { QStringLiteral("--as"), QStringLiteral("sally"), QStringLiteral("--seed"),
                                   QStringLiteral("-1") })
              .exitCode
          == 2);
    auto none = cli({ QStringLiteral("sample"), QStringLiteral("list") });
    CHECK(none.exitCode == 0);
    CHECK(none.out.isEmpty());

    auto drawn = cli(draw + QStringList { QStringLiteral("--seed"), QStringLiteral("9007199254740993"), QStringLiteral("--as"),
                                          QStringLiteral("sally") });
    INFO(drawn.err.toStdString());
    REQUIRE(drawn.exitCode == 0);
    CHECK(drawn.out.contains(QStringLiteral("seed 9007199254740993"))); // above 2^53: kept exactly
    static const QRegularExpression refs(QStringLiteral("OA-\\d{4}-\\d{6}"));
    QStringList first;
    for (auto it = refs.globalMatch(drawn.out); it.hasNext();)
        first << it.next().captured();
    REQUIRE_FALSE(first.isEmpty());

    auto again = cli(draw + QStringList { QStringLiteral("--seed"), QStringLiteral("9007199254740993"), QStringLiteral("--as"),
                                          QStringLiteral("sally") });
    REQUIRE(again.exitCode == 0);
    QStringList second;
    for (auto it = refs.globalMatch(again.out); it.hasNext();)
        second << it.next().captured();
    CHECK(first == second);

    auto verify = cli({ QStringLiteral("sample"), QStringLiteral("verify"), QStringLiteral("1") });
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains(QStringLiteral("reproduced exactly")));
    auto show = cli({ QStringLiteral("sample"), QStringLiteral("show"), QStringLiteral("1") });
    CHECK(show.exitCode == 0);
    CHECK(show.out.contains(QStringLiteral("seed 9007199254740993")));
    CHECK(show.out.contains(QStringLiteral("0 of %1 reviewed").arg(first.size())));
    CHECK(cli({ QStringLiteral("sample"), QStringLiteral("verify"), QStringLiteral("42") }).exitCode == 2);

    auto timeline = cli({ QStringLiteral("timeline"), first.first() });
    CHECK(timeline.exitCode == 0);
    CHECK(timeline.out.contains(QStringLiteral("Approve:")) != timeline.out.contains(QStringLiteral("Reject:")));

    // A decision slipped into the period afterwards: the redraw no longer matches.
    sqlite(db, QStringLiteral("INSERT INTO application_transitions (application_id, from_status, to_status, actor_id, at, "
                              "eligibility_policy, eligibility_outcome) "
                              "SELECT a.id, 'recommended', 'approved', (SELECT id FROM users WHERE username = 'sally'), "
                              "'2022-06-01T03:00:00Z', e.policy_code, e.outcome FROM applications a JOIN "
                              "application_eligibility e ON e.application_id = a.id WHERE a.status = 'recommended' LIMIT 1"));
    auto broken = cli({ QStringLiteral("sample"), QStringLiteral("verify"), QStringLiteral("1") });
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("does not match")));
}
