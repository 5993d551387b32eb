// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace orgdesk {

// One application as stored. Values are canonical (validated and normalised by app/).
struct ApplicationRecord
{
    qint64 id = 0;
    QString reference; // OA-YYYY-NNNNNN
    QString status = QStringLiteral("received");
    QString channel;   // fax, post, hand, online
    QDateTime receivedAt; // UTC
    std::optional<qint64> registeredBy;
    QString senderFax;
    std::optional<int> pagesReceived;

    QString orgNameEn;
    QString orgNameZh;
    QString orgType; // organization_types.code, empty when not yet known
    QString brNumber;
    QString brBranch;
    QString registeredAddress;
    QString correspondenceAddress;
    QString paNameEn;
    QString paNameZh;
    QString paIdType; // '', hkid, passport
    QString paIdNumber;
    QString paPosition;
    QString phone;
    QString fax;
    QString email;
    std::optional<bool> formSigned;
    QDate formDate;
    QString remarks;
    QStringList caseNumbers;

    QDateTime createdAt;
    QDateTime updatedAt;
};

// The columns the queue shows: small, so a page of rows is cheap to fetch and keep.
struct QueueRow
{
    qint64 id = 0;
    QString reference;
    QString orgNameEn;
    QString orgNameZh;
    QString orgType;
    QString status;
    QString channel;
    QString receivedAt; // stored ISO text; the model formats it
};

enum class QueueSort { Reference, Organization, Status, Channel, ReceivedAt };

struct QueueFilter
{
    QString status;  // empty: any
    QString channel; // empty: any
    QDate receivedFrom; // inclusive Hong Kong calendar days; null: open
    QDate receivedTo;   // inclusive; null: open
    QString search;  // reference, organization name (English or Chinese), BR number

    // Filters of the supervisor console (app/oversight/CaseFinder); empty or unset: any.
    QStringList statuses;         // any of these statuses (and `status`, when both are given)
    QString orgType;              // organization_types.code
    std::optional<qint64> staffId; // registered it (registered_by) or made any recorded move on it
    QString decision;             // "approved" or "rejected": that decision move is recorded; "none": neither is
    QDateTime receivedFromUtc;    // received_at >= this; invalid: open
    QDateTime receivedBeforeUtc;  // received_at < this; invalid: open
};

struct QueueQuery
{
    QueueFilter filter;
    QueueSort sort = QueueSort::ReceivedAt;
    bool descending = true;
};

} // namespace orgdesk
