// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QImage>

using namespace orgdesk;
using test::runCli;

TEST_CASE("render draws a page to PNG with the document's proportions and asks for passwords", "[cli][documents]")
{
    const QString corpus = test::corpusDir();
    if (corpus.isEmpty())
        return;
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("p.png"));
    auto fax = runCli({ QStringLiteral("render"), corpus + QStringLiteral("/tiff-fax/g3-1d-standard-204x98.tif"),
                        QStringLiteral("--page"), QStringLiteral("2"), QStringLiteral("--dpi"), QStringLiteral("72"),
                        QStringLiteral("--out"), png });
    INFO(fax.err.toStdString());
    REQUIRE(fax.exitCode == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(double(image.height()) / image.width() > 1.2);

    const QString locked = corpus + QStringLiteral("/pdf-encrypted/aes-256-user-unicode.pdf");
    auto noPassword = runCli({ QStringLiteral("render"), locked, QStringLiteral("--out"), png });
    CHECK(noPassword.exitCode == 2);
    CHECK(noPassword.err.contains(QStringLiteral("password")));
    auto withPassword = runCli({ QStringLiteral("render"), locked, QStringLiteral("--out"), png,
                                 QStringLiteral("--password"), QStringLiteral("密碼2023") });
    CHECK(withPassword.exitCode == 0);
    auto tooFar = runCli({ QStringLiteral("render"), locked, QStringLiteral("--out"), png, QStringLiteral("--page"),
                           QStringLiteral("9"), QStringLiteral("--password"), QStringLiteral("密碼2023") });
    CHECK(tooFar.exitCode == 2);
}

TEST_CASE("import files good files into a new application and names each refused one", "[cli][documents]")
{
    const QString corpus = test::corpusDir();
    if (corpus.isEmpty())
        return;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("i.db"));
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"),
                     QStringLiteral("--role"), QStringLiteral("admin") },
                   "long enough secret\n")
                .exitCode
            == 0);
    REQUIRE(runCli({ QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"),
                     QStringLiteral("--role"), QStringLiteral("clerk") },
                   "another secret 1\n")
                .exitCode
            == 0);
    // A new application names who received it.
    auto nobody = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"),
                           corpus + QStringLiteral("/forms/company-party-with-case.fax.tif"), QStringLiteral("--channel"),
                           QStringLiteral("fax") });
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err.contains(QStringLiteral("--as NAME")));
    auto mixed = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"),
                          corpus + QStringLiteral("/forms/company-party-with-case.fax.tif"),
                          corpus + QStringLiteral("/junk/document.docx"), QStringLiteral("--channel"),
                          QStringLiteral("fax"), QStringLiteral("--as"), QStringLiteral("carol") });
    CHECK(mixed.exitCode == 1);
    CHECK(mixed.out.contains(QStringLiteral("new application OA-")));
    CHECK(mixed.out.contains(QStringLiteral("stored company-party-with-case.fax.tif")));
    CHECK(mixed.err.contains(QStringLiteral("refused: document.docx")));
    const QString ref = mixed.out.section(QStringLiteral("new application "), 1).section(u'\n', 0, 0);
    auto more = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"),
                         corpus + QStringLiteral("/images/exif-orientation-6.jpg"), QStringLiteral("--to"), ref });
    CHECK(more.exitCode == 0);
    auto show = runCli({ QStringLiteral("--db"), db, QStringLiteral("show"), ref });
    CHECK(show.out.count(QStringLiteral("attachment ")) == 2);
    auto check = runCli({ QStringLiteral("--db"), db, QStringLiteral("check") });
    CHECK(check.exitCode == 0);
    auto none = runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), corpus + QStringLiteral("/junk/empty.bin"),
                         QStringLiteral("--channel"), QStringLiteral("post"), QStringLiteral("--as"),
                         QStringLiteral("carol") });
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("no application was created")));
}
