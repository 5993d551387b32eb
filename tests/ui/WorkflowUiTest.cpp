// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"
#include "Clock.h"
#include "oversight/OverdueDialog.h"
#include "account/SignInDialog.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "form/FormService.h"
#include "workflow/TransitionDialog.h"
#include "workflow/WorkflowPanel.h"
#include "workflow/WorkflowService.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace orgdesk;
using test::signIn;
using test::screenshot;

namespace {
QString status(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT status FROM applications WHERE id = %1").arg(id)));
    REQUIRE(q.next());
    return q.value(0).toString();
}
} // namespace

TEST_CASE("A clerk signs in and recommends, a supervisor signs in and approves", "[ui][workflow]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    const QSqlDatabase db = t.connection();

    // The clerk receives, registers and reviews the application.
    const Actor clerk = signIn(db, QStringLiteral("carol"));
    CHECK(clerk.role == QStringLiteral("clerk"));
    Receipt receipt;
    receipt.channel = QStringLiteral("fax");
    auto app = ApplicationService(db).receive(receipt, clerk);
    REQUIRE(app.ok());
    test::keyEligibleForm(db, app->id, clerk); // the Bar Association: eligible without a case number
    {
        WorkflowPanel panel(db, clerk);
        panel.resize(900, 520);
        panel.setApplication(app->id);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        for (const char* to : { "registered", "under_review" }) {
            QPushButton* b = panel.actionButton(QString::fromLatin1(to));
            REQUIRE(b);
            QTest::mouseClick(b, Qt::LeftButton);
            REQUIRE(panel.currentDialog());
            panel.currentDialog()->accept();
            QTRY_COMPARE(status(db, app->id), QString::fromLatin1(to));
        }
        // Recommend approval; a recommendation without its choice is refused with a message.
        QPushButton* recommend = panel.actionButton(QStringLiteral("recommended"));
        REQUIRE(recommend);
        CHECK(recommend->isEnabled());
        QTest::mouseClick(recommend, Qt::LeftButton);
        TransitionDialog* dialog = panel.currentDialog();
        REQUIRE(dialog);
        dialog->accept();
        CHECK(dialog->errorText().contains(QStringLiteral("recommend")));
        dialog->setRecommendation(QStringLiteral("approve"));
        dialog->setNote(QStringLiteral("BR certificate and authorisation letter checked against the originals."));
        screenshot(*dialog, QStringLiteral("workflow-recommend"));
        dialog->accept();
        QTRY_COMPARE(status(db, app->id), QStringLiteral("recommended"));
        // The clerk has no decision to make.
        CHECK((!panel.actionButton(QStringLiteral("approved")) || !panel.actionButton(QStringLiteral("approved"))->isEnabled()));
    }

    // The supervisor signs in and approves.
    const Actor supervisor = signIn(db, QStringLiteral("sam"));
    WorkflowPanel panel(db, supervisor);
    panel.resize(900, 520);
    panel.setApplication(app->id);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    CHECK(panel.statusText().contains(QStringLiteral("Recommended")));
    CHECK(panel.statusText().contains(QStringLiteral("due")));
    QPushButton* approve = panel.actionButton(QStringLiteral("approved"));
    REQUIRE(approve);
    REQUIRE(approve->isEnabled());
    screenshot(panel, QStringLiteral("workflow-panel-supervisor"));
    QTest::mouseClick(approve, Qt::LeftButton);
    REQUIRE(panel.currentDialog());
    panel.currentDialog()->accept();
    QTRY_COMPARE(status(db, app->id), QStringLiteral("approved"));
    CHECK(panel.historyView()->topLevelItemCount() == 4);
    CHECK(panel.historyView()->topLevelItem(3)->text(2) == QStringLiteral("sam"));
    CHECK(panel.historyView()->topLevelItem(2)->text(3).contains(QStringLiteral("approval")));

    // The approval letter is saved with the case from the same panel.
    QSignalSpy changed(&panel, &WorkflowPanel::applicationChanged);
    panel.generateLetter(); // English acknowledgement, the first choice
    CHECK(changed.count() == 1);
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM attachments WHERE mime_type = 'application/pdf'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    screenshot(panel, QStringLiteral("workflow-panel-approved"));
}

TEST_CASE("Four-eyes shows in the panel: the recommender cannot approve", "[ui][workflow]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor sue = t.addUser(QStringLiteral("sue"), QStringLiteral("supervisor"));
    Receipt receipt;
    receipt.channel = QStringLiteral("post");
    auto app = ApplicationService(t.connection()).receive(receipt, sue);
    REQUIRE(app.ok());
    test::keyEligibleForm(t.connection(), app->id, sue);
    WorkflowService wf(t.connection());
    REQUIRE(wf.transition(TransitionRequest { app->id, QStringLiteral("registered") }, sue).ok());
    REQUIRE(wf.transition(TransitionRequest { app->id, QStringLiteral("under_review") }, sue).ok());
    TransitionRequest rec { app->id, QStringLiteral("recommended") };
    rec.recommendation = QStringLiteral("reject");
    rec.reasonCodes = { QStringLiteral("REJ-ELIG") };
    REQUIRE(wf.transition(rec, sue).ok());
    WorkflowPanel panel(t.connection(), sue);
    panel.setApplication(app->id);
    QPushButton* approve = panel.actionButton(QStringLiteral("approved"));
    REQUIRE(approve);
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(QStringLiteral("another supervisor")));
    // Choosing reasons in the rejection dialog shows both languages' wording.
    panel.startAction(QStringLiteral("case_by_case"));
    REQUIRE(panel.currentDialog());
    panel.currentDialog()->setNote(QStringLiteral("short"));
    panel.currentDialog()->accept();
    CHECK(panel.currentDialog()->errorText().contains(QStringLiteral("reasons")));
}

TEST_CASE("Supervisors see the overdue list", "[ui][workflow][sla]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
    Clock::setCurrent(&clock);
    Receipt receipt;
    receipt.channel = QStringLiteral("hand");
    auto late = ApplicationService(t.connection()).receive(receipt, clerk);
    REQUIRE(late.ok());
    clock.set(QDateTime(QDate(2026, 3, 25), QTime(2, 0), Qt::UTC));
    auto fresh = ApplicationService(t.connection()).receive(receipt, clerk);
    REQUIRE(fresh.ok());
    OverdueDialog dialog(t.connection());
    Clock::setCurrent(nullptr);
    REQUIRE(dialog.overdueCount() == 1);
    CHECK(dialog.table()->item(0, 0)->text() == late->reference);
    CHECK(dialog.table()->item(0, 4)->text() == QStringLiteral("7")); // due 16 March; 17-25 March is 7 business days
    QSignalSpy open(&dialog, &OverdueDialog::openApplication);
    Q_EMIT dialog.table()->itemActivated(dialog.table()->item(0, 1));
    REQUIRE(open.count() == 1);
    CHECK(open.first().first().toLongLong() == late->id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    screenshot(dialog, QStringLiteral("overdue"));
}

TEST_CASE("A case that is not eligible cannot be recommended from the panel, which says why", "[ui][workflow][eligibility]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor carol = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Receipt receipt;
    receipt.channel = QStringLiteral("fax");
    auto app = ApplicationService(t.connection()).receive(receipt, carol);
    REQUIRE(app.ok());
    FormData d;
    d.orgNameEn = QStringLiteral("Lee & Wong Solicitors");
    d.orgType = QStringLiteral("law_firm"); // registration with the Law Society not confirmed, no case number
    REQUIRE(FormService(t.connection()).save(app->id, d, carol).ok());
    WorkflowService wf(t.connection());
    REQUIRE(wf.transition(TransitionRequest { app->id, QStringLiteral("registered") }, carol).ok());
    REQUIRE(wf.transition(TransitionRequest { app->id, QStringLiteral("under_review") }, carol).ok());
    WorkflowPanel panel(t.connection(), carol);
    panel.setApplication(app->id);
    QPushButton* recommend = panel.actionButton(QStringLiteral("recommended"));
    REQUIRE(recommend);
    CHECK_FALSE(recommend->isEnabled());
    CHECK(recommend->toolTip().contains(QStringLiteral("not eligible")));
    CHECK(recommend->toolTip().contains(QStringLiteral("case-by-case")));
    QPushButton* refer = panel.actionButton(QStringLiteral("case_by_case"));
    REQUIRE(refer);
    CHECK(refer->isEnabled());
}
