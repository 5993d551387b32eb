// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor console driven from the keyboard: filters, a case's timeline, a quality sample.
#include "oversight/CaseModel.h"
#include "Clock.h"
#include "viewer/DocumentViewer.h"
#include "DemoSeeder.h"
#include "MainWindow.h"
#include "oversight/SamplingPage.h"
#include "account/SignInDialog.h"
#include "oversight/SupervisorConsole.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "oversight/CaseFinder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace orgdesk;
using test::signIn;
using test::ClockGuard;
using test::screenshot;

namespace {

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A supervisor filters cases, reads a timeline and reviews a sample from the keyboard", "[ui][oversight]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const QSqlDatabase db = t.connection();
    FixedClock clock(QDateTime(QDate(2026, 3, 16), QTime(12, 0), QTimeZone(QByteArrayLiteral("Asia/Hong_Kong"))));
    ClockGuard guard(&clock);
    REQUIRE(DemoSeeder(db).run(600, 5).ok());
    // Added after the demo history, so she decided none of its cases and may review any of them.
    t.addUser(QStringLiteral("sally"), QStringLiteral("supervisor"));
    const Actor sally = signIn(db, QStringLiteral("sally"));

    MainWindow w(db, t.path(), sally);
    w.resize(1200, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    SupervisorConsole* console = w.findChild<SupervisorConsole*>();
    REQUIRE(console);
    REQUIRE(QTest::qWaitForWindowExposed(console));
    console->resize(1400, 820);
    CHECK(console->caseModel()->totalCount() == 600);
    CHECK(console->countLabel()->text().contains(QStringLiteral("600")));
    screenshot(*console, QStringLiteral("console-all"));

    // Decision "Rejected", chosen with the arrow keys.
    QComboBox* decision = console->decisionFilter();
    decision->setFocus();
    QTest::keyClick(decision, Qt::Key_Down);
    QTest::keyClick(decision, Qt::Key_Down);
    REQUIRE(decision->currentData().toInt() == int(DecisionFilter::Rejected));
    const qint64 rejected = scalar(db, QStringLiteral("SELECT count(*) FROM application_transitions WHERE to_status = 'rejected'"));
    REQUIRE(rejected > 0);
    CHECK(console->caseModel()->totalCount() == rejected);
    for (int r = 0; r < console->caseModel()->rowCount(); ++r)
        CHECK(console->caseModel()->rowAt(r)->outcome == u"rejected");

    // And "overdue only" on top (Space ticks it): a rejected case is never overdue.
    console->overdueFilter()->setFocus();
    QTest::keyClick(console->overdueFilter(), Qt::Key_Space);
    CHECK(console->overdueFilter()->isChecked());
    CHECK(console->caseModel()->totalCount() == 0);
    CHECK(console->countLabel()->text().contains(QStringLiteral("No cases match")));
    CHECK(console->timeline()->topLevelItemCount() == 0);
    screenshot(*console, QStringLiteral("console-empty"));

    // Clear the filters, then pick the open overdue cases of one clerk.
    QTest::keyClick(console, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(console->caseModel()->totalCount() == 600);
    CHECK_FALSE(console->overdueFilter()->isChecked());
    console->overdueFilter()->setFocus();
    QTest::keyClick(console->overdueFilter(), Qt::Key_Space);
    const qint64 overdue = console->caseModel()->totalCount();
    CHECK(overdue > 0);
    for (int r = 0; r < console->caseModel()->rowCount(); ++r)
        CHECK(console->caseModel()->rowAt(r)->overdue);
    QTest::keyClick(console, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);

    // A clerk: type the start of the name in the combo.
    QComboBox* clerk = console->clerkFilter();
    clerk->setFocus();
    QTest::keyClicks(clerk, QStringLiteral("demo-clerk-3"));
    REQUIRE(clerk->currentText().startsWith(QStringLiteral("demo-clerk-3")));
    // Counted on a worker thread while the first rows show.
    REQUIRE(QTest::qWaitFor([&] { return !console->caseModel()->counting(); }, 10000));
    CHECK(console->countLabel()->text().contains(QStringLiteral("case(s)")));
    const qint64 clerkCount = console->caseModel()->totalCount();
    CHECK(clerkCount > 0);
    CHECK(clerkCount < 600);

    // Into the table: the first case's timeline shows beside it; Enter opens it in the main window.
    QTableView* view = console->caseView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    const int row = view->currentIndex().row();
    REQUIRE(row >= 0);
    const qint64 id = console->caseModel()->idAt(row);
    REQUIRE(console->timeline()->topLevelItemCount() > 0);
    CHECK(console->timeline()->topLevelItem(0)->text(2).contains(QStringLiteral("Received")));
    screenshot(*console, QStringLiteral("console-clerk-timeline"));
    QSignalSpy opened(console, &SupervisorConsole::openApplication);
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toLongLong() == id);

    // A case with a document: Enter on its "attached" entry opens the page in the viewer.
    const qint64 withDocument = scalar(db, QStringLiteral("SELECT application_id FROM attachments ORDER BY id LIMIT 1"));
    const qint64 attachment = scalar(db, QStringLiteral("SELECT id FROM attachments ORDER BY id LIMIT 1"));
    console->showTimeline(withDocument);
    QTreeWidget* timeline = console->timeline();
    QTreeWidgetItem* attachedEntry = nullptr;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        if (timeline->topLevelItem(i)->text(2).contains(QStringLiteral("attached")))
            attachedEntry = timeline->topLevelItem(i);
    }
    REQUIRE(attachedEntry);
    timeline->setFocus();
    timeline->setCurrentItem(attachedEntry);
    QSignalSpy pageOpened(console, &SupervisorConsole::openAttachmentPage);
    QTest::keyClick(timeline, Qt::Key_Return);
    REQUIRE(pageOpened.size() == 1);
    CHECK(pageOpened.first().at(1).toLongLong() == attachment);
    CHECK(pageOpened.first().at(2).toInt() == 1);
    CHECK(w.viewer()->attachmentId() == attachment);
    CHECK(w.caseTabs()->currentWidget() == w.viewer());

    // Quality sampling: Alt+Q, a period, 10 %, Alt+D draws.
    console->activateWindow();
    QTest::keyClick(console, Qt::Key_Q, Qt::AltModifier);
    REQUIRE(console->tabs()->currentWidget() == console->sampling());
    SamplingPage* sampling = console->sampling();
    CHECK(sampling->progress()->text().contains(QStringLiteral("No sample has been drawn yet")));
    screenshot(*console, QStringLiteral("console-sampling-empty"));
    sampling->periodFrom()->setDate(QDate(2024, 1, 1));
    sampling->periodTo()->setDate(QDate(2025, 12, 31));
    sampling->percent()->setFocus();
    sampling->percent()->selectAll();
    QTest::keyClicks(sampling->percent(), QStringLiteral("10"));
    QTest::keyClick(sampling->percent(), Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == sampling->seed());
    QTest::keyClicks(sampling->seed(), QStringLiteral("20260316"));
    QTest::keyClick(console, Qt::Key_D, Qt::AltModifier); // a mnemonic "clicks" after a short animation
    (void)QTest::qWaitFor([&] { return sampling->drawMessage()->text().contains(QStringLiteral("drawn")); },
        2000); // what the message says is checked below
    INFO(sampling->drawMessage()->text().toStdString());
    REQUIRE(sampling->drawMessage()->text().contains(QStringLiteral("seed 20260316")));
    REQUIRE(sampling->samplesTable()->rowCount() == 1);
    const int size = sampling->itemsTable()->rowCount();
    REQUIRE(size > 0);
    CHECK(sampling->progress()->text().contains(QStringLiteral("0 of %1 reviewed").arg(size)));

    // Disagree without a note: refused, with the reason. With a note: recorded, on to the next case.
    QTest::keyClick(console, Qt::Key_I, Qt::AltModifier);
    CHECK(QTest::qWaitFor([&] { return sampling->disagreeButton()->isChecked(); }, 2000));
    QTest::keyClick(sampling->note(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(sampling->reviewMessage()->text().contains(QStringLiteral("why you disagree")));
    CHECK(sampling->progress()->text().contains(QStringLiteral("0 of %1 reviewed").arg(size)));
    QTest::keyClicks(sampling->note(), QStringLiteral("The authorisation letter was not signed."));
    QTest::keyClick(sampling->note(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(sampling->progress()->text().contains(QStringLiteral("1 of %1 reviewed").arg(size)));
    CHECK(sampling->itemsTable()->item(0, 5)->text() == QStringLiteral("Disagree"));
    if (size > 1) {
        CHECK(sampling->itemsTable()->currentRow() == 1);
        CHECK(sampling->agreeButton()->isChecked());
        sampling->itemsTable()->setFocus();
        QTest::keyClick(sampling->itemsTable(), Qt::Key_Return, Qt::ControlModifier);
        CHECK(sampling->progress()->text().contains(QStringLiteral("2 of %1 reviewed").arg(size)));
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM quality_sample_items WHERE verdict IS NOT NULL"))
          == std::min(size, 2));
    // Verify the draw (Alt+V).
    QTest::keyClick(console, Qt::Key_V, Qt::AltModifier);
    (void)QTest::qWaitFor(
        [&] { return sampling->drawMessage()->text().contains(QStringLiteral("reproduced")); },
        2000); // what the message says is checked below
    CHECK(sampling->drawMessage()->text().contains(QStringLiteral("reproduced exactly")));
    screenshot(*console, QStringLiteral("console-sampling"));
    console->close();
}

TEST_CASE("Clerks have no supervisor console", "[ui][oversight]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    MainWindow w(t.connection(), t.path(), clerk);
    CHECK_FALSE(SupervisorConsole::mayOpen(clerk));
    CHECK(w.showSupervisorConsole() == nullptr);
    bool oversightMenu = false;
    for (QAction* a : w.menuBar()->actions())
        oversightMenu |= a->text() == u"&Oversight";
    CHECK_FALSE(oversightMenu);
}
