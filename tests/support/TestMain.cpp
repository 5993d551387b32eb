// SPDX-License-Identifier: GPL-3.0-or-later
// One main for every test executable: a QApplication (offscreen) so widget and font code works,
// test mode for QStandardPaths so nothing touches the user's real data.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char** argv)
{
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
