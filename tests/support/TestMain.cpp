// SPDX-License-Identifier: GPL-3.0-or-later
// One main for every test executable: a QApplication (offscreen) so widget and font code works,
// test mode for QStandardPaths so nothing touches the user's real data.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>
#include <ctime>

int main(int argc, char** argv)
{
    // ctest hands each test its environment as one variable, ORGDESK_TEST_ENVIRONMENT="A=1|B=2"
    // (tests/CMakeLists.txt: Catch2's test discovery keeps only the first entry of an ENVIRONMENT
    // list). Applied before anything reads the zone or the locale.
    const QByteArray testEnvironment = qgetenv("ORGDESK_TEST_ENVIRONMENT");
    for (const QByteArray& entry : testEnvironment.split('|')) {
        const qsizetype eq = entry.indexOf('=');
        if (eq > 0)
            qputenv(entry.left(eq).constData(), entry.mid(eq + 1));
    }
    tzset();
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                   : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesk-tests"));
    QStandardPaths::setTestModeEnabled(true);
    // The PostgreSQL run of a test needs the throwaway cluster packaging/dev.sh test starts.
    if (qEnvironmentVariable("ORGDESK_TEST_BACKEND") == u"postgresql" && qEnvironmentVariableIsEmpty("PGHOST")) {
        std::fprintf(stderr, "skipped: no PostgreSQL test server (packaging/dev.sh test starts one)\n");
        return 77;
    }
    return Catch::Session().run(argc, argv);
}
