// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace orgdesk::AppPaths {

QString defaultDatabasePath()
{
    const QString overridePath = qEnvironmentVariable("ORGDESK_DB");
    if (!overridePath.isEmpty())
        return overridePath;
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("OrgDesk"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("orgdesk.sqlite"));
}

} // namespace orgdesk::AppPaths
