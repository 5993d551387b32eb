// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>
#include <random>

namespace orgdesk {

// One drawn case of a quality sample, and its review.
struct SampleItem
{
    int position = 0; // 1-based, in draw order
    qint64 applicationId = 0;
    QString reference;
    QString orgNameEn;
    QString orgNameZh;
    qint64 decisionTransitionId = 0;
    QString outcome;     // approved or rejected
    QDateTime decidedAt; // UTC
    qint64 decidedBy = 0;
    QString decidedByName; // username
    QString verdict;       // agree, disagree; empty until reviewed
    QString note;
    QString reviewedByName;
    QDateTime reviewedAt; // UTC; invalid until reviewed
    bool reviewed() const { return !verdict.isEmpty(); }
};

struct QualitySample
{
    qint64 id = 0;
    QDateTime drawnAt; // UTC
    qint64 drawnBy = 0;
    QString drawnByName;
    QDate periodFrom; // Hong Kong calendar days, inclusive
    QDate periodTo;
    double percent = 0;
    quint64 seed = 0; // below 2^63
    qint64 population = 0;
    QList<SampleItem> items;
    int reviewedCount() const;
};

// What drawing a sample again from its record found.
struct RedrawCheck
{
    bool matches = false;
    qint64 populationRecorded = 0;
    qint64 populationNow = 0;
    bool populationSame = false; // the same decisions, in the same order, as when drawn
    QList<int> differingPositions; // positions whose case differs between the record and the redraw
};

// Quality sampling: a supervisor draws a random N% of the cases decided (moved to approved or
// rejected) in a period and reviews each decision, agreeing or disagreeing with a note.
//
// The draw is reproducible on every platform from its record: the population is the decision
// moves whose time falls in the period (Hong Kong days), in transition-id order; the sample size is
// ceil(percent × population / 100) with percent in hundredths of a percent (exact integers); the
// positions come from a partial Fisher–Yates shuffle driven by std::mt19937_64 (whose output the
// C++ standard fixes) seeded with the recorded seed, each index drawn by rejection sampling
// (uniformIndex) — never std::shuffle or std::uniform_int_distribution, whose results differ
// between standard libraries.
//
// Who: supervisors draw samples and review the cases in them; administrators and supervisors may
// read and verify samples. A reviewer never reviews a case they had a hand in deciding: the one who
// made the decision move, registered the case or recommended it is refused (four-eyes). Refusals on
// grounds of permission are recorded as `permission.refused` events; a draw is one transaction
// with its `quality.sample_drawn` event, a review one with its `quality.case_reviewed` event.
//
// Thread rules: use from the thread that owns `db`; not shared between threads.
class QualitySampler
{
    Q_DECLARE_TR_FUNCTIONS(QualitySampler)

public:
    static constexpr quint64 kMaxSeed = (quint64(1) << 63) - 1;

    explicit QualitySampler(QSqlDatabase db) : m_db(std::move(db)) { }

    // Draws and records a sample. Without a seed, a random 63-bit one from the system's source.
    Result<QualitySample> draw(QDate periodFrom, QDate periodTo, double percent, const Actor& actor,
                               std::optional<quint64> seed = std::nullopt);
    // Makes the draw again from the recorded seed, period and percent, and compares.
    Result<RedrawCheck> redraw(qint64 sampleId) const;
    // Records a verdict ("agree" or "disagree"; disagreeing needs a note) on one drawn case, once.
    Status review(qint64 sampleId, int position, const QString& verdict, const QString& note, const Actor& actor);

    Result<QualitySample> sample(qint64 sampleId) const;
    // Every sample, newest first: its record, size and how many of its cases are reviewed.
    struct Summary
    {
        qint64 id = 0;
        QDateTime drawnAt;
        QString drawnByName;
        QDate periodFrom, periodTo;
        double percent = 0;
        quint64 seed = 0;
        qint64 population = 0;
        int size = 0;
        int reviewed = 0;
    };
    Result<QList<Summary>> samples() const;

    // Why `actor` may not review this item, or empty when they may (for the UI to explain).
    Result<QString> reviewBarred(qint64 sampleId, int position, const Actor& actor) const;

    // The pure parts, exposed for tests.
    static qint64 sampleSize(qint64 population, double percent);
    // A uniform index in [0, n) from the generator's raw output (n >= 1).
    static quint64 uniformIndex(std::mt19937_64& rng, quint64 n);
    // The drawn indices into a population of `population`, in draw order.
    static QList<qint64> drawIndices(quint64 seed, qint64 population, qint64 size);

private:
    struct Decision
    {
        qint64 transitionId = 0;
        qint64 applicationId = 0;
    };
    Result<QList<Decision>> population(QDate from, QDate to) const;
    Error refuse(const Actor& actor, const QString& attempted, std::optional<qint64> sampleId, const QString& reason,
                 const QString& message);

    QSqlDatabase m_db;
};

} // namespace orgdesk
