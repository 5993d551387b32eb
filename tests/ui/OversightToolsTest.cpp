// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's retention dialog and the supervisors' audit-trail verification, driven as a
// person would: what is shown, what is done, and what the trail records.
#include "AttachmentStore.h"
#include "DemoSeeder.h"
#include "EventLog.h"
#include "MainWindow.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "oversight/CheckpointTasks.h"
#include "oversight/DatabaseTasks.h"
#include "oversight/RetentionDialog.h"
#include "oversight/SupervisorConsole.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace orgdesk;
using test::screenshot;

namespace {

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Ticks the identity-document item of the oldest closed demo case that has an attachment.
qint64 tickIdentityCopy(const QSqlDatabase& db, const Actor& clerk)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral(
        "SELECT t.id, t.application_id FROM attachments t JOIN applications a ON a.id = t.application_id "
        "WHERE a.status = 'closed' AND t.page_count <= 2 ORDER BY a.received_at LIMIT 1")));
    REQUIRE(q.next());
    const qint64 attachment = q.value(0).toLongLong();
    const qint64 application = q.value(1).toLongLong();
    // The case is closed, so its checklist is frozen: the tick is written as it was during review.
    test::withChecklistUnfrozen(db, [&] {
        REQUIRE(execPrepared(q,
            QStringLiteral("INSERT INTO application_checklist (application_id, item_code, position, "
                           "label_en, label_zh, attachment_id, page_no, ticked_by, ticked_at) VALUES "
                           "(?, 'pa_identity', 9, 'Copy of the Principal Administrator''s identity "
                           "document', '', ?, 1, ?, '2021-06-01T02:00:00Z') ON CONFLICT (application_id, "
                           "item_code) DO UPDATE SET attachment_id = excluded.attachment_id, page_no = 1"),
            { application, attachment, clerk.userId })
                    .ok());
    });
    return attachment;
}

// Presses OK on the next message box that opens (checked every 25 ms, never waiting inside the
// check, since the box runs its own event loop); saves a picture of it named `picture` first, and
// keeps its text in `shown` when given.
void acceptNextMessageBox(const QString& picture, QString* shown = nullptr)
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, picture, shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            if (shown)
                *shown = box->text();
            screenshot(*box, picture);
            box->accept();
            timer->deleteLater();
        }
    });
    timer->start(25);
}

} // namespace

TEST_CASE("An administrator sees what retention would purge, and purges it", "[ui][retention]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    REQUIRE(DemoSeeder(t.connection()).run(400, 3).ok());
    const qint64 copy = tickIdentityCopy(t.connection(), clerk);
    // A second closed case's identity item ticked against a longer file: held back, not purged.
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT t.id, t.application_id FROM attachments t JOIN applications a ON a.id = t.application_id "
        "WHERE a.status = 'closed' AND t.id <> %1 AND t.application_id <> (SELECT application_id FROM "
        "attachments "
        "WHERE id = %1) ORDER BY a.received_at LIMIT 1")
                       .arg(copy)));
    REQUIRE(q.next());
    const qint64 bundle = q.value(0).toLongLong();
    const QVariant bundleCase = q.value(1);
    test::withChecklistUnfrozen(t.connection(), [&] {
        REQUIRE(execPrepared(q,
            QStringLiteral("INSERT INTO application_checklist (application_id, item_code, position, "
                           "label_en, label_zh, attachment_id, page_no) VALUES (?, 'pa_identity', 9, "
                           "'Identity', '', ?, 1), (?, 'br_certificate_x', 10, 'BR', '', ?, 1)"),
            { bundleCase, bundle, bundleCase, bundle })
                    .ok());
    });

    RetentionDialog dialog(t.connection(), admin);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.dueTable()->rowCount() == 1);
    CHECK(dialog.heldTable()->rowCount() == 1);
    CHECK(dialog.purgeButton()->isEnabled());
    CHECK(dialog.summary().contains(QStringLiteral("can be purged")));
    screenshot(dialog, QStringLiteral("retention-dry-run"));

    QSignalSpy finished(&dialog, &RetentionDialog::purgeFinished);
    REQUIRE(dialog.purge(true));
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().first().toBool());
    CHECK(dialog.dueTable()->rowCount() == 0);
    CHECK_FALSE(dialog.purgeButton()->isEnabled());
    CHECK(dialog.summary().contains(QStringLiteral("purged")));
    screenshot(dialog, QStringLiteral("retention-after-purge"));
    CHECK_FALSE(AttachmentStore(t.connection()).content(copy).ok());
    CHECK(AttachmentStore(t.connection()).content(bundle).ok());
    CHECK(scalar(t.connection(),
              QStringLiteral("SELECT count(*) FROM events WHERE action = 'attachment.purged'"))
        == 1);
}

TEST_CASE("A supervisor verifies the audit trail from the app, and the check is recorded", "[ui][audit]")
{
    test::TempDatabase t;
    const Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    REQUIRE(DemoSeeder(t.connection()).run(200, 4).ok());
    QWidget window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const qint64 before = scalar(t.connection(), QStringLiteral("SELECT max(id) FROM events"));

    acceptNextMessageBox(QStringLiteral("verify-audit-trail"));
    DatabaseTasks::verifyAuditTrail(&window, t.connection(), t.path(), supervisor);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(t.connection(),
                                  QStringLiteral("SELECT count(*) FROM events WHERE action = "
                                                 "'audit.verified'")),
        qint64(1), 10000);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, details FROM events WHERE action = 'audit.verified'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == supervisor.userId);
    const QString details = q.value(1).toString();
    CHECK(details.contains(QStringLiteral("\"intact\":true")));
    CHECK(details.contains(QStringLiteral("\"events\":%1").arg(before)));
    // The trail, with its own verification in it, still verifies.
    const auto chain = EventLog::verify(t.connection());
    REQUIRE(chain.ok());
    CHECK_FALSE(chain->has_value());
}

TEST_CASE(
    "A supervisor takes a checkpoint with its receipt, and verifies the trail against it", "[ui][audit]")
{
    test::TempDatabase t;
    const Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    REQUIRE(DemoSeeder(t.connection()).run(50, 4).ok());
    const QString file = QDir(t.dir()).filePath(QStringLiteral("cp.json"));
    const auto written
        = CheckpointTasks::takeTo(t.connection(), supervisor, QStringLiteral("correct horse"), file);
    INFO(written.message().toStdString());
    REQUIRE(written.ok());
    CHECK(QFileInfo::exists(file));
    QFile receipt(written->receipt);
    REQUIRE(receipt.open(QIODevice::ReadOnly));
    const QByteArray pdf = receipt.readAll();
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ")
            - pdf.count("/Type /Pages")
        <= 1);
    // A second checkpoint to the same file is refused; nothing is overwritten.
    CHECK(CheckpointTasks::takeTo(t.connection(), supervisor, QStringLiteral("correct horse"), file)
              .error()
              .code
        == ErrorCode::Conflict);
    // The menu item is there for a supervisor.
    {
        MainWindow w(t.connection(), t.path(), supervisor);
        CHECK(w.findChild<QAction*>(QStringLiteral("takeCheckpointAction")) != nullptr);
    }

    QWidget window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QString shown;
    acceptNextMessageBox(QStringLiteral("verify-against-checkpoint"), &shown);
    CheckpointTasks::verifyAgainstFile(&window, t.path(), file);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    CHECK(shown.contains(QStringLiteral("extends the checkpoint")));
}

TEST_CASE("The oversight screens in Traditional Chinese", "[ui][oversight][zh]")
{
    // Only for looking at: needs the compiled translation (ORGDESK_QM) and a folder for screenshots.
    const QString qm = qEnvironmentVariable("ORGDESK_QM");
    if (qm.isEmpty() || qEnvironmentVariable("ORGDESK_SCREENSHOTS").isEmpty())
        return;
    QTranslator translator;
    REQUIRE(translator.load(qm));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::HongKong));
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    REQUIRE(DemoSeeder(t.connection()).run(400, 3).ok());
    tickIdentityCopy(t.connection(), clerk);
    {
        RetentionDialog dialog(t.connection(), admin);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        screenshot(dialog, QStringLiteral("zh-retention"));
    }
    {
        MainWindow w(t.connection(), t.path(), admin);
        w.resize(1280, 800);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        SupervisorConsole* console = w.showSupervisorConsole();
        REQUIRE(console);
        console->resize(1400, 820);
        QTest::qWait(300);
        screenshot(*console, QStringLiteral("zh-console"));
        w.showDashboard();
        QTest::qWait(1500);
        for (QWidget* top : QApplication::topLevelWidgets())
            if (top->inherits("orgdesk::DashboardView") && top->isVisible())
                screenshot(*top, QStringLiteral("zh-dashboard"));
    }
    {
        // A checkpoint of another database: the refusal is said in Chinese too.
        test::TempDatabase other;
        const Actor sam = other.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
        REQUIRE(DemoSeeder(other.connection()).run(20, 2).ok());
        const QString file = QDir(other.dir()).filePath(QStringLiteral("cp.json"));
        REQUIRE(CheckpointTasks::takeTo(other.connection(), sam, QStringLiteral("correct horse"), file).ok());
        QWidget window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QString shown;
        acceptNextMessageBox(QStringLiteral("zh-verify-against-other-store"), &shown);
        CheckpointTasks::verifyAgainstFile(&window, t.path(), file);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
        CHECK(shown.contains(QStringLiteral("另一個資料庫")));
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}
