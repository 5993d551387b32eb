// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaxInbox.h"

#include "ApplicationStore.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace orgdesk {

namespace {

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, FaxInbox::tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f.errorString()));
    return f.readAll();
}

// After the database has the file, take it out of the shared inbox folder.
void removeFromInbox(const QString& path, FaxInbox::Filed& filed)
{
    filed.removedFromInbox = QFile::remove(path);
    if (!filed.removedFromInbox)
        filed.message += u' '
                         + FaxInbox::tr("It is stored, but %1 could not be removed from the fax folder; please delete it "
                              "by hand.")
                               .arg(QFileInfo(path).fileName());
}

} // namespace

FaxInbox::FaxInbox(QString folder, QObject* parent)
    : QObject(parent)
    , m_folder(std::move(folder))
{
    m_watcher.addPath(m_folder);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FaxInbox::scan);
    connect(&m_rescan, &QTimer::timeout, this, &FaxInbox::scan);
    m_rescan.start(5000);
}

void FaxInbox::setRescanInterval(int ms)
{
    m_rescan.start(ms);
}

QStringList FaxInbox::readyFiles() const
{
    QList<std::pair<QDateTime, QString>> ready;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        if (it->ready)
            ready.append({ it->modified, it.key() });
    }
    std::sort(ready.begin(), ready.end());
    QStringList paths;
    for (const auto& r : ready)
        paths << r.second;
    return paths;
}

void FaxInbox::scan()
{
    const QDir dir(m_folder);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Readable, QDir::Time);
    QSet<QString> present;
    bool changed = false;
    for (const QFileInfo& info : entries) {
        const QString path = info.absoluteFilePath();
        // Files a fax server is still writing often carry a temporary suffix.
        if (info.fileName().startsWith(u'.') || info.suffix() == u"part" || info.suffix() == u"tmp")
            continue;
        present.insert(path);
        Seen& seen = m_seen[path];
        if (info.size() != seen.size || info.lastModified() != seen.modified) {
            changed = changed || seen.ready;
            seen = Seen { info.size(), info.lastModified(), 0, false };
            continue;
        }
        if (seen.ready || seen.refused || info.size() == 0)
            continue;
        if (++seen.stableScans < 1)
            continue;
        // Size steady since the last scan: take it if the worker opens it (or it is a locked PDF).
        const Result<QByteArray> bytes = readFile(path);
        if (!bytes)
            continue;
        const auto facts = DocumentWorker(m_limits).inspect(*bytes, path);
        if (facts) {
            seen.ready = true;
            changed = true;
        } else if (facts.error().code == ErrorCode::Timeout) {
            seen.refused = true; // a file that cannot be read in time is not worth another look
        }
    }
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (!present.contains(it.key())) {
            changed = changed || it->ready;
            it = m_seen.erase(it);
        } else {
            ++it;
        }
    }
    if (changed)
        Q_EMIT readyFilesChanged();
}

Result<FaxInbox::Filed> FaxInbox::fileAsNew(const QSqlDatabase& db, const QString& path, const Actor& actor,
                                            const QList<PagePlan>& arrangement, const std::atomic<bool>* cancel)
{
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    IntakeFile file { path, *bytes };
    IntakeService intake(db);
    intake.setCancelFlag(cancel);
    if (!arrangement.isEmpty()) {
        const DocumentWorker worker = intake.documentWorker();
        const auto facts = worker.inspect(*bytes, path);
        if (!facts)
            return facts.error();
        if (facts->type != DocumentType::Tiff)
            return makeError(ErrorCode::Unsupported, tr("Only the pages of fax TIFF files can be arranged."));
        QList<int> pages, rotations;
        for (const PagePlan& p : arrangement) {
            pages << p.page;
            rotations << p.rotation;
        }
        const Result<QByteArray> arranged = worker.extractTiffPages(*bytes, path, pages, rotations);
        if (!arranged)
            return arranged.error();
        file = IntakeFile { QFileInfo(path).completeBaseName() + QStringLiteral("-arranged.tif"), *arranged };
    }
    Receipt receipt;
    receipt.channel = QStringLiteral("fax");
    receipt.receivedAt = QFileInfo(path).lastModified().toUTC();
    const auto received = intake.receiveWithFiles(receipt, { file }, actor);
    if (!received)
        return received.error();
    Filed filed;
    filed.outcomes = received->files;
    if (!received->application)
        return makeError(ErrorCode::InvalidInput, received->files.first().message);
    filed.applications.append(*received->application);
    filed.message = tr("Filed as %1.").arg(received->application->reference);
    removeFromInbox(path, filed);
    return filed;
}

Result<FaxInbox::Filed> FaxInbox::fileInto(const QSqlDatabase& db, const QString& path, qint64 applicationId,
                                           const Actor& actor, const std::atomic<bool>* cancel)
{
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    IntakeService intake(db);
    intake.setCancelFlag(cancel);
    const IntakeOutcome outcome = intake.attach(applicationId, IntakeFile { path, *bytes }, actor);
    if (!outcome.stored)
        return makeError(outcome.cancelled ? ErrorCode::Cancelled : ErrorCode::InvalidInput, outcome.message);
    Filed filed;
    filed.outcomes.append(outcome);
    const auto app = ApplicationStore(db).get(applicationId);
    if (app)
        filed.applications.append(*app);
    filed.message = tr("Added to %1.").arg(app ? app->reference : QString::number(applicationId));
    removeFromInbox(path, filed);
    return filed;
}

Result<FaxInbox::Filed> FaxInbox::splitIntoNew(const QSqlDatabase& db, const QString& path,
                                               const QList<QList<int>>& parts, const QList<int>& discarded,
                                               const Actor& actor, const std::atomic<bool>* cancel)
{
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    IntakeService intake(db);
    intake.setCancelFlag(cancel);
    const DocumentWorker worker = intake.documentWorker();
    const auto facts = worker.inspect(*bytes, path);
    if (!facts)
        return facts.error();
    if (facts->type != DocumentType::Tiff)
        return makeError(ErrorCode::Unsupported, tr("Only fax TIFF files can be split into several applications."));
    const int pages = facts->pageCount;
    QList<int> count(pages, 0);
    for (const QList<int>& part : parts) {
        if (part.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("Each part of the split needs at least one page."));
        for (int p : part) {
            if (p < 0 || p >= pages)
                return makeError(ErrorCode::InvalidInput, tr("The fax has no page %1.").arg(p + 1));
            ++count[p];
        }
    }
    for (int p : discarded) {
        if (p >= 0 && p < pages)
            ++count[p];
    }
    for (int p = 0; p < pages; ++p) {
        if (count[p] != 1)
            return makeError(ErrorCode::InvalidInput,
                             count[p] == 0 ? tr("Page %1 is not in any part; put it in one or mark it blank.").arg(p + 1)
                                           : tr("Page %1 is in more than one part.").arg(p + 1));
    }

    QList<IntakeFile> files;
    const QString base = QFileInfo(path).completeBaseName();
    for (int i = 0; i < parts.size(); ++i) {
        const Result<QByteArray> partBytes = worker.extractTiffPages(*bytes, path, parts.at(i));
        if (!partBytes)
            return partBytes.error();
        files.append(IntakeFile { QStringLiteral("%1-part%2.tif").arg(base).arg(i + 1), *partBytes });
    }
    Receipt receipt;
    receipt.channel = QStringLiteral("fax");
    receipt.receivedAt = QFileInfo(path).lastModified().toUTC();
    const auto received = intake.receiveEach(receipt, files, actor);
    if (!received)
        return received.error();
    Filed filed;
    filed.applications = *received;
    QStringList refs;
    for (const ApplicationRecord& a : filed.applications)
        refs << a.reference;
    filed.message = tr("Split into %1.").arg(refs.join(QStringLiteral(", ")));
    removeFromInbox(path, filed);
    return filed;
}

Result<QList<QList<int>>> FaxInbox::parseParts(const QString& text, int pageCount)
{
    QList<QList<int>> parts;
    const QStringList chunks = text.split(u';', Qt::SkipEmptyParts);
    static const QRegularExpression item(QStringLiteral("^\\s*(\\d+)\\s*(?:-\\s*(\\d+))?\\s*$"));
    for (const QString& chunk : chunks) {
        QList<int> part;
        QString normalised = chunk;
        normalised.replace(u',', u' ');
        // "3 - 5" is one range; plain spaces separate pages.
        normalised.replace(QRegularExpression(QStringLiteral("\\s*-\\s*")), QStringLiteral("-"));
        for (const QString& piece : normalised.split(u' ', Qt::SkipEmptyParts)) {
            const auto m = item.match(piece);
            if (!m.hasMatch())
                return makeError(ErrorCode::InvalidInput, tr("\"%1\" is not a page or a range like 3-5.").arg(piece));
            const int from = m.captured(1).toInt();
            const int to = m.captured(2).isEmpty() ? from : m.captured(2).toInt();
            if (from < 1 || to > pageCount || from > to)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Pages %1 are not within 1 to %2.").arg(piece).arg(pageCount));
            for (int p = from; p <= to; ++p)
                part.append(p - 1);
        }
        if (!part.isEmpty())
            parts.append(part);
    }
    if (parts.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Give the pages of each part, e.g. 1-2; 3-5."));
    return parts;
}

} // namespace orgdesk
