// SPDX-License-Identifier: GPL-3.0-or-later
// Document viewing speed, each figure next to a reference measured in the same run:
//  1. `orgdesk-cli render` against `pdftoppm` on the same page and resolution (whole commands);
//  2. time to the first page (open + draw) against bare Poppler renderToImage of that page;
//  3. flipping to a page that was prefetched (a repaint from the cache);
//  4. peak memory opening and scrolling through a 2,000-page PDF.
//
//   bench_render [PDF] [PAGE] [DPI]     (defaults: the corpus' 60-page bundle, page 1, 150 dpi)
#include "DemoPdf.h"
#include "viewer/PagesView.h"
#include "documents/Document.h"
#include "BenchSupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace orgdesk;
using namespace orgdesk::bench;

namespace {

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

    // 2. Open and draw the page in-process, against bare Poppler doing the same.
    const double first = medianMs(15, [&] {
        auto doc = Document::open(bytes, pdf);
        RenderRequest r;
        r.page = page - 1;
        r.dpi = dpi;
        (void)(*doc)->render(r);
    });
    const double bare = medianMs(15, [&] {
        auto doc = Poppler::Document::loadFromData(bytes);
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        (void)doc->page(page - 1)->renderToImage(dpi, dpi);
    });
    std::printf("2. first page (open+draw) %8.1f ms   bare Poppler %8.1f ms   ratio %.2fx\n", first, bare, first / bare);

    // 3. Flip to the next page once it has been prefetched.
    {
        PagesView view;
        view.resize(900, 1100);
        view.show();
        auto doc = Document::open(bytes, pdf);
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
        std::sort(flips.begin(), flips.end());
        std::printf("3. flip to a prefetched page: median %.2f ms, worst %.2f ms (one frame is 16 ms)\n",
                    flips[flips.size() / 2], flips.back());
    }

    // 4. A 2,000-page PDF, opened and scrolled through page by page.
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
        auto doc = Document::open(big, QStringLiteral("bundle-2000.pdf"));
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
