// SPDX-License-Identifier: GPL-3.0-or-later
// The clerk is warned while typing an identity number into free text; what is stored is masked.
#include "ApplicationService.h"
#include "TestSupport.h"
#include "form/DuplicatesPanel.h"
#include "widgets/HkidTextWarning.h"
#include "workflow/TransitionDialog.h"
#include "workflow/Workflow.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QVBoxLayout>

using namespace orgdesk;

TEST_CASE("The HKID warning follows what is typed in a line or a text box", "[ui][privacy]")
{
    QWidget host;
    auto* layout = new QVBoxLayout(&host);
    auto* line = new QLineEdit(&host);
    auto* text = new QPlainTextEdit(&host);
    layout->addWidget(line);
    auto* lineWarning = new HkidTextWarning(line, &host);
    layout->addWidget(lineWarning);
    layout->addWidget(text);
    auto* textWarning = new HkidTextWarning(text, &host);
    layout->addWidget(textWarning);
    host.show();
    REQUIRE(QTest::qWaitForWindowExposed(&host));
    QSignalSpy changed(lineWarning, &HkidTextWarning::warningChanged);

    CHECK_FALSE(lineWarning->isVisible());
    QTest::keyClicks(line, QStringLiteral("PA card A123456"));
    CHECK_FALSE(lineWarning->warns()); // not yet a whole number
    QTest::keyClicks(line, QStringLiteral("(3)"));
    CHECK(lineWarning->warns());
    CHECK(lineWarning->isVisible());
    CHECK(lineWarning->text().contains(QStringLiteral("A123***(*)")));
    CHECK(line->accessibleDescription().contains(HkidTextWarning::warningText()));
    CHECK(changed.count() == 1);
    line->clear();
    CHECK_FALSE(lineWarning->isVisible());
    CHECK(line->accessibleDescription().isEmpty());

    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("HCA 1234/2025, tel 2345 6789"));
    CHECK_FALSE(textWarning->isVisible());
    QTest::keyClicks(text, QStringLiteral("\nid b 765432 1"));
    CHECK(textWarning->isVisible());
    test::screenshot(host, QStringLiteral("hkid-text-warning"));
}

TEST_CASE("The move dialog warns about an HKID in its note and the move stores it masked", "[ui][privacy]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Receipt receipt;
    receipt.channel = QStringLiteral("fax");
    const auto app = ApplicationService(t.connection()).receive(receipt, clerk);
    REQUIRE(app.ok());
    TransitionDialog dialog(t.connection(), clerk, app->id, *workflow::findRule(QStringLiteral("received"), QStringLiteral("registered")));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.noteWarning());
    CHECK_FALSE(dialog.noteWarning()->isVisible());
    auto* note = dialog.findChild<QPlainTextEdit*>();
    REQUIRE(note);
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("PA gave a1234563 at the counter"));
    CHECK(dialog.noteWarning()->isVisible());
    test::screenshot(dialog, QStringLiteral("transition-hkid-warning"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT note FROM application_transitions ORDER BY id DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("PA gave A123***(*) at the counter"));
}

TEST_CASE("The duplicates panel warns about an HKID in the link note", "[ui][privacy]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    DuplicatesPanel panel(t.connection(), clerk);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    REQUIRE(panel.noteWarning());
    CHECK_FALSE(panel.noteWarning()->isVisible());
    QTest::keyClicks(panel.noteEdit(), QStringLiteral("same PA as Z683365(A)"));
    CHECK(panel.noteWarning()->isVisible());
}
