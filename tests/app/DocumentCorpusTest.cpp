// SPDX-License-Identifier: GPL-3.0-or-later
// Walks ../shared/corpus/MANIFEST.tsv: every file must do what its row says, without a crash or a hang.
#include "documents/Document.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cmath>

using namespace orgdesk;

namespace {

struct Row
{
    QString path, category, expected, password;
    int pages = -1;
};

QList<Row> manifest(const QString& dir)
{
    QFile f(dir + QStringLiteral("/MANIFEST.tsv"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QList<Row> rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList c = QString::fromUtf8(lines.at(i)).split(u'\t');
        if (c.size() < 5)
            continue;
        bool ok = false;
        const int pages = c.at(3).toInt(&ok);
        rows.append(Row { c.at(0), c.at(1), c.at(2), c.at(4) == u"-" ? QString() : c.at(4), ok ? pages : -1 });
    }
    return rows;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("Every corpus file opens, asks for its password or is refused, as the manifest says", "[documents][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    const QList<Row> rows = manifest(dir);
    REQUIRE(rows.size() > 50);
    int checked = 0;
    for (const Row& row : rows) {
        INFO("file: " << row.path.toStdString() << " expected: " << row.expected.toStdString());
        const QByteArray bytes = bytesOf(dir + u'/' + row.path);
        QElapsedTimer timer;
        timer.start();
        if (row.expected == u"must-reject") {
            const auto doc = Document::open(bytes, row.path);
            REQUIRE_FALSE(doc.ok());
            CHECK(doc.message().contains(QFileInfo(row.path).fileName()));
        } else if (row.expected == u"needs-password") {
            const auto locked = Document::open(bytes, row.path);
            REQUIRE_FALSE(locked.ok());
            CHECK(locked.error().code == ErrorCode::NeedsPassword);
            const auto wrong = Document::open(bytes, row.path, QStringLiteral("not the password"));
            REQUIRE_FALSE(wrong.ok());
            CHECK(wrong.error().code == ErrorCode::NeedsPassword);
            const auto opened = Document::open(bytes, row.path, row.password);
            INFO(opened.message().toStdString());
            REQUIRE(opened.ok());
            CHECK((*opened)->pageCount() == row.pages);
        } else {
            const auto doc = Document::open(bytes, row.path);
            INFO(doc.message().toStdString());
            REQUIRE(doc.ok());
            CHECK((*doc)->pageCount() == row.pages);
            // The first page draws, or (for a hostile page) gives up within its time limit.
            RenderRequest request;
            request.dpi = 24;
            request.timeoutMs = 3000;
            const auto image = (*doc)->render(request);
            if (image.ok())
                CHECK_FALSE(image->isNull());
            else
                CHECK(image.error().code == ErrorCode::Timeout);
        }
        CHECK(timer.elapsed() < 60000); // nothing hangs
        ++checked;
    }
    CHECK(checked == rows.size());
}

TEST_CASE("Fax pages keep their proportions and photos are shown upright", "[documents][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    // Standard resolution 204x98: pixels are twice as tall as wide; the page is still A4-like.
    const auto fax = Document::open(bytesOf(dir + QStringLiteral("/tiff-fax/g3-1d-standard-204x98.tif")),
                                     QStringLiteral("g3-1d-standard-204x98.tif"));
    REQUIRE(fax.ok());
    const QSizeF page = (*fax)->pageSize(0);
    CHECK(page.height() / page.width() > 1.2);
    CHECK(page.height() / page.width() < 1.6);
    RenderRequest r;
    r.dpi = 50;
    const auto image = (*fax)->render(r);
    REQUIRE(image.ok());
    CHECK(std::abs(double(image->height()) / image->width() - page.height() / page.width()) < 0.02);

    // EXIF orientations: the picture is turned as the tag says, so 5..8 (a quarter turn) swap the
    // stored width and height, and what is drawn has the shape of the page.
    for (int o = 1; o <= 8; ++o) {
        const QString name = QStringLiteral("exif-orientation-%1.jpg").arg(o);
        const auto photo = Document::open(bytesOf(dir + QStringLiteral("/images/") + name), name);
        REQUIRE(photo.ok());
        INFO(name.toStdString());
        const QSizeF size = (*photo)->pageSize(0);
        CHECK((size.width() > size.height()) == (o <= 4)); // stored 1200 x 800
        const auto drawn = (*photo)->render(r);
        REQUIRE(drawn.ok());
        CHECK((drawn->width() > drawn->height()) == (o <= 4));
    }
}

TEST_CASE("Text search finds words in PDFs, including Chinese", "[documents][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    const auto bundle = Document::open(bytesOf(dir + QStringLiteral("/pdf-ok/bundle-60-pages.pdf")),
                                       QStringLiteral("bundle-60-pages.pdf"));
    REQUIRE(bundle.ok());
    CHECK_FALSE((*bundle)->search(41, QStringLiteral("ORGDESK0042")).isEmpty());
    CHECK((*bundle)->search(40, QStringLiteral("ORGDESK0042")).isEmpty());
    const auto cjk = Document::open(bytesOf(dir + QStringLiteral("/pdf-cjk/embedded-truetype.pdf")),
                                    QStringLiteral("embedded-truetype.pdf"));
    REQUIRE(cjk.ok());
    bool found = false;
    for (int p = 0; p < (*cjk)->pageCount(); ++p)
        found = found || !(*cjk)->search(p, QStringLiteral("首席管理人")).isEmpty();
    CHECK(found);
}

TEST_CASE("Content decides the type, not the file name", "[documents]")
{
    const auto html = sniffDocument(QByteArray("<!DOCTYPE html><html><body>error 404</body></html>"),
                                    QStringLiteral("form.pdf"));
    REQUIRE_FALSE(html.ok());
    CHECK(html.message().contains(QStringLiteral("form.pdf")));
    CHECK(html.message().contains(QStringLiteral("web page")));
    const auto png = sniffDocument(QByteArray("\x89PNG\r\n\x1A\n....", 12), QStringLiteral("scan.pdf"));
    REQUIRE(png.ok());
    CHECK(png->type == DocumentType::Png);
    CHECK_FALSE(sniffDocument(QByteArray(), QStringLiteral("empty.pdf")).ok());
}
