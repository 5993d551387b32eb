// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ocr DIR…: reads every form listed in DIR/FORMS.tsv (each file DIR/KEY.*) as
// `orgdesk-cli suggest` does, and compares each field with the sheet: the exact-match rate per
// field, the share of values offered as confident that are wrong, and seconds per page. The
// reference in the same run is the `tesseract` command reading the same rendered pages whole
// (English + Traditional Chinese, automatic layout): its seconds per page, the ratio, and how often
// the sheet's value appears verbatim anywhere in its text.
#include "Database.h"
#include "documents/DocumentWorker.h"
#include "ocr/FormReader.h"
#include "ocr/OcrService.h"
#include "validation/Phone.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <map>

using namespace orgdesk;

namespace {

QTextStream out(stdout);

// The sheet's value of `key` as OrgDesk stores it; empty when the form leaves it empty.
QString expected(const QString& key, const QMap<QString, QString>& row)
{
    auto col = [&](const QString& name) {
        const QString v = row.value(name).trimmed();
        return (v == u"-" || v == u"(none)") ? QString() : v;
    };
    if (key == u"org_type") {
        QString t = col(
            row.contains(QStringLiteral("org_type")) ? QStringLiteral("org_type") : QStringLiteral("type"))
                        .toLower();
        if (t.startsWith(QStringLiteral("law")))
            return QStringLiteral("law_firm");
        if (t.startsWith(QStringLiteral("chambers")) || t.startsWith(QStringLiteral("barrister")))
            return QStringLiteral("barristers_chambers");
        if (t.startsWith(QStringLiteral("party")) || t.startsWith(QStringLiteral("company")))
            return QStringLiteral("company");
        if (t.startsWith(QStringLiteral("government")))
            return QStringLiteral("government");
        if (t.startsWith(QStringLiteral("statutory")))
            return QStringLiteral("statutory_body");
        if (t.startsWith(QStringLiteral("other")))
            return QStringLiteral("other");
        return t;
    }
    if (key == u"br") {
        const QString v = col(QStringLiteral("br"));
        return v.size() >= 12 ? v.left(12) : v;
    }
    if (key == u"cases")
        return col(row.contains(QStringLiteral("cases")) ? QStringLiteral("cases") : QStringLiteral("case"));
    if (key == u"pa_name_en")
        return col(
            row.contains(QStringLiteral("pa_name_en")) ? QStringLiteral("pa_name_en") : QStringLiteral("pa"));
    if (key == u"pa_name_zh")
        return col(row.contains(QStringLiteral("pa_name_zh")) ? QStringLiteral("pa_name_zh")
                                                              : QStringLiteral("pa_zh"));
    if (key == u"tel") {
        const auto p = validation::parsePhone(col(QStringLiteral("tel")));
        return p ? p->canonical : col(QStringLiteral("tel"));
    }
    if (key == u"date") {
        const QDate d = QDate::fromString(col(QStringLiteral("date")), QStringLiteral("dd/MM/yyyy"));
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    if (!row.contains(key))
        return QStringLiteral("\x01"); // the sheet does not give this field
    return col(key);
}

struct Tally
{
    int checked = 0, exact = 0, confident = 0, confidentWrong = 0, refFound = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList dirs = app.arguments().mid(1);
    if (dirs.isEmpty()) {
        QTextStream(stderr)
            << "usage: bench_ocr DIR...  (each DIR with FORMS.tsv, e.g. ../shared/corpus/forms-boxed)\n";
        return 2;
    }
    QTemporaryDir tmp;
    Result<Database> db
        = Database::open(tmp.filePath(QStringLiteral("bench.sqlite")), Database::OpenMode::CreateOrMigrate);
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    const Result<ocr::FormReader> reader = ocr::FormReader::fromStore(db->connection(), QDate(2026, 12, 31));
    if (!reader) {
        QTextStream(stderr) << reader.error().message << '\n';
        return 1;
    }
    const QString tesseract = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
    ocr::OcrEngine engine;
    std::map<QString, Tally> tally;
    double ourSeconds = 0, refSeconds = 0;
    int pages = 0, refPages = 0;
    QStringList failures;
    for (const QString& dirPath : dirs) {
        const QDir dir(dirPath);
        QFile sheet(dir.filePath(QStringLiteral("FORMS.tsv")));
        if (!sheet.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "no FORMS.tsv in " << dirPath << '\n';
            return 2;
        }
        const QStringList lines = QString::fromUtf8(sheet.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList header = lines.value(0).split(u'\t');
        for (const QString& line : lines.mid(1)) {
            const QStringList cells = line.split(u'\t');
            QMap<QString, QString> row;
            for (int i = 0; i < header.size(); ++i)
                row[header.at(i)] = cells.value(i);
            const QStringList files
                = dir.entryList({ row.value(QStringLiteral("key")) + QStringLiteral(".*") }, QDir::Files);
            for (const QString& file : files) {
                QFile f(dir.filePath(file));
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                QElapsedTimer clock;
                clock.start();
                const Result<ocr::ReadDocument> read
                    = ocr::OcrService::readDocument(f.readAll(), file, engine, DocumentWorker());
                if (!read) {
                    out << file << ": " << read.error().message << '\n';
                    continue;
                }
                const ocr::FormReading reading = reader->read(*read, engine);
                ourSeconds += clock.nsecsElapsed() / 1e9;
                pages += read->imagePages();
                // The reference: the tesseract command on the same pixels, whole pages.
                QString refText;
                if (!tesseract.isEmpty()) {
                    for (qsizetype i = 0; i < read->images.size(); ++i) {
                        if (read->images.at(i).isNull())
                            continue;
                        const QString png = tmp.filePath(QStringLiteral("page.png"));
                        read->images.at(i).save(png);
                        QProcess p;
                        QElapsedTimer rc;
                        rc.start();
                        p.start(tesseract,
                            { png, QStringLiteral("-"), QStringLiteral("-l"), QStringLiteral("eng+chi_tra"),
                                QStringLiteral("--psm"), QStringLiteral("3") });
                        p.waitForFinished(120000);
                        refSeconds += rc.nsecsElapsed() / 1e9;
                        ++refPages;
                        refText += ocr::removeCjkSpaces(QString::fromUtf8(p.readAllStandardOutput()));
                    }
                }
                for (const QString& key : ocr::suggestionKeys()) {
                    const QString want = expected(key, row);
                    if (want == u"\x01")
                        continue;
                    const ocr::Suggestion* got = reading.find(key);
                    Tally& t = tally[key];
                    ++t.checked;
                    const QString value = got ? got->value : QString();
                    const bool right = value == want;
                    t.exact += right ? 1 : 0;
                    if (got && got->confident) {
                        ++t.confident;
                        t.confidentWrong += right ? 0 : 1;
                    }
                    if (!want.isEmpty() && refText.contains(want))
                        ++t.refFound;
                    else if (want.isEmpty() && !got)
                        ++t.refFound; // nothing to find
                    if (!right)
                        failures << QStringLiteral("%1 %2: want \"%3\" got \"%4\"%5 (read \"%6\")")
                                        .arg(file, key, want, value,
                                            got && got->confident ? QStringLiteral(" CONFIDENT") : QString(),
                                            got ? got->read : QString());
                }
            }
        }
    }
    out << "field        exact      confident-wrong   reference (tesseract whole page, value verbatim)\n";
    int allChecked = 0, allExact = 0;
    for (const QString& key : ocr::suggestionKeys()) {
        const auto it = tally.find(key);
        if (it == tally.end())
            continue;
        const Tally& t = it->second;
        allChecked += t.checked;
        allExact += t.exact;
        out << QStringLiteral("%1 %2/%3 %4%   %5/%6   %7/%8\n")
                   .arg(key, -12)
                   .arg(t.exact, 2)
                   .arg(t.checked, -2)
                   .arg(100.0 * t.exact / std::max(1, t.checked), 5, 'f', 1)
                   .arg(t.confidentWrong)
                   .arg(t.confident)
                   .arg(t.refFound)
                   .arg(t.checked);
    }
    out << QStringLiteral("all fields: %1/%2 exact (%3%)\n")
               .arg(allExact)
               .arg(allChecked)
               .arg(100.0 * allExact / std::max(1, allChecked), 0, 'f', 1);
    out << QStringLiteral(
        "seconds per page: OrgDesk %1 (render in the worker, whole page, fields) over %2 pages")
               .arg(ourSeconds / std::max(1, pages), 0, 'f', 2)
               .arg(pages);
    if (refPages > 0)
        out << QStringLiteral("; tesseract command %1 (whole page only); ratio %2\n")
                   .arg(refSeconds / refPages, 0, 'f', 2)
                   .arg((ourSeconds / std::max(1, pages)) / (refSeconds / refPages), 0, 'f', 2);
    else
        out << "; tesseract command not found, no reference\n";
    if (qEnvironmentVariableIsSet("BENCH_OCR_VERBOSE"))
        for (const QString& f : failures)
            out << "  " << f << '\n';
    return 0;
}
