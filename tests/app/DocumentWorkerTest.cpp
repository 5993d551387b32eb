// SPDX-License-Identifier: GPL-3.0-or-later
// The document worker process: hostile files are refused within the limit, a worker that hangs or
// crashes costs nothing but a refusal, its sandbox holds, and the corpus reads through it as its
// manifest says.
#include "ApplicationService.h"
#include "HostileDocuments.h"
#include "Settings.h"
#include "TestSupport.h"
#include "documents/DocumentWorker.h"
#include "documents/DocumentWorkerProtocol.h"
#include "documents/IntakeService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <thread>

using namespace orgdesk;

namespace {

int scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// A database whose intake limit is `seconds`, with a clerk and one application.
struct Desk
{
    test::TempDatabase t;
    Actor clerk;
    qint64 application = 0;

    explicit Desk(int seconds)
    {
        const Actor admin = t.addUser(QStringLiteral("admin"), QStringLiteral("admin"));
        REQUIRE(Settings(t.connection()).setDocumentWorkerSeconds(seconds, admin).ok());
        clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
        auto app = ApplicationService(t.connection()).receive(Receipt { QStringLiteral("post"), {}, {}, {} }, clerk);
        REQUIRE(app.ok());
        application = app->id;
    }
    int attachments() const { return scalar(t.connection(), QStringLiteral("SELECT count(*) FROM attachments")); }
    int applications() const { return scalar(t.connection(), QStringLiteral("SELECT count(*) FROM applications")); }
};

const QString kRefusal3s = QStringLiteral("could not be read safely within 3 s; it was not stored");

} // namespace

TEST_CASE("The document worker is built and found", "[documents][worker]")
{
    const QString path = DocumentWorker::executablePath();
    INFO(path.toStdString());
    REQUIRE_FALSE(path.isEmpty());
    CHECK(QFileInfo(path).fileName() == u"orgdesk-docworker");
    CHECK(Settings(test::TempDatabase().connection()).documentWorkerSeconds() == 20);
}

TEST_CASE("A hostile PDF with a looping form-field tree is refused within the limit and nothing is stored",
          "[documents][worker][intake]")
{
    Desk desk(3);
    IntakeService intake(desk.t.connection());
    QElapsedTimer timer;
    timer.start();
    const IntakeOutcome o = intake.attach(desk.application, IntakeFile { QStringLiteral("loop.pdf"), test::hostilePdf() },
                                          desk.clerk);
    const qint64 ms = timer.elapsed();
    INFO(o.message.toStdString());
    CHECK_FALSE(o.stored);
    CHECK(o.message == QStringLiteral("loop.pdf ") + kRefusal3s + u'.');
    CHECK(ms >= 2900);
    CHECK(ms < 8000);
    CHECK(desk.attachments() == 0);

    // As a new application: none is created.
    const auto received = intake.receiveWithFiles(Receipt { QStringLiteral("fax"), {}, {}, {} },
                                                  { IntakeFile { QStringLiteral("loop.pdf"), test::hostilePdf() } },
                                                  desk.clerk);
    REQUIRE(received.ok());
    CHECK_FALSE(received->application.has_value());
    CHECK(received->files.first().message.contains(kRefusal3s));
    CHECK(desk.applications() == 1);

    // The desk goes on: the next file is read and stored as usual.
    const IntakeOutcome next = intake.attach(
        desk.application,
        IntakeFile { QStringLiteral("ok.pdf"), test::pdfFromObjects({ "<< /Type /Catalog /Pages 2 0 R >>",
                                                                        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                                                        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>" }) },
        desk.clerk);
    INFO(next.message.toStdString());
    CHECK(next.stored);
    CHECK(next.pageCount == 1);
}

TEST_CASE("A worker that hangs or crashes mid-way gives the refusal and nothing is stored", "[documents][worker][intake]")
{
    Desk desk(3);
    const QByteArray pdf = test::pdfFromObjects({ "<< /Type /Catalog /Pages 2 0 R >>",
                                                  "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                                  "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>" });
    for (const QByteArray& hook : { QByteArray("sleep"), QByteArray("abort") }) {
        INFO("hook: " << hook.constData());
        test::EnvironmentGuard env(docworker::kTestHookVariable, hook);
        QElapsedTimer timer;
        timer.start();
        const IntakeOutcome o = IntakeService(desk.t.connection())
                                    .attach(desk.application, IntakeFile { QStringLiteral("form.pdf"), pdf }, desk.clerk);
        CHECK_FALSE(o.stored);
        CHECK(o.message == QStringLiteral("form.pdf ") + kRefusal3s + u'.');
        CHECK(timer.elapsed() < (hook == "sleep" ? 8000 : 2000));
        CHECK(desk.attachments() == 0);
        // A fax split into applications stores none of them.
        const auto each = IntakeService(desk.t.connection())
                              .receiveEach(Receipt { QStringLiteral("fax"), {}, {}, {} },
                                           { IntakeFile { QStringLiteral("a.pdf"), pdf } }, desk.clerk);
        CHECK_FALSE(each.ok());
        CHECK(desk.applications() == 1);
    }
    // A worker that cannot put its limits in place reads nothing, and says so.
    {
        test::EnvironmentGuard env(docworker::kTestHookVariable, "sandbox-fails");
        const IntakeOutcome o = IntakeService(desk.t.connection())
                                    .attach(desk.application, IntakeFile { QStringLiteral("form.pdf"), pdf }, desk.clerk);
        CHECK_FALSE(o.stored);
        CHECK(o.message.contains(QStringLiteral("cannot put its safety limits in place")));
        CHECK(desk.attachments() == 0);
    }
    // Without the hook the same file is stored.
    const IntakeOutcome o = IntakeService(desk.t.connection())
                                .attach(desk.application, IntakeFile { QStringLiteral("form.pdf"), pdf }, desk.clerk);
    CHECK(o.stored);
    CHECK(desk.attachments() == 1);
}

TEST_CASE("Cancelling while a file is read kills its worker at once and stores nothing", "[documents][worker][intake]")
{
    Desk desk(20);
    test::EnvironmentGuard env(docworker::kTestHookVariable, "sleep");
    std::atomic<bool> cancel { false };
    IntakeService intake(desk.t.connection());
    intake.setCancelFlag(&cancel);
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    const auto received = intake.receiveWithFiles(Receipt { QStringLiteral("fax"), {}, {}, {} },
                                                  { IntakeFile { QStringLiteral("a.pdf"), test::hostilePdf() },
                                                    IntakeFile { QStringLiteral("b.pdf"), test::hostilePdf() } },
                                                  desk.clerk);
    canceller.join();
    CHECK(timer.elapsed() < 3000);
    REQUIRE_FALSE(received.ok());
    CHECK(received.error().code == ErrorCode::Cancelled);
    CHECK(desk.applications() == 1);
    CHECK(desk.attachments() == 0);
}

TEST_CASE("The worker limits itself before it reads the document", "[documents][worker][sandbox]")
{
    test::EnvironmentGuard env(docworker::kTestHookVariable, "probe");
    DocumentWorker::Limits limits;
    limits.wallSeconds = 7;
    limits.memoryMegabytes = 1024;
    const auto probe = DocumentWorker(limits).inspect(QByteArray("%PDF-1.7\n"), QStringLiteral("probe.pdf"));
    REQUIRE(probe.ok());
    const QStringList pairs = probe->text.split(u';');
    QHash<QString, QString> seen;
    for (const QString& pair : pairs)
        seen.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    INFO(probe->text.toStdString());
    CHECK(seen.value(QStringLiteral("seccomp")) == u"on");
    CHECK(seen.value(QStringLiteral("inet-socket")) == u"denied");
    CHECK(seen.value(QStringLiteral("unix-socket")) == u"denied");
    CHECK(seen.value(QStringLiteral("create-file")) == u"denied");
    CHECK(seen.value(QStringLiteral("open-for-writing")) == u"denied");
    CHECK(seen.value(QStringLiteral("create-in-working-folder")) == u"denied");
    CHECK(seen.value(QStringLiteral("write-document")) == u"denied");
    CHECK(seen.value(QStringLiteral("exec")) == u"denied");
    CHECK(seen.value(QStringLiteral("working-folder-entries")) == u"0");
    CHECK(seen.value(QStringLiteral("fsize")) == u"0");
    CHECK(seen.value(QStringLiteral("cpu")) == u"12"); // the wall-clock limit plus a 5 s backstop
    CHECK(seen.value(QStringLiteral("nofile")) == u"64");
#if !defined(__SANITIZE_ADDRESS__)
    CHECK(seen.value(QStringLiteral("as")) == QString::number(1024LL << 20));
#endif
    // Descriptors: the two pipes, /dev/null, the document; anything else is Qt's own event fd.
    const QStringList fds = seen.value(QStringLiteral("fds")).split(u',');
    REQUIRE(fds.size() >= 4);
    CHECK(fds.at(0).startsWith(u"0:pipe:"));
    CHECK(fds.at(1).startsWith(u"1:pipe:"));
    CHECK(fds.at(2) == u"2:/dev/null");
    CHECK(fds.at(3).startsWith(u"3:/memfd:orgdesk-document"));
    for (qsizetype i = 4; i < fds.size(); ++i)
        CHECK(fds.at(i).section(u':', 1).startsWith(u"anon_inode:"));
}

TEST_CASE("Every corpus file reads through the worker as the manifest says", "[documents][worker][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    QFile manifest(dir + QStringLiteral("/MANIFEST.tsv"));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    const DocumentWorker worker;
    int checked = 0, rows = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList c = QString::fromUtf8(lines.at(i)).split(u'\t');
        if (c.size() < 5)
            continue;
        ++rows;
        const QString path = c.at(0), expected = c.at(2), password = c.at(4) == u"-" ? QString() : c.at(4);
        bool numeric = false;
        const int pages = c.at(3).toInt(&numeric);
        INFO("file: " << path.toStdString() << " expected: " << expected.toStdString());
        QFile f(dir + u'/' + path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QElapsedTimer timer;
        timer.start();
        const auto facts = worker.inspect(bytes, path, 500, 2'000'000);
        INFO(facts.message().toStdString());
        if (expected == u"must-reject") {
            REQUIRE_FALSE(facts.ok());
            CHECK(facts.message().contains(QFileInfo(path).fileName()));
            CHECK_FALSE(facts.message().contains(u"could not be read safely")); // refused for its content
        } else if (expected == u"needs-password") {
            REQUIRE(facts.ok());
            CHECK(facts->needsPassword);
            CHECK(worker.inspect(bytes, path, 0, 0, QStringLiteral("not the password"))->needsPassword);
            const auto opened = worker.inspect(bytes, path, 0, 0, password);
            REQUIRE(opened.ok());
            CHECK_FALSE(opened->needsPassword);
            CHECK(opened->pageCount == pages);
        } else {
            REQUIRE(facts.ok());
            CHECK_FALSE(facts->needsPassword);
            REQUIRE(numeric);
            CHECK(facts->pageCount == pages);
            CHECK_FALSE(facts->mimeType.isEmpty());
        }
        CHECK(timer.elapsed() < 20000);
        ++checked;
    }
    CHECK(rows > 50);
    CHECK(checked == rows);

    // Text comes back from the worker for search: the 60-page bundle's keyword of page 42.
    QFile bundle(dir + QStringLiteral("/pdf-ok/bundle-60-pages.pdf"));
    REQUIRE(bundle.open(QIODevice::ReadOnly));
    const auto text = worker.inspect(bundle.readAll(), QStringLiteral("bundle-60-pages.pdf"), 500, 2'000'000);
    REQUIRE(text.ok());
    CHECK(text->text.contains(u"ORGDESK0042"));
}
