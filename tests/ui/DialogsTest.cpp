// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationStore.h"
#include "account/FirstRunDialog.h"
#include "intake/ReceiveDialog.h"
#include "account/SignInDialog.h"
#include "TestSupport.h"
#include "UserService.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace orgdesk;
using test::screenshot;

namespace {
QList<QLineEdit*> lineEdits(QWidget& w)
{
    return w.findChildren<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly);
}

QString visibleMessage(QWidget& w)
{
    for (QLabel* l : w.findChildren<QLabel*>()) {
        if (l->isVisible() && l->styleSheet().contains(QStringLiteral("#b00020")))
            return l->text();
    }
    return {};
}
} // namespace

TEST_CASE("First run creates the administrator and demo data, mismatched passwords are caught", "[ui]")
{
    test::TempDatabase t;
    FirstRunDialog dialog(t.connection());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLineEdit*> edits = lineEdits(dialog);
    REQUIRE(edits.size() == 4);
    QTest::keyClicks(edits[0], QStringLiteral("chan.taiman"));
    QTest::keyClicks(edits[1], QStringLiteral("Chan Tai Man"));
    QTest::keyClicks(edits[2], QStringLiteral("a long password"));
    QTest::keyClicks(edits[3], QStringLiteral("a different one"));
    screenshot(dialog, QStringLiteral("first-run"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(visibleMessage(dialog).contains(QStringLiteral("not the same")));
    CHECK(*UserService(t.connection()).userCount() == 0);

    QTest::keyClicks(edits[3], QStringLiteral("a long password"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.actor().role == QStringLiteral("admin"));
    CHECK(*ApplicationStore(t.connection()).count({}) == 300);
}

TEST_CASE("Sign-in refuses a wrong password with a plain message and accepts the right one", "[ui]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("mary"), QStringLiteral("admin"));
    SignInDialog dialog(t.connection());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLineEdit*> edits = lineEdits(dialog);
    REQUIRE(edits.size() == 2);
    QTest::keyClicks(edits[0], QStringLiteral("mary"));
    QTest::keyClicks(edits[1], QStringLiteral("wrong horse"));
    QTest::keyClick(edits[1], Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(visibleMessage(dialog).contains(QStringLiteral("not right")));
    CHECK(edits[1]->text().isEmpty()); // the password is not kept
    screenshot(dialog, QStringLiteral("sign-in-refused"));
    QTest::keyClicks(edits[1], QStringLiteral("correct horse"));
    QTest::keyClick(edits[1], Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.actor().username == QStringLiteral("mary"));
}

TEST_CASE("New application dialog records a fax with its reference number", "[ui]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    ReceiveDialog dialog(t.connection(), clerk);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* channel = dialog.findChild<QComboBox*>();
    REQUIRE(channel);
    CHECK(channel->currentData().toString() == QStringLiteral("fax"));
    QLineEdit* fax = nullptr;
    for (QLineEdit* e : dialog.findChildren<QLineEdit*>()) {
        if (e->accessibleName() == QStringLiteral("Sender fax number"))
            fax = e;
    }
    REQUIRE(fax);
    QTest::keyClicks(fax, QStringLiteral("+852 2111 2222"));
    screenshot(dialog, QStringLiteral("new-application"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.created().reference.startsWith(QStringLiteral("OA-")));
    auto stored = ApplicationStore(t.connection()).getByReference(dialog.created().reference);
    REQUIRE(stored.ok());
    CHECK(stored->senderFax == QStringLiteral("+852 2111 2222"));
    CHECK(stored->channel == QStringLiteral("fax"));
}
