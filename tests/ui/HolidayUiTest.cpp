// SPDX-License-Identifier: GPL-3.0-or-later
// Provisional due dates in the queue and the workflow panel, the holiday calendar's warning and its
// iCalendar import, and the warning at sign-in.
#include "ApplicationService.h"
#include "Clock.h"
#include "HongKongTime.h"
#include "MainWindow.h"
#include "QueueModel.h"
#include "TestSupport.h"
#include "workflow/HolidayCalendarDialog.h"
#include "workflow/HolidayImportDialog.h"
#include "workflow/WorkflowPanel.h"

#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace orgdesk;
using test::ClockGuard;

namespace {

const QByteArray kHolidays2028 = QByteArrayLiteral(
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:a@test\r\nDTSTART;VALUE=DATE:20280101\r\nDTEND;VALUE=DATE:20280102\r\n"
    "SUMMARY:The first day of January\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@test\r\nDTSTART;VALUE=DATE:20280126\r\nDTEND;VALUE=DATE:20280129\r\n"
    "SUMMARY:Lunar New Year\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

int count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// 20 December 2027 in Hong Kong: a case received today is due in January 2028, whose holidays the
// calendar as shipped (2025 to 2027) does not have.
QDateTime lateDecember()
{
    return HongKongTime::fromWallClock(QDate(2027, 12, 20), QTime(10, 0));
}

} // namespace

TEST_CASE("The queue and the workflow panel mark a due date in a year without holidays as provisional", "[ui][holidays]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    FixedClock clock(lateDecember());
    ClockGuard guard(&clock);
    Receipt r;
    r.channel = QStringLiteral("fax");
    const auto app = ApplicationService(t.connection()).receive(r, clerk);
    REQUIRE(app.ok());

    QueueModel model(t.connection());
    REQUIRE(model.rowCount() == 1);
    const QModelIndex due = model.index(0, QueueModel::Due);
    CHECK(due.data().toString() == QStringLiteral("2028-01-04 (provisional)"));
    CHECK(due.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not entered")));
    WorkflowPanel panel(t.connection(), clerk);
    panel.setApplication(app->id);
    CHECK(panel.statusText().contains(QStringLiteral("provisional")));

    // With 2028 entered the same date is firm.
    REQUIRE(HolidayImport::apply(t.connection(), kHolidays2028, QStringLiteral("en.ics"), admin).ok());
    model.refresh();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, QueueModel::Due).data().toString() == QStringLiteral("2028-01-04"));
    panel.setApplication(0);
    panel.setApplication(app->id);
    CHECK_FALSE(panel.statusText().contains(QStringLiteral("provisional")));
}

TEST_CASE("The holiday calendar warns of a missing year and imports an iCalendar list after a preview", "[ui][holidays]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor sam = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    FixedClock clock(lateDecember());
    ClockGuard guard(&clock);

    HolidayCalendarDialog seen(t.connection(), sam);
    CHECK(seen.warningText().startsWith(QStringLiteral("2028 public holidays are not entered")));
    CHECK(seen.importButton() == nullptr); // supervisors look, administrators change

    HolidayCalendarDialog calendar(t.connection(), admin);
    calendar.show();
    REQUIRE(QTest::qWaitForWindowExposed(&calendar));
    REQUIRE(calendar.importButton());
    CHECK(calendar.importButton()->text() == QStringLiteral("&Import iCalendar…"));
    CHECK(calendar.warningText().contains(QStringLiteral("2028")));
    const int rowsBefore = calendar.table()->rowCount();

    // A malformed file is shown as such and cannot be saved.
    HolidayImportDialog bad(t.connection(), admin, QByteArrayLiteral("not a calendar"), QStringLiteral("bad.ics"));
    CHECK_FALSE(bad.readable());
    CHECK_FALSE(bad.saveButton()->isEnabled());
    CHECK(bad.messageText().contains(QStringLiteral("not an iCalendar file")));

    // The preview lists the days to add before anything is saved.
    HolidayImportDialog preview(t.connection(), admin, kHolidays2028, QStringLiteral("en.ics"));
    preview.show();
    REQUIRE(QTest::qWaitForWindowExposed(&preview));
    REQUIRE(preview.readable());
    CHECK(preview.table()->rowCount() == 4);
    CHECK(preview.table()->item(0, 1)->text() == QStringLiteral("add"));
    CHECK(preview.table()->item(0, 0)->data(Qt::UserRole).toDate() == QDate(2028, 1, 1));
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM public_holidays WHERE day LIKE '2028-%'")) == 0);
    test::screenshot(preview, QStringLiteral("holiday-import-preview"));
    REQUIRE(preview.saveButton()->isEnabled());
    QTest::mouseClick(preview.saveButton(), Qt::LeftButton);
    CHECK(preview.result() == QDialog::Accepted);
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM public_holidays WHERE day LIKE '2028-%'")) == 4);
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'holiday.added'")) == 4);

    calendar.reload();
    CHECK(calendar.table()->rowCount() == rowsBefore + 4);
    CHECK(calendar.warningText().isEmpty());
}

TEST_CASE("Supervisors and administrators are warned at sign-in of a year without holidays, clerks are not",
          "[ui][holidays]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor sam = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    FixedClock clock(lateDecember());
    ClockGuard guard(&clock);
    {
        MainWindow w(t.connection(), t.path(), sam);
        const QString warning = w.warnMissingHolidaysIfAny();
        CHECK(warning.startsWith(QStringLiteral("2028 public holidays are not entered")));
        auto* box = w.findChild<QMessageBox*>(QStringLiteral("holidayWarning"));
        REQUIRE(box);
        CHECK(box->isVisible());
        CHECK(box->text() == warning);
    }
    {
        MainWindow w(t.connection(), t.path(), clerk);
        CHECK(w.warnMissingHolidaysIfAny().isEmpty());
        CHECK(w.findChild<QMessageBox*>(QStringLiteral("holidayWarning")) == nullptr);
    }
}
