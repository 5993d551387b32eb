// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QTimer;
class QAction;

namespace orgdesk {

// Locks the desk after a period without keyboard or mouse input (setting auth.idle_lock_minutes),
// or on request. While locked, an opaque screen covers `window`, every other window of the
// application is hidden, and the window's actions (and their shortcuts) are disabled, so no case
// data can be seen or reached until the signed-in person enters their password again. Unlocking
// goes through UserService::signIn, so wrong passwords count towards the account lock.
//
// Thread rules: GUI thread only.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(QWidget* window, QSqlDatabase db, Actor actor, QObject* parent = nullptr);
    ~IdleLock() override;

    bool isLocked() const { return m_locked; }
    // Idle time before locking; by default from Settings. Tests use milliseconds.
    void setIdleIntervalMs(int ms);
    int idleIntervalMs() const;
    // The screen shown while locked (for tests and screenshots).
    QWidget* lockScreen() const { return m_screen; }

public Q_SLOTS:
    // Locks at once (the person's own request); recorded as a session.locked event.
    void lockNow();
    void lock();
    // Tries `password`; returns whether the desk is unlocked.
    bool unlock(const QString& password);

Q_SIGNALS:
    void locked();
    void unlocked();
    void signOutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Records the lock as a session.locked event with `reason`, then locks.
    void lockRecorded(const QString& reason);
    void layoutScreen();

    QPointer<QWidget> m_window;
    QSqlDatabase m_db;
    Actor m_actor;
    QTimer* m_timer = nullptr;
    QWidget* m_screen = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hiddenWindows;
    QList<QPointer<QAction>> m_disabledActions;
    QList<QPointer<QWidget>> m_hiddenChildren;
};

} // namespace orgdesk
