// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // Letters, PDF reports and checkpoint receipts are laid out with fonts, which need a GUI application; no display is used.
    bool needsFonts = false;
    for (int i = 1; i < argc; ++i)
        needsFonts = needsFonts || std::strcmp(argv[i], "letter") == 0 || std::strcmp(argv[i], "report") == 0
                     || std::strcmp(argv[i], "checkpoint") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (needsFonts) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORGDESK_VERSION));
    return orgdesk::cli::run(QCoreApplication::arguments());
}
