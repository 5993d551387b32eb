// SPDX-License-Identifier: GPL-3.0-or-later
// The user guide, opened with F1 as a person would, in the interface's language.
#include "help/HelpWindow.h"

#include "ChineseInterface.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QTest>
#include <QTextBrowser>

using namespace orgdesk;

namespace {

// Presses F1 in the main window and returns the guide window it opens.
HelpWindow* pressF1(MainWindow& w)
{
    QTest::keyClick(&w, Qt::Key_F1);
    QCoreApplication::processEvents();
    const QList<HelpWindow*> guides = w.findChildren<HelpWindow*>();
    REQUIRE(guides.size() == 1);
    REQUIRE(guides.first()->isVisible());
    return guides.first();
}

} // namespace

TEST_CASE("F1 opens the user guide in English: each role's day and the shortcuts", "[ui][help]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    MainWindow w(t.connection(), t.path(), clerk);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    HelpWindow* guide = pressF1(w);
    CHECK(guide->browser()->source() == QUrl(QStringLiteral("qrc:/help/guide.en.html")));
    const QString text = guide->browser()->toPlainText();
    for (const char* part :
        { "The clerk's day", "Receive", "Attach", "Key", "Check", "Requisition", "Recommend",
            "The supervisor's day", "Decide", "Console", "Sampling", "Verify", "The administrator", "Staff",
            "Holidays", "Letters", "Retention", "Keyboard shortcuts", "Ctrl+Shift+A" })
        CHECK(text.contains(QString::fromUtf8(part)));
    test::screenshot(*guide, QStringLiteral("user-guide"));

    // Asking again brings the same window forward.
    w.showUserGuide();
    CHECK(w.findChildren<HelpWindow*>().size() == 1);
    guide->close();
}

TEST_CASE("Under the Traditional Chinese translation F1 shows the Chinese guide", "[ui][help]")
{
    test::ChineseInterface chinese;
    test::TempDatabase t;
    const Actor sam = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    MainWindow w(t.connection(), t.path(), sam);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    HelpWindow* guide = pressF1(w);
    CHECK(guide->browser()->source() == QUrl(QStringLiteral("qrc:/help/guide.zh_HK.html")));
    CHECK(guide->windowTitle() == QStringLiteral("OrgDesk 使用指南"));
    const QString text = guide->browser()->toPlainText();
    for (const char* part : { "文員的工作", "主管的工作", "管理員", "快捷鍵", "質素抽樣", "核實審計記錄" })
        CHECK(text.contains(QString::fromUtf8(part)));
    test::screenshot(*guide, QStringLiteral("user-guide-zh"));
    guide->close();
}
