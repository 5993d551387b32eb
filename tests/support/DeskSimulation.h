// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace orgdesk::test {

// A desk for the load-and-fault tests and bench/bench_desks: a thread with its own connection as
// its own staff login, doing a mix of the desk's everyday steps through the app's services.

struct DeskLogin
{
    QString location; // unique per desk (the sign-in is kept per location)
    QString loginRole;
    QString password;
    Actor actor;
};

// A save that went through: the version it was read at and the version it made.
struct SaveRecord
{
    qint64 caseId = 0;
    qint64 readVersion = 0;
    qint64 version = 0;
};

// Cases any desk may move (new cases join it), shared between the desks' threads.
struct CasePool
{
    QMutex mutex;
    QList<qint64> ids;
    void add(qint64 id);
    qint64 pick(quint32 random);
};

struct DeskResult
{
    int done = 0;
    int intakes = 0, saves = 0, conflicts = 0, resolved = 0, moves = 0, moveConflicts = 0;
    int reveals = 0, revealRefusals = 0, reconnects = 0;
    QList<SaveRecord> saved;
    QStringList failures; // anything that went wrong other than the expected refusals
};

struct DeskOptions
{
    int operations = 250;
    quint32 seed = 1;
    QList<qint64> formCases; // the cases every desk keys at once (conflicting saves)
    CasePool* pool = nullptr;
    int reconnectSeconds = 60; // how long a desk keeps trying to reach the server again
    // Called after each commit that changed a case (from the desk's thread): the case, its new
    // version and when the commit returned (steadyNs()).
    std::function<void(qint64 caseId, qint64 version, qint64 committedNs)> committed;
};

// A monotonic clock shared by the desks' threads, in nanoseconds.
qint64 steadyNs();

// Runs one desk to the end (on the calling thread). Intake 15 %, form saves on the shared cases
// 40 % (over the version read; a conflict is counted as reported and resolved as the conflict
// view would by default — fields this desk did not touch take theirs, its own stay — then saved
// again over the newer version), moves 25 % (re-checking the status offered), identity-number
// reveals 20 %. A failure of the connection makes the desk reconnect with a growing pause and do
// the step again.
DeskResult runDesk(const DeskLogin& login, const DeskOptions& options);

// What the audit trail says after a run: forks in the chain, saves that overwrote a field another
// desk's save had changed after they were read (lost updates), and whether the chain verifies.
struct TrailReport
{
    qint64 events = 0;
    qint64 forks = 0;
    qint64 lostUpdates = 0;
    bool verified = false;
    QString problem;
};
TrailReport inspectTrail(const QSqlDatabase& db, const QList<SaveRecord>& saves);

} // namespace orgdesk::test
