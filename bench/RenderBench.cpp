// SPDX-License-Identifier: GPL-3.0-or-later
// Document viewing speed, each figure next to a reference measured in the same run:
//  1. `orgdesk-cli render` against `pdftoppm` on the same page and resolution (whole commands);
//  2. time to the first page (open + draw) through the document worker, as the viewer does, against
//     bare Poppler loading and drawing that page in this process (target: within 1.2x);
//  3. flipping to a page that was prefetched (a repaint from the cache; target: under 16 ms);
//  4. peak memory opening and scrolling through a 2,000-page PDF.
//
//   bench_render [PDF] [PAGE] [DPI]     (defaults: the corpus' 60-page bundle, page 1, 150 dpi)
#include "DemoPdf.h"
#include "viewer/PagesView.h"
#include "documents/Document.h"
#include "documents/WorkerDocument.h"
#include "BenchSupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <poppler-qt6.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace orgdesk;
using namespace orgdesk::bench;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double runCommand(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return 0;
}

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

bool drawAll(PagesView& view)
{
    for (int round = 0; round < 2000; ++round) {
        view.viewport()->repaint();
        if (view.renderer().pending() == 0 && round > 0)
            return true;
        QTest::qWait(5);
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString pdf = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : QStringLiteral(ORGDESK_CORPUS_DIR "/pdf-ok/bundle-60-pages.pdf");
    const int page = argc > 2 ? std::atoi(argv[2]) : 1;
    const int dpi = argc > 3 ? std::atoi(argv[3]) : 150;
    QFile f(pdf);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(pdf));
        return 2;
    }
    const QByteArray bytes = f.readAll();
    QTemporaryDir tmp;
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/orgdesk-cli");
    std::printf("file: %s, page %d at %d dpi\n\n", qPrintable(QFileInfo(pdf).fileName()), page, dpi);

    // 1. Whole commands, PNG written by both.
    const double ours = medianMs(7, [&] {
        runCommand(cli, { QStringLiteral("render"), pdf, QStringLiteral("--page"), QString::number(page),
                          QStringLiteral("--dpi"), QString::number(dpi), QStringLiteral("--out"),
                          tmp.filePath(QStringLiteral("ours.png")) });
    });
    const double reference = medianMs(7, [&] {
        runCommand(QStringLiteral("pdftoppm"), { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                 QString::number(page), QStringLiteral("-r"), QString::number(dpi),
                                                 QStringLiteral("-png"), pdf, tmp.filePath(QStringLiteral("ref")) });
    });
    std::printf("1. orgdesk-cli render %8.1f ms   pdftoppm %8.1f ms   ratio %.2fx\n", ours, reference, ours / reference);

    // 2. Time to the first page: open and draw it through a document worker (as the viewer does:
    //    a spare worker is already running when a document is opened), against bare Poppler
    //    loading and drawing the same page in this process. Medians of interleaved runs.
    const int runs = 15;
    std::vector<double> warm, cold, inProcess, bare;
    auto firstPage = [&](auto open) {
        QElapsedTimer t;
        t.start();
        auto doc = open();
        if (!doc) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(doc.message()));
            std::exit(1);
        }
        RenderRequest r;
        r.page = page - 1;
        r.dpi = dpi;
        const auto image = (*doc)->render(r);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!image) {
            std::fprintf(stderr, "cannot draw: %s\n", qPrintable(image.message()));
            std::exit(1);
        }
        return ms;
    };
    for (int i = 0; i < runs; ++i) {
        WorkerDocument::prewarm();
        QThread::msleep(1500); // the spare is ready, as it is long before a clerk opens a case
        warm.push_back(firstPage([&] { return WorkerDocument::open(bytes, pdf); }));
        // No spare: the worker is started for the document (the first document of a session).
        WorkerDocument::discardSpare();
        cold.push_back(firstPage([&] {
            auto doc = WorkerDocument::open(bytes, pdf);
            WorkerDocument::discardSpare(); // the next figure starts with no spare either
            return doc;
        }));
        inProcess.push_back(firstPage([&] { return Document::open(bytes, pdf); }));
        QElapsedTimer t;
        t.start();
        auto doc = Poppler::Document::loadFromData(bytes);
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        const QImage image = doc->page(page - 1)->renderToImage(dpi, dpi);
        bare.push_back(t.nsecsElapsed() / 1e6);
        if (image.isNull())
            return 1;
    }
    const double w = median(warm), c = median(cold), b = median(bare), in = median(inProcess);
    std::printf("2. first page (open+draw) through the worker %8.1f ms   bare Poppler %8.1f ms   ratio %.2fx "
                "(target 1.2x)\n",
                w, b, w / b);
    std::printf("   the same with no spare worker running %8.1f ms (ratio %.2fx); in this process %8.1f ms (%.2fx)\n",
                c, c / b, in, in / b);

    // 3. Flip to the next page once it has been prefetched; and, for comparison, jump to a page
    //    far away (not prefetched: drawn by the worker, then shown).
    {
        PagesView view;
        view.resize(900, 1100);
        view.show();
        auto doc = WorkerDocument::open(bytes, pdf);
        view.setDocument(*doc, 1, {});
        drawAll(view);
        std::vector<double> flips;
        for (int p = 1; p < std::min(20, (*doc)->pageCount()); ++p) {
            drawAll(view); // neighbours prefetched
            QElapsedTimer t;
            t.start();
            view.goToPage(p);
            view.viewport()->repaint();
            flips.push_back(t.nsecsElapsed() / 1e6);
        }
        std::vector<double> jumps;
        for (int p = 40; p < std::min(56, (*doc)->pageCount()); p += 4) {
            drawAll(view);
            QElapsedTimer t;
            t.start();
            view.goToPage(p);
            drawAll(view);
            jumps.push_back(t.nsecsElapsed() / 1e6);
        }
        std::sort(flips.begin(), flips.end());
        std::printf("3. flip to a prefetched page: median %.2f ms, worst %.2f ms (one frame is 16 ms: worst/16 ms = "
                    "%.2f)\n",
                    flips[flips.size() / 2], flips.back(), flips.back() / 16.0);
        if (!jumps.empty())
            std::printf("   jump to a page not prefetched (drawn by the worker, then shown): median %.1f ms\n",
                        median(jumps));
    }

    // 4. A 2,000-page PDF, opened and scrolled through page by page (the desk's own memory; the
    //    pages are drawn in the worker and shared with the desk).
    {
        QList<QStringList> pages;
        for (int i = 1; i <= 2000; ++i)
            pages.append({ QStringLiteral("Bundle page %1 of 2000").arg(i), QStringLiteral("Exhibit text line.") });
        const QByteArray big = makeTextPdf(pages);
        const long before = peakRssKb();
        QElapsedTimer t;
        t.start();
        PagesView view;
        view.resize(900, 1100);
        view.show();
        auto doc = WorkerDocument::open(big, QStringLiteral("bundle-2000.pdf"));
        view.setDocument(*doc, 2, {});
        const double opened = t.nsecsElapsed() / 1e6;
        for (int p = 0; p < 2000; p += 1) {
            view.goToPage(p);
            drawAll(view);
        }
        std::printf("4. 2,000-page PDF: open %.0f ms, scrolled through all pages in %.1f s, peak RSS %ld MB "
                    "(before it: %ld MB; cache bound %lld MB)\n",
                    opened, t.elapsed() / 1000.0, peakRssKb() / 1024, before / 1024,
                    view.renderer().cachedBytes() / (1024 * 1024));
    }
    return 0;
}
