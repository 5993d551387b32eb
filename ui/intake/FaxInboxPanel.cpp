// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/FaxInboxPanel.h"

#include "Database.h"
#include "HongKongTime.h"
#include "Settings.h"
#include "documents/Document.h"
#include "documents/DocumentWorker.h"
#include "documents/FaxInbox.h"
#include "documents/WorkerDocument.h"
#include "intake/IntakeTask.h"
#include "intake/PageArrangeDialog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace orgdesk {

namespace {
constexpr int kThumbWidth = 72;
const QString kFolderKey = QStringLiteral("inbox/folder");
} // namespace

FaxInboxPanel::FaxInboxPanel(QSqlDatabase db, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    m_splitPrompt = [this](const QString& name, int pages) {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Split fax"),
            tr("%1 has %2 pages. Give the pages of each application, separated by ';' (e.g. 1-2; 3-%2):")
                .arg(name)
                .arg(pages),
            QLineEdit::Normal, QString(), &ok);
        return ok ? text : QString();
    };
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    m_folderLabel = new QLabel(this);
    m_folderLabel->setWordWrap(true);
    auto* choose = new QPushButton(tr("Folder…"), this);
    choose->setToolTip(tr("Choose the folder the fax server saves faxes in"));
    connect(choose, &QPushButton::clicked, this, &FaxInboxPanel::chooseFolder);
    top->addWidget(m_folderLabel, 1);
    top->addWidget(choose);
    layout->addLayout(top);

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Faxes waiting to be filed"));
    m_list->setIconSize(QSize(kThumbWidth, kThumbWidth * 14 / 10));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    connect(m_list, &QListWidget::itemActivated, this, [this] { fileAsNew(); });
    layout->addWidget(m_list, 1);

    auto button = [&](const QString& text, const QString& tip, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        m_fileButtons << b;
        layout->addWidget(b);
    };
    button(tr("File as &new application"), tr("Record the fax as a new application (Enter)"), &FaxInboxPanel::fileAsNew);
    button(tr("Add to &selected application"), tr("Store the fax in the application selected in the queue"),
           &FaxInboxPanel::addToSelected);
    button(tr("&Arrange pages…"), tr("Reorder, turn or take out pages before filing"), &FaxInboxPanel::arrange);
    button(tr("S&plit into applications…"), tr("One fax holding several forms: give the pages of each"),
           &FaxInboxPanel::split);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    setFolder(QSettings().value(kFolderKey).toString());
}

void FaxInboxPanel::setFolder(const QString& folder)
{
    delete m_inbox;
    m_inbox = nullptr;
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        QSettings().setValue(kFolderKey, folder);
        m_inbox = new FaxInbox(folder, this);
        DocumentWorker::Limits limits;
        limits.wallSeconds = Settings(m_db).documentWorkerSeconds();
        m_inbox->setWorkerLimits(limits);
        connect(m_inbox, &FaxInbox::readyFilesChanged, this, &FaxInboxPanel::refreshList);
        m_folderLabel->setText(QDir::toNativeSeparators(folder));
        rescan();
    } else {
        m_folderLabel->setText(tr("No fax folder chosen."));
    }
    refreshList();
}

QString FaxInboxPanel::folder() const
{
    return m_inbox ? m_inbox->folder() : QString();
}

QStringList FaxInboxPanel::files() const
{
    return m_inbox ? m_inbox->readyFiles() : QStringList();
}

void FaxInboxPanel::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Fax folder"), folder());
    if (!dir.isEmpty())
        setFolder(dir);
}

void FaxInboxPanel::rescan()
{
    // Two looks a moment apart: a file is offered only when it has stopped growing.
    if (m_inbox)
        m_inbox->scan();
}

void FaxInboxPanel::refreshList()
{
    const QString current = currentPath();
    m_list->clear();
    DocumentWorker::Limits limits;
    limits.wallSeconds = Settings(m_db).documentWorkerSeconds();
    for (const QString& path : files()) {
        QFile f(path);
        QString pages;
        QIcon icon;
        if (f.open(QIODevice::ReadOnly)) {
            // Read by a document worker: a fax server's folder holds files from outside.
            const auto doc = WorkerDocument::open(f.readAll(), path, {}, limits);
            if (doc) {
                pages = tr("%n page(s)", nullptr, (*doc)->pageCount());
                RenderRequest r;
                r.dpi = kThumbWidth * 72.0 / std::max(1.0, (*doc)->pageSize(0).width());
                r.timeoutMs = 2000;
                if (const auto image = (*doc)->render(r))
                    icon = QIcon(QPixmap::fromImage(*image));
            } else {
                pages = tr("password needed");
            }
        }
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(icon,
                                         tr("%1\n%2\nreceived %3")
                                             .arg(info.fileName(), pages,
                                                  HongKongTime::isoMinutes(info.lastModified())),
                                         m_list);
        item->setData(Qt::UserRole, path);
        if (path == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    for (QPushButton* b : m_fileButtons)
        b->setEnabled(m_list->count() > 0);
    const QString none = tr("No faxes waiting.");
    if (m_inbox && m_list->count() == 0)
        m_message->setText(none);
    else if (m_message->text() == none)
        m_message->clear();
}

QString FaxInboxPanel::currentPath() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

Result<FaxInbox::Filed> FaxInboxPanel::fileOnIntakeThread(const QString& title, const QString& label,
                                                         const FilingStep& store)
{
    const QString database = m_db.databaseName();
    const auto result = IntakeTask::run<Result<FaxInbox::Filed>>(
        this, title,
        [database, label, store](const IntakeTask::Progress& progress,
                                 const std::atomic<bool>& cancel) -> Result<FaxInbox::Filed> {
            progress(label, 0, 1);
            Result<Database> db = Database::open(database, Database::OpenMode::ExistingOnly);
            if (!db)
                return db.error();
            return store(db->connection(), &cancel);
        });
    m_message->setText(result ? result->message : result.message());
    rescan();
    refreshList();
    return result;
}

bool FaxInboxPanel::fileAsNew()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return false;
    const Actor actor = m_actor;
    const QList<FaxInbox::PagePlan> plan = m_plans.value(path);
    const auto result = fileOnIntakeThread(tr("File fax"), tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                           [path, actor, plan](const QSqlDatabase& db, const std::atomic<bool>* cancel) {
                                               return FaxInbox::fileAsNew(db, path, actor, plan, cancel);
                                           });
    if (result)
        m_plans.remove(path);
    if (result)
        Q_EMIT filed(QList<qint64> { result->applications.first().id }, result->message);
    return bool(result);
}

bool FaxInboxPanel::arrange()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    DocumentWorker::Limits limits;
    limits.wallSeconds = Settings(m_db).documentWorkerSeconds();
    const auto doc = WorkerDocument::open(f.readAll(), path, {}, limits);
    if (!doc || (*doc)->type() != DocumentType::Tiff) {
        m_message->setText(doc ? tr("Only the pages of fax TIFF files can be arranged.") : doc.message());
        return false;
    }
    PageArrangeDialog dialog(*doc, m_plans.value(path), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_plans.insert(path, dialog.arrangement());
    m_message->setText(tr("%1 will be filed with %n page(s) as arranged.", nullptr, int(dialog.arrangement().size()))
                           .arg(QFileInfo(path).fileName()));
    return true;
}

bool FaxInboxPanel::addToSelected()
{
    const QString path = currentPath();
    const qint64 id = m_selected ? m_selected() : 0;
    if (path.isEmpty())
        return false;
    if (id == 0) {
        m_message->setText(tr("Select the application in the queue first."));
        return false;
    }
    const Actor actor = m_actor;
    const auto result = fileOnIntakeThread(tr("File fax"), tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                           [path, id, actor](const QSqlDatabase& db, const std::atomic<bool>* cancel) {
                                               return FaxInbox::fileInto(db, path, id, actor, cancel);
                                           });
    if (result)
        Q_EMIT filed(QList<qint64> { id }, result->message);
    return bool(result);
}

bool FaxInboxPanel::split()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    // Counted by the document worker, on the intake thread.
    const QByteArray bytes = f.readAll();
    DocumentWorker::Limits limits;
    limits.wallSeconds = Settings(m_db).documentWorkerSeconds();
    const auto facts = IntakeTask::run<Result<DocumentWorker::Facts>>(
        this, tr("Split fax"),
        [bytes, path, limits](const IntakeTask::Progress& progress,
                              const std::atomic<bool>& cancel) -> Result<DocumentWorker::Facts> {
            progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), 0, 1);
            return DocumentWorker(limits, &cancel).inspect(bytes, path);
        });
    if (!facts) {
        m_message->setText(facts.message());
        return false;
    }
    const int pageCount = facts->pageCount;
    const QString text = m_splitPrompt(QFileInfo(path).fileName(), pageCount);
    if (text.isEmpty())
        return false;
    const auto parts = FaxInbox::parseParts(text, pageCount);
    if (!parts) {
        m_message->setText(parts.message());
        return false;
    }
    // Pages left out of every part are blank pages the clerk chose not to keep.
    QList<int> discarded;
    for (int p = 0; p < pageCount; ++p) {
        bool used = false;
        for (const QList<int>& part : *parts)
            used = used || part.contains(p);
        if (!used)
            discarded << p;
    }
    const Actor actor = m_actor;
    const QList<QList<int>> chosen = *parts;
    // All parts in one transaction: Cancel stores none of them.
    const auto result = fileOnIntakeThread(
        tr("Split fax"), tr("Splitting %1…").arg(QFileInfo(path).fileName()),
        [path, chosen, discarded, actor](const QSqlDatabase& db, const std::atomic<bool>* cancel) {
            return FaxInbox::splitIntoNew(db, path, chosen, discarded, actor, cancel);
        });
    if (result) {
        QList<qint64> ids;
        for (const ApplicationRecord& a : result->applications)
            ids << a.id;
        Q_EMIT filed(ids, result->message);
    }
    return bool(result);
}

} // namespace orgdesk
