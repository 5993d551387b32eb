// SPDX-License-Identifier: GPL-3.0-or-later
#include "oversight/SupervisorConsole.h"

#include "ApplicationStore.h"
#include "oversight/CaseModel.h"
#include "widgets/FilterWidgets.h"
#include "oversight/SamplingPage.h"
#include "ReferenceData.h"
#include "oversight/CaseTimeline.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace orgdesk {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1; // attachment id
constexpr int kPageRole = Qt::UserRole + 2;

// Enter and Return on the table open the case (a QTableView's own Enter only edits).
class EnterFilter : public QObject
{
public:
    EnterFilter(QObject* parent, std::function<void()> onEnter) : QObject(parent), m_onEnter(std::move(onEnter)) { }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
                m_onEnter();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};

} // namespace

namespace {

// A menu of several ticks: ticking one keeps the menu open for the next (mouse, Space or Enter).
class StayOpenMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        if (QAction* a = actionAt(event->position().toPoint()); a && a->isCheckable() && a->isEnabled()) {
            a->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent* event) override
    {
        const bool pick = event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (QAction* a = activeAction(); pick && a && a->isCheckable() && a->isEnabled()) {
            a->trigger();
            return;
        }
        QMenu::keyPressEvent(event);
    }
};

} // namespace

SupervisorConsole::SupervisorConsole(QSqlDatabase db, Actor actor, QWidget* parent)
    : QDialog(parent, Qt::Window)
    , m_db(db)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Supervisor console — OrgDesk"));
    setModal(false);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createCasesPage(), tr("&Cases"));
    m_sampling = new SamplingPage(m_db, m_actor, m_tabs);
    m_tabs->addTab(m_sampling, tr("&Quality sampling"));
    layout->addWidget(m_tabs);
    connect(m_sampling, &SamplingPage::openApplication, this, &SupervisorConsole::openApplication);
    connect(m_sampling, &SamplingPage::showTimelineRequested, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        showTimeline(id);
        m_timeline->setFocus();
    });
    resize(1500, 820);
    applyFilters();
}

QWidget* SupervisorConsole::createCasesPage()
{
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    v->addWidget(createFilterBar(page));
    auto* splitter = new QSplitter(Qt::Horizontal, page);

    auto* left = new QWidget(splitter);
    auto* lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    m_count = new QLabel(left);
    m_count->setAccessibleName(tr("Number of matching cases"));
    lv->addWidget(m_count);
    m_model = new CaseModel(m_db, this);
    m_view = new QTableView(left);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Matching cases"));
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(CaseModel::Reference, fm.horizontalAdvance(QStringLiteral("OA-2026-000000")) + 16);
    header->resizeSection(CaseModel::Type, fm.horizontalAdvance(QStringLiteral("Law firm registered")) + 8);
    header->resizeSection(CaseModel::Status, fm.horizontalAdvance(QStringLiteral("Under review (overdue)")) + 12);
    header->resizeSection(CaseModel::Clerk, fm.horizontalAdvance(QStringLiteral("demo-clerk-00")) + 12);
    for (int c : { int(CaseModel::Received), int(CaseModel::Decided) })
        header->resizeSection(c, fm.horizontalAdvance(QStringLiteral("2026-00-00")) + 16);
    header->resizeSection(CaseModel::Outcome, fm.horizontalAdvance(QStringLiteral("Rejected")) + 16);
    header->setSectionResizeMode(CaseModel::Organization, QHeaderView::Stretch);
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("Status")) + 12);
    lv->addWidget(m_view, 1);

    auto* right = new QWidget(splitter);
    auto* rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    m_timelineTitle = new QLabel(tr("Select a case to see its timeline."), right);
    m_timelineTitle->setWordWrap(true);
    m_timelineTitle->setTextFormat(Qt::PlainText);
    rv->addWidget(m_timelineTitle);
    m_timeline = new QTreeWidget(right);
    m_timeline->setColumnCount(3);
    m_timeline->setHeaderLabels({ tr("When (Hong Kong)"), tr("Who"), tr("What") });
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(false);
    m_timeline->setWordWrap(true);
    m_timeline->setTextElideMode(Qt::ElideNone); // long entries wrap onto more lines
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setAccessibleName(tr("Case timeline"));
    m_timeline->header()->resizeSection(0, fm.horizontalAdvance(QStringLiteral("2026-00-00 00:00")) + 20);
    m_timeline->header()->resizeSection(1, fm.horizontalAdvance(QStringLiteral("demo-supervisor-0")) + 12);
    m_timeline->header()->setStretchLastSection(true);
    // Wrapped rows take their height from the column's width: lay them out again when it changes.
    connect(m_timeline->header(), &QHeaderView::sectionResized, m_timeline, [this] { m_timeline->doItemsLayout(); });
    rv->addWidget(m_timeline, 1);
    auto* hint = new QLabel(tr("Enter on an entry marked ↗ opens its page or letter in the main window."), right);
    hint->setWordWrap(true);
    rv->addWidget(hint);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 1000, 480 });
    v->addWidget(splitter, 1);

    connect(m_model, &CaseModel::totalCountChanged, this, &SupervisorConsole::updateCount);
    connect(m_model, &CaseModel::rowsInserted, this, &SupervisorConsole::updateCount);
    connect(m_model, &CaseModel::loadFailed, this, [this](const QString& message) { m_count->setText(message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showTimeline(m_model->idAt(current.row())); });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { Q_EMIT openApplication(m_model->idAt(index.row())); });
    m_view->installEventFilter(new EnterFilter(m_view, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT openApplication(m_model->idAt(current.row()));
    }));
    connect(m_timeline, &QTreeWidget::itemActivated, this, &SupervisorConsole::timelineActivated);
    // Keyboard: filters first, then the cases, then the timeline.
    setTabOrder(m_overdue, m_decision);
    setTabOrder(m_view, m_timeline);
    auto* toCases = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_1), this);
    connect(toCases, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_view->setFocus();
    });
    auto* toTimeline = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_2), this);
    connect(toTimeline, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_timeline->setFocus();
    });
    return page;
}

QWidget* SupervisorConsole::createFilterBar(QWidget* parent)
{
    auto* bar = new QWidget(parent);
    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    auto label = [bar](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, bar);
        l->setBuddy(buddy);
        return l;
    };

    m_statusButton = new QToolButton(bar);
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusButton->setAccessibleName(tr("Status filter"));
    m_statusButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_statusMenu = new StayOpenMenu(m_statusButton);
    QAction* any = m_statusMenu->addAction(tr("Any status"));
    connect(any, &QAction::triggered, this, [this] { setStatuses({}); });
    QAction* open = m_statusMenu->addAction(tr("Open cases (not yet decided)"));
    connect(open, &QAction::triggered, this, [this] {
        setStatuses({ QStringLiteral("received"), QStringLiteral("registered"), QStringLiteral("under_review"),
                      QStringLiteral("awaiting_applicant"), QStringLiteral("recommended"), QStringLiteral("case_by_case") });
    });
    m_statusMenu->addSeparator();
    for (const QString& s : allStatuses()) {
        QAction* a = m_statusMenu->addAction(statusLabel(s));
        a->setCheckable(true);
        a->setData(s);
        connect(a, &QAction::toggled, this, [this] {
            updateStatusButton();
            applyFilters();
        });
    }
    m_statusButton->setMenu(m_statusMenu);

    m_clerk = new QComboBox(bar);
    m_clerk->setAccessibleName(tr("Clerk filter"));
    m_clerk->setToolTip(tr("Cases this person registered or made any move on"));
    m_clerk->addItem(tr("Anyone"), QVariant());
    const auto users = UserService(m_db).users();
    if (users) {
        for (const UserRecord& u : *users)
            m_clerk->addItem(u.displayName.isEmpty() || u.displayName == u.username
                                 ? QStringLiteral("%1 (%2)").arg(u.username, UserService::roleLabel(u.role))
                                 : QStringLiteral("%1 — %2 (%3)").arg(u.username, u.displayName, UserService::roleLabel(u.role)),
                             u.id);
    }
    m_type = new QComboBox(bar);
    m_type->setAccessibleName(tr("Organization type filter"));
    m_type->addItem(tr("Any type"), QString());
    if (const auto types = ReferenceData(m_db).organizationTypes())
        for (const OrganizationType& t : *types)
            m_type->addItem(t.name(chineseInterface()), t.code);
    m_channel = channelCombo(bar, tr("Any channel"));
    m_from = anyDateEdit(bar, tr("Received from"));
    m_to = anyDateEdit(bar, tr("Received until"));
    m_overdue = new QCheckBox(tr("O&verdue only"), bar);
    m_decision = new QComboBox(bar);
    m_decision->setAccessibleName(tr("Decision filter"));
    m_decision->addItem(tr("Any decision"), int(DecisionFilter::Any));
    m_decision->addItem(tr("Approved"), int(DecisionFilter::Approved));
    m_decision->addItem(tr("Rejected"), int(DecisionFilter::Rejected));
    m_decision->addItem(tr("Not decided"), int(DecisionFilter::Undecided));
    auto* clear = new QPushButton(tr("C&lear filters"), bar);
    clear->setAutoDefault(false);
    clear->setToolTip(tr("Ctrl+Shift+L"));

    grid->addWidget(label(tr("&Status"), m_statusButton), 0, 0);
    grid->addWidget(m_statusButton, 0, 1);
    grid->addWidget(label(tr("Cl&erk"), m_clerk), 0, 2);
    grid->addWidget(m_clerk, 0, 3);
    grid->addWidget(label(tr("&Type"), m_type), 0, 4);
    grid->addWidget(m_type, 0, 5);
    grid->addWidget(label(tr("C&hannel"), m_channel), 0, 6);
    grid->addWidget(m_channel, 0, 7);
    grid->addWidget(label(tr("&Received"), m_from), 1, 0);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to"), bar));
    dates->addWidget(m_to, 1);
    grid->addLayout(dates, 1, 1);
    grid->addWidget(label(tr("&Decision"), m_decision), 1, 2);
    grid->addWidget(m_decision, 1, 3);
    grid->addWidget(m_overdue, 1, 5);
    grid->addWidget(clear, 1, 7);
    for (int c : { 1, 3, 5, 7 })
        grid->setColumnStretch(c, 1);

    for (QComboBox* c : { m_clerk, m_type, m_channel, m_decision })
        connect(c, &QComboBox::currentIndexChanged, this, &SupervisorConsole::applyFilters);
    for (QDateEdit* d : { m_from, m_to })
        connect(d, &QDateEdit::dateChanged, this, &SupervisorConsole::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &SupervisorConsole::applyFilters);
    connect(clear, &QPushButton::clicked, this, &SupervisorConsole::clearFilters);
    auto* clearShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    connect(clearShortcut, &QShortcut::activated, this, &SupervisorConsole::clearFilters);
    setTabOrder(m_statusButton, m_clerk);
    setTabOrder(m_clerk, m_type);
    setTabOrder(m_type, m_channel);
    setTabOrder(m_channel, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_decision);
    setTabOrder(m_decision, m_overdue);
    setTabOrder(m_overdue, clear);
    updateStatusButton();
    return bar;
}

void SupervisorConsole::updateStatusButton()
{
    QStringList names;
    for (QAction* a : m_statusMenu->actions()) {
        if (a->isCheckable() && a->isChecked())
            names << a->text();
    }
    m_statusButton->setText(names.isEmpty() ? tr("Any status")
                            : names.size() <= 2 ? names.join(QStringLiteral(", "))
                                                : tr("%n status(es)", nullptr, int(names.size())));
    m_statusButton->setToolTip(names.isEmpty() ? tr("Any status") : names.join(QStringLiteral(", ")));
}

void SupervisorConsole::setStatuses(const QStringList& statuses)
{
    for (QAction* a : m_statusMenu->actions()) {
        if (!a->isCheckable())
            continue;
        const QSignalBlocker block(a);
        a->setChecked(statuses.contains(a->data().toString()));
    }
    updateStatusButton();
    applyFilters();
}

void SupervisorConsole::applyFilters()
{
    CaseFilter f;
    for (QAction* a : m_statusMenu->actions()) {
        if (a->isCheckable() && a->isChecked())
            f.statuses << a->data().toString();
    }
    if (m_clerk->currentData().isValid())
        f.staffId = m_clerk->currentData().toLongLong();
    f.orgType = m_type->currentData().toString();
    f.channel = m_channel->currentData().toString();
    f.receivedFrom = dateLimit(m_from);
    f.receivedTo = dateLimit(m_to);
    f.overdueOnly = m_overdue->isChecked();
    f.decision = DecisionFilter(m_decision->currentData().toInt());
    m_model->setFilter(f);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        showTimeline(0);
}

void SupervisorConsole::clearFilters()
{
    const QSignalBlocker b1(m_clerk), b2(m_type), b3(m_channel), b4(m_from), b5(m_to), b6(m_overdue), b7(m_decision);
    m_clerk->setCurrentIndex(0);
    m_type->setCurrentIndex(0);
    m_channel->setCurrentIndex(0);
    clearDateLimit(m_from);
    clearDateLimit(m_to);
    m_overdue->setChecked(false);
    m_decision->setCurrentIndex(0);
    setStatuses({});
}

void SupervisorConsole::updateCount()
{
    const qint64 total = m_model->totalCount();
    const QLocale locale;
    if (m_model->counting()) {
        m_count->setText(m_model->rowCount() == 0 ? tr("Looking for matching cases…")
                                                  : tr("%1 loaded · counting all matching cases… · newest received first")
                                                        .arg(locale.toString(m_model->rowCount())));
        return;
    }
    if (total == 0) {
        m_count->setText(tr("No cases match these filters. Change them, or press Ctrl+Shift+L to clear them."));
        return;
    }
    m_count->setText(tr("%1 case(s) · %2 loaded · newest received first")
                         .arg(locale.toString(total), locale.toString(m_model->rowCount())));
}

void SupervisorConsole::showTimeline(qint64 applicationId)
{
    m_timeline->clear();
    m_timelineFor = applicationId;
    if (applicationId <= 0) {
        m_timelineTitle->setText(m_model->totalCount() == 0 ? tr("No case selected.")
                                                            : tr("Select a case to see its timeline."));
        return;
    }
    const auto app = ApplicationStore(m_db).get(applicationId);
    const auto entries = CaseTimeline::forApplication(m_db, applicationId);
    if (!app || !entries) {
        m_timelineTitle->setText(!app ? app.message() : entries.message());
        return;
    }
    QString title = tr("Timeline of %1").arg(app->reference);
    const QString names = QStringList { app->orgNameEn, app->orgNameZh }.join(QStringLiteral("  ")).trimmed();
    if (!names.isEmpty())
        title += QStringLiteral(" — ") + names;
    m_timelineTitle->setText(title + u'\n' + tr("%n event(s), oldest first", nullptr, int(entries->size())));
    for (const TimelineEntry& e : *entries) {
        QString what = e.text;
        auto* item = new QTreeWidgetItem(m_timeline);
        if (e.letterId) {
            item->setData(0, kEntryRole, *e.letterId);
            item->setData(0, kPageRole, 1);
            what += QStringLiteral("  ↗ ") + tr("open the letter");
        } else if (e.attachmentId) {
            item->setData(0, kEntryRole, *e.attachmentId);
            item->setData(0, kPageRole, std::max(1, e.page));
            what += QStringLiteral("  ↗ ") + tr("page %1").arg(std::max(1, e.page));
        }
        item->setText(0, CaseTimeline::localTime(e.at));
        item->setText(1, e.username.isEmpty() ? tr("(system)") : e.username);
        item->setText(2, what);
        item->setToolTip(2, what);
    }
    if (m_timeline->topLevelItemCount() > 0)
        m_timeline->setCurrentItem(m_timeline->topLevelItem(m_timeline->topLevelItemCount() - 1));
}

void SupervisorConsole::timelineActivated(QTreeWidgetItem* item)
{
    if (!item || m_timelineFor <= 0)
        return;
    const QVariant attachment = item->data(0, kEntryRole);
    if (!attachment.isValid())
        return;
    Q_EMIT openAttachmentPage(m_timelineFor, attachment.toLongLong(), item->data(0, kPageRole).toInt());
}

void SupervisorConsole::refreshLive(qint64 applicationId)
{
    m_model->refreshInPlace();
    if (m_timelineFor > 0 && (applicationId == 0 || applicationId == m_timelineFor))
        showTimeline(m_timelineFor);
}

} // namespace orgdesk
