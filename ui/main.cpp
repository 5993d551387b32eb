// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"
#include "Database.h"
#include "account/FirstRunDialog.h"
#include "MainWindow.h"
#include "oversight/CheckpointTasks.h"
#include "account/SignInDialog.h"
#include "UserService.h"
#include "widgets/ScreenFont.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OrgDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("OrgDesk"));
    QApplication::setApplicationVersion(QStringLiteral(ORGDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("hk.gov.judiciary.OrgDesk"));
    // Chinese names and wordings in Noto Sans CJK HK, also in an English interface.
    orgdesk::useSansCjkForChinese();

    // Qt's own strings (Close, Cancel, …). Qt ships Traditional Chinese as zh_TW only, so a Hong
    // Kong or Macau desk falls back to it rather than to English.
    QTranslator qtTranslator;
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QLocale locale;
    const bool traditionalChinese = locale.language() == QLocale::Chinese
                                    && locale.script() == QLocale::TraditionalChineseScript;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslations)
        || (traditionalChinese && qtTranslator.load(QStringLiteral("qtbase_zh_TW"), qtTranslations)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator; // OrgDesk's own strings, e.g. LANG=zh_HK.UTF-8 for Traditional Chinese
    if (translator.load(QLocale(), QStringLiteral("orgdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "OrgDesk: the Help Centre's desk for iCMS Organization Account applications."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Use the database at <location>: an SQLite file, or a PostgreSQL server "
                                        "(postgresql://USER@HOST/DBNAME or service=NAME). The last one used is "
                                        "the default."),
        QStringLiteral("location"));
    parser.addOption(dbOption);
    parser.process(app);
    // The desk remembers the store it used last.
    QSettings settings;
    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : settings.value(QStringLiteral("store/location"), orgdesk::AppPaths::defaultDatabasePath())
                                   .toString();

    orgdesk::Actor actor;
    std::optional<orgdesk::Database> db;
    if (orgdesk::isServerLocation(path)) {
        // On a shared server, signing in is connecting as oneself.
        orgdesk::SignInDialog signIn(path);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        actor = signIn.actor();
        db = signIn.takeDatabase();
    } else {
        orgdesk::Result<orgdesk::Database> opened = orgdesk::Database::open(path);
        if (!opened) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "OrgDesk cannot open its database"),
                                  opened.message());
            return 1;
        }
        db.emplace(std::move(opened).value());
    }
    settings.setValue(QStringLiteral("store/location"), path);
    const QSqlDatabase connection = db->connection();

    const orgdesk::Result<qint64> users = orgdesk::UserService(connection).userCount();
    if (actor.userId > 0) {
        // signed in to the server above
    } else if (users && *users == 0) {
        orgdesk::FirstRunDialog firstRun(connection);
        if (firstRun.exec() != QDialog::Accepted)
            return 0;
        actor = firstRun.actor();
    } else {
        orgdesk::SignInDialog signIn(connection);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        actor = signIn.actor();
    }

    orgdesk::MainWindow window(connection, path, actor);
    // Maximized the first time; from then on as it was left (MainWindow keeps its geometry).
    if (QSettings().contains(QStringLiteral("window/geometry")))
        window.show();
    else
        window.showMaximized();
    if (actor.role == u"supervisor") {
        window.showOverdueIfAny();
        orgdesk::CheckpointTasks::offerIfDue(&window, connection, actor);
    }
    window.warnMissingHolidaysIfAny();
    return app.exec();
}
