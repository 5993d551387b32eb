// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ChangePasswordDialog.h"
#include "account/IdleLock.h"
#include "workflow/LetterTemplateDialog.h"
#include "letters/LetterService.h"
#include "TestSupport.h"
#include "account/UserAdminDialog.h"
#include "UserService.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace orgdesk;
using test::screenshot;


TEST_CASE("The idle lock hides case data until the password is entered again", "[ui][lock]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    QMainWindow window;
    auto* caseData = new QLabel(QStringLiteral("OA-2026-000123 Harbour Bay Trading Limited"), &window);
    window.setCentralWidget(caseData);
    QAction* open = window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("Open"));
    open->setShortcut(QKeySequence(QStringLiteral("Ctrl+O")));
    window.resize(800, 500);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QDialog other(&window);
    other.show();

    IdleLock lock(&window, t.connection(), clerk);
    CHECK(lock.idleIntervalMs() == 10 * 60 * 1000); // the setting's default
    lock.setIdleIntervalMs(30);
    QTRY_VERIFY_WITH_TIMEOUT(lock.isLocked(), 5000);
    CHECK_FALSE(caseData->isVisible());
    CHECK_FALSE(other.isVisible());
    CHECK_FALSE(open->isEnabled());
    CHECK(lock.lockScreen()->isVisible());
    CHECK(lock.lockScreen()->geometry() == window.rect());
    screenshot(window, QStringLiteral("idle-lock"));

    auto* password = lock.lockScreen()->findChild<QLineEdit*>();
    REQUIRE(password);
    QTest::keyClicks(password, QStringLiteral("not it"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(lock.isLocked());
    CHECK(caseData->isHidden());
    QTest::keyClicks(password, QStringLiteral("correct horse"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK_FALSE(lock.isLocked());
    CHECK(caseData->isVisible());
    CHECK(other.isVisible());
    CHECK(open->isEnabled());
    CHECK_FALSE(lock.lockScreen()->isVisible());
    lock.setIdleIntervalMs(60 * 60 * 1000);
    lock.lockNow();
    CHECK(lock.isLocked());
    CHECK(caseData->isHidden());
    CHECK(lock.unlock(QStringLiteral("correct horse")));
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(json_extract(details, '$.reason'), ',') FROM events "
                                  "WHERE action = 'session.locked'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("idle,by request"));
}

TEST_CASE("Change password and the administrator's staff list", "[ui][staff]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));

    ChangePasswordDialog change(t.connection(), clerk);
    change.show();
    REQUIRE(QTest::qWaitForWindowExposed(&change));
    const QList<QLineEdit*> edits = change.findChildren<QLineEdit*>();
    REQUIRE(edits.size() == 3);
    QTest::keyClicks(edits[0], QStringLiteral("correct horse"));
    QTest::keyClicks(edits[1], QStringLiteral("Kowloon Bay 2026"));
    QTest::keyClicks(edits[2], QStringLiteral("Kowloon Bay 2025"));
    change.accept();
    CHECK(change.result() != QDialog::Accepted);
    edits[0]->setText(QStringLiteral("correct horse"));
    edits[2]->setText(QStringLiteral("Kowloon Bay 2026"));
    screenshot(change, QStringLiteral("change-password"));
    change.accept();
    CHECK(change.result() == QDialog::Accepted);
    CHECK(UserService(t.connection()).signIn(QStringLiteral("carol"), QStringLiteral("Kowloon Bay 2026")).ok());

    UserAdminDialog dialog(t.connection(), admin);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.table()->rowCount() == 2);
    REQUIRE(dialog.addUser(QStringLiteral("sam"), QStringLiteral("Sam Wong"), QStringLiteral("supervisor"),
                           QStringLiteral("a fine password"))
                .ok());
    CHECK(dialog.table()->rowCount() == 3);
    dialog.selectUser(QStringLiteral("carol"));
    REQUIRE(dialog.setSelectedActive(false).ok());
    CHECK_FALSE(UserService(t.connection()).signIn(QStringLiteral("carol"), QStringLiteral("Kowloon Bay 2026")).ok());
    CHECK(dialog.table()->rowCount() == 3); // history stays: the account is listed as deactivated
    dialog.selectUser(QStringLiteral("carol"));
    CHECK(dialog.table()->item(dialog.table()->currentRow(), 3)->text() == QStringLiteral("Deactivated"));
    screenshot(dialog, QStringLiteral("staff-accounts"));
    dialog.selectUser(QStringLiteral("ada"));
    CHECK(dialog.setSelectedActive(false).error().code == ErrorCode::PermissionDenied);
    // With no account chosen, the dialog says so (it said nothing before).
    dialog.table()->clearSelection();
    dialog.table()->setCurrentItem(nullptr);
    CHECK(dialog.unlockSelected().error().code == ErrorCode::InvalidInput);
    QStringList shown;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        if (label->isVisible())
            shown << label->text();
    CHECK(shown.contains(QStringLiteral("Choose an account first.")));
    screenshot(dialog, QStringLiteral("staff-accounts-choose-first"));

    // A clerk who opens the dialog somehow is still refused by the service.
    UserAdminDialog notAdmin(t.connection(), clerk);
    CHECK(notAdmin.addUser(QStringLiteral("eve"), QStringLiteral("Eve"), QStringLiteral("admin"),
                           QStringLiteral("a fine password"))
              .error()
              .code
          == ErrorCode::PermissionDenied);
}

TEST_CASE("An administrator edits a Chinese letter template", "[ui][letters]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    LetterTemplateDialog dialog(t.connection(), admin);
    dialog.select(QStringLiteral("rejection"), QStringLiteral("zh"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.bodyEdit()->toPlainText().contains(QStringLiteral("{{reasons}}")));
    screenshot(dialog, QStringLiteral("letter-template-zh"));
    dialog.bodyEdit()->setPlainText(dialog.bodyEdit()->toPlainText() + QStringLiteral("\n\n{{signature}}"));
    CHECK_FALSE(dialog.save().ok());
    CHECK(dialog.messageText().contains(QStringLiteral("signature")));
    dialog.bodyEdit()->setPlainText(QStringLiteral("{{pa_name}}：\n\n申請（參考編號{{reference}}）不獲批准：\n\n{{reasons}}"));
    REQUIRE(dialog.save().ok());
    auto stored = LetterService(t.connection()).letterTemplate(QStringLiteral("rejection"), QStringLiteral("zh"));
    REQUIRE(stored.ok());
    CHECK(stored->body.startsWith(QStringLiteral("{{pa_name}}：")));
}
