// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's screens read and show Hong Kong time whatever the PC's zone. Tagged [tz]: these run
// under TZ=Asia/Hong_Kong, TZ=UTC and TZ=America/New_York (tests/CMakeLists.txt).
#include "ApplicationService.h"
#include "ApplicationStore.h"
#include "Clock.h"
#include "DetailPane.h"
#include "QueueModel.h"
#include "TestSupport.h"
#include "form/ApplicationForm.h"
#include "intake/ReceiveDialog.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QTest>
#include <QTimeZone>

using namespace orgdesk;
using test::ClockGuard;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

TEST_CASE("The clerk enters the time received in Hong Kong time and it is stored as that instant", "[ui][tz]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    FixedClock clock(utc(2026, 1, 2, 2, 0)); // 10:00 on 2 January in Hong Kong
    ClockGuard guard(&clock);
    ReceiveDialog dialog(t.connection(), clerk);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* edit = dialog.findChild<QDateTimeEdit*>();
    REQUIRE(edit);
    // It opens on the desk's clock, and its label says which clock that is.
    CHECK(edit->text() == QStringLiteral("2026-01-02 10:00"));
    bool labelled = false;
    for (QLabel* l : dialog.findChildren<QLabel*>()) {
        if (l->buddy() == edit)
            labelled = l->text().contains(QStringLiteral("Hong Kong time"));
    }
    CHECK(labelled);
    // A fax stamped 00:30 on New Year's Day, Hong Kong time.
    edit->setFocus();
    const std::pair<QDateTimeEdit::Section, const char*> typed[] = {
        { QDateTimeEdit::DaySection, "01" }, { QDateTimeEdit::HourSection, "00" }, { QDateTimeEdit::MinuteSection, "30" }
    };
    for (const auto& [section, digits] : typed) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, QString::fromLatin1(digits));
    }
    CHECK(edit->text() == QStringLiteral("2026-01-01 00:30"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto stored = ApplicationStore(t.connection()).getByReference(dialog.created().reference);
    REQUIRE(stored.ok());
    CHECK(stored->receivedAt == utc(2025, 12, 31, 16, 30));
    CHECK(stored->reference.startsWith(QStringLiteral("OA-2026-")));
}

TEST_CASE("The queue and the detail pane show the time received in Hong Kong time", "[ui][tz]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    FixedClock clock(utc(2026, 1, 2, 2, 0));
    ClockGuard guard(&clock);
    Receipt r;
    r.channel = QStringLiteral("fax");
    r.receivedAt = utc(2025, 12, 31, 16, 30).addSecs(22); // 00:30:22 on 1 January in Hong Kong
    auto app = ApplicationService(t.connection()).receive(r, clerk);
    REQUIRE(app.ok());

    QueueModel model(t.connection());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, QueueModel::Received).data().toString() == QStringLiteral("2026-01-01 00:30"));

    DetailPane pane(t.connection());
    pane.showApplication(app->id);
    const QString received = pane.fieldText(QStringLiteral("received"));
    INFO(received.toStdString());
    CHECK(received.contains(QStringLiteral("2026")));
    CHECK(received.contains(QStringLiteral("January")));
    CHECK(received.contains(QStringLiteral("00:30:22")));
    CHECK(received.contains(QStringLiteral("Hong Kong time")));
    CHECK_FALSE(received.contains(QStringLiteral("UTC")));
    CHECK_FALSE(received.contains(QStringLiteral("December")));
}

TEST_CASE("The form's header shows the time received in Hong Kong time", "[ui][tz]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    FixedClock clock(utc(2026, 1, 2, 2, 0));
    ClockGuard guard(&clock);
    Receipt r;
    r.channel = QStringLiteral("post");
    r.receivedAt = utc(2025, 12, 31, 16, 30); // 00:30 on 1 January in Hong Kong
    auto app = ApplicationService(t.connection()).receive(r, clerk);
    REQUIRE(app.ok());
    ApplicationForm form(t.connection(), clerk);
    form.loadApplication(app->id);
    QString header;
    for (QLabel* l : form.findChildren<QLabel*>()) {
        if (l->text().startsWith(app->reference))
            header = l->text();
    }
    INFO(header.toStdString());
    CHECK(header.contains(QStringLiteral("00:30")));
    CHECK_FALSE(header.contains(QStringLiteral("16:30")));
    CHECK_FALSE(header.contains(QStringLiteral("UTC")));
}
