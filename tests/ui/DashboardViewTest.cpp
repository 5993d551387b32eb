// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"
#include "oversight/DashboardView.h"
#include "DemoSeeder.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "reports/DashboardService.h"

#include <QAction>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLegend>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTimeZone>

using namespace orgdesk;
using test::ClockGuard;
using test::screenshot;

namespace {

// Waits for the figures of the period on show.
void waitLoaded(DashboardView& view)
{
    QSignalSpy spy(&view, &DashboardView::loaded);
    while (view.isLoading() && spy.isEmpty())
        REQUIRE(spy.wait(60000));
    REQUIRE_FALSE(view.isLoading());
}

QPushButton* button(QWidget& w, const QString& text)
{
    for (QPushButton* b : w.findChildren<QPushButton*>()) {
        if (b->text() == text)
            return b;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

int exportEvents(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE action = 'report.exported'")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Supervisors open the dashboard from the Oversight menu, clerks have no such menu", "[ui][reports]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor sam = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    {
        MainWindow w(t.connection(), t.path(), clerk);
        CHECK_FALSE(w.findChild<QMenu*>(QStringLiteral("oversightMenu")));
        CHECK_FALSE(w.findChild<QAction*>(QStringLiteral("dashboardAction")));
    }
    MainWindow w(t.connection(), t.path(), sam);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto* menu = w.findChild<QMenu*>(QStringLiteral("oversightMenu"));
    REQUIRE(menu);
    CHECK(menu->title() == QStringLiteral("&Oversight"));
    auto* action = w.findChild<QAction*>(QStringLiteral("dashboardAction"));
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("&Dashboard…"));
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto* view = w.findChild<DashboardView*>();
    REQUIRE(view);
    CHECK(view->isVisible());
    waitLoaded(*view);
    action->trigger(); // again: the same window comes forward
    CHECK(w.findChildren<DashboardView*>().size() == 1);
    view->close();
}

TEST_CASE("The dashboard loads off the GUI thread, shows charts, exports and records the export", "[ui][reports]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor sam = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(17, 0), QTimeZone(QByteArrayLiteral("Asia/Hong_Kong"))));
    ClockGuard guard(&clock);
    REQUIRE(DemoSeeder(t.connection()).run(4000, 11).ok());

    DashboardView view(t.connection(), t.path(), sam);
    // The default period is the last 90 days; the figures are being made on a worker.
    CHECK(view.from() == QDate(2026, 9, 2));
    CHECK(view.to() == QDate(2026, 11, 30));
    CHECK(view.isLoading());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    waitLoaded(view);
    REQUIRE(view.dashboard().has_value());
    const auto expected = DashboardService(t.connection()).compute(QDate(2026, 9, 2), QDate(2026, 11, 30));
    REQUIRE(expected.ok());
    CHECK(view.dashboard()->intakeTotal.total() == expected->intakeTotal.total());
    CHECK(view.dashboard()->compliance.withinTarget == expected->compliance.withinTarget);
    CHECK(view.dashboard()->processing.median == expected->processing.median);
    CHECK(view.dashboard()->intakeTotal.total() > 0);

    // Three charts with their data; the intake chart has a legend naming the channels.
    const QList<QChartView*> charts = view.findChildren<QChartView*>();
    REQUIRE(charts.size() == 3);
    QChart* intake = charts.first()->chart();
    CHECK(intake->title().contains(QStringLiteral("per week")));
    CHECK(intake->legend()->isVisible());
    QStringList legend;
    for (QAbstractSeries* series : intake->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                legend << set->label();
        }
    }
    CHECK(legend.contains(QStringLiteral("Fax")));
    CHECK(legend.contains(QStringLiteral("By hand")));
    // The large figures: the service level as a percentage, and the Help Centre named (in Chinese too).
    QStringList labels;
    for (QLabel* l : view.findChildren<QLabel*>())
        labels << l->text();
    CHECK(labels.join(u'\n').contains(QStringLiteral("司法機構服務中心")));
    CHECK(labels.join(u'\n').contains(QStringLiteral(" %")));
    screenshot(view, QStringLiteral("dashboard-90-days"));

    // Quick choices.
    QTest::mouseClick(button(view, QStringLiteral("Last &30 days")), Qt::LeftButton);
    CHECK(view.isLoading());
    waitLoaded(view);
    CHECK(view.from() == QDate(2026, 11, 1));
    CHECK(view.dashboard()->from == QDate(2026, 11, 1));
    CHECK(view.findChildren<QChartView*>().first()->chart()->title().contains(QStringLiteral("per day")));
    screenshot(view, QStringLiteral("dashboard-30-days"));
    QTest::mouseClick(button(view, QStringLiteral("This &year")), Qt::LeftButton);
    waitLoaded(view);
    CHECK(view.dashboard()->from == QDate(2026, 1, 1));
    CHECK(view.dashboard()->to == QDate(2026, 11, 30));
    screenshot(view, QStringLiteral("dashboard-this-year"));

    // A second change while one is loading: only the last choice is shown.
    view.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    view.setPeriod(QDate(2026, 4, 1), QDate(2026, 4, 30));
    waitLoaded(view);
    CHECK(view.dashboard()->from == QDate(2026, 4, 1));

    // Export CSV to a picked file: written, recorded with who exported it.
    QTemporaryDir out;
    QString suggested;
    view.setSavePicker([&](const QString&, const QString& s, const QString&) {
        suggested = s;
        return QDir(out.path()).filePath(QFileInfo(s).fileName());
    });
    const int before = exportEvents(t.connection());
    QTest::mouseClick(button(view, QStringLiteral("Export &CSV…")), Qt::LeftButton);
    CHECK(QFileInfo(suggested).fileName() == QStringLiteral("orgdesk-report-2026-04-01-to-2026-04-30.csv"));
    const QString csvPath = QDir(out.path()).filePath(QStringLiteral("orgdesk-report-2026-04-01-to-2026-04-30.csv"));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFOrgDesk"));
    CHECK(bytes.contains("Period (Hong Kong days),2026-04-01,2026-04-30\r\n"));
    CHECK(view.messageText().contains(QStringLiteral("Saved to")));
    CHECK(exportEvents(t.connection()) == before + 1);
    QSqlQuery who(t.connection());
    REQUIRE(who.exec(QStringLiteral("SELECT user_id FROM events WHERE action = 'report.exported' ORDER BY id DESC LIMIT 1")));
    REQUIRE(who.next());
    CHECK(who.value(0).toLongLong() == sam.userId);

    QTest::mouseClick(button(view, QStringLiteral("Export &PDF…")), Qt::LeftButton);
    QFile pdf(QDir(out.path()).filePath(QStringLiteral("orgdesk-report-2026-04-01-to-2026-04-30.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(exportEvents(t.connection()) == before + 2);

    // A folder that does not exist: said in the window, nothing recorded.
    view.setSavePicker([&](const QString&, const QString&, const QString&) {
        return QDir(out.path()).filePath(QStringLiteral("gone/report.csv"));
    });
    QTest::mouseClick(button(view, QStringLiteral("Export &CSV…")), Qt::LeftButton);
    CHECK(view.messageText().contains(QStringLiteral("does not exist")));
    CHECK(exportEvents(t.connection()) == before + 2);
    // Cancelling the picker does nothing.
    view.setSavePicker([](const QString&, const QString&, const QString&) { return QString(); });
    QTest::mouseClick(button(view, QStringLiteral("Export &CSV…")), Qt::LeftButton);
    CHECK(exportEvents(t.connection()) == before + 2);
    screenshot(view, QStringLiteral("dashboard-export-failed"));

    // An empty period says so instead of empty charts.
    view.setPeriod(QDate(2020, 1, 1), QDate(2020, 1, 31));
    waitLoaded(view);
    auto* pages = view.findChild<QStackedWidget*>();
    REQUIRE(pages);
    auto* empty = qobject_cast<QLabel*>(pages->currentWidget());
    REQUIRE(empty);
    CHECK(empty->text().contains(QStringLiteral("Nothing was received, decided or closed from 2020-01-01 to 2020-01-31")));
    screenshot(view, QStringLiteral("dashboard-empty"));

    // Dates the wrong way round, typed by keyboard: a clear message, no figures to export.
    auto edits = view.findChildren<QDateEdit*>();
    REQUIRE(edits.size() == 2);
    edits[0]->setFocus();
    edits[0]->setDate(QDate(2026, 6, 1));
    edits[1]->setDate(QDate(2026, 5, 1));
    QTRY_VERIFY_WITH_TIMEOUT(view.messageText().contains(QStringLiteral("after its last day")), 5000);
    CHECK_FALSE(button(view, QStringLiteral("Export &CSV…"))->isEnabled());
    screenshot(view, QStringLiteral("dashboard-bad-period"));
}
