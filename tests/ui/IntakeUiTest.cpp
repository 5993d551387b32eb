// SPDX-License-Identifier: GPL-3.0-or-later
// Attaching in the window: files are read on the intake thread, so the window keeps answering
// while a hostile file is refused within the limit, and Cancel stores nothing of the file being read.
#include "ApplicationService.h"
#include "HostileDocuments.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TestSupport.h"
#include "documents/DocumentWorkerProtocol.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace orgdesk;
using orgdesk::test::screenshot;

namespace {

int attachments(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM attachments")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Watches the window while intake runs: counts timer ticks (the event loop answering), notes the
// progress dialog, optionally presses its Cancel, and accepts the closing message box.
struct Watcher
{
    int ticks = 0;
    bool progressShown = false;
    bool cancelWhenShown = false;
    QString message;
    QTimer timer;

    Watcher()
    {
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            ++ticks;
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            }
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* progress = qobject_cast<QProgressDialog*>(w);
                if (progress && progress->isVisible()) {
                    if (!progressShown)
                        screenshot(*progress->window(), QStringLiteral("intake-progress"));
                    progressShown = true;
                    if (cancelWhenShown) {
                        if (auto* button = progress->findChild<QPushButton*>())
                            button->click(); // as the clerk does
                    }
                }
            }
        });
        timer.start(50);
    }
};

struct Desk
{
    test::TempDatabase t;
    Actor clerk;
    qint64 application = 0;
    QTemporaryDir dir;

    explicit Desk(int seconds)
    {
        const Actor admin = t.addUser(QStringLiteral("admin"), QStringLiteral("admin"));
        REQUIRE(Settings(t.connection()).setDocumentWorkerSeconds(seconds, admin).ok());
        clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
        auto app = ApplicationService(t.connection()).receive(Receipt { QStringLiteral("post"), {}, {}, {} }, clerk);
        REQUIRE(app.ok());
        application = app->id;
    }
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
        return path;
    }
};

} // namespace

TEST_CASE("Attaching a hostile PDF keeps the window answering and refuses it within the limit", "[ui][intake][worker]")
{
    Desk desk(3);
    MainWindow w(desk.t.connection(), desk.t.path(), desk.clerk);
    w.resize(1200, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.selectApplication(desk.application);
    REQUIRE(w.currentApplicationId() == desk.application);
    const QString path = desk.write(QStringLiteral("loop.pdf"), test::hostilePdf());

    Watcher watcher;
    QElapsedTimer timer;
    timer.start();
    w.attachFiles({ path });
    const qint64 ms = timer.elapsed();
    INFO(watcher.message.toStdString());
    CHECK(ms < 8000);
    // The window's event loop ran all along (a 50 ms timer ticked through the 3 s), the progress
    // dialog was shown, and the clerk was told in words.
    CHECK(watcher.ticks >= 30);
    CHECK(watcher.progressShown);
    CHECK(watcher.message.contains(QStringLiteral("loop.pdf could not be read safely within 3 s; it was not stored.")));
    CHECK(attachments(desk.t.connection()) == 0);
}

TEST_CASE("Cancel while attaching stores nothing of the file being read", "[ui][intake][worker]")
{
    Desk desk(20);
    MainWindow w(desk.t.connection(), desk.t.path(), desk.clerk);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.selectApplication(desk.application);
    const QByteArray pdf = test::pdfFromObjects({ "<< /Type /Catalog /Pages 2 0 R >>",
                                                  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>" });
    const QString a = desk.write(QStringLiteral("a.pdf"), pdf);
    const QString b = desk.write(QStringLiteral("b.pdf"), pdf + "% another copy\n");

    test::EnvironmentGuard env(docworker::kTestHookVariable, "sleep"); // the worker never answers
    Watcher watcher;
    watcher.cancelWhenShown = true;
    QElapsedTimer timer;
    timer.start();
    w.attachFiles({ a, b });
    INFO(watcher.message.toStdString());
    CHECK(timer.elapsed() < 5000);
    CHECK(watcher.progressShown);
    CHECK(watcher.message.contains(QStringLiteral("Cancelled")));
    CHECK(attachments(desk.t.connection()) == 0);
}
