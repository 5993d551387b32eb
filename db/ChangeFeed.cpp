// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeFeed.h"

#include "Database.h"
#include "ServerConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace orgdesk {

namespace {
    constexpr int kMaxRetryMs = 10000;
}

ChangeFeed::ChangeFeed(QSqlDatabase main, QString location, QObject* parent)
    : QObject(parent)
    , m_main(std::move(main))
    , m_location(std::move(location))
    , m_backend(Dialect::of(m_main).backend())
    , m_timer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    qRegisterMetaType<orgdesk::ChangeNotice>();
    m_retryTimer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { m_backend == Backend::SQLite ? poll() : probe(); });
    connect(m_retryTimer, &QTimer::timeout, this, &ChangeFeed::retry);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::setPollMs(int ms)
{
    m_pollMs = ms;
    if (m_backend == Backend::SQLite && m_timer->isActive())
        m_timer->start(ms);
}

void ChangeFeed::setProbeMs(int ms)
{
    m_probeMs = ms;
    if (m_backend == Backend::PostgreSQL && m_timer->isActive())
        m_timer->start(ms);
}

bool ChangeFeed::start()
{
    m_running = true;
    if (m_backend == Backend::SQLite) {
        m_dataVersion = -1;
        poll();
        m_connected = true;
        m_timer->start(m_pollMs);
        return true;
    }
    m_timer->start(m_probeMs);
    if (openListener()) {
        m_connected = true;
        return true;
    }
    m_connected = false;
    m_retryMs = 500;
    m_retryTimer->start(m_retryMs);
    return false;
}

void ChangeFeed::stop()
{
    m_running = false;
    m_timer->stop();
    m_retryTimer->stop();
    if (m_listener) {
        {
            QSqlDatabase db = m_listener->connection();
            if (db.isOpen() && db.driver()) {
                disconnect(db.driver(), nullptr, this, nullptr);
                db.driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
            }
        }
        m_listener.reset();
    }
}

bool ChangeFeed::openListener()
{
    if (m_listener) {
        {
            QSqlDatabase old = m_listener->connection();
            if (old.driver())
                disconnect(old.driver(), nullptr, this, nullptr);
        }
        m_listener.reset();
    }
    Result<Database> opened = Database::open(m_location, Database::OpenMode::ExistingOnly);
    if (!opened) {
        m_error = opened.message();
        return false;
    }
    m_listener = std::make_unique<Database>(std::move(*opened));
    QSqlDriver* driver = m_listener->connection().driver();
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
            onNotification(name, int(source), payload);
        });
    if (!driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
        m_error = driver->lastError().text();
        m_listener.reset();
        return false;
    }
    m_error.clear();
    return true;
}

std::optional<ChangeNotice> ChangeFeed::parse(const QString& payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    ChangeNotice n;
    n.table = o.value(QStringLiteral("table")).toString();
    n.op = o.value(QStringLiteral("op")).toString();
    n.id = o.value(QStringLiteral("id")).toInteger();
    n.applicationId = o.value(QStringLiteral("application")).toInteger();
    n.version = o.value(QStringLiteral("version")).toInteger();
    if (n.table.isEmpty())
        return std::nullopt;
    return n;
}

void ChangeFeed::onNotification(const QString& name, int, const QVariant& payload)
{
    if (name != QLatin1String(kChannel))
        return;
    if (const std::optional<ChangeNotice> notice = parse(payload.toString()))
        Q_EMIT changed(*notice);
    else
        Q_EMIT storeChanged();
}

void ChangeFeed::poll()
{
    // data_version changes when another connection (another process, or a worker of this one)
    // commits to the file; this connection's own commits leave it as it is.
    QSqlQuery q(m_main);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const bool first = m_dataVersion < 0;
    const bool moved = version != m_dataVersion;
    m_dataVersion = version;
    if (!first && moved)
        Q_EMIT storeChanged();
}

bool ChangeFeed::probeNow()
{
    probe();
    return m_connected;
}

void ChangeFeed::probe()
{
    if (!m_connected || m_retryTimer->isActive())
        return;
    // A probe also delivers notices that arrived meanwhile (the driver reads them with each result).
    const bool listener = m_listener && connectionAlive(m_listener->connection());
    const bool main = listener && connectionAlive(m_main);
    if (!listener || !main) {
        const QSqlError e = listener ? m_main.lastError()
            : m_listener             ? m_listener->connection().lastError()
                                     : QSqlError();
        lose(e.databaseText().trimmed().isEmpty() ? e.text() : e.databaseText().trimmed());
    }
}

void ChangeFeed::lose(const QString& why)
{
    m_connected = false;
    m_error = why;
    m_retryMs = 500;
    Q_EMIT connectionLost(why);
    m_retryTimer->start(m_retryMs);
}

void ChangeFeed::retry()
{
    if (!m_running)
        return;
    Status mainOk = connectionAlive(m_main) ? Status() : reconnectServer(m_main);
    if (mainOk && openListener()) {
        m_connected = true;
        Q_EMIT connectionRestored();
        Q_EMIT storeChanged();
        return;
    }
    if (!mainOk)
        m_error = mainOk.message();
    m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
    m_retryTimer->start(m_retryMs);
}

} // namespace orgdesk
