// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"
#include "AttachmentStore.h"
#include "viewer/DocumentViewer.h"
#include "intake/FaxInboxPanel.h"
#include "intake/PageArrangeDialog.h"
#include "documents/Document.h"

#include <QListWidget>
#include "MainWindow.h"
#include "viewer/PagesView.h"
#include "QueueModel.h"
#include "TestSupport.h"
#include "documents/IntakeService.h"
#include "documents/WorkerDocument.h"
#include "HostileDocuments.h"
#include "Settings.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTimer>

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace orgdesk;
using test::screenshot;

namespace {

qint64 attachCorpusFile(test::TempDatabase& t, qint64 app, const Actor& clerk, const QString& path)
{
    QFile f(test::corpusDir() + u'/' + path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const IntakeOutcome o = IntakeService(t.connection()).attach(app, IntakeFile { path, f.readAll() }, clerk);
    INFO(o.message.toStdString());
    REQUIRE(o.stored);
    return o.attachmentId;
}

// Paints, lets the requested pages arrive, and paints again until nothing is outstanding.
bool allDrawn(PagesView* pages)
{
    for (int round = 0; round < 400; ++round) {
        pages->viewport()->repaint();
        if (pages->renderer().pending() == 0 && round > 0)
            return true;
        QTest::qWait(50);
    }
    return false;
}

} // namespace

TEST_CASE("A clerk opens a case's fax, flips pages, turns one and searches a PDF, all by keyboard", "[ui][viewer]")
{
    if (test::corpusDir().isEmpty())
        return;
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    const auto app = ApplicationService(t.connection()).receive(Receipt { QStringLiteral("fax"), {}, {}, 5 }, clerk);
    REQUIRE(app.ok());
    const qint64 fax = attachCorpusFile(t, app->id, clerk, QStringLiteral("tiff-fax/g4-multipage-5.tif"));
    const qint64 bundle = attachCorpusFile(t, app->id, clerk, QStringLiteral("pdf-ok/bundle-60-pages.pdf"));

    MainWindow w(t.connection(), t.path(), clerk);
    w.resize(1400, 900);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.queueView()->setFocus();
    QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier); // the Documents tab
    REQUIRE(w.caseTabs()->currentWidget() == w.viewer());
    DocumentViewer* viewer = w.viewer();
    PagesView* pages = viewer->pages();
    REQUIRE(viewer->attachmentId() == fax);
    CHECK(pages->pageCount() == 5);
    REQUIRE(allDrawn(pages));

    pages->setFocus();
    QTest::keyClick(pages, Qt::Key_PageDown);
    QTest::keyClick(pages, Qt::Key_PageDown);
    CHECK(pages->currentPage() == 2);
    QTest::keyClick(pages, Qt::Key_PageUp);
    CHECK(pages->currentPage() == 1);
    QTest::keyClick(pages, Qt::Key_End);
    CHECK(pages->currentPage() == 4);
    QTest::keyClick(pages, Qt::Key_Home);
    CHECK(pages->currentPage() == 0);

    // Turn the first page; it is kept with the attachment and recorded.
    QTest::keyClick(pages, Qt::Key_R, Qt::ControlModifier);
    CHECK(pages->rotation(0) == 90);
    const auto stored = AttachmentStore(t.connection()).rotations(fax);
    REQUIRE(stored.ok());
    CHECK(stored->value(0) == 90);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE action = 'attachment.page_rotated'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(allDrawn(pages));
    screenshot(w, QStringLiteral("viewer-fax"));

    // Search the 60-page bundle: the keyword of page 42 is found and shown.
    REQUIRE(viewer->openAttachment(bundle));
    CHECK(pages->pageCount() == 60);
    auto* find = viewer->findChild<QLineEdit*>();
    REQUIRE(find);
    QTest::keyClicks(find, QStringLiteral("ORGDESK0042"));
    QTest::keyClick(find, Qt::Key_Return);
    CHECK(pages->currentPage() == 41);
    REQUIRE(allDrawn(pages));
    screenshot(w, QStringLiteral("viewer-search"));
    CHECK(viewer->find(QStringLiteral("no such words here")) == 0);

    // The pages (drawn by the document worker) at the two screen sizes of the Help Centre's PCs.
    for (const QSize size : { QSize(1280, 800), QSize(1920, 1080) }) {
        w.resize(size);
        QTest::qWait(50);
        REQUIRE(allDrawn(pages));
        CHECK(pages->failure(pages->currentPage()).isEmpty());
        screenshot(w, QStringLiteral("viewer-%1x%2").arg(size.width()).arg(size.height()));
    }
}

TEST_CASE("The viewer's pages are drawn by a document worker, and one that overruns is given up in time while "
          "the window answers",
          "[ui][viewer][worker]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("admin"), QStringLiteral("admin"));
    REQUIRE(Settings(t.connection()).setDocumentWorkerSeconds(3, admin).ok());
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    const auto app = ApplicationService(t.connection()).receive(Receipt { QStringLiteral("post"), {}, {}, {} }, clerk);
    REQUIRE(app.ok());
    // The looping form-field PDF, stored as an older desk (reading in its own process) stored it.
    const QByteArray pdf = test::hostilePdf();
    AttachmentInfo info;
    info.applicationId = app->id;
    info.originalName = QStringLiteral("loop.pdf");
    info.mimeType = QStringLiteral("application/pdf");
    info.size = pdf.size();
    info.sha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    info.pageCount = 1;
    info.addedAt = QDateTime::currentDateTimeUtc();
    {
        Transaction tx(t.connection());
        REQUIRE(AttachmentStore(t.connection()).insert(info, pdf).ok());
        REQUIRE(tx.commit().ok());
    }

    DocumentViewer viewer(t.connection(), clerk);
    viewer.resize(900, 700);
    viewer.show();
    REQUIRE(QTest::qWaitForWindowExposed(&viewer));
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(50);
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start();
    QElapsedTimer clock;
    clock.start();
    viewer.showApplication(app->id);
    CHECK(clock.elapsed() < 2000); // opening is quick; the drawing goes on in the worker
    PagesView* pages = viewer.pages();
    REQUIRE(pages->pageCount() == 1);
    CHECK(dynamic_cast<const WorkerDocument*>(pages->document().get()));
    while (pages->failure(0).isEmpty() && clock.elapsed() < 10000) {
        pages->viewport()->update();
        QTest::qWait(50);
    }
    INFO(pages->failure(0).toStdString());
    CHECK(pages->failure(0).contains(QStringLiteral("takes too long to draw")));
    CHECK(clock.elapsed() < 9000); // the 3 s limit, and starting and killing workers on a busy PC
    // The window's event loop turned all along: the 50 ms timer ticked through the 3 s.
    CHECK(ticks >= 30);
}

TEST_CASE("The viewer asks for a password, never keeps it, and explains a refusal", "[ui][viewer]")
{
    if (test::corpusDir().isEmpty())
        return;
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    const auto app = ApplicationService(t.connection()).receive(Receipt { QStringLiteral("post"), {}, {}, {} }, clerk);
    REQUIRE(app.ok());
    const qint64 locked = attachCorpusFile(t, app->id, clerk, QStringLiteral("pdf-encrypted/aes-128-user.pdf"));
    DocumentViewer viewer(t.connection(), clerk);
    QStringList asked;
    viewer.setPasswordPrompt([&](const QString& name, bool retry) {
        asked << name;
        return retry ? QStringLiteral("sampleaes") : QStringLiteral("wrong");
    });
    viewer.showApplication(app->id);
    CHECK(asked.size() == 2);
    CHECK(viewer.attachmentId() == locked);
    CHECK(viewer.pages()->pageCount() == 1);

    DocumentViewer giveUp(t.connection(), clerk);
    giveUp.setPasswordPrompt([](const QString&, bool) { return QString(); });
    giveUp.showApplication(app->id);
    CHECK(giveUp.attachmentId() == 0);
    CHECK(giveUp.message().contains(QStringLiteral("password")));
}

TEST_CASE("Faxes in the inbox folder are filed as new applications or split, and leave the folder", "[ui][inbox]")
{
    const QString corpus = test::corpusDir();
    if (corpus.isEmpty())
        return;
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    QTemporaryDir folder;
    for (const QString& name : { QStringLiteral("fax-a.tif"), QStringLiteral("fax-b.tif") })
        REQUIRE(QFile::copy(corpus + QStringLiteral("/tiff-fax/g4-multipage-5.tif"), folder.filePath(name)));
    MainWindow w(t.connection(), t.path(), clerk);
    w.resize(1400, 900);
    w.show();
    FaxInboxPanel* inbox = w.inbox();
    inbox->parentWidget()->show(); // the dock
    inbox->setFolder(folder.path());
    inbox->rescan(); // the second look: sizes are steady, the files open
    REQUIRE(inbox->files().size() == 2);
    screenshot(*inbox->window(), QStringLiteral("inbox"));

    REQUIRE(inbox->fileAsNew());
    CHECK(inbox->files().size() == 1);
    CHECK(w.queueModel()->totalCount() == 1);
    CHECK(QDir(folder.path()).entryList(QDir::Files).size() == 1);

    inbox->setSplitPrompt([](const QString&, int pages) {
        CHECK(pages == 5);
        return QStringLiteral("1-2; 3-4"); // page 5 is blank and left out
    });
    REQUIRE(inbox->split());
    CHECK(inbox->files().isEmpty());
    CHECK(w.queueModel()->totalCount() == 3);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT sum(page_count) FROM attachments")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 5 + 4);
}

TEST_CASE("Arranging a fax's pages: reorder, turn and take out before filing", "[ui][inbox]")
{
    const QString corpus = test::corpusDir();
    if (corpus.isEmpty())
        return;
    QFile f(corpus + QStringLiteral("/tiff-fax/g4-multipage-5.tif"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto doc = Document::open(f.readAll(), QStringLiteral("fax.tif"));
    REQUIRE(doc.ok());
    PageArrangeDialog dialog(*doc, {});
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QListWidget* pages = dialog.pages();
    pages->setFocus();
    REQUIRE(pages->count() == 5);
    pages->setCurrentRow(4);
    QTest::keyClick(pages, Qt::Key_R, Qt::ControlModifier);
    pages->setCurrentRow(2);
    QTest::keyClick(pages, Qt::Key_Delete);
    // Move the (turned) last page to the front, as a drag would.
    QListWidgetItem* last = pages->takeItem(pages->count() - 1);
    pages->insertItem(0, last);
    screenshot(dialog, QStringLiteral("arrange-pages"));
    const auto plan = dialog.arrangement();
    REQUIRE(plan.size() == 4);
    CHECK(plan.at(0).page == 4);
    CHECK(plan.at(0).rotation == 90);
    CHECK(plan.at(1).page == 0);
    CHECK(plan.at(2).page == 1);
    CHECK(plan.at(3).page == 3);
}
