// SPDX-License-Identifier: GPL-3.0-or-later
// The clerk is warned while typing an identity number into free text; what is stored is masked.
#include "ApplicationService.h"
#include "EventLog.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "form/ApplicationForm.h"
#include "form/DuplicatesPanel.h"
#include "form/FormService.h"
#include "oversight/RetentionDialog.h"
#include "workflow/WorkflowService.h"
#include "widgets/HkidTextWarning.h"
#include "workflow/TransitionDialog.h"
#include "workflow/Workflow.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace orgdesk;
using test::screenshot;

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
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("id b 765432 1"));
    CHECK(textWarning->isVisible());
    screenshot(host, QStringLiteral("hkid-text-warning"));
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
    screenshot(dialog, QStringLiteral("transition-hkid-warning"));
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

namespace {

qint64 caseWithNumber(const QSqlDatabase& db, const Actor& clerk)
{
    Receipt receipt;
    receipt.channel = QStringLiteral("fax");
    const auto app = ApplicationService(db).receive(receipt, clerk);
    REQUIRE(app.ok());
    FormData d;
    d.orgType = QStringLiteral("hkba"); // eligible without a case number, so it may be approved
    d.paIdType = QStringLiteral("hkid");
    d.paIdNumber = QStringLiteral("AB987656(A)");
    REQUIRE(FormService(db).save(app->id, d, clerk).ok());
    return app->id;
}

} // namespace

TEST_CASE("The form warns about an HKID typed into the remarks and saves them masked", "[ui][privacy][form]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const qint64 id = caseWithNumber(t.connection(), clerk);
    ApplicationForm form(t.connection(), clerk);
    form.loadApplication(id);
    form.resize(1200, 860);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    auto visibleWarnings = [&form] {
        int n = 0;
        for (HkidTextWarning* w : form.findChildren<HkidTextWarning*>())
            n += w->isVisible() ? 1 : 0;
        return n;
    };
    // Remarks, confirmed how, the prefix note and the duplicates panel's link note.
    CHECK(form.findChildren<HkidTextWarning*>().size() == 4);
    CHECK(visibleWarnings() == 0);
    auto* remarks = qobject_cast<QPlainTextEdit*>(form.field(QStringLiteral("remarks")));
    REQUIRE(remarks);
    remarks->setFocus();
    QTest::keyClicks(remarks, QStringLiteral("PA showed AB987656(A) at the counter"));
    CHECK(visibleWarnings() == 1);
    screenshot(form, QStringLiteral("form-hkid-warning"));
    REQUIRE(form.save());
    CHECK(FormService(t.connection()).load(id)->data.remarks == QStringLiteral("PA showed AB987***(*) at the counter"));
    // Loaded back masked: no warning any more.
    form.loadApplication(id);
    CHECK(visibleWarnings() == 0);
}

TEST_CASE("A clerk not handling the case is refused the reveal in the form, and a purged number says so",
          "[ui][privacy][form]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor other = t.addUser(QStringLiteral("colin"), QStringLiteral("clerk"));
    const qint64 id = caseWithNumber(t.connection(), clerk);
    ApplicationForm form(t.connection(), other);
    form.loadApplication(id);
    auto* number = qobject_cast<QLineEdit*>(form.field(QStringLiteral("pa_id_number")));
    CHECK_FALSE(form.revealIdNumber());
    CHECK(number->text() == QStringLiteral("AB987***(*)"));
    CHECK(number->isReadOnly());

    // As a retention purge leaves it: the field emptied, the tombstone event written.
    {
        QSqlQuery q(t.connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE applications SET pa_id_number = '' WHERE id = %1").arg(id)));
        Transaction tx(t.connection());
        REQUIRE(EventLog::append(t.connection(), Event { 0, {}, {}, QStringLiteral("application.id_number_purged"),
                                                        QStringLiteral("application"), id, {} })
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    ApplicationForm purged(t.connection(), clerk);
    purged.loadApplication(id);
    auto* empty = qobject_cast<QLineEdit*>(purged.field(QStringLiteral("pa_id_number")));
    CHECK(empty->text().isEmpty());
    CHECK(empty->placeholderText().startsWith(QStringLiteral("Purged under the retention rules")));
}

TEST_CASE("The retention dialog lists identity numbers past retention and purges them", "[ui][privacy][retention]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    const QTimeZone hk(QByteArrayLiteral("Asia/Hong_Kong"));
    FixedClock clock(QDateTime(QDate(2024, 1, 2), QTime(10, 0), hk));
    test::ClockGuard guard(&clock);
    const qint64 id = caseWithNumber(t.connection(), clerk);
    for (const QString& to : { QStringLiteral("registered"), QStringLiteral("under_review"), QStringLiteral("recommended"),
                               QStringLiteral("approved"), QStringLiteral("account_created"), QStringLiteral("closed") }) {
        TransitionRequest r;
        r.applicationId = id;
        r.to = to;
        r.recommendation = QStringLiteral("approve");
        REQUIRE(WorkflowService(t.connection()).transition(r, to == u"approved" ? supervisor : clerk).ok());
    }
    clock.set(QDateTime(QDate(2026, 12, 1), QTime(10, 0), hk));

    RetentionDialog dialog(t.connection(), admin);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.dueTable()->rowCount() == 0);
    REQUIRE(dialog.idNumbersTable()->rowCount() == 1);
    CHECK(dialog.idNumbersTable()->item(0, 1)->text() == QStringLiteral("HKID number"));
    CHECK(dialog.purgeButton()->isEnabled());
    CHECK(dialog.summary().contains(QStringLiteral("1 identity number(s)")));
    screenshot(dialog, QStringLiteral("retention-id-numbers"));
    QSignalSpy finished(&dialog, &RetentionDialog::purgeFinished);
    REQUIRE(dialog.purge(true));
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toBool());
    CHECK(dialog.summary().contains(QStringLiteral("1 identity number(s) purged")));
    CHECK_FALSE(dialog.purgeButton()->isEnabled());
    CHECK(FormService(t.connection()).load(id)->data.paIdNumber.isEmpty());
}
