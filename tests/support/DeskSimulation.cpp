// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskSimulation.h"

#include "ApplicationService.h"
#include "Database.h"
#include "EventLog.h"
#include "ServerConnection.h"
#include "form/FormService.h"
#include "workflow/WorkflowService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <chrono>
#include <optional>
#include <random>

namespace orgdesk::test {

void CasePool::add(qint64 id)
{
    QMutexLocker lock(&mutex);
    ids << id;
}

qint64 CasePool::pick(quint32 random)
{
    QMutexLocker lock(&mutex);
    return ids.isEmpty() ? 0 : ids.at(int(random % quint32(ids.size())));
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

namespace {

    enum class Outcome { Done, Refused, Lost, Failed };

    bool connectionTrouble(const QSqlDatabase& db, const Error& e)
    {
        if (e.code == ErrorCode::Conflict || e.code == ErrorCode::PermissionDenied
            || e.code == ErrorCode::IllegalState || e.code == ErrorCode::InvalidInput
            || e.code == ErrorCode::NotFound)
            return false;
        return !connectionAlive(db);
    }

    qint64 versionOf(const QSqlDatabase& db, qint64 id)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT row_version FROM applications WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

} // namespace

DeskResult runDesk(const DeskLogin& login, const DeskOptions& options)
{
    DeskResult out;
    Database::setServerLogin(login.location, { login.loginRole, login.password });
    std::optional<Database> database;
    {
        QElapsedTimer waited;
        waited.start();
        while (!database) {
            Result<Database> opened = Database::open(login.location, Database::OpenMode::ExistingOnly);
            if (opened) {
                database.emplace(std::move(*opened));
            } else if (waited.elapsed() > options.reconnectSeconds * 1000) {
                out.failures << QStringLiteral("cannot connect: ") + opened.message();
                return out;
            } else {
                QThread::msleep(200);
            }
        }
    }
    const QSqlDatabase db = database->connection();
    std::mt19937 random(options.seed);
    auto roll = [&](int n) { return int(random() % quint32(n)); };

    // Waits for the server to come back (a growing pause); false when it does not in time.
    auto reconnect = [&]() {
        ++out.reconnects;
        QElapsedTimer waited;
        waited.start();
        int pause = 100;
        while (waited.elapsed() < options.reconnectSeconds * 1000) {
            if (reconnectServer(db))
                return true;
            QThread::msleep(pause);
            pause = std::min(pause * 2, 2000);
        }
        return false;
    };
    auto committed = [&](qint64 id) {
        const qint64 at = steadyNs();
        if (options.committed)
            options.committed(id, versionOf(db, id), at);
    };

    const QStringList fieldsToKey { QStringLiteral("remarks"), QStringLiteral("pa_position"),
        QStringLiteral("email"), QStringLiteral("phone") };
    auto step = [&](int op, int kind) -> Outcome {
        if (kind < 15) { // intake
            Receipt r;
            r.channel = roll(2) ? QStringLiteral("post") : QStringLiteral("fax");
            const Result<ApplicationRecord> app = ApplicationService(db).receive(r, login.actor);
            if (!app)
                return connectionTrouble(db, app.error()) ? Outcome::Lost
                                                          : (out.failures << app.message(), Outcome::Failed);
            ++out.intakes;
            if (options.pool)
                options.pool->add(app->id);
            committed(app->id);
            return Outcome::Done;
        }
        if (kind < 55 && !options.formCases.isEmpty()) { // a save on a case the others key as well
            const qint64 id = options.formCases.at(roll(int(options.formCases.size())));
            FormService forms(db);
            const Result<LoadedForm> read = forms.load(id);
            if (!read)
                return connectionTrouble(db, read.error())
                    ? Outcome::Lost
                    : (out.failures << read.message(), Outcome::Failed);
            FormData mine = read->data;
            const QString key = fieldsToKey.at(roll(int(fieldsToKey.size())));
            const QString value = QStringLiteral("desk %1 step %2").arg(login.actor.username).arg(op);
            if (key == u"remarks")
                mine.remarks = value;
            else if (key == u"pa_position")
                mine.paPosition = value;
            else if (key == u"email")
                mine.email = QStringLiteral("d%1s%2@example.org").arg(login.actor.userId).arg(op);
            else
                mine.phone = QStringLiteral("2%1").arg(1000000 + int(random() % 8999999));
            QThread::usleep(quint64(roll(3000))); // others save meanwhile
            qint64 readVersion = read->header.rowVersion;
            const FormData base = read->data;
            for (int attempt = 0; attempt < 20; ++attempt) {
                const Result<VersionedSave> saved = forms.saveVersion(id, mine, login.actor, readVersion);
                if (!saved)
                    return connectionTrouble(db, saved.error())
                        ? Outcome::Lost
                        : (out.failures << saved.message(), Outcome::Failed);
                if (saved->saved) {
                    ++out.saves;
                    out.saved << SaveRecord { id, readVersion, saved->saved->rowVersion };
                    committed(id);
                    return Outcome::Done;
                }
                // Reported to this desk: keep what it typed, take theirs where it typed nothing.
                ++out.conflicts;
                if (saved->conflict->fields.isEmpty()) {
                    out.failures << QStringLiteral("a conflict without fields");
                    return Outcome::Failed;
                }
                QStringList takeTheirs;
                const QJsonObject mineJson = mine.toJson(), baseJson = base.toJson();
                for (const FieldConflict& c : saved->conflict->fields) {
                    if (mineJson.value(c.field) == baseJson.value(c.field))
                        takeTheirs << c.field;
                }
                mine = mergeForms(mine, saved->conflict->theirs, takeTheirs);
                readVersion = saved->conflict->currentVersion;
                ++out.resolved;
            }
            out.failures << QStringLiteral("a save met 20 conflicts in a row");
            return Outcome::Failed;
        }
        if (kind < 80) { // a move offered from the status the desk read
            const qint64 id = options.pool ? options.pool->pick(random()) : 0;
            if (id <= 0)
                return Outcome::Refused;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT status FROM applications WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec() || !q.next())
                return connectionAlive(db)
                    ? (out.failures << QStringLiteral("cannot read a status"), Outcome::Failed)
                    : Outcome::Lost;
            const QString from = q.value(0).toString();
            q.finish();
            const QString to = from == u"received" ? QStringLiteral("registered")
                : from == u"registered"            ? QStringLiteral("under_review")
                                                   : QString();
            if (to.isEmpty())
                return Outcome::Refused;
            QThread::usleep(quint64(roll(2000)));
            TransitionRequest r { id, to };
            r.expectedFrom = from;
            const Result<TransitionRecord> moved = WorkflowService(db).transition(r, login.actor);
            if (!moved) {
                if (moved.error().code == ErrorCode::Conflict) {
                    ++out.moveConflicts;
                    return Outcome::Refused;
                }
                return connectionTrouble(db, moved.error())
                    ? Outcome::Lost
                    : (out.failures << moved.message(), Outcome::Failed);
            }
            ++out.moves;
            committed(id);
            return Outcome::Done;
        }
        // An identity number revealed (recorded; refused and recorded for a clerk not handling it).
        if (options.formCases.isEmpty())
            return Outcome::Refused;
        const qint64 id = options.formCases.at(roll(int(options.formCases.size())));
        const Result<QString> number = FormService(db).revealIdNumber(id, login.actor);
        if (!number) {
            if (number.error().code == ErrorCode::PermissionDenied) {
                ++out.revealRefusals;
                return Outcome::Refused;
            }
            return connectionTrouble(db, number.error())
                ? Outcome::Lost
                : (out.failures << number.message(), Outcome::Failed);
        }
        ++out.reveals;
        return Outcome::Done;
    };

    for (int op = 0; op < options.operations; ++op) {
        const int kind = roll(100);
        Outcome o = step(op, kind);
        int retries = 0;
        while (o == Outcome::Lost && retries++ < 5) {
            if (!reconnect()) {
                out.failures << QStringLiteral("the server did not come back within %1 s")
                                    .arg(options.reconnectSeconds);
                return out;
            }
            o = step(op, kind);
        }
        if (o == Outcome::Lost) {
            out.failures << QStringLiteral("a step kept failing on the connection");
            return out;
        }
        ++out.done;
    }
    return out;
}

TrailReport inspectTrail(const QSqlDatabase& db, const QList<SaveRecord>& saves)
{
    TrailReport report;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*), count(DISTINCT prev_hash), count(DISTINCT id) FROM events"))
        && q.next()) {
        report.events = q.value(0).toLongLong();
        report.forks = (report.events - q.value(1).toLongLong()) + (report.events - q.value(2).toLongLong());
    }
    // Fields each form save changed, by case and the version it made.
    QHash<qint64, QHash<qint64, QSet<QString>>> changedAt;
    if (q.exec(QStringLiteral(
            "SELECT subject_id, details FROM events WHERE action = 'application.form_saved'"))) {
        while (q.next()) {
            const QJsonObject d = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            const qint64 version = d.value(QStringLiteral("row_version")).toInteger();
            const QStringList keys = d.value(QStringLiteral("changed")).toObject().keys();
            changedAt[q.value(0).toLongLong()][version] = QSet<QString>(keys.cbegin(), keys.cend());
        }
    }
    for (const SaveRecord& s : saves) {
        const auto& versions = changedAt.value(s.caseId);
        const QSet<QString> mine = versions.value(s.version);
        for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
            if (it.key() > s.readVersion && it.key() < s.version && it.value().intersects(mine)) {
                ++report.lostUpdates;
                break;
            }
        }
    }
    const Result<std::optional<EventLog::Problem>> verified = EventLog::verify(db);
    report.verified = verified && !verified->has_value();
    report.problem = !verified  ? verified.message()
        : verified->has_value() ? (*verified)->message
                                : QString();
    return report;
}

} // namespace orgdesk::test
