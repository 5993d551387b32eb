// SPDX-License-Identifier: GPL-3.0-or-later
// Bounded, on-demand fuzzing of the document worker: N mutated copies of the corpus files are read
// through orgdesk-docworker as intake reads them (sniff, open, count pages, text of the first
// pages), and those that open have their first page drawn through a viewing worker. This process
// must never crash, and every file must be opened or refused within its limit.
//
//   fuzz_documents N SECONDS [--corpus DIR] [--seed S] [--worker PATH] [--keep DIR]
//
// SECONDS is the worker's wall-clock limit per file; --worker names another orgdesk-docworker
// (one built with AddressSanitizer: build-asan/docworker/orgdesk-docworker); --keep saves every
// mutated file that crashed or overran a worker, for a closer look.
#include "documents/DocumentWorker.h"
#include "documents/WorkerDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cstdio>

using namespace orgdesk;

namespace {

struct Seed
{
    QString path;
    QByteArray bytes;
};

QList<Seed> corpusFiles(const QString& dir)
{
    QList<Seed> out;
    QFile manifest(dir + QStringLiteral("/MANIFEST.tsv"));
    if (!manifest.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString path = QString::fromUtf8(lines.at(i).split('\t').first());
        if (path.isEmpty())
            continue;
        QFile f(dir + u'/' + path);
        if (f.open(QIODevice::ReadOnly))
            out.append({ path, f.readAll() });
    }
    return out;
}

// One to four mutations of the kinds that find parser bugs: flipped bits, random bytes over a
// stretch, a cut, a stretch repeated or dropped, and numbers in the text swapped for extreme ones.
QByteArray mutate(QByteArray b, QRandomGenerator& rng)
{
    const int rounds = 1 + int(rng.bounded(4));
    for (int r = 0; r < rounds; ++r) {
        if (b.isEmpty()) {
            b = QByteArray(1 + int(rng.bounded(64)), '\0');
            continue;
        }
        const auto at = [&] { return qsizetype(rng.bounded(quint64(b.size()))); };
        switch (rng.bounded(6)) {
        case 0: // flip bits here and there
            for (int i = 0, n = 1 + int(rng.bounded(32)); i < n; ++i)
                b[at()] = char(b[at()] ^ (1 << rng.bounded(8)));
            break;
        case 1: { // random bytes over a stretch
            const qsizetype from = at();
            const qsizetype n = std::min<qsizetype>(b.size() - from, 1 + rng.bounded(512));
            for (qsizetype i = 0; i < n; ++i)
                b[from + i] = char(rng.bounded(256));
            break;
        }
        case 2: // cut short
            b.truncate(at());
            break;
        case 3: { // a stretch repeated
            const qsizetype from = at();
            const qsizetype n = std::min<qsizetype>(b.size() - from, 1 + rng.bounded(4096));
            b.insert(at(), b.mid(from, n).repeated(1 + int(rng.bounded(8))));
            break;
        }
        case 4: { // a stretch dropped
            const qsizetype from = at();
            b.remove(from, std::min<qsizetype>(b.size() - from, 1 + rng.bounded(4096)));
            break;
        }
        default: { // a number in the text made extreme (counts, lengths, offsets, sizes)
            static const QByteArray extremes[]
                = { "0", "-1", "2147483647", "-2147483648", "4294967296", "99999999999", "1e308", "65535" };
            qsizetype i = at();
            while (i < b.size() && !(b.at(i) >= '0' && b.at(i) <= '9'))
                ++i;
            qsizetype j = i;
            while (j < b.size() && b.at(j) >= '0' && b.at(j) <= '9')
                ++j;
            if (i < b.size())
                b.replace(i, j - i, extremes[rng.bounded(int(std::size(extremes)))]);
            break;
        }
        }
    }
    return b;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&](const QString& name) -> QString {
        const qsizetype i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return {};
        const QString value = args.at(i + 1);
        args.remove(i, 2);
        return value;
    };
    QString corpus = option(QStringLiteral("--corpus"));
    if (corpus.isEmpty())
        corpus = QStringLiteral(ORGDESK_CORPUS_DIR);
    const QString seedText = option(QStringLiteral("--seed"));
    const QString worker = option(QStringLiteral("--worker"));
    const QString keep = option(QStringLiteral("--keep"));
    bool okN = false, okS = false;
    const int n = args.value(0).toInt(&okN);
    const int seconds = args.value(1).toInt(&okS);
    if (args.size() != 2 || !okN || !okS || n < 1 || seconds < 1) {
        std::fprintf(stderr,
            "usage: fuzz_documents N SECONDS [--corpus DIR] [--seed S] [--worker PATH] [--keep DIR]\n");
        return 2;
    }
    if (!worker.isEmpty())
        DocumentWorker::setExecutablePath(QFileInfo(worker).absoluteFilePath());
    if (DocumentWorker::executablePath().isEmpty()
        || !QFileInfo(DocumentWorker::executablePath()).isExecutable()) {
        std::fprintf(stderr, "no document worker found\n");
        return 2;
    }
    const QList<Seed> seeds = corpusFiles(corpus);
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no corpus at %s (MANIFEST.tsv)\n", qPrintable(corpus));
        return 2;
    }
    if (!keep.isEmpty())
        QDir().mkpath(keep);
    const quint32 seed
        = seedText.isEmpty() ? quint32(QRandomGenerator::securelySeeded().generate()) : seedText.toUInt();
    QRandomGenerator rng(seed);
    std::printf("fuzzing %d mutated copies of %lld corpus files through %s, %d s per file, seed %u\n", n,
        qlonglong(seeds.size()), qPrintable(DocumentWorker::executablePath()), seconds, seed);

    DocumentWorker::Limits limits;
    limits.wallSeconds = seconds;
    const DocumentWorker reader(limits);
    const qint64 allowedMs = qint64(seconds) * 1000 + 2000; // the limit, and the kill and reap after it
    int opened = 0, locked = 0, refused = 0, overran = 0, crashed = 0, drawn = 0, drawRefused = 0,
        drawOverran = 0, drawCrashed = 0, late = 0;
    qint64 slowest = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < n; ++i) {
        const Seed& s = seeds.at(i % seeds.size());
        const QByteArray bytes = mutate(s.bytes, rng);
        const QString name = QStringLiteral("fuzz-%1-%2").arg(i).arg(QFileInfo(s.path).fileName());
        QElapsedTimer t;
        t.start();
        const auto facts = reader.inspect(bytes, name, 3, 100000);
        qint64 ms = t.elapsed();
        bool keepIt = false;
        if (facts) {
            facts->needsPassword ? ++locked : ++opened;
        } else if (facts.error().code == ErrorCode::Timeout) {
            ++overran;
            keepIt = true;
        } else if (facts.message().contains(QStringLiteral("could not be read safely"))) {
            ++crashed; // the worker died (a signal, a sanitizer's report) or answered nonsense
            keepIt = true;
        } else {
            ++refused;
        }
        if (ms > allowedMs)
            ++late;
        slowest = std::max(slowest, ms);

        // Draw the first page of what opened, through a viewing worker.
        if (facts && !facts->needsPassword && facts->pageCount > 0) {
            t.restart();
            const auto doc = WorkerDocument::open(bytes, name, {}, limits);
            if (doc) {
                RenderRequest r;
                r.dpi = 72;
                r.timeoutMs = seconds * 1000;
                const auto image = (*doc)->render(r);
                const int workers = static_cast<const WorkerDocument&>(**doc).workersStarted();
                if (image)
                    ++drawn;
                else if (image.error().code == ErrorCode::Timeout)
                    ++drawOverran, keepIt = true;
                else if (workers > 1)
                    ++drawCrashed, keepIt = true;
                else
                    ++drawRefused;
            } else if (doc.error().code == ErrorCode::Timeout) {
                ++drawOverran, keepIt = true;
            } else {
                ++drawRefused;
            }
            ms = t.elapsed();
            if (ms > allowedMs + 1000)
                ++late;
            slowest = std::max(slowest, ms);
        }
        if (keepIt && !keep.isEmpty()) {
            QFile out(keep + u'/' + name);
            if (out.open(QIODevice::WriteOnly))
                out.write(bytes);
        }
        if ((i + 1) % 100 == 0)
            std::fprintf(stderr, "%d of %d\n", i + 1, n);
    }
    std::printf(
        "files tried %d: opened %d, locked (password) %d, refused for their content %d, refused at the "
        "time limit %d, worker crashes contained %d\n",
        n, opened, locked, refused, overran, crashed);
    std::printf(
        "first pages drawn through a worker %d, refused %d, over the limit %d, worker crashes contained %d\n",
        drawn, drawRefused, drawOverran, drawCrashed);
    std::printf(
        "slowest answer %.1f s (limit %d s); answers later than the limit %d; crashes of this process 0; "
        "%.1f s in all\n",
        slowest / 1000.0, seconds, late, total.elapsed() / 1000.0);
    return late == 0 ? 0 : 1;
}
