// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialect.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

class QTimer;

namespace orgdesk {

class Database;

// One change another desk committed, as the server announced it: a hint to read again, never the
// data. `table` is the table written (`op`: insert or update) (applications, application_transitions,
// attachments, application_checklist, requisitions), `id` its row, `applicationId` the case it belongs to and
// `version` the case's row version after the change (0 when the notice does not carry it).
struct ChangeNotice
{
    QString table;
    QString op; // insert or update
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 version = 0;
};

// Tells a desk when the store changed under it, so that what it shows stays true while others work.
//
// On PostgreSQL it listens (LISTEN orgdesk_changes, through QSqlDriver::subscribeToNotification) on
// a connection of its own, opened as the person signed in (Database::setServerLogin); the server's
// triggers (migration 0011) send one notice per changed row when a transaction commits. QPSQL does
// not notice a dropped connection by itself, so the feed probes its own connection and the desk's
// main one every probeMs(); when either fails it says so (connectionLost), tries again with a
// growing pause (½ s, 1 s, 2 s … up to 10 s), reopens both connections with the same sign-in,
// subscribes again and says connectionRestored() followed by storeChanged() (anything may have
// changed meanwhile).
//
// On SQLite, other processes' commits are noticed through PRAGMA data_version on the main
// connection, read every pollMs() (a cheap read of a counter); a change gives storeChanged().
//
// Thread rules: create, use and destroy on the thread that owns the main connection (the GUI thread).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // `main`: the desk's connection, opened on `location`.
    ChangeFeed(QSqlDatabase main, QString location, QObject* parent = nullptr);
    ~ChangeFeed() override;

    // Starts listening or polling; false (with errorText()) when the first connection failed, in
    // which case the feed keeps trying as after a lost connection.
    bool start();
    void stop();

    bool isConnected() const { return m_connected; }
    QString errorText() const { return m_error; }
    Backend backend() const { return m_backend; }

    int pollMs() const { return m_pollMs; }
    void setPollMs(int ms);
    int probeMs() const { return m_probeMs; }
    void setProbeMs(int ms);

    // Parses a notice's payload ({"table": …, "id": …, "application": …, "version": …}).
    static std::optional<ChangeNotice> parse(const QString& payload);

    // Checks the connections now (as the probe timer does) and returns whether they work.
    bool probeNow();

    static constexpr const char* kChannel = "orgdesk_changes";

Q_SIGNALS:
    void changed(const orgdesk::ChangeNotice& notice);
    // Something changed, nobody said what (SQLite, or after a reconnection): read again what is shown.
    void storeChanged();
    void connectionLost(const QString& why);
    void connectionRestored();

private:
    void poll();
    void probe();
    void lose(const QString& why);
    void retry();
    bool openListener();
    void onNotification(const QString& name, int source, const QVariant& payload);

    QSqlDatabase m_main;
    QString m_location;
    Backend m_backend;
    std::unique_ptr<Database> m_listener;
    QTimer* m_timer = nullptr;
    QTimer* m_retryTimer = nullptr;
    int m_pollMs = 500;
    int m_probeMs = 2000;
    int m_retryMs = 500;
    qint64 m_dataVersion = -1;
    bool m_connected = false;
    bool m_running = false;
    QString m_error;
};

} // namespace orgdesk

Q_DECLARE_METATYPE(orgdesk::ChangeNotice)
