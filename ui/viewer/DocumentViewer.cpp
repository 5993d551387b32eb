// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewer/DocumentViewer.h"

#include "AttachmentStore.h"
#include "Clock.h"
#include "EventLog.h"
#include "viewer/PagesView.h"
#include "OcrStore.h"
#include "ocr/OcrPage.h"
#include "Settings.h"
#include "Transaction.h"
#include "documents/WorkerDocument.h"
#include "viewer/PagesView.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace orgdesk {

namespace {
constexpr int kThumbnailWidth = 96;
constexpr qint64 kThumbnailCacheBytes = 24LL * 1024 * 1024;
} // namespace

DocumentViewer::DocumentViewer(QSqlDatabase db, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_thumbnailRenderer(kThumbnailCacheBytes)
{
    m_passwordPrompt = [this](const QString& fileName, bool retry) {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Password needed"),
            (retry ? tr("That password is not right.\n") : QString())
                + tr("%1 is protected by a password. Enter the password the sender gave:").arg(fileName),
            QLineEdit::Password, QString(), &ok);
        return ok ? text : QString();
    };

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* bar = new QWidget(this);
    buildToolBar(bar);
    layout->addWidget(bar);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->hide();
    layout->addWidget(m_message);

    auto* split = new QHBoxLayout;
    split->setSpacing(2);
    m_thumbnails = new QListWidget(this);
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 14 / 10));
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setFixedWidth(kThumbnailWidth + 40);
    m_pages = new PagesView(this);
    split->addWidget(m_thumbnails);
    split->addWidget(m_pages, 1);
    layout->addLayout(split, 1);

    connect(m_pages, &PagesView::currentPageChanged, this, &DocumentViewer::pageChanged);
    connect(m_pages, &PagesView::zoomChanged, this, [this] {
        if (m_pages->zoom() == PagesView::Zoom::Percent) {
            const QSignalBlocker block(m_zoom);
            m_zoom->setEditText(QStringLiteral("%1%").arg(m_pages->zoomPercent()));
        }
    });
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_pages->currentPage())
            m_pages->goToPage(row);
    });
    connect(m_thumbnails->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &DocumentViewer::requestVisibleThumbnails);
    connect(&m_thumbnailRenderer, &PageRenderer::pageReady, this, &DocumentViewer::thumbnailReady);
    WorkerDocument::prewarm(); // the first document opens in a worker that has already started
    showApplication(0);
}

DocumentViewer::~DocumentViewer() = default;

void DocumentViewer::buildToolBar(QWidget* bar)
{
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(4, 2, 4, 2);
    rows->setSpacing(2);
    auto* h = new QHBoxLayout;
    rows->addLayout(h);
    m_attachments = new QComboBox(bar);
    m_attachments->setAccessibleName(tr("Attachment"));
    m_attachments->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_attachments->setMinimumContentsLength(14);
    connect(m_attachments, &QComboBox::activated, this,
            [this](int index) { openAttachment(m_attachments->itemData(index).toLongLong()); });
    h->addWidget(m_attachments, 2);

    auto button = [&](const QString& text, const QString& tip, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setToolTip(tip + (key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText))));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        auto* b = new QToolButton(bar);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        h->addWidget(b);
        return b;
    };
    button(QStringLiteral("◀"), tr("Previous page"), QKeySequence(Qt::ALT | Qt::Key_Up), &DocumentViewer::previousPage);
    m_page = new QSpinBox(bar);
    m_page->setAccessibleName(tr("Page number"));
    m_page->setRange(1, 1);
    connect(m_page, &QSpinBox::editingFinished, this, [this] { m_pages->goToPage(m_page->value() - 1); });
    h->addWidget(m_page);
    m_pageCount = new QLabel(bar);
    m_pageCount->setMinimumWidth(m_pageCount->fontMetrics().horizontalAdvance(tr("of %1").arg(9999)));
    h->addWidget(m_pageCount);
    button(QStringLiteral("▶"), tr("Next page"), QKeySequence(Qt::ALT | Qt::Key_Down), &DocumentViewer::nextPage);

    m_zoom = new QComboBox(bar);
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setEditable(true);
    m_zoom->addItem(tr("Fit width"));
    m_zoom->addItem(tr("Fit page"));
    for (int p : { 50, 75, 100, 125, 150, 200, 300, 400 })
        m_zoom->addItem(QStringLiteral("%1%").arg(p));
    connect(m_zoom, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            m_pages->setZoom(PagesView::Zoom::FitWidth);
        else if (index == 1)
            m_pages->setZoom(PagesView::Zoom::FitPage);
        else
            m_pages->setZoom(PagesView::Zoom::Percent, m_zoom->itemText(index).chopped(1).toInt());
    });
    h->addWidget(m_zoom);
    button(QStringLiteral("⟲"), tr("Turn page anticlockwise"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
           &DocumentViewer::rotateAnticlockwise);
    button(QStringLiteral("⟳"), tr("Turn page clockwise"), QKeySequence(Qt::CTRL | Qt::Key_R),
           &DocumentViewer::rotateClockwise);

    h->addStretch(0);
    // The second row: colours, and finding and printing (two rows keep the viewer narrow enough
    // to sit beside the queue on a 1280 px screen).
    h = new QHBoxLayout;
    rows->addLayout(h);
    m_colour = new QComboBox(bar);
    m_colour->setAccessibleName(tr("Colours"));
    m_colour->addItem(tr("Normal"));
    m_colour->addItem(tr("High contrast"));
    m_colour->addItem(tr("Inverted"));
    connect(m_colour, &QComboBox::activated, this, [this](int index) { m_pages->setColourMode(ColourMode(index)); });
    h->addWidget(m_colour);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Find in document"));
    m_search->setAccessibleName(tr("Find in document"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_hits.isEmpty())
            find(m_search->text());
        else
            findNext();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_hits.clear();
        m_currentHit = -1;
        m_hitLabel->clear();
        m_pages->setHits({}, -1);
    });
    h->addWidget(m_search, 1);
    m_hitLabel = new QLabel(bar);
    h->addWidget(m_hitLabel);
    button(QStringLiteral("↓"), tr("Next match"), QKeySequence(QKeySequence::FindNext), &DocumentViewer::findNext);
    button(QStringLiteral("↑"), tr("Previous match"), QKeySequence(QKeySequence::FindPrevious),
           &DocumentViewer::findPrevious);
    button(tr("Print…"), tr("Print pages"), QKeySequence(QKeySequence::Print), &DocumentViewer::printPages);
    button(tr("Open…"), tr("Open in the system's viewer"), QKeySequence(), &DocumentViewer::openExternally);
}

QString DocumentViewer::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DocumentViewer::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void DocumentViewer::showApplication(qint64 id)
{
    m_applicationId = id;
    m_attachments->clear();
    const auto list = id > 0 ? AttachmentStore(m_db).forApplication(id) : Result<QList<AttachmentInfo>>(QList<AttachmentInfo>());
    if (list) {
        for (const AttachmentInfo& a : *list)
            m_attachments->addItem(a.purgedAt ? tr("%1 (removed under retention)").arg(a.originalName)
                                              : tr("%1 (%n page(s))", nullptr, a.pageCount).arg(a.originalName),
                                   a.id);
    }
    if (m_attachments->count() == 0) {
        m_attachmentId = 0;
        m_pages->setDocument(nullptr, 0, {});
        m_thumbnails->clear();
        m_pageCount->clear();
        showMessage(id > 0 ? tr("This application has no documents yet. Drop files here or use the fax inbox.")
                           : QString());
        return;
    }
    openAttachment(m_attachments->itemData(0).toLongLong());
}

bool DocumentViewer::openAttachment(qint64 attachmentId, int page)
{
    if (attachmentId == m_attachmentId && m_pages->document()) {
        m_pages->goToPage(page);
        return true;
    }
    AttachmentStore store(m_db);
    const auto info = store.info(attachmentId);
    const auto bytes = store.content(attachmentId);
    if (!info || !bytes) {
        // Nothing of another document stays on screen (a purged copy shows only why it is gone).
        m_attachmentId = 0;
        m_pages->setDocument(nullptr, 0, {});
        m_thumbnails->clear();
        showMessage(info ? bytes.message() : info.message());
        return false;
    }
    // Opened and drawn by a document worker (a separate, limited process), never in the desk's.
    DocumentWorkerLimits limits;
    limits.wallSeconds = Settings(m_db).documentWorkerSeconds();
    Result<std::shared_ptr<Document>> doc = WorkerDocument::open(*bytes, info->originalName, {}, limits);
    bool retry = false;
    while (!doc && doc.error().code == ErrorCode::NeedsPassword) {
        const QString password = m_passwordPrompt(info->originalName, retry);
        if (password.isEmpty())
            break;
        doc = WorkerDocument::open(*bytes, info->originalName, password, limits);
        retry = true;
    }
    if (!doc) {
        m_attachmentId = 0;
        m_pages->setDocument(nullptr, 0, {});
        m_thumbnails->clear();
        showMessage(doc.message());
        return false;
    }
    showMessage(QString());
    m_attachmentId = attachmentId;
    const int index = m_attachments->findData(attachmentId);
    if (index >= 0)
        m_attachments->setCurrentIndex(index);
    const auto rotations = store.rotations(attachmentId);
    // A page is given as long to draw as a file is to be read at intake.
    m_pages->renderer().setTimeoutMs(limits.wallSeconds * 1000);
    m_thumbnailRenderer.setTimeoutMs(limits.wallSeconds * 1000);
    m_pages->setDocument(*doc, attachmentId, rotations ? *rotations : QList<int>());
    const int count = (*doc)->pageCount();
    m_page->setRange(1, std::max(1, count));
    m_pageCount->setText(tr("of %1").arg(count));
    m_thumbnails->clear();
    for (int i = 0; i < count; ++i) {
        auto* item = new QListWidgetItem(QString::number(i + 1), m_thumbnails);
        item->setTextAlignment(Qt::AlignHCenter);
        item->setSizeHint(QSize(kThumbnailWidth + 16, kThumbnailWidth * 14 / 10 + 24));
    }
    m_hits.clear();
    m_currentHit = -1;
    m_pages->goToPage(std::clamp(page, 0, count - 1));
    requestVisibleThumbnails();
    return true;
}

void DocumentViewer::requestVisibleThumbnails()
{
    const auto& doc = m_pages->document();
    if (!doc || m_thumbnails->count() == 0)
        return;
    const QModelIndex top = m_thumbnails->indexAt(QPoint(8, 8));
    const int first = top.isValid() ? top.row() : 0;
    const int visible = m_thumbnails->viewport()->height() / (kThumbnailWidth * 14 / 10 + 24) + 2;
    QSet<PageCache::Key> wanted;
    for (int i = first; i < std::min(m_thumbnails->count(), first + visible); ++i) {
        const QSizeF size = doc->pageSize(i);
        const int rotation = m_pages->rotation(i);
        const double dpi = kThumbnailWidth * 72.0 / (rotation % 180 == 0 ? size.width() : size.height());
        const PageCache::Key key { m_attachmentId, i, kThumbnailWidth, rotation, 0 };
        wanted.insert(key);
        if (const QImage* image = m_thumbnailRenderer.pageOrRequest(doc, key, dpi))
            m_thumbnails->item(i)->setIcon(QIcon(QPixmap::fromImage(*image)));
    }
    m_thumbnailRenderer.keepOnly(wanted);
}

void DocumentViewer::thumbnailReady(const PageCache::Key& key)
{
    if (key.document == m_attachmentId && key.page < m_thumbnails->count())
        requestVisibleThumbnails();
}

void DocumentViewer::pageChanged(int page)
{
    const QSignalBlocker b1(m_page), b2(m_thumbnails);
    m_page->setValue(page + 1);
    m_thumbnails->setCurrentRow(page);
    m_thumbnails->scrollToItem(m_thumbnails->item(page));
}

void DocumentViewer::nextPage()
{
    m_pages->goToPage(std::min(m_pages->pageCount() - 1, m_pages->currentPage() + 1));
}

void DocumentViewer::previousPage()
{
    m_pages->goToPage(std::max(0, m_pages->currentPage() - 1));
}

void DocumentViewer::rotateClockwise()
{
    rotateBy(90);
}

void DocumentViewer::rotateAnticlockwise()
{
    rotateBy(270);
}

void DocumentViewer::rotateBy(int degrees)
{
    if (!m_pages->document())
        return;
    const int page = m_pages->currentPage();
    const int rotation = (m_pages->rotation(page) + degrees) % 360;
    // Kept with the attachment page, so thumbnails, printing and the next person see it turned.
    Transaction tx(m_db);
    Status s = tx.status();
    if (s)
        s = AttachmentStore(m_db).setRotation(m_attachmentId, page + 1, rotation);
    if (s)
        s = EventLog::append(m_db, Event { 0, Clock::current().nowUtc(), actorId(m_actor),
                                           QStringLiteral("attachment.page_rotated"), QStringLiteral("attachment"),
                                           m_attachmentId,
                                           QJsonObject { { QStringLiteral("page"), page + 1 },
                                                         { QStringLiteral("rotation"), rotation } } })
                .ok()
                ? Status()
                : Status(makeError(ErrorCode::Database, tr("The turn could not be recorded.")));
    if (s)
        s = tx.commit();
    if (!s) {
        showMessage(s.message());
        return;
    }
    m_pages->setRotation(page, rotation);
    requestVisibleThumbnails();
}

int DocumentViewer::find(const QString& text)
{
    m_hits.clear();
    m_currentHit = -1;
    const auto& doc = m_pages->document();
    if (doc && !text.trimmed().isEmpty()) {
        // Words read by OCR on image pages (faxes, scans) are found too, where they were read.
        QHash<int, QList<QRectF>> read;
        if (const auto pages = OcrStore(m_db).pages(m_attachmentId); pages) {
            const QString needle = text.simplified();
            for (const OcrPageRecord& r : *pages) {
                const QList<ocr::OcrWord> words = ocr::OcrPage::wordsFromJson(r.words);
                const double scale = r.dpi > 0 ? 72.0 / r.dpi : 1.0;
                for (qsizetype i = 0; i < words.size(); ++i) {
                    // The needle may run over several words of a line.
                    QString joined;
                    QRect box;
                    for (qsizetype j = i; j < words.size() && words.at(j).line == words.at(i).line; ++j) {
                        if (!joined.isEmpty() && !(ocr::isCjk(joined.back()) && ocr::isCjk(words.at(j).text.front())))
                            joined += u' ';
                        joined += words.at(j).text;
                        box = box.united(words.at(j).box);
                        if (joined.size() >= needle.size()) {
                            if (joined.contains(needle, Qt::CaseInsensitive)
                                && (j == i || !words.at(i).text.isEmpty()))
                                read[r.page - 1].append(QRectF(box.x() * scale, box.y() * scale, box.width() * scale,
                                                               box.height() * scale));
                            break;
                        }
                    }
                }
            }
        }
        for (int p = 0; p < doc->pageCount(); ++p) {
            for (const QRectF& r : doc->search(p, text))
                m_hits.append({ p, r });
            for (const QRectF& r : read.value(p))
                m_hits.append({ p, r });
        }
    }
    if (m_hits.isEmpty()) {
        m_hitLabel->setText(tr("not found"));
        m_pages->setHits({}, -1);
        return 0;
    }
    // Start from the page being read.
    m_currentHit = 0;
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).first >= m_pages->currentPage()) {
            m_currentHit = i;
            break;
        }
    }
    m_hitLabel->setText(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
    m_pages->setHits(m_hits, m_currentHit);
    return int(m_hits.size());
}

void DocumentViewer::findNext()
{
    if (m_hits.isEmpty()) {
        find(m_search->text());
        return;
    }
    m_currentHit = (m_currentHit + 1) % int(m_hits.size());
    m_hitLabel->setText(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
    m_pages->setHits(m_hits, m_currentHit);
}

void DocumentViewer::findPrevious()
{
    if (m_hits.isEmpty())
        return;
    m_currentHit = (m_currentHit + int(m_hits.size()) - 1) % int(m_hits.size());
    m_hitLabel->setText(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
    m_pages->setHits(m_hits, m_currentHit);
}

void DocumentViewer::printPages()
{
    const auto& doc = m_pages->document();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFromTo(1, doc->pageCount());
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage);
    if (dialog.exec() != QDialog::Accepted)
        return;
    int from = 0, to = doc->pageCount() - 1;
    if (printer.printRange() == QPrinter::PageRange) {
        from = printer.fromPage() - 1;
        to = printer.toPage() - 1;
    } else if (printer.printRange() == QPrinter::CurrentPage) {
        from = to = m_pages->currentPage();
    }
    QPainter painter(&printer);
    for (int p = from; p <= to; ++p) {
        RenderRequest request;
        request.page = p;
        request.dpi = std::min(300, printer.resolution());
        request.rotation = m_pages->rotation(p);
        const auto image = doc->render(request);
        if (!image) {
            showMessage(image.message());
            break;
        }
        const QRect area = painter.viewport();
        const QSize fitted = image->size().scaled(area.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(area.topLeft(), fitted), *image);
        if (p < to)
            printer.newPage();
    }
}

void DocumentViewer::openExternally()
{
    if (m_attachmentId == 0)
        return;
    AttachmentStore store(m_db);
    const auto info = store.info(m_attachmentId);
    const auto bytes = store.content(m_attachmentId);
    if (!info || !bytes)
        return;
    if (!m_exportDir)
        m_exportDir = std::make_unique<QTemporaryDir>(); // removed with the viewer
    const QString path = m_exportDir->filePath(QFileInfo(info->originalName).fileName());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size()) {
        showMessage(tr("The file could not be handed to the system's viewer."));
        return;
    }
    f.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace orgdesk
