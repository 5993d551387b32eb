// SPDX-License-Identifier: GPL-3.0-or-later
// Documents shown through a viewing worker (WorkerDocument): the same pages, sizes, text and
// search hits as in the desk's own process; pages shared through the arena; a page that overruns
// or a worker that dies costs that worker only; every corpus file opens (or is refused) and draws
// as its manifest says.
#include "documents/WorkerDocument.h"

#include "HostileDocuments.h"
#include "TestSupport.h"
#include "documents/DocumentWorkerProtocol.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace orgdesk;

namespace {

QByteArray corpusBytes(const QString& path)
{
    QFile f(test::corpusDir() + u'/' + path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const WorkerDocument& asWorker(const std::shared_ptr<Document>& doc)
{
    const auto* w = dynamic_cast<const WorkerDocument*>(doc.get());
    REQUIRE(w);
    return *w;
}

// Share of pixels that differ by more than a little (antialiasing may differ by a shade).
double differingPixels(const QImage& a, const QImage& b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size())
        return 1.0;
    qint64 differ = 0;
    for (int r = 0; r < x.height(); ++r) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(r));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c)
            differ += qAbs(qGray(p[c]) - qGray(q[c])) > 24;
    }
    return double(differ) / (double(x.width()) * x.height());
}

} // namespace

TEST_CASE("A PDF shown through a worker has the same pages, sizes, text and hits as in the desk",
    "[documents][viewing]")
{
    if (test::corpusDir().isEmpty())
        return;
    const QByteArray bytes = corpusBytes(QStringLiteral("pdf-ok/mixed-sizes.pdf"));
    const auto local = Document::open(bytes, QStringLiteral("mixed-sizes.pdf"));
    WorkerDocument::prewarm();
    const auto remote = WorkerDocument::open(bytes, QStringLiteral("mixed-sizes.pdf"));
    REQUIRE(local.ok());
    REQUIRE(remote.ok());
    CHECK((*remote)->type() == DocumentType::Pdf);
    REQUIRE((*remote)->pageCount() == (*local)->pageCount());
    for (int p = 0; p < (*local)->pageCount(); ++p) {
        INFO("page " << p + 1);
        CHECK((*remote)->pageSize(p) == (*local)->pageSize(p));
        RenderRequest r;
        r.page = p;
        r.dpi = 50;
        r.rotation = p % 2 ? 90 : 0;
        const auto a = (*local)->render(r);
        const auto b = (*remote)->render(r);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(b->size() == a->size());
        CHECK(differingPixels(*a, *b) < 0.001);
    }
    CHECK(asWorker(*remote).workersStarted() == 1); // one worker served every page

    const QByteArray bundle = corpusBytes(QStringLiteral("pdf-ok/bundle-60-pages.pdf"));
    const auto doc = WorkerDocument::open(bundle, QStringLiteral("bundle-60-pages.pdf"));
    REQUIRE(doc.ok());
    CHECK((*doc)->pageCount() == 60);
    const auto inDesk = Document::open(bundle, QStringLiteral("bundle-60-pages.pdf"));
    REQUIRE(inDesk.ok());
    CHECK((*doc)->text(41).contains(u"ORGDESK0042"));
    CHECK((*doc)->text(41) == (*inDesk)->text(41));
    const QList<QRectF> hits = (*doc)->search(41, QStringLiteral("orgdesk0042"));
    CHECK_FALSE(hits.isEmpty());
    CHECK(hits == (*inDesk)->search(41, QStringLiteral("orgdesk0042")));
    CHECK((*doc)->search(40, QStringLiteral("ORGDESK0042")).isEmpty());

    const QByteArray chinese = corpusBytes(QStringLiteral("pdf-cjk/embedded-truetype.pdf"));
    const auto cjk = WorkerDocument::open(chinese, QStringLiteral("embedded-truetype.pdf"));
    REQUIRE(cjk.ok());
    bool found = false;
    for (int p = 0; p < (*cjk)->pageCount(); ++p)
        found = found || !(*cjk)->search(p, QStringLiteral("首席管理人")).isEmpty();
    CHECK(found);
}

TEST_CASE(
    "Pages come back in the shared arena, and past its room in the reply, all intact", "[documents][viewing]")
{
    if (test::corpusDir().isEmpty())
        return;
    const QByteArray bytes = corpusBytes(QStringLiteral("pdf-ok/bundle-60-pages.pdf"));
    const auto doc = WorkerDocument::open(bytes, QStringLiteral("bundle-60-pages.pdf"));
    REQUIRE(doc.ok());
    // 60 pages at 150 dpi are about 520 MB of pixels, more than the arena holds: the pages that do
    // not fit come back in the reply. All are kept at once, then let go and drawn again.
    for (int round = 0; round < 2; ++round) {
        QList<QImage> kept;
        for (int p = 0; p < 60; ++p) {
            RenderRequest r;
            r.page = p;
            r.dpi = 150;
            const auto image = (*doc)->render(r);
            REQUIRE(image.ok());
            kept.append(*image);
        }
        for (int p : { 0, 30, 59 }) {
            INFO("round " << round << " page " << p + 1);
            CHECK(kept.at(p).width() == 1240);
            // The text line is drawn (dark pixels in the top third), the rest of the page is white.
            const QImage top = kept.at(p).copy(0, 0, kept.at(p).width(), kept.at(p).height() / 3);
            int dark = 0;
            for (int y = 0; y < top.height(); y += 2)
                for (int x = 0; x < top.width(); x += 2)
                    dark += qGray(top.pixel(x, y)) < 128;
            CHECK(dark > 50);
            CHECK(qGray(kept.at(p).pixel(kept.at(p).width() - 5, kept.at(p).height() - 5)) > 240);
        }
    }
    CHECK(asWorker(*doc).workersStarted() == 1);
}

TEST_CASE(
    "A page that overruns or a worker that dies costs that worker, and the next page is drawn by a new one",
    "[documents][viewing]")
{
    // The looping form-field PDF: its page draws ten million text runs.
    const QByteArray hostile = test::hostilePdf();
    DocumentWorkerLimits limits;
    limits.wallSeconds = 3;
    const auto doc = WorkerDocument::open(hostile, QStringLiteral("loop.pdf"), {}, limits);
    REQUIRE(doc.ok());
    RenderRequest r;
    r.dpi = 72;
    r.timeoutMs = 2000;
    QElapsedTimer timer;
    timer.start();
    const auto image = (*doc)->render(r);
    CHECK(timer.elapsed() < 4000);
    REQUIRE_FALSE(image.ok());
    CHECK(image.error().code == ErrorCode::Timeout);
    CHECK(image.message().contains(QStringLiteral("loop.pdf")));
    // The worker left drawing is killed once its time is up; the desk answers at once meanwhile.
    QThread::msleep(500);
    CHECK((*doc)->pageSize(0) == QSizeF(595, 842));

    if (test::corpusDir().isEmpty())
        return;
    const QByteArray bytes = corpusBytes(QStringLiteral("pdf-ok/single-page.pdf"));
    r.timeoutMs = 1500;
    {
        test::EnvironmentGuard env(docworker::kTestHookVariable, "sleep"); // drawing never finishes
        WorkerDocument::discardSpare(); // started before the hook was set
        const auto stuck = WorkerDocument::open(bytes, QStringLiteral("single-page.pdf"), {}, limits);
        REQUIRE(stuck.ok());
        timer.restart();
        const auto never = (*stuck)->render(r);
        CHECK(timer.elapsed() < 3000);
        REQUIRE_FALSE(never.ok());
        INFO(never.message().toStdString());
        CHECK(never.error().code == ErrorCode::Timeout);
    }
    {
        test::EnvironmentGuard env(docworker::kTestHookVariable, "abort-render"); // the worker crashes
        WorkerDocument::discardSpare();
        const auto crashing = WorkerDocument::open(bytes, QStringLiteral("single-page.pdf"), {}, limits);
        REQUIRE(crashing.ok());
        const auto lost = (*crashing)->render(r);
        REQUIRE_FALSE(lost.ok());
        CHECK(lost.message().contains(QStringLiteral("single-page.pdf")));
        CHECK(asWorker(*crashing).workersStarted() >= 2); // started again once, then given up
    }
    WorkerDocument::discardSpare(); // started with the test hook set
    const auto fine = WorkerDocument::open(bytes, QStringLiteral("single-page.pdf"), {}, limits);
    REQUIRE(fine.ok());
    CHECK((*fine)->render(r).ok());
}

TEST_CASE("Every corpus file opens and draws through a viewing worker as the manifest says",
    "[documents][viewing][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    QFile manifest(dir + QStringLiteral("/MANIFEST.tsv"));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    DocumentWorkerLimits limits;
    limits.wallSeconds = 10;
    int rows = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList c = QString::fromUtf8(lines.at(i)).split(u'\t');
        if (c.size() < 7)
            continue;
        ++rows;
        const QString path = c.at(0), expected = c.at(2), password = c.at(4) == u"-" ? QString() : c.at(4);
        INFO("file: " << path.toStdString() << " expected: " << expected.toStdString());
        const QByteArray bytes = corpusBytes(path);
        QElapsedTimer timer;
        timer.start();
        auto doc = WorkerDocument::open(bytes, path, {}, limits);
        if (expected == u"must-reject") {
            REQUIRE_FALSE(doc.ok());
            CHECK(doc.message().contains(QFileInfo(path).fileName()));
            continue;
        }
        if (expected == u"needs-password") {
            REQUIRE_FALSE(doc.ok());
            CHECK(doc.error().code == ErrorCode::NeedsPassword);
            doc = WorkerDocument::open(bytes, path, password, limits);
        }
        REQUIRE(doc.ok());
        CHECK((*doc)->pageCount() == c.at(3).toInt());
        const bool hostileImage = c.at(6).contains(u"renders must be bounded");
        RenderRequest r;
        r.dpi = 36;
        r.timeoutMs = hostileImage ? 3000 : 10000;
        const auto image = (*doc)->render(r);
        // A page whose image claims 200000 x 200000 pixels keeps Poppler decoding for minutes (or
        // fails within the worker's memory limit): its drawing is given up in time, in words.
        INFO(image.message().toStdString());
        if (hostileImage)
            CHECK((image.ok() || image.message().contains(QFileInfo(path).fileName())));
        else
            CHECK(image.ok());
        CHECK(timer.elapsed() < 20000);
    }
    CHECK(rows > 50);
}
