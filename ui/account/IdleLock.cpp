// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/IdleLock.h"

#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace orgdesk {

IdleLock::IdleLock(QWidget* window, QSqlDatabase db, Actor actor, QObject* parent)
    : QObject(parent ? parent : window)
    , m_window(window)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(Settings(m_db).idleLockMinutes() * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] { lockRecorded(QStringLiteral("idle")); });
    m_timer->start();

    // The lock screen: opaque, covering the whole window (menus and toolbars included).
    m_screen = new QWidget(window);
    m_screen->setObjectName(QStringLiteral("lockScreen"));
    m_screen->setAutoFillBackground(true);
    m_screen->setStyleSheet(QStringLiteral("#lockScreen { background: #2b3a4a; } #lockScreen QLabel { color: white; }"));
    auto* outer = new QVBoxLayout(m_screen);
    outer->addStretch(2);
    auto* title = new QLabel(tr("OrgDesk is locked"), m_screen);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto* who = new QLabel(tr("Signed in as %1. Enter your password to carry on.").arg(m_actor.username), m_screen);
    who->setAlignment(Qt::AlignCenter);
    who->setWordWrap(true);
    outer->addWidget(who);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    m_password = new QLineEdit(m_screen);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setMinimumWidth(260);
    row->addWidget(m_password);
    auto* unlockButton = new QPushButton(tr("Unlock"), m_screen);
    unlockButton->setDefault(true);
    row->addWidget(unlockButton);
    auto* signOut = new QPushButton(tr("Sign out"), m_screen);
    row->addWidget(signOut);
    row->addStretch(1);
    outer->addLayout(row);
    m_message = new QLabel(m_screen);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #ffb4b4;"));
    outer->addWidget(m_message);
    outer->addStretch(3);
    m_screen->hide();
    connect(unlockButton, &QPushButton::clicked, this, [this] { unlock(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { unlock(m_password->text()); });
    connect(signOut, &QPushButton::clicked, this, &IdleLock::signOutRequested);

    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::setIdleIntervalMs(int ms)
{
    m_timer->setInterval(ms);
    if (!m_locked)
        m_timer->start();
}

int IdleLock::idleIntervalMs() const
{
    return m_timer->interval();
}

void IdleLock::layoutScreen()
{
    if (m_window)
        m_screen->setGeometry(m_window->rect());
}

void IdleLock::lockNow()
{
    if (m_locked)
        return;
    lockRecorded(QStringLiteral("by request"));
}

void IdleLock::lockRecorded(const QString& reason)
{
    // The desk locks whatever happens; a lock the store could not record is said on the lock screen.
    const Status recorded = UserService(m_db).recordSessionLocked(m_actor, reason);
    lock();
    if (!recorded && m_locked)
        m_message->setText(
            tr("This lock could not be recorded in the audit trail: %1").arg(recorded.message()));
}

void IdleLock::lock()
{
    if (m_locked || !m_window)
        return;
    m_locked = true;
    m_timer->stop();
    // Hide every other window (dialogs showing case data) and disable every action and shortcut.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != m_window && w->isVisible()) {
            m_hiddenWindows << w;
            w->hide();
        }
    }
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->isEnabled()) {
            m_disabledActions << a;
            a->setEnabled(false);
        }
    }
    for (QWidget* child : m_window->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (child != m_screen && child->isVisible() && !child->isWindow()) {
            m_hiddenChildren << child;
            child->hide();
        }
    }
    m_password->clear();
    m_message->clear();
    layoutScreen();
    m_screen->show();
    m_screen->raise();
    m_password->setFocus();
    Q_EMIT locked();
}

bool IdleLock::unlock(const QString& password)
{
    if (!m_locked)
        return true;
    const Result<Actor> again = UserService(m_db).signIn(m_actor.username, password);
    m_password->clear();
    if (!again || again->userId != m_actor.userId) {
        m_message->setText(again ? tr("That is not your account's password.") : again.message());
        return false;
    }
    m_locked = false;
    m_screen->hide();
    for (const QPointer<QWidget>& child : std::as_const(m_hiddenChildren)) {
        if (child)
            child->show();
    }
    for (const QPointer<QAction>& a : std::as_const(m_disabledActions)) {
        if (a)
            a->setEnabled(true);
    }
    for (const QPointer<QWidget>& w : std::as_const(m_hiddenWindows)) {
        if (w)
            w->show();
    }
    m_hiddenChildren.clear();
    m_disabledActions.clear();
    m_hiddenWindows.clear();
    m_timer->start();
    Q_EMIT unlocked();
    return true;
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked)
            m_timer->start();
        break;
    case QEvent::Resize:
        if (watched == m_window && m_locked)
            layoutScreen();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace orgdesk
