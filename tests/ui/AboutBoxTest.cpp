// SPDX-License-Identifier: GPL-3.0-or-later
// The About box, opened from the Help menu as a person would.
#include "MainWindow.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace orgdesk;

namespace {

// Triggers the Help menu's "About OrgDesk" and returns the text of the box it opens (closed again).
QString aboutBoxText(MainWindow& w)
{
    QAction* about = nullptr;
    for (QAction* menu : w.menuBar()->actions()) {
        if (!menu->menu() || menu->text() != MainWindow::tr("&Help"))
            continue;
        for (QAction* a : menu->menu()->actions())
            if (a->text() == MainWindow::tr("&About OrgDesk"))
                about = a;
    }
    REQUIRE(about);
    QString text;
    auto* timer = new QTimer(&w);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, &text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            text = box->text();
            test::screenshot(*box, QStringLiteral("about"));
            box->accept();
            timer->stop();
        }
    });
    timer->start(25);
    about->trigger(); // runs the box's own event loop until the timer closes it
    return text;
}

} // namespace

TEST_CASE("The About box names the licences of what OrgDesk is built with and the fonts it uses", "[ui][about]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    MainWindow w(t.connection(), t.path(), admin);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    const QString text = aboutBoxText(w);
    CHECK(text.contains(QStringLiteral("OrgDesk %1").arg(QStringLiteral(ORGDESK_VERSION))));
    for (const char* licence : { "OrgDesk GPL-3.0-or-later", "Qt 6 LGPL-3.0", "Qt Charts GPL-3.0", "Poppler GPL-2.0",
                                 "libsodium ISC", "SQLite public domain", "AR PL UMing HK (Arphic Public License)",
                                 "Noto Sans CJK (OFL-1.1)" })
        CHECK(text.contains(QString::fromLatin1(licence)));
}
