// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"
#include "ApplicationStore.h"
#include "AttachmentStore.h"
#include "DemoPdf.h"
#include "TestSupport.h"
#include "documents/Document.h"
#include "documents/FaxInbox.h"
#include "documents/IntakeService.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <cmath>

using namespace orgdesk;

namespace {

QByteArray corpusBytes(const QString& dir, const QString& path)
{
    QFile f(dir + u'/' + path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

int scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

qint64 newApplication(test::TempDatabase& t, const Actor& clerk)
{
    auto app = ApplicationService(t.connection()).receive(Receipt { QStringLiteral("post"), {}, {}, {} }, clerk);
    REQUIRE(app.ok());
    return app->id;
}

} // namespace

TEST_CASE("Intake stores original bytes with SHA-256 and pages, and refuses what it cannot show", "[intake]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    const qint64 app = newApplication(t, clerk);
    IntakeService intake(t.connection());

    const QByteArray pdf = makeTextPdf({ { QStringLiteral("page one") }, { QStringLiteral("page two") } });
    const IntakeOutcome good = intake.attach(app, IntakeFile { QStringLiteral("/scans/form.pdf"), pdf }, clerk);
    INFO(good.message.toStdString());
    REQUIRE(good.stored);
    CHECK(good.pageCount == 2);
    CHECK(good.mimeType == QStringLiteral("application/pdf"));
    CHECK(*AttachmentStore(t.connection()).content(good.attachmentId) == pdf);
    CHECK(AttachmentStore(t.connection()).info(good.attachmentId)->sha256 == AttachmentStore::sha256Hex(pdf));
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'attachment.added'")) == 1);

    const IntakeOutcome junk = intake.attach(app, IntakeFile { QStringLiteral("letter.pdf"), QByteArray("hello") }, clerk);
    CHECK_FALSE(junk.stored);
    CHECK(junk.message.contains(QStringLiteral("letter.pdf")));
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM attachments")) == 1);

    // The same bytes again: flagged with where they are, or not stored twice when asked.
    const IntakeOutcome again = intake.attach(app, IntakeFile { QStringLiteral("copy.pdf"), pdf }, clerk);
    REQUIRE(again.stored);
    REQUIRE(again.alreadyStored.size() == 1);
    CHECK(again.alreadyStored.first().attachmentId == good.attachmentId);
    const QString reference = ApplicationStore(t.connection()).get(app)->reference;
    CHECK(again.alreadyStored.first().reference == reference);
    const IntakeOutcome skipped = intake.attach(app, IntakeFile { QStringLiteral("third.pdf"), pdf }, clerk,
                                                IntakeService::Duplicates::SkipStored);
    CHECK_FALSE(skipped.stored);
    CHECK(skipped.message.contains(QStringLiteral("already stored")));
    CHECK(skipped.message.contains(reference)); // names the case it is stored with

    IntakeService small(t.connection(), 100);
    const IntakeOutcome big = small.attach(app, IntakeFile { QStringLiteral("big.pdf"), pdf }, clerk);
    CHECK_FALSE(big.stored);
    CHECK(big.message.contains(QStringLiteral("more than")));
}

TEST_CASE("Encrypted PDFs are accepted without their password, which is never stored", "[intake][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    const qint64 app = newApplication(t, clerk);
    const IntakeOutcome locked = IntakeService(t.connection())
                                     .attach(app, IntakeFile { QStringLiteral("aes.pdf"),
                                                               corpusBytes(dir, QStringLiteral("pdf-encrypted/aes-256-user.pdf")) },
                                             clerk);
    REQUIRE(locked.stored);
    CHECK(locked.needsPassword);
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE details LIKE '%sample256%'")) == 0);
}

TEST_CASE("A new application is only created when at least one of its files is accepted", "[intake]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    IntakeService intake(t.connection());
    const auto none = intake.receiveWithFiles(Receipt { QStringLiteral("fax"), {}, {}, {} },
                                              { IntakeFile { QStringLiteral("a.txt"), QByteArray("text") } }, clerk);
    REQUIRE(none.ok());
    CHECK_FALSE(none->application.has_value());
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM applications")) == 0);
    const auto some = intake.receiveWithFiles(
        Receipt { QStringLiteral("hand"), {}, {}, {} },
        { IntakeFile { QStringLiteral("a.txt"), QByteArray("text") },
          IntakeFile { QStringLiteral("b.pdf"), makeTextPdf({ { QStringLiteral("b") } }) } },
        clerk);
    REQUIRE(some.ok());
    REQUIRE(some->application.has_value());
    CHECK_FALSE(some->files.at(0).stored);
    CHECK(some->files.at(1).stored);
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM attachments")) == 1);
}

TEST_CASE("The fax inbox does not take a file that is still being written", "[intake][inbox][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    QTemporaryDir inboxDir;
    FaxInbox inbox(inboxDir.path());
    const QString path = inboxDir.filePath(QStringLiteral("fax-0001.tif"));
    const QByteArray full = corpusBytes(dir, QStringLiteral("tiff-fax/g4-multipage-5.tif"));
    writeFile(path, full.left(full.size() / 3)); // the fax server has written a third so far
    inbox.scan();
    inbox.scan();
    inbox.scan();
    CHECK(inbox.readyFiles().isEmpty()); // steady size, but it does not open: not complete

    QThread::msleep(20);
    writeFile(path, full);
    inbox.scan(); // size changed: wait for it to settle
    CHECK(inbox.readyFiles().isEmpty());
    inbox.scan();
    REQUIRE(inbox.readyFiles().size() == 1);
    CHECK(inbox.readyFiles().first() == QFileInfo(path).absoluteFilePath());
}

TEST_CASE("A failed commit leaves the fax in the inbox and the database as it was", "[intake][inbox][corpus][sqlite]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    QTemporaryDir inboxDir;
    const QString path = inboxDir.filePath(QStringLiteral("fax-0002.tif"));
    writeFile(path, corpusBytes(dir, QStringLiteral("tiff-fax/g4-single.tif")));

    // As if the disk filled up while the attachment was written.
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER disk_full BEFORE INSERT ON attachments "
                                  "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
    const int eventsBefore = scalar(t.connection(), QStringLiteral("SELECT count(*) FROM events"));
    const auto filed = FaxInbox::fileAsNew(t.connection(), path, clerk);
    REQUIRE_FALSE(filed.ok());
    CHECK(filed.message().contains(QStringLiteral("disk is full")));
    CHECK(QFile::exists(path));
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM applications")) == 0);
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM events")) == eventsBefore);

    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER disk_full")));
    const auto retried = FaxInbox::fileAsNew(t.connection(), path, clerk);
    INFO(retried.message().toStdString());
    REQUIRE(retried.ok());
    CHECK(retried->removedFromInbox);
    CHECK_FALSE(QFile::exists(path));
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM applications WHERE channel = 'fax'")) == 1);
}

TEST_CASE("Splitting a fax into two applications keeps every page exactly once", "[intake][inbox][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    QTemporaryDir inboxDir;
    const QString path = inboxDir.filePath(QStringLiteral("fax-0003.tif"));
    const QByteArray original = corpusBytes(dir, QStringLiteral("tiff-fax/g4-multipage-5.tif"));
    writeFile(path, original);

    // Overlaps and gaps are refused before anything is stored.
    CHECK_FALSE(FaxInbox::splitIntoNew(t.connection(), path, { { 0, 1 }, { 1, 2, 3, 4 } }, {}, clerk).ok());
    CHECK_FALSE(FaxInbox::splitIntoNew(t.connection(), path, { { 0, 1 }, { 3, 4 } }, {}, clerk).ok());
    CHECK(QFile::exists(path));

    const auto split = FaxInbox::splitIntoNew(t.connection(), path, { { 0, 1 }, { 2, 3, 4 } }, {}, clerk);
    INFO(split.message().toStdString());
    REQUIRE(split.ok());
    REQUIRE(split->applications.size() == 2);
    CHECK_FALSE(QFile::exists(path));

    const auto source = Document::open(original, QStringLiteral("fax.tif"));
    REQUIRE(source.ok());
    RenderRequest r;
    r.dpi = 40;
    QList<QImage> expected;
    for (int p = 0; p < 5; ++p) {
        r.page = p;
        expected.append(*(*source)->render(r));
    }
    QList<QImage> got;
    AttachmentStore store(t.connection());
    for (const ApplicationRecord& app : split->applications) {
        const auto atts = store.forApplication(app.id);
        REQUIRE(atts.ok());
        REQUIRE(atts->size() == 1);
        const auto part = Document::open(*store.content(atts->first().id), atts->first().originalName);
        REQUIRE(part.ok());
        CHECK(atts->first().pageCount == (*part)->pageCount());
        for (int p = 0; p < (*part)->pageCount(); ++p) {
            r.page = p;
            got.append(*(*part)->render(r));
        }
    }
    REQUIRE(got.size() == 5);
    for (int p = 0; p < 5; ++p) {
        INFO("page " << p + 1);
        CHECK(got.at(p) == expected.at(p));
    }
}

TEST_CASE("Page ranges for a split are read as a clerk types them", "[intake][inbox]")
{
    auto parts = FaxInbox::parseParts(QStringLiteral("1-2; 3 - 5"), 5);
    REQUIRE(parts.ok());
    CHECK(*parts == QList<QList<int>> { { 0, 1 }, { 2, 3, 4 } });
    auto commas = FaxInbox::parseParts(QStringLiteral("1,3;2 4"), 4);
    REQUIRE(commas.ok());
    CHECK(*commas == QList<QList<int>> { { 0, 2 }, { 1, 3 } });
    CHECK_FALSE(FaxInbox::parseParts(QStringLiteral("1-7"), 5).ok());
    CHECK_FALSE(FaxInbox::parseParts(QStringLiteral("3-1"), 5).ok());
    CHECK_FALSE(FaxInbox::parseParts(QStringLiteral("one"), 5).ok());
    CHECK_FALSE(FaxInbox::parseParts(QStringLiteral(" ; "), 5).ok());
}

TEST_CASE("A fax filed with its pages arranged is stored in that order, turned, without the pages taken out",
          "[intake][inbox][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    QTemporaryDir inboxDir;
    const QString path = inboxDir.filePath(QStringLiteral("fax-0004.tif"));
    const QByteArray original = corpusBytes(dir, QStringLiteral("tiff-fax/g4-multipage-5.tif"));
    writeFile(path, original);
    const auto filed = FaxInbox::fileAsNew(t.connection(), path, clerk,
                                           { FaxInbox::PagePlan { 4, 90 }, FaxInbox::PagePlan { 0, 0 } });
    INFO(filed.message().toStdString());
    REQUIRE(filed.ok());
    CHECK_FALSE(QFile::exists(path));
    AttachmentStore store(t.connection());
    const auto atts = store.forApplication(filed->applications.first().id);
    REQUIRE(atts.ok());
    REQUIRE(atts->size() == 1);
    const auto stored = Document::open(*store.content(atts->first().id), atts->first().originalName);
    const auto source = Document::open(original, QStringLiteral("fax.tif"));
    REQUIRE(stored.ok());
    REQUIRE(source.ok());
    CHECK((*stored)->pageCount() == 2);
    // The turned page is the fifth page lying on its side; the second is the first page as received.
    const QSizeF turned = (*stored)->pageSize(0);
    const QSizeF fifth = (*source)->pageSize(4);
    CHECK(std::abs(turned.width() - fifth.height()) < 1.0);
    CHECK(std::abs(turned.height() - fifth.width()) < 1.0);
    RenderRequest r;
    r.dpi = 40;
    r.page = 1;
    const auto got = (*stored)->render(r);
    r.page = 0;
    const auto expected = (*source)->render(r);
    REQUIRE(got.ok());
    REQUIRE(expected.ok());
    CHECK(*got == *expected);

    // PDFs cannot be arranged; the file stays.
    const QString pdfPath = inboxDir.filePath(QStringLiteral("scan.pdf"));
    writeFile(pdfPath, makeTextPdf({ { QStringLiteral("a") } }));
    CHECK_FALSE(FaxInbox::fileAsNew(t.connection(), pdfPath, clerk, { FaxInbox::PagePlan { 0, 90 } }).ok());
    CHECK(QFile::exists(pdfPath));
}
