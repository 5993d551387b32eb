// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeFeed.h"
#include "UserService.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>

class QFrame;
class QLabel;
class QTimer;

namespace orgdesk {

class MainWindow;

// Keeps what a desk shows true while other desks work. Listens to the store through a ChangeFeed
// and, within a fraction of a second of another desk's commit, re-reads what it affects: the
// queue row (or the first pages in place, keeping selection and scroll, when a case appeared or
// the filter may now match differently), the open case (its summary, its decision tab, and its
// form when nothing is being typed; a form being edited says "changed at another desk" instead and
// the save shows the conflict view), and the supervisor console when it is open.
//
// On PostgreSQL it also watches the connection: when the server cannot be reached a banner at the
// top of the main window says "Connection to the server lost — retrying…" while the feed reconnects
// with the in-memory sign-in; the open form stays as typed (its draft is kept as soon as the
// server is back) and a save tried meanwhile says it was not saved. On reconnection everything
// shown is read again.
//
// It also keeps this desk's presence (PresenceService): while the Form tab shows a case that can be
// edited, the others who open it read "being edited by … at DESK since 10:42"; the entry is
// refreshed every 30 s and goes when the case is closed, the desk locks when idle, or the window
// closes. The desk's name is the setting desk/name (OrgDesk.conf), by default the host name.
//
// Thread rules: GUI thread only.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    LiveUpdates(MainWindow* window, QSqlDatabase db, const QString& location, Actor actor);
    ~LiveUpdates() override;

    // This desk's name as others see it: the setting desk/name, else the host name.
    static QString deskName();
    // The case this desk has announced it is editing (0: none).
    qint64 editing() const { return m_presenceFor; }

    void start();
    ChangeFeed* feed() const { return m_feed; }
    QFrame* banner() const { return m_banner; }
    bool bannerShown() const;
    QString bannerText() const;
    // How long after a notice the views are read again (several notices of one commit are read once).
    static constexpr int kSettleMs
        = 0; // the next turn of the event loop: the notices of one commit come together

Q_SIGNALS:
    // The views were read again after changes elsewhere (for tests and the benchmark).
    void applied();

private:
    void notice(const ChangeNotice& n);
    void everything();
    void apply();
    void updatePresence();
    void showOthers();

    MainWindow* m_window;
    QSqlDatabase m_db;
    ChangeFeed* m_feed;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QTimer* m_settle = nullptr;
    QHash<qint64, qint64> m_changed; // case id -> newest version heard of (0: unknown)
    bool m_rowsMoved = false; // a case appeared or a status changed: read the pages again
    bool m_everything = false;
    Actor m_actor;
    QString m_desk;
    qint64 m_presenceFor = 0;
    bool m_locked = false;
    QTimer* m_heartbeat = nullptr;
};

} // namespace orgdesk
