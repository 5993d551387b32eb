// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli import reads files through the document worker: a hostile file makes it exit by
// itself, within the limit, with the refusal.
#include "HostileDocuments.h"
#include "TestSupport.h"
#include "documents/DocumentWorkerProtocol.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace orgdesk;
using orgdesk::test::runCli;

TEST_CASE("import of a PDF whose form-field tree loops exits by itself within the limit with the refusal",
          "[cli][documents][worker]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.db"));
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("loop.pdf"));
    {
        QFile f(pdf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(test::hostilePdf()) > 0);
    }
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("set"),
                     QStringLiteral("documents.worker_seconds"), QStringLiteral("3") })
                .exitCode
            == 0);
    QElapsedTimer timer;
    timer.start();
    const auto r = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), pdf, QStringLiteral("--channel"),
                            QStringLiteral("fax") });
    CHECK(timer.elapsed() < 10000);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("refused: loop.pdf could not be read safely within 3 s; it was not stored.")));
    CHECK(r.err.contains(QStringLiteral("no application was created")));
    CHECK_FALSE(runCli({ QStringLiteral("--db"), db, QStringLiteral("list") }).out.contains(QStringLiteral("OA-")));

    // A worker that crashes is refused the same way, and the command still ends by itself.
    {
        test::EnvironmentGuard env(docworker::kTestHookVariable, "abort");
        const auto crashed = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), pdf,
                                      QStringLiteral("--channel"), QStringLiteral("post") });
        CHECK(crashed.exitCode == 1);
        CHECK(crashed.err.contains(QStringLiteral("could not be read safely within 3 s; it was not stored.")));
    }
    CHECK(runCli({ QStringLiteral("--db"), db, QStringLiteral("check") }).exitCode == 0);
}
