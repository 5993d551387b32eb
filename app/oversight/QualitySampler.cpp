// SPDX-License-Identifier: GPL-3.0-or-later
#include "QualitySampler.h"

#include "Clock.h"
#include "EventLog.h"
#include "HongKongTime.h"
#include "Permissions.h"
#include "RowReader.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "validation/Hkid.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cmath>

namespace orgdesk {

namespace {

QDateTime hongKongStartOfDay(QDate day)
{
    return HongKongTime::startOfDay(day);
}

// Percent in hundredths (2.5 % -> 250): the size is computed in integers, identically everywhere.
qint64 basisPoints(double percent)
{
    return qint64(std::llround(percent * 100.0));
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString kItemSelect = QStringLiteral(
    "SELECT i.position, i.application_id, a.reference, a.org_name_en, a.org_name_zh, i.decision_transition_id, "
    "t.to_status, t.at, t.actor_id, coalesce(du.username, ''), i.verdict, i.note, coalesce(ru.username, ''), "
    "i.reviewed_at FROM quality_sample_items i JOIN applications a ON a.id = i.application_id "
    "JOIN application_transitions t ON t.id = i.decision_transition_id LEFT JOIN users du ON du.id = t.actor_id "
    "LEFT JOIN users ru ON ru.id = i.reviewed_by ");

SampleItem itemFromQuery(const QSqlQuery& q)
{
    SampleItem item;
    readRow(q, item.position, item.applicationId, item.reference, item.orgNameEn, item.orgNameZh,
            item.decisionTransitionId, item.outcome, item.decidedAt, item.decidedBy, item.decidedByName, item.verdict,
            item.note, item.reviewedByName, item.reviewedAt);
    return item;
}

} // namespace

int QualitySample::reviewedCount() const
{
    int n = 0;
    for (const SampleItem& i : items)
        n += i.reviewed() ? 1 : 0;
    return n;
}

qint64 QualitySampler::sampleSize(qint64 population, double percent)
{
    if (population <= 0)
        return 0;
    const qint64 bp = std::clamp<qint64>(basisPoints(percent), 0, 10000);
    return (bp * population + 9999) / 10000; // ceil(bp × population / 10000)
}

quint64 QualitySampler::uniformIndex(std::mt19937_64& rng, quint64 n)
{
    // Reject the low end of the range that would make `x % n` favour small values.
    const quint64 threshold = (0 - n) % n; // (2^64 - n) mod n == 2^64 mod n
    for (;;) {
        const quint64 x = rng();
        if (x >= threshold)
            return x % n;
    }
}

QList<qint64> QualitySampler::drawIndices(quint64 seed, qint64 population, qint64 size)
{
    QList<qint64> order(population);
    for (qint64 i = 0; i < population; ++i)
        order[i] = i;
    std::mt19937_64 rng(seed);
    const qint64 k = std::min(size, population);
    for (qint64 i = 0; i < k; ++i) {
        const qint64 j = i + qint64(uniformIndex(rng, quint64(population - i)));
        std::swap(order[i], order[j]);
    }
    order.resize(k);
    return order;
}

Result<QList<QualitySampler::Decision>> QualitySampler::population(QDate from, QDate to) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT id, application_id FROM application_transitions "
                                               "WHERE to_status IN ('approved', 'rejected') AND at >= ? AND at < ? "
                                               "ORDER BY id"),
                                { isoUtc(hongKongStartOfDay(from)), isoUtc(hongKongStartOfDay(to.addDays(1))) });
        !s)
        return s.error();
    return readRecords(q, &Decision::transitionId, &Decision::applicationId);
}

Error QualitySampler::refuse(const Actor& actor, const QString& attempted, std::optional<qint64> sampleId,
                             const QString& reason, const QString& message)
{
    // A refusal on grounds of permission is itself recorded, in its own committed transaction.
    Transaction tx(m_db);
    if (tx.active()) {
        const Result<qint64> ev = EventLog::append(
            m_db, Event { 0, Clock::current().nowUtc(), actorId(actor), QStringLiteral("permission.refused"),
                          QStringLiteral("quality_sample"), sampleId,
                          QJsonObject { { QStringLiteral("attempted"), attempted }, { QStringLiteral("reason"), reason } } });
        if (ev)
            (void)tx.commit();
    }
    return makeError(ErrorCode::PermissionDenied, message);
}

Result<QualitySample> QualitySampler::draw(QDate periodFrom, QDate periodTo, double percent, const Actor& actor,
                                           std::optional<quint64> seed)
{
    if (!periodFrom.isValid() || !periodTo.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the first and the last day of the period."));
    if (periodFrom > periodTo)
        return makeError(ErrorCode::InvalidInput, tr("The period ends before it starts."));
    if (!std::isfinite(percent) || basisPoints(percent) <= 0 || basisPoints(percent) > 10000)
        return makeError(ErrorCode::InvalidInput, tr("The share to draw must be more than 0 % and at most 100 %."));
    if (seed && *seed > kMaxSeed)
        return makeError(ErrorCode::InvalidInput, tr("A seed is a whole number from 0 to %1.").arg(kMaxSeed));
    if (actor.userId <= 0 || actor.role != u"supervisor")
        return refuse(actor, QStringLiteral("quality.sample_draw"), std::nullopt, QStringLiteral("role"),
                      tr("Only a supervisor may draw a quality sample."));
    percent = double(basisPoints(percent)) / 100.0;
    const quint64 usedSeed = seed ? *seed : (QRandomGenerator::system()->generate64() >> 1);

    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    // The account as stored now, in the draw's own transaction: a supervisor deactivated or given
    // another role since signing in may not draw.
    if (const Result<QString> why = refusalReason(m_db, actor, { QStringLiteral("supervisor") }); !why) {
        return why.error();
    } else if (!why->isEmpty()) {
        tx.rollback();
        return refuse(actor, QStringLiteral("quality.sample_draw"), std::nullopt, *why,
                      refusalMessage(*why, tr("Only a supervisor may draw a quality sample.")));
    }
    const auto decisions = population(periodFrom, periodTo);
    if (!decisions)
        return decisions.error();
    const qint64 size = sampleSize(decisions->size(), percent);
    const QList<qint64> drawn = drawIndices(usedSeed, decisions->size(), size);
    QByteArray digest;
    for (const Decision& d : *decisions)
        digest += QByteArray::number(d.transitionId) + ':' + QByteArray::number(d.applicationId) + '\n';

    const QDateTime now = Clock::current().nowUtc();
    QSqlQuery ins(m_db);
    const Result<qint64> inserted = insertReturningId(
        ins,
        QStringLiteral("INSERT INTO quality_samples (drawn_at, drawn_by, period_from, period_to, percent, seed, "
                       "population) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { isoUtc(now), actor.userId, periodFrom.toString(Qt::ISODate), periodTo.toString(Qt::ISODate), percent,
          qint64(usedSeed), qint64(decisions->size()) });
    if (!inserted)
        return inserted.error();
    const qint64 sampleId = *inserted;
    QSqlQuery item(m_db);
    if (!item.prepare(QStringLiteral("INSERT INTO quality_sample_items (sample_id, position, application_id, "
                                     "decision_transition_id) VALUES (?, ?, ?, ?)")))
        return sqlError(item, QStringLiteral("preparing the sample"));
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        const Decision& d = decisions->at(drawn.at(i));
        item.bindValue(0, sampleId);
        item.bindValue(1, int(i + 1));
        item.bindValue(2, d.applicationId);
        item.bindValue(3, d.transitionId);
        if (!item.exec())
            return sqlError(item, QStringLiteral("recording the sample"));
    }
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, now, actorId(actor), QStringLiteral("quality.sample_drawn"), QStringLiteral("quality_sample"),
                      sampleId,
                      QJsonObject { { QStringLiteral("seed"), QString::number(usedSeed) }, // a JSON number would round it
                                    { QStringLiteral("percent"), percent },
                                    { QStringLiteral("period_from"), periodFrom.toString(Qt::ISODate) },
                                    { QStringLiteral("period_to"), periodTo.toString(Qt::ISODate) },
                                    { QStringLiteral("population"), qint64(decisions->size()) },
                                    { QStringLiteral("size"), size },
                                    { QStringLiteral("population_sha256"), sha256(digest) } } });
    if (!ev)
        return ev.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return sample(sampleId);
}

Result<RedrawCheck> QualitySampler::redraw(qint64 sampleId) const
{
    const auto stored = sample(sampleId);
    if (!stored)
        return stored.error();
    RedrawCheck check;
    check.populationRecorded = stored->population;
    const auto decisions = population(stored->periodFrom, stored->periodTo);
    if (!decisions)
        return decisions.error();
    check.populationNow = decisions->size();
    QByteArray digest;
    for (const Decision& d : *decisions)
        digest += QByteArray::number(d.transitionId) + ':' + QByteArray::number(d.applicationId) + '\n';
    QString recordedDigest;
    {
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q,
                                    QStringLiteral("SELECT details FROM events WHERE subject_type = 'quality_sample' "
                                                   "AND subject_id = ? AND action = 'quality.sample_drawn'"),
                                    { sampleId });
            !s)
            return s.error();
        if (q.next())
            recordedDigest = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                 .object()
                                 .value(QStringLiteral("population_sha256"))
                                 .toString();
    }
    check.populationSame = check.populationNow == check.populationRecorded && recordedDigest == sha256(digest);
    const QList<qint64> drawn = drawIndices(stored->seed, decisions->size(), sampleSize(decisions->size(), stored->percent));
    const qsizetype n = std::max<qsizetype>(drawn.size(), stored->items.size());
    for (qsizetype i = 0; i < n; ++i) {
        const bool inRedraw = i < drawn.size();
        const bool inRecord = i < stored->items.size();
        if (inRedraw && inRecord) {
            const Decision& d = decisions->at(drawn.at(i));
            const SampleItem& s = stored->items.at(i);
            if (d.transitionId == s.decisionTransitionId && d.applicationId == s.applicationId)
                continue;
        }
        check.differingPositions << int(i + 1);
    }
    check.matches = check.populationSame && check.differingPositions.isEmpty();
    return check;
}

Result<QString> QualitySampler::reviewBarred(qint64 sampleId, int position, const Actor& actor) const
{
    if (actor.userId <= 0 || actor.role != u"supervisor")
        return tr("Only a supervisor may review a sampled decision.");
    QSqlQuery q(m_db);
    if (Status s = execPrepared(
            q,
            QStringLiteral("SELECT t.actor_id = ?, a.registered_by IS NOT DISTINCT FROM ?, EXISTS (SELECT 1 FROM application_transitions p "
                           "WHERE p.application_id = i.application_id AND p.actor_id = ? AND (p.to_status IN "
                           "('registered', 'recommended') OR (p.to_status = 'case_by_case' AND p.from_status = 'under_review'))) "
                           "FROM quality_sample_items i JOIN application_transitions t ON t.id = i.decision_transition_id "
                           "JOIN applications a ON a.id = i.application_id WHERE i.sample_id = ? AND i.position = ?"),
            { actor.userId, actor.userId, actor.userId, sampleId, position });
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Sample %1 has no case at position %2.").arg(sampleId).arg(position));
    if (q.value(0).toBool())
        return tr("You made this decision: another supervisor must review it.");
    if (q.value(1).toBool() || q.value(2).toBool())
        return tr("You registered or recommended this case: another supervisor must review its decision.");
    return QString();
}

Status QualitySampler::review(qint64 sampleId, int position, const QString& verdict, const QString& note,
                              const Actor& actor)
{
    if (verdict != u"agree" && verdict != u"disagree")
        return makeError(ErrorCode::InvalidInput, tr("A verdict is “agree” or “disagree”."));
    // The note keeps no identity number (validation::maskHkidsInText).
    const QString trimmed = validation::maskHkidsInText(note.trimmed());
    if (verdict == u"disagree" && trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say in a note why you disagree with the decision."));
    if (actor.userId <= 0 || actor.role != u"supervisor")
        return refuse(actor, QStringLiteral("quality.case_review"), sampleId, QStringLiteral("role"),
                      tr("Only a supervisor may review a sampled decision."));
    const auto barred = reviewBarred(sampleId, position, actor);
    if (!barred)
        return barred.error();
    if (!barred->isEmpty())
        return refuse(actor, QStringLiteral("quality.case_review"), sampleId, QStringLiteral("four_eyes"), *barred);

    Transaction tx(m_db);
    if (!tx.active())
        return tx.status();
    // The account as stored now, in the review's own transaction (see draw()).
    if (const Result<QString> why = refusalReason(m_db, actor, { QStringLiteral("supervisor") }); !why) {
        return why.error();
    } else if (!why->isEmpty()) {
        tx.rollback();
        return refuse(actor, QStringLiteral("quality.case_review"), sampleId, *why,
                      refusalMessage(*why, tr("Only a supervisor may review a sampled decision.")));
    }
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT application_id, verdict FROM quality_sample_items "
                                               "WHERE sample_id = ? AND position = ?"),
                                { sampleId, position });
        !s)
        return s;
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Sample %1 has no case at position %2.").arg(sampleId).arg(position));
    if (!q.value(1).isNull())
        return makeError(ErrorCode::Conflict, tr("This case has been reviewed already; a verdict is given once."));
    const qint64 applicationId = q.value(0).toLongLong();
    const QDateTime now = Clock::current().nowUtc();
    QSqlQuery u(m_db);
    if (Status s = execPrepared(u,
                                QStringLiteral("UPDATE quality_sample_items SET verdict = ?, note = ?, reviewed_by = ?, "
                                               "reviewed_at = ? WHERE sample_id = ? AND position = ?"),
                                { verdict, text(trimmed), actor.userId, isoUtc(now), sampleId, position });
        !s)
        return s;
    QJsonObject details { { QStringLiteral("sample"), sampleId },
                          { QStringLiteral("position"), position },
                          { QStringLiteral("verdict"), verdict } };
    if (!trimmed.isEmpty()) // the note stays with the item; its hash ties it to the audit chain
        details.insert(QStringLiteral("note_sha256"), sha256(trimmed.toUtf8()));
    const Result<qint64> ev = EventLog::append(m_db, Event { 0, now, actorId(actor), QStringLiteral("quality.case_reviewed"),
                                                             QStringLiteral("application"), applicationId, details });
    if (!ev)
        return ev.error();
    return tx.commit();
}

Result<QualitySample> QualitySampler::sample(qint64 sampleId) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT s.id, s.drawn_at, s.drawn_by, coalesce(u.username, ''), s.period_from, "
                                               "s.period_to, s.percent, s.seed, s.population FROM quality_samples s "
                                               "LEFT JOIN users u ON u.id = s.drawn_by WHERE s.id = ?"),
                                { sampleId });
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no quality sample %1.").arg(sampleId));
    QualitySample out;
    readRow(q, out.id, out.drawnAt, out.drawnBy, out.drawnByName, out.periodFrom, out.periodTo, out.percent, out.seed,
            out.population);
    QSqlQuery items(m_db);
    if (Status s = execPrepared(items, kItemSelect + QStringLiteral("WHERE i.sample_id = ? ORDER BY i.position"), { sampleId });
        !s)
        return s.error();
    out.items = readRows(items, itemFromQuery);
    return out;
}

Result<QList<QualitySampler::Summary>> QualitySampler::samples() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = execPrepared(q,
                                QStringLiteral("SELECT s.id, s.drawn_at, coalesce(u.username, ''), s.period_from, s.period_to, "
                                               "s.percent, s.seed, s.population, (SELECT count(*) FROM quality_sample_items i "
                                               "WHERE i.sample_id = s.id), (SELECT count(*) FROM quality_sample_items i "
                                               "WHERE i.sample_id = s.id AND i.verdict IS NOT NULL) FROM quality_samples s "
                                               "LEFT JOIN users u ON u.id = s.drawn_by ORDER BY s.id DESC"));
        !s)
        return s.error();
    using S = Summary;
    return readRecords(q, &S::id, &S::drawnAt, &S::drawnByName, &S::periodFrom, &S::periodTo, &S::percent, &S::seed,
                       &S::population, &S::size, &S::reviewed);
}

} // namespace orgdesk
