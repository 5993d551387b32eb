// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("OrgDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORGDESK_VERSION));
    return orgdesk::cli::run(QCoreApplication::arguments());
}
