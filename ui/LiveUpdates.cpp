// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveUpdates.h"

#include "DetailPane.h"
#include "MainWindow.h"
#include "PresenceService.h"
#include "QueueModel.h"
#include "account/IdleLock.h"
#include "form/ApplicationForm.h"
#include "oversight/SupervisorConsole.h"
#include "workflow/WorkflowPanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QSysInfo>
#include <QTabWidget>
#include <QTimer>

namespace orgdesk {

LiveUpdates::LiveUpdates(MainWindow* window, QSqlDatabase db, const QString& location, Actor actor)
    : QObject(window)
    , m_window(window)
    , m_db(db)
    , m_feed(new ChangeFeed(db, location, this))
    , m_settle(new QTimer(this))
    , m_actor(std::move(actor))
    , m_desk(deskName())
    , m_heartbeat(new QTimer(this))
{
    m_banner = new QFrame(window);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#connectionBanner { background: #fde7e9; border: 1px solid #c50f1f; }"
                       "#connectionBanner QLabel { color: #5c0008; }"));
    auto* h = new QHBoxLayout(m_banner);
    h->setContentsMargins(8, 4, 8, 4);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setAccessibleName(tr("Connection state"));
    h->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &LiveUpdates::apply);
    connect(m_feed, &ChangeFeed::changed, this, &LiveUpdates::notice);
    connect(m_feed, &ChangeFeed::storeChanged, this, &LiveUpdates::everything);
    connect(m_feed, &ChangeFeed::connectionLost, this, [this] {
        m_bannerText->setText(
            tr("<b>Connection to the server lost — retrying…</b> What is on the screen may be "
               "out of date; nothing is saved until the connection is back, and the form keeps "
               "what you typed."));
        m_banner->show();
    });
    connect(m_feed, &ChangeFeed::connectionRestored, this, [this] {
        m_banner->hide();
        m_window->statusBar()->showMessage(
            tr("Connection to the server restored; everything shown was read again."), 10000);
    });
}

LiveUpdates::~LiveUpdates()
{
    if (m_presenceFor > 0)
        (void)PresenceService(m_db).leave(0, m_actor, m_desk);
}

QString LiveUpdates::deskName()
{
    const QString name = QSettings().value(QStringLiteral("desk/name")).toString().trimmed();
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}

void LiveUpdates::updatePresence()
{
    ApplicationForm* form = m_window->form();
    QWidget* page = m_window->caseTabs()->currentWidget();
    const bool formShown = page && (page == form || page->isAncestorOf(form));
    const qint64 id = !m_locked && formShown && form->applicationId() > 0 && !form->isFrozen()
        ? form->applicationId()
        : 0;
    if (id != m_presenceFor) {
        PresenceService presence(m_db);
        if (m_presenceFor > 0)
            (void)presence.leave(m_presenceFor, m_actor, m_desk);
        m_presenceFor = id;
        if (id > 0)
            (void)presence.enter(id, m_actor, m_desk); // advisory: a failure blocks nothing
    }
    if (m_presenceFor > 0 && !m_heartbeat->isActive())
        m_heartbeat->start();
    else if (m_presenceFor == 0)
        m_heartbeat->stop();
    showOthers();
}

void LiveUpdates::showOthers()
{
    const qint64 id = m_window->form()->applicationId();
    if (id <= 0) {
        m_window->form()->showPresence({});
        return;
    }
    const Result<QList<Presence>> others = PresenceService(m_db).others(id, m_actor, m_desk);
    m_window->form()->showPresence(others ? PresenceService::describe(*others) : QString());
}

void LiveUpdates::start()
{
    m_heartbeat->setInterval(PresenceService::kHeartbeatSecs * 1000);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_presenceFor > 0)
            (void)PresenceService(m_db).enter(m_presenceFor, m_actor, m_desk);
        showOthers(); // an entry gone stale disappears
    });
    connect(m_window->caseTabs(), &QTabWidget::currentChanged, this, &LiveUpdates::updatePresence);
    connect(m_window, &MainWindow::currentApplicationChanged, this, &LiveUpdates::updatePresence);
    connect(m_window->form(), &ApplicationForm::saved, this, &LiveUpdates::updatePresence);
    if (auto* lock = m_window->findChild<IdleLock*>()) {
        connect(lock, &IdleLock::locked, this, [this] {
            m_locked = true;
            updatePresence();
        });
        connect(lock, &IdleLock::unlocked, this, [this] {
            m_locked = false;
            updatePresence();
        });
    }
    if (!m_feed->start()) {
        m_bannerText->setText(tr("<b>Connection to the server lost — retrying…</b> %1")
                                  .arg(m_feed->errorText().toHtmlEscaped()));
        m_banner->show();
    }
}

bool LiveUpdates::bannerShown() const
{
    return !m_banner->isHidden();
}

QString LiveUpdates::bannerText() const
{
    return bannerShown() ? m_bannerText->text() : QString();
}

void LiveUpdates::notice(const ChangeNotice& n)
{
    if (n.table == u"desk_presence") {
        if (n.applicationId == m_window->form()->applicationId())
            showOthers();
        return;
    }
    if (n.applicationId > 0) {
        qint64& v = m_changed[n.applicationId];
        v = std::max(v, n.version);
    }
    if ((n.table == u"applications" && n.op == u"insert") || n.table == u"application_transitions")
        m_rowsMoved = true;
    if (!m_settle->isActive())
        m_settle->start();
}

void LiveUpdates::everything()
{
    m_everything = true;
    if (!m_settle->isActive())
        m_settle->start();
}

void LiveUpdates::apply()
{
    const QHash<qint64, qint64> changed = std::exchange(m_changed, {});
    const bool all = std::exchange(m_everything, false);
    const bool moved = std::exchange(m_rowsMoved, false);

    QueueModel* model = m_window->queueModel();
    // A new case, or a status that may take a case into or out of the filter: the loaded pages
    // are read again in place. Otherwise the rows shown are read again one by one.
    const QueueFilter& filter = model->filter();
    const bool filtered = !filter.status.isEmpty() || !filter.statuses.isEmpty();
    if (all || (moved && (filtered || changed.isEmpty()))
        || std::any_of(
            changed.keyBegin(), changed.keyEnd(), [&](qint64 id) { return model->rowOfId(id) < 0; })) {
        model->refreshInPlace();
    } else {
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            model->updateRow(it.key());
    }

    const qint64 current = m_window->currentApplicationId();
    if (current > 0 && (all || changed.contains(current))) {
        m_window->detailPane()->showApplication(current);
        if (auto* workflow = m_window->findChild<WorkflowPanel*>())
            workflow->refresh();
        m_window->form()->noticeChange(all ? 0 : changed.value(current));
    }
    if (all)
        updatePresence();
    if (auto* console = m_window->findChild<SupervisorConsole*>(); console && console->isVisible())
        console->refreshLive(all || changed.size() != 1 ? 0 : changed.cbegin().key());
    Q_EMIT applied();
}

} // namespace orgdesk
