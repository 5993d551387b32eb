// SPDX-License-Identifier: GPL-3.0-or-later
// Formats people actually send: WebP photos are accepted; HEIC photos are refused with words on
// how to send them instead; a PDF locked by a handler no password opens is refused at intake
// rather than stored as waiting for a password.
#include "ApplicationService.h"
#include "HostileDocuments.h"
#include "TestSupport.h"
#include "documents/DocumentWorker.h"
#include "documents/IntakeService.h"
#include "documents/WorkerDocument.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QSqlQuery>

using namespace orgdesk;

namespace {

int attachmentCount(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM attachments")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// A photo of a form: white, with a black bar across its top quarter, as WebP (lossy, as phones
// and messaging apps send them).
QByteArray webpPhoto()
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).fillRect(0, 0, 800, 150, Qt::black);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "webp");
    writer.setQuality(80);
    REQUIRE(writer.write(image));
    return bytes;
}

struct Desk
{
    test::TempDatabase t;
    Actor clerk;
    qint64 application = 0;
    Desk()
    {
        clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
        auto app = ApplicationService(t.connection())
                       .receive(Receipt { QStringLiteral("post"), {}, {}, {} }, clerk);
        REQUIRE(app.ok());
        application = app->id;
    }
    IntakeOutcome attach(const QString& name, const QByteArray& bytes)
    {
        return IntakeService(t.connection()).attach(application, IntakeFile { name, bytes }, clerk);
    }
};

} // namespace

TEST_CASE("A WebP photo is accepted, stored and shown", "[documents][formats]")
{
    const QByteArray webp = webpPhoto();
    REQUIRE(webp.startsWith("RIFF"));
    const auto sniffed = sniffDocument(webp, QStringLiteral("photo.webp"));
    REQUIRE(sniffed.ok());
    CHECK(sniffed->mimeType == u"image/webp");

    // Through the document worker, as intake reads it.
    const auto facts = DocumentWorker().inspect(webp, QStringLiteral("form-photo.webp"));
    REQUIRE(facts.ok());
    CHECK(facts->mimeType == u"image/webp");
    CHECK(facts->pageCount == 1);

    Desk desk;
    const IntakeOutcome o = desk.attach(QStringLiteral("form-photo.webp"), webp);
    INFO(o.message.toStdString());
    REQUIRE(o.stored);
    CHECK(o.mimeType == u"image/webp");
    CHECK(attachmentCount(desk.t.connection()) == 1);

    // Drawn through a viewing worker: the bar at the top is black, the rest white.
    const auto doc = WorkerDocument::open(webp, QStringLiteral("form-photo.webp"));
    REQUIRE(doc.ok());
    CHECK((*doc)->type() == DocumentType::Webp);
    RenderRequest r;
    r.dpi = 75;
    const auto image = (*doc)->render(r);
    REQUIRE(image.ok());
    const QSizeF points = (*doc)->pageSize(0);
    CHECK(image->width() == qRound(points.width() * 75 / 72.0));
    CHECK(qAbs(image->width() * 3 - image->height() * 4) <= 4); // 800 x 600, whatever resolution it states
    CHECK(qGray(image->pixel(image->width() / 2, image->height() / 10)) < 40);
    CHECK(qGray(image->pixel(image->width() / 2, image->height() * 3 / 4)) > 215);
}

TEST_CASE("A HEIC photo is refused with words on how to send it instead, and nothing is stored",
    "[documents][formats]")
{
    const QByteArray heic = test::heicPhoto();
    const auto facts = DocumentWorker().inspect(heic, QStringLiteral("IMG_0412.HEIC"));
    REQUIRE_FALSE(facts.ok());
    CHECK(facts.error().code == ErrorCode::Unsupported);
    CHECK(facts.message().contains(QStringLiteral("IMG_0412.HEIC is a HEIC photo")));
    CHECK(facts.message().contains(QStringLiteral("JPEG")));
    CHECK(facts.message().contains(QStringLiteral("Most Compatible")));

    // The same file under any name, and one whose major brand is the generic mif1.
    QByteArray generic = heic;
    generic.replace(8, 4, "mif1");
    CHECK(
        sniffDocument(generic, QStringLiteral("photo.jpg")).message().contains(QStringLiteral("HEIC photo")));

    Desk desk;
    const IntakeOutcome o = desk.attach(QStringLiteral("IMG_0412.HEIC"), heic);
    CHECK_FALSE(o.stored);
    CHECK(o.message.contains(QStringLiteral("Most Compatible")));
    CHECK(attachmentCount(desk.t.connection()) == 0);
}

TEST_CASE(
    "A PDF locked by a handler no password opens is refused at intake, not stored", "[documents][formats]")
{
    const QByteArray pdf = test::pdfWithForeignEncryption();
    const auto local = Document::open(pdf, QStringLiteral("ebook.pdf"));
    REQUIRE_FALSE(local.ok());
    CHECK(local.error().code == ErrorCode::Unsupported);
    CHECK(local.message().contains(QStringLiteral("no password can open")));
    CHECK(local.message().contains(QStringLiteral("FOPN_foweb")));
    // Not even with a password.
    CHECK(Document::open(pdf, QStringLiteral("ebook.pdf"), QStringLiteral("secret")).error().code
        == ErrorCode::Unsupported);

    const auto facts = DocumentWorker().inspect(pdf, QStringLiteral("ebook.pdf"));
    REQUIRE_FALSE(facts.ok());
    CHECK(facts.message().contains(
        QStringLiteral("ebook.pdf is locked with a protection that no password can open")));

    Desk desk;
    const IntakeOutcome o = desk.attach(QStringLiteral("ebook.pdf"), pdf);
    CHECK_FALSE(o.stored);
    CHECK_FALSE(o.needsPassword);
    CHECK(o.message.contains(QStringLiteral("no password can open")));
    CHECK(attachmentCount(desk.t.connection()) == 0);

    // The standard password handler is still asked for a password as before.
    if (test::corpusDir().isEmpty())
        return;
    QFile f(test::corpusDir() + QStringLiteral("/pdf-encrypted/aes-256-user.pdf"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(Document::open(f.readAll(), QStringLiteral("aes-256-user.pdf")).error().code
        == ErrorCode::NeedsPassword);
}
