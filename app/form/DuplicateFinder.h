// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialect.h"
#include "Result.h"
#include "UserService.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace orgdesk {

// What identifies the organization of an application being keyed (canonical values).
struct DuplicateQuery
{
    qint64 excludeId = 0; // the application itself
    QString brNumber;     // 8 digits
    QString brBranch;     // 3 digits
    QString orgNameEn;    // as typed; the matching key is computed here
    QString orgNameZh;
    QString email;
    QString phone; // canonical "+852 NNNN NNNN"
};

// An earlier (or later) application that looks like the same organization.
struct DuplicateMatch
{
    qint64 id = 0;
    QString reference;
    QString status;
    QString orgNameEn;
    QString orgNameZh;
    QString receivedAt;  // stored ISO text
    QString brBranch;    // the match's BR branch (differs from the query's under br_other_branch)
    QStringList reasons; // br (same number and branch), br_other_branch (same 8 digits, another
                         // branch: the same business), name, email, phone
    QString linkKind;    // resubmission_of / duplicate_of when already linked, else empty
};

struct ApplicationLink
{
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 linkedId = 0;
    QString linkedReference;
    QString kind;
    QString note;
};

// Finds applications from the same organization (same 8-digit BR number whatever the branch, same
// normalised English or Chinese name, same e-mail or phone) with one indexed lookup per criterion, and
// records the clerk's decision to link them. Nothing is ever merged.
//
// Thread rules: use from the thread that owns `db`; statements are prepared once per instance.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(QSqlDatabase db) : m_db(std::move(db)) { }
    ~DuplicateFinder();

    // The first lookup of an instance also fills any missing name keys (backfillNameKeys).
    Result<QList<DuplicateMatch>> find(const DuplicateQuery& query, int limit = 50);

    // Links `applicationId` to an earlier application as a resubmission or a duplicate: one
    // transaction with an "application.linked" event. Refused once `applicationId` is frozen (FormFreeze).
    Status link(qint64 applicationId, qint64 linkedId, const QString& kind, const QString& note, const Actor& actor);
    Result<QList<ApplicationLink>> links(qint64 applicationId) const;

    // Fills the name keys of rows written before they existed (schema version 1) or by other
    // tools; returns how many rows were updated. Safe to run again.
    static Result<qint64> backfillNameKeys(const QSqlDatabase& db);

    // The lookup statement and its values in binding order (for the benchmark's reference run).
    static QString lookupSql(const Dialect& dialect);
    static QVariantList lookupValues(const DuplicateQuery& query, int limit);

private:
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_find;
    bool m_keysChecked = false;
};

} // namespace orgdesk
