// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ApplicationStore.h"
#include "BackupService.h"
#include "Clock.h"
#include "Database.h"
#include "DetailPane.h"
#include "HongKongTime.h"
#include "IntegrityChecker.h"
#include "LiveUpdates.h"
#include "QueueModel.h"
#include "account/ChangePasswordDialog.h"
#include "account/IdleLock.h"
#include "account/UserAdminDialog.h"
#include "documents/IntakeService.h"
#include "form/ApplicationForm.h"
#include "help/HelpWindow.h"
#include "intake/FaxInboxPanel.h"
#include "intake/IntakeTask.h"
#include "intake/ReceiveDialog.h"
#include "oversight/DashboardView.h"
#include "oversight/CheckpointTasks.h"
#include "oversight/DatabaseTasks.h"
#include "oversight/OverdueDialog.h"
#include "oversight/RetentionDialog.h"
#include "oversight/SupervisorConsole.h"
#include "viewer/DocumentViewer.h"
#include "widgets/FilterWidgets.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/HolidayCalendarDialog.h"
#include "workflow/LetterTemplateDialog.h"
#include "workflow/ServiceLevels.h"
#include "workflow/WorkflowPanel.h"
#include "form/FormSuggestions.h"
#include "ocr/OcrQueue.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <atomic>

namespace orgdesk {

namespace {
}

MainWindow::MainWindow(QSqlDatabase db, QString databasePath, Actor actor, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_databasePath(std::move(databasePath))
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("OrgDesk — Organization Account applications"));
    m_model = new QueueModel(m_db, this);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(createFilterBar());

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_view = new QTableView(m_splitter);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Application queue"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QueueModel::Organization, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnHidden(QueueModel::Type, true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QueueModel::Received, Qt::DescendingOrder);
    // Columns as wide as what they show in the interface's language; the organization takes the
    // rest and never less than kOrganizationChars characters: the splitter stops the queue there.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.averageCharWidth() * 2;
    int fixedWidth = 0;
    for (int c = 0; c < QueueModel::ColumnCount; ++c) {
        if (c == QueueModel::Organization || m_view->isColumnHidden(c))
            continue;
        int width = m_view->horizontalHeader()->sectionSizeHint(c);
        for (const QString& text : QueueModel::widestTexts(c))
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        m_view->setColumnWidth(c, width);
        fixedWidth += width;
    }
    constexpr int kOrganizationChars = 30;
    m_view->setMinimumWidth(fixedWidth + metrics.averageCharWidth() * kOrganizationChars
                            + m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth());

    m_caseTabs = new QTabWidget(m_splitter);
    m_caseTabs->setDocumentMode(true);
    m_detail = new DetailPane(m_db, m_caseTabs);
    m_caseTabs->addTab(m_detail, tr("&Summary"));
    // Wide pages scroll inside their tab instead of squeezing the queue.
    auto scrolled = [this](QWidget* page) {
        auto* area = new QScrollArea(m_caseTabs);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(page);
        return area;
    };
    m_form = new ApplicationForm(m_db, m_actor, m_caseTabs);
    m_form->setDatabasePath(m_databasePath);
    // Keying: the pages beside the form, so the clerk types with the fax in sight.
    m_keying = new QSplitter(Qt::Horizontal, m_caseTabs);
    m_keying->setObjectName(QStringLiteral("keyingSplitter"));
    m_keyViewer = new DocumentViewer(m_db, m_actor, m_keying);
    m_keyViewer->setAccessibleName(tr("Pages of the application, beside the form"));
    m_keyViewer->setMinimumWidth(160); // gives way to the form on a narrow screen
    m_keying->addWidget(m_keyViewer);
    // The pages are beside the form while the queue is folded away (F9); with the queue shown the
    // form has the width to itself, so nothing is cut off on a 1280 px screen.
    m_keying->addWidget(scrolled(m_form));
    m_keying->setStretchFactor(0, 1);
    m_keying->setStretchFactor(1, 1);
    m_keying->setChildrenCollapsible(true);
    m_caseTabs->addTab(m_keying, tr("&Form"));
    m_viewer = new DocumentViewer(m_db, m_actor, m_caseTabs);
    m_caseTabs->addTab(m_viewer, tr("&Documents"));
    m_workflow = new WorkflowPanel(m_db, m_actor, m_caseTabs);
    m_caseTabs->addTab(scrolled(m_workflow), tr("De&cision"));
    connect(m_workflow, &WorkflowPanel::applicationChanged, this, [this](qint64 id) {
        m_model->updateRow(id);
        m_detail->showApplication(id);
    });
    connect(m_caseTabs, &QTabWidget::currentChanged, this, [this] { applicationChanged(currentApplicationId()); });
    connect(m_form, &ApplicationForm::saved, this, [this](qint64 id) {
        m_detail->showApplication(id);
        m_model->updateRow(id);
    });
    connect(m_form, &ApplicationForm::openApplicationRequested, this, &MainWindow::selectApplication);
    // While keying, a page comes into view beside the form and the form stays where it is; a field
    // moved to shows where it was read only there, a checklist item also in the Documents tab.
    auto showBesideForm = [this](qint64 attachmentId, int page) {
        if (m_caseTabs->currentWidget() != m_keying || m_keying->sizes().value(0) == 0)
            return false;
        m_keyViewerFor = currentApplicationId();
        m_keyViewer->openAttachment(attachmentId, std::max(0, page - 1));
        return true;
    };
    connect(m_form, &ApplicationForm::placeRequested, this, showBesideForm);
    connect(
        m_form, &ApplicationForm::pageRequested, this, [this, showBesideForm](qint64 attachmentId, int page) {
            if (showBesideForm(attachmentId, page))
                return;
            m_caseTabs->setCurrentWidget(m_viewer);
            m_viewer->openAttachment(attachmentId, std::max(0, page - 1));
        });
    m_ocr = new OcrQueue(m_databasePath, this);
    connect(m_ocr, &OcrQueue::attachmentRead, this, [this] {
        // Words read on a fax become searchable: a search in force is run again.
        if (!m_search->text().trimmed().isEmpty())
            m_model->refresh();
        m_form->suggestions()->retry(); // the case's form may have just been read
    });
    connect(m_ocr, &OcrQueue::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The pages of a document could not be read as text: %1").arg(message), 15000);
    });
    // Catch up with files stored while no desk was reading them (the desks that take files in:
    // clerks and supervisors; the shared server lets only them write what was read).
    if (m_actor.role != u"admin")
        QTimer::singleShot(3000, m_ocr, &OcrQueue::wake);
    connect(this, &MainWindow::currentApplicationChanged, this, &MainWindow::applicationChanged);
    setAcceptDrops(true);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_caseTabs);
    // Once the divider is moved, a wider window widens both the queue and the case beside it.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_userLabel = new QLabel(tr("Signed in as %1 (%2)").arg(m_actor.username, UserService::roleLabel(m_actor.role)), this);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);

    connect(m_model, &QueueModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QueueModel::loadFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Could not load the queue: %1").arg(message), 10000);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::selectionChanged);
    auto* inboxDock = new QDockWidget(tr("Fax inbox"), this);
    inboxDock->setObjectName(QStringLiteral("faxInbox"));
    m_inbox = new FaxInboxPanel(m_db, m_actor, inboxDock);
    m_inbox->setSelectedApplication([this] { return currentApplicationId(); });
    inboxDock->setWidget(m_inbox);
    addDockWidget(Qt::LeftDockWidgetArea, inboxDock);
    inboxDock->hide();
    connect(m_inbox, &FaxInboxPanel::filed, this, [this](const QList<qint64>& ids, const QString& message) {
        m_model->refresh();
        m_ocr->wake();
        if (!ids.isEmpty())
            selectApplication(ids.first());
        statusBar()->showMessage(message, 15000);
    });
    // Idle lock: case data is hidden after the idle minutes (a setting) until the password is given.
    m_idleLock = new IdleLock(this, m_db, m_actor, this);
    connect(m_idleLock, &IdleLock::signOutRequested, this, &QWidget::close);
    createActions();
    QAction* inboxAction = inboxDock->toggleViewAction();
    inboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(inboxAction);
    restoreState();
    // What other desks change shows here without Refresh; a lost server connection shows above all.
    m_live = new LiveUpdates(this, m_db, m_databasePath, m_actor);
    layout->insertWidget(0, m_live->banner());
    m_live->start();
    updateStatus();
    // Keyboard first: the queue has the focus and the newest application is selected.
    m_view->setFocus();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, QueueModel::Reference));
}

QWidget* MainWindow::createFilterBar()
{
    auto* bar = new QWidget(this);
    auto* h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search reference, organization (English or Chinese), BR number…  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search applications"));
    h->addWidget(m_search, 3);

    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& s : allStatuses())
        m_status->addItem(statusLabel(s), s);
    m_channel = channelCombo(bar, tr("All channels"));
    m_from = anyDateEdit(bar, tr("Received from"));
    m_to = anyDateEdit(bar, tr("Received until"));
    h->addWidget(m_status, 1);
    h->addWidget(m_channel, 1);
    h->addWidget(new QLabel(tr("Received"), bar));
    h->addWidget(m_from);
    h->addWidget(new QLabel(tr("to"), bar));
    h->addWidget(m_to);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applyFilters);
    for (QComboBox* c : { m_status, m_channel })
        connect(c, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    for (QDateEdit* d : { m_from, m_to })
        connect(d, &QDateEdit::dateChanged, this, &MainWindow::applyFilters);
    return bar;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newApp = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New application…"),
                                      this, &MainWindow::newApplication);
    newApp->setShortcut(QKeySequence::New);
    newApp->setStatusTip(tr("Record a form received by fax, post or by hand"));
    file->addSeparator();
    file->addAction(tr("&Back up database…"), this, &MainWindow::backupDatabase);
    file->addAction(tr("&Check database…"), this, &MainWindow::checkDatabase);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QAction* attachFiles = new QAction(tr("&Attach files…"), this);
    attachFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    attachFiles->setStatusTip(tr("Store scanned pages or documents in the selected application"));
    connect(attachFiles, &QAction::triggered, this, &MainWindow::attachFromPicker);
    file->insertAction(file->actions().value(1), attachFiles);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_form->undoStack()->createUndoAction(this, tr("&Undo")));
    edit->actions().constLast()->setShortcut(QKeySequence::Undo);
    edit->addAction(m_form->undoStack()->createRedoAction(this, tr("&Redo")));
    edit->actions().constLast()->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    edit->addSeparator();
    edit->addAction(m_form->saveAction());
    QAction* paste = edit->addAction(tr("&Paste as attachment"), this, &MainWindow::pasteAttachment);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    QAction* find = view->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* refresh = view->addAction(tr("&Refresh"), this, [this] { m_model->refresh(); });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction* clear = view->addAction(tr("C&lear filters"), this, &MainWindow::clearFilters);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_foldQueue = view->addAction(tr("&Fold the queue away"));
    m_foldQueue->setCheckable(true);
    m_foldQueue->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_foldQueue, &QAction::toggled, this, &MainWindow::setQueueFolded);
    QAction* queue = view->addAction(tr("Go to &queue"), this, [this] {
        setQueueFolded(false);
        m_view->setFocus();
    });
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    const QStringList tabs { tr("S&ummary"), tr("F&orm"), tr("Doc&uments"), tr("Decisio&n") };
    for (int i = 0; i < tabs.size(); ++i) {
        QAction* a = view->addAction(tabs.at(i), this, [this, i] { showCaseTab(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_2 + i)));
    }

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("&Change password…"), this, [this] { ChangePasswordDialog(m_db, m_actor, this).exec(); });
    QAction* lockNow = account->addAction(tr("&Lock now"), this, [this] { m_idleLock->lockNow(); });
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    if (m_actor.role == u"admin") {
        account->addSeparator();
        account->addAction(tr("&Staff accounts…"), this, [this] { UserAdminDialog(m_db, m_actor, this).exec(); });
        account->addAction(tr("Letter &templates…"), this, [this] { LetterTemplateDialog(m_db, m_actor, this).exec(); });
    }
    account->addSeparator();
    account->addAction(tr("Sign &out"), this, &QWidget::close);

    if (SupervisorConsole::mayOpen(m_actor)) {
        QMenu* oversight = menuBar()->addMenu(tr("&Oversight"));
        oversight->setObjectName(QStringLiteral("oversightMenu"));
        QAction* dashboard = oversight->addAction(tr("&Dashboard…"), this, &MainWindow::showDashboard);
        dashboard->setObjectName(QStringLiteral("dashboardAction"));
        dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        dashboard->setStatusTip(tr("Intake, decisions, processing time and the service level for a period; "
                                   "export as CSV or PDF"));
        QAction* console = oversight->addAction(tr("Supervisor &console…"), this, [this] { showSupervisorConsole(); });
        console->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        oversight->addAction(tr("&Overdue cases…"), this, &MainWindow::showOverdue);
        oversight->addAction(tr("Public &holidays…"), this, [this] { HolidayCalendarDialog(m_db, m_actor, this).exec(); });
        oversight->addSeparator();
        QAction* verify = oversight->addAction(tr("&Verify audit trail…"), this, [this] {
            DatabaseTasks::verifyAuditTrail(this, m_db, m_databasePath, m_actor);
        });
        verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        oversight->addAction(tr("Verify &against checkpoint…"), this,
                             [this] { CheckpointTasks::verifyAgainstCheckpoint(this, m_databasePath); });
        if (m_actor.role == u"supervisor") {
            QAction* take = oversight->addAction(tr("Take audit chec&kpoint…"), this,
                                                 [this] { CheckpointTasks::takeCheckpoint(this, m_db, m_actor); });
            take->setObjectName(QStringLiteral("takeCheckpointAction"));
        }
        if (m_actor.role == u"admin")
            oversight->addAction(tr("Personal data &retention…"), this, [this] { RetentionDialog(m_db, m_actor, this).exec(); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    guide->setStatusTip(tr("The clerk's, the supervisor's and the administrator's day, and the keyboard shortcuts"));
    help->addSeparator();
    help->addAction(tr("&About OrgDesk"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(newApp);
    tools->addAction(attachFiles);
    tools->addAction(refresh);
}

void MainWindow::applyFilters()
{
    QueueFilter f;
    f.search = m_search->text();
    f.status = m_status->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.receivedFrom = dateLimit(m_from);
    f.receivedTo = dateLimit(m_to);
    m_model->setFilter(f);
}

void MainWindow::clearFilters()
{
    const QSignalBlocker b1(m_search), b2(m_status), b3(m_channel), b4(m_from), b5(m_to);
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_channel->setCurrentIndex(0);
    clearDateLimit(m_from);
    clearDateLimit(m_to);
    applyFilters();
}

QString MainWindow::statusText() const
{
    return m_countLabel->text();
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    if (total == 0) {
        const QueueFilter& f = m_model->filter();
        const bool filtered = !f.search.isEmpty() || !f.status.isEmpty() || !f.channel.isEmpty()
                              || f.receivedFrom.isValid() || f.receivedTo.isValid();
        m_countLabel->setText(filtered ? tr("No application matches these filters (Ctrl+Shift+L clears them).")
                                       : tr("No applications yet. Press Ctrl+N to record a received form."));
        return;
    }
    if (m_model->totalIsAtLeast()) {
        m_countLabel->setText(tr("More than %1 applications match · %2 loaded")
                                  .arg(locale.toString(QueueModel::kCountCap), locale.toString(m_model->rowCount())));
        return;
    }
    m_countLabel->setText(tr("%1 application(s) · %2 loaded")
                              .arg(locale.toString(total), locale.toString(m_model->rowCount())));
}

qint64 MainWindow::currentApplicationId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void MainWindow::selectionChanged()
{
    const qint64 id = currentApplicationId();
    m_detail->showApplication(id);
    Q_EMIT currentApplicationChanged(id);
}

void MainWindow::selectApplication(qint64 id)
{
    int row = m_model->rowOfId(id);
    // The new application may sit further down under the current order; load a few pages.
    for (int i = 0; row < 0 && i < 20 && m_model->canFetchMore({}); ++i) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    } else {
        m_detail->showApplication(id);
    }
}

void MainWindow::openAttachmentPage(qint64 applicationId, qint64 attachmentId, int page)
{
    selectApplication(applicationId);
    m_caseTabs->setCurrentWidget(m_viewer);
    applicationChanged(applicationId);
    m_viewer->openAttachment(attachmentId, std::max(0, page - 1));
}

SupervisorConsole* MainWindow::showSupervisorConsole()
{
    if (!SupervisorConsole::mayOpen(m_actor))
        return nullptr;
    if (!m_console) {
        m_console = new SupervisorConsole(m_db, m_actor, this);
        m_console->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_console, &SupervisorConsole::openApplication, this, [this](qint64 id) {
            selectApplication(id);
            if (currentApplicationId() != id) // not in the queue as filtered: the case tabs show it anyway
                applicationChanged(id);
            raise();
            activateWindow();
        });
        connect(m_console, &SupervisorConsole::openAttachmentPage, this,
                [this](qint64 app, qint64 attachment, int page) {
                    openAttachmentPage(app, attachment, page);
                    raise();
                    activateWindow();
                });
    }
    m_console->show();
    m_console->raise();
    m_console->activateWindow();
    return m_console;
}

void MainWindow::newApplication()
{
    ReceiveDialog dialog(m_db, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ApplicationRecord& created = dialog.created();
    m_model->refresh();
    m_ocr->wake();
    selectApplication(created.id);
    statusBar()->showMessage(tr("Recorded %1. Write this reference on the form.").arg(created.reference), 15000);
    QMessageBox::information(this, tr("Application recorded"),
                             tr("<p>The reference number is</p><p style='font-size:x-large'><b>%1</b></p>"
                                "<p>Write it on the first page of the form.</p>")
                                 .arg(created.reference));
}

void MainWindow::backupDatabase()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("orgdesk-backup-%1.sqlite").arg(HongKongTime::toHongKong(Clock::current().nowUtc()).toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString dest = QFileDialog::getSaveFileName(this, tr("Back up database"), suggested,
                                                      tr("OrgDesk database (*.sqlite)"));
    if (dest.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = BackupService::backup(m_db, dest);
    QApplication::restoreOverrideCursor();
    if (!s)
        QMessageBox::warning(this, tr("Backup failed"), s.message());
    else
        QMessageBox::information(this, tr("Backup written"),
                                 tr("The backup was written to %1 and verified.").arg(QDir::toNativeSeparators(dest)));
}

void MainWindow::checkDatabase()
{
    DatabaseTasks::checkDatabase(this, m_databasePath);
}

void MainWindow::about()
{
    // The package links these libraries; the fonts come from Debian's own packages.
    const QString licences
        = tr("<p>Licences: OrgDesk GPL-3.0-or-later; Qt 6 LGPL-3.0 (Qt Charts GPL-3.0); "
             "Poppler GPL-2.0 or GPL-3.0; libtiff the libtiff licence; libsodium ISC; "
             "SQLite public domain. No fonts are shipped with OrgDesk: letters and reports "
             "use AR PL UMing HK (Arphic Public License), and the screen draws Chinese in "
             "Noto Sans CJK (OFL-1.1) when it is installed.</p>");
    QMessageBox::about(
        this, tr("About OrgDesk"),
        tr("<h3>OrgDesk %1</h3>"
           "<p>The Judiciary Help Centre's desk for paper applications for iCMS Organization Accounts: "
           "intake, checking, recommendation, decision and audit.</p>"
           "<p>Copyright © 2026 the OrgDesk developers.</p>"
           "<p>This program is free software: you can redistribute it and/or modify it under the terms of the "
           "GNU General Public License as published by the Free Software Foundation, either version 3 of the "
           "License, or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</p>"
           "<p>PDF rendering by Poppler; built with Qt %2 and SQLite.</p>")
            .arg(QStringLiteral(ORGDESK_VERSION), QString::fromLatin1(qVersion()))
            + licences);
}

void MainWindow::showUserGuide()
{
    if (auto* open = findChild<HelpWindow*>(); open) {
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    auto* guide = new HelpWindow(this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

void MainWindow::showCaseTab(int index)
{
    m_caseTabs->setCurrentIndex(index);
    if (QWidget* w = m_caseTabs->currentWidget())
        w->setFocus();
}

void MainWindow::showDashboard()
{
    // One dashboard window; asking again brings it to the front.
    if (auto* open = findChild<DashboardView*>(); open) {
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    auto* view = new DashboardView(m_db, m_databasePath, m_actor, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

void MainWindow::showOverdue()
{
    auto* dialog = new OverdueDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OverdueDialog::openApplication, this, &MainWindow::selectApplication);
    dialog->show();
}

QString MainWindow::warnMissingHolidaysIfAny()
{
    if (m_actor.role != u"supervisor" && m_actor.role != u"admin")
        return {};
    const auto levels = ServiceLevels::load(m_db);
    const auto missing = levels ? levels->missingHolidayYears() : Result<QList<int>>(levels.error());
    const QString warning = missing ? BusinessCalendar::missingYearsWarning(*missing) : QString();
    if (warning.isEmpty())
        return {};
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Public holidays not entered"), warning, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("holidayWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    return warning;
}

int MainWindow::showOverdueIfAny()
{
    OverdueDialog probe(m_db);
    const int n = probe.overdueCount();
    if (n > 0)
        showOverdue();
    return n;
}

void MainWindow::applicationChanged(qint64 id)
{
    if (m_workflowFor != id) {
        m_workflowFor = id;
        m_workflow->setApplication(id);
    }
    if (m_form->applicationId() != id)
        m_form->loadApplication(id);
    // The viewer reads and opens documents; do that only when it is in sight.
    if (m_caseTabs->currentWidget() == m_viewer && m_viewerFor != id) {
        m_viewerFor = id;
        m_viewer->showApplication(id);
    }
    if (m_caseTabs->currentWidget() == m_keying && m_keyViewerFor != id) {
        m_keyViewerFor = id;
        m_keyViewer->showApplication(id);
    }
}

void MainWindow::setQueueFolded(bool folded)
{
    // Folded: the case (and, on the Form tab, the pages beside the form) takes the whole width.
    m_view->setVisible(!folded);
    m_keyViewer->setVisible(folded);
    if (m_foldQueue && m_foldQueue->isChecked() != folded)
        m_foldQueue->setChecked(folded);
    if (!folded)
        m_view->setFocus();
    else if (QWidget* w = m_caseTabs->currentWidget())
        w->setFocus();
}

void MainWindow::attachFromPicker()
{
    if (currentApplicationId() == 0) {
        QMessageBox::information(this, tr("Attach files"), tr("Select an application first (or press Ctrl+N for a new one)."));
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QDir::homePath(), tr("Documents (*.pdf *.tif *.tiff *.jpg *.jpeg *.png);;All files (*)"));
    if (!paths.isEmpty())
        attachFiles(paths);
}

namespace {

// One file to attach: a path to read on the intake thread, or bytes already in hand (a paste).
struct PendingFile
{
    QString name;
    QString path;
    QByteArray bytes;
};

struct AttachBatch
{
    QStringList lines;
    int stored = 0;
    bool cancelled = false;
};

// Reads and stores `files` in application `id` on the intake thread, each file in its own
// transaction: Cancel keeps the files stored before it and drops the one being read.
AttachBatch attachInBackground(QWidget* parent, const QString& databasePath, qint64 id, const QList<PendingFile>& files,
                               const Actor& actor)
{
    return IntakeTask::run<AttachBatch>(
        parent, MainWindow::tr("Attach files"),
        [databasePath, id, files, actor](const IntakeTask::Progress& progress, const std::atomic<bool>& cancel) {
            AttachBatch batch;
            Result<Database> db = Database::open(databasePath, Database::OpenMode::ExistingOnly);
            if (!db) {
                batch.lines << db.message();
                return batch;
            }
            IntakeService intake(db->connection());
            intake.setCancelFlag(&cancel);
            for (qsizetype i = 0; i < files.size(); ++i) {
                const PendingFile& file = files.at(i);
                const QString name = QFileInfo(file.name).fileName();
                if (!progress(MainWindow::tr("Reading %1 (%2 of %3)…").arg(name).arg(i + 1).arg(files.size()), int(i),
                              int(files.size()))) {
                    batch.cancelled = true;
                    break;
                }
                QByteArray bytes = file.bytes;
                if (!file.path.isEmpty()) {
                    QFile f(file.path);
                    if (!f.open(QIODevice::ReadOnly)) {
                        batch.lines << MainWindow::tr("%1 cannot be read: %2").arg(name, f.errorString());
                        continue;
                    }
                    bytes = f.readAll();
                }
                const IntakeOutcome o = intake.attach(id, IntakeFile { file.name, bytes }, actor);
                if (o.cancelled) {
                    batch.cancelled = true;
                    break;
                }
                if (o.stored) {
                    ++batch.stored;
                    batch.lines << (o.message.isEmpty() ? MainWindow::tr("%1: stored, %n page(s).", nullptr, o.pageCount).arg(o.name)
                                                        : o.message);
                } else {
                    batch.lines << o.message;
                }
            }
            if (batch.cancelled)
                batch.lines << MainWindow::tr("Cancelled: the files not listed above were not stored.");
            return batch;
        });
}

} // namespace

void MainWindow::attachFiles(const QStringList& paths)
{
    const qint64 id = currentApplicationId();
    if (id == 0 || paths.isEmpty())
        return;
    QList<PendingFile> files;
    for (const QString& path : paths)
        files.append(PendingFile { path, path, {} });
    const AttachBatch batch = attachInBackground(this, m_databasePath, id, files, m_actor);
    if (batch.stored > 0)
        m_ocr->wake(); // their pages are read in the background, after they are stored
    m_detail->showApplication(id);
    m_viewerFor = -1;
    applicationChanged(id);
    const QString text = batch.lines.join(QStringLiteral("\n"));
    if (batch.stored == paths.size() && text.count(u'\n') < 3 && !text.contains(tr("same file")))
        statusBar()->showMessage(text, 10000);
    else
        QMessageBox::information(this, tr("Attach files"), text);
}

void MainWindow::pasteAttachment()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    if (mime->hasUrls()) {
        QStringList paths;
        for (const QUrl& url : mime->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        attachFiles(paths);
        return;
    }
    const qint64 id = currentApplicationId();
    if (mime->hasImage() && id != 0) {
        // A pasted screenshot or scan: stored as a PNG.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        qvariant_cast<QImage>(mime->imageData()).save(&buffer, "PNG");
        const QString name = QStringLiteral("pasted-%1.png")
                                 .arg(HongKongTime::toHongKong(Clock::current().nowUtc())
                                          .toString(QStringLiteral("yyyyMMdd-HHmmss")));
        const AttachBatch batch = attachInBackground(this, m_databasePath, id, { PendingFile { name, {}, png } }, m_actor);
        statusBar()->showMessage(batch.stored == 1 ? tr("Pasted image stored.") : batch.lines.join(u' '), 10000);
        m_detail->showApplication(id);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && currentApplicationId() != 0)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    event->acceptProposedAction();
    // Let the drop finish (the program the files came from waits for it) before intake starts.
    QTimer::singleShot(0, this, [this, paths] { attachFiles(paths); });
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_splitterPlaced = m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (!m_splitterPlaced)
        m_splitter->setSizes(defaultSplit(width()));
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterPlaced = true; });
    if (!m_keying->restoreState(settings.value(QStringLiteral("window/keyingSplitter")).toByteArray()))
        m_keying->setSizes({ 1000, 1000 });
    setQueueFolded(settings.value(QStringLiteral("window/queueFolded"), false).toBool());
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

QList<int> MainWindow::defaultSplit(int width) const
{
    const int queue = std::max(width / 2, m_view->minimumWidth());
    return { queue, std::max(0, width - queue) };
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // Maximized on the first start, or resized: the default split follows until the divider is moved.
    if (!m_splitterPlaced)
        m_splitter->setSizes(defaultSplit(m_splitter->isVisible() ? m_splitter->width() : width()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/keyingSplitter"), m_keying->saveState());
    settings.setValue(QStringLiteral("window/queueFolded"), m_view->isHidden());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    event->accept();
}

} // namespace orgdesk
