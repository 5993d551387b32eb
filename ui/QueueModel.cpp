// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueModel.h"

#include "ApplicationStore.h"
#include "HongKongTime.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace orgdesk {

QueueModel::QueueModel(QSqlDatabase db, QObject* parent)
    : KeysetTableModel(ColumnCount, kPageSize, parent)
    , m_db(db)
    , m_store(std::move(db))
{
    reload();
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const QueueRow& r = rows().at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reference:
            return r.reference;
        case Organization:
            if (r.orgNameEn.isEmpty() && r.orgNameZh.isEmpty())
                return tr("(not yet keyed)");
            if (r.orgNameZh.isEmpty())
                return r.orgNameEn;
            return r.orgNameEn.isEmpty() ? r.orgNameZh : r.orgNameEn + QStringLiteral("  ") + r.orgNameZh;
        case Type:
            return r.orgType;
        case Status:
            return statusLabel(r.status);
        case Channel:
            return channelLabel(r.channel);
        case Received: {
            return HongKongTime::isoMinutes(QDateTime::fromString(r.receivedAt, Qt::ISODate));
        }
        case Due: {
            const ServiceLevel level = m_due.value(r.id);
            if (!level.applies)
                return QString();
            const QString due = level.paused ? tr("paused")
                : level.overdue              ? tr("%1 (overdue)").arg(level.due.toString(Qt::ISODate))
                                             : level.due.toString(Qt::ISODate);
            return level.provisional ? tr("%1 (provisional)").arg(due) : due;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Due) {
        const ServiceLevel level = m_due.value(r.id);
        if (level.overdue)
            return QColor(0xb0, 0x00, 0x20);
        if (level.dueSoon)
            return QColor(0xb3, 0x5c, 0x00);
    }
    if (role == Qt::ForegroundRole && index.column() == Organization && r.orgNameEn.isEmpty() && r.orgNameZh.isEmpty())
        return QColor(Qt::gray);
    if (role == Qt::ToolTipRole && index.column() == Due && m_due.value(r.id).provisional)
        return tr("Provisional: the count runs through a year whose public holidays are not entered yet, so the "
                  "date may move once they are.");
    if (role == Qt::ToolTipRole && index.column() == Organization)
        return r.orgNameEn + QLatin1Char('\n') + r.orgNameZh;
    return {};
}

QStringList QueueModel::widestTexts(int column)
{
    QStringList texts;
    switch (column) {
    case Reference:
        return { QStringLiteral("OA-0000-000000") };
    case Status:
        for (const QString& s : allStatuses())
            texts << statusLabel(s);
        return texts;
    case Channel:
        for (const QString& c : allChannels())
            texts << channelLabel(c);
        return texts;
    case Received:
        return { QStringLiteral("0000-00-00 00:00") };
    case Due:
        // A provisional date is rare and says so in its tooltip: it may be cut short.
        return { tr("%1 (overdue)").arg(QStringLiteral("0000-00-00")), tr("paused") };
    default:
        return {};
    }
}

QStringList QueueModel::columnTitles() const
{
    return { tr("Reference"), tr("Organization"), tr("Type"), tr("Status"), tr("Channel"), tr("Received"), tr("Due") };
}

Result<QList<QueueRow>> QueueModel::readPage(const QueueRow* after, int limit)
{
    return m_store.page(m_query, after, limit);
}

void QueueModel::pageRead(const QList<QueueRow>& page)
{
    if (m_levels) {
        if (const auto levels = m_levels->forRows(page))
            m_due.insert(*levels);
    }
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    // Due dates follow the received order (same target for every case).
    static const QueueSort bySection[] = { QueueSort::Reference, QueueSort::Organization, QueueSort::Organization,
                                           QueueSort::Status,    QueueSort::Channel,      QueueSort::ReceivedAt,
                                           QueueSort::ReceivedAt };
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = bySection[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void QueueModel::setFilter(const QueueFilter& filter)
{
    m_query.filter = filter;
    reload();
}

void QueueModel::refresh()
{
    reload();
}

void QueueModel::reload()
{
    beginResetModel();
    clearRows();
    m_due.clear();
    if (auto levels = ServiceLevels::load(m_db))
        m_levels.emplace(std::move(levels).value());
    endResetModel();
    fetchMore({});
    const Result<qint64> total = m_query.filter.search.trimmed().isEmpty()
                                     ? m_store.count(m_query.filter)
                                     : m_store.countUpTo(m_query.filter, kCountCap);
    setTotalCount(total ? *total : rows().size());
    if (!total)
        Q_EMIT loadFailed(total.message());
    Q_EMIT totalCountChanged(totalCount());
}

void QueueModel::refreshInPlace()
{
    const auto again = readAgain();
    if (!again)
        return;
    const auto& [fresh, exhausted] = *again;
    if (auto levels = ServiceLevels::load(m_db))
        m_levels.emplace(std::move(levels).value());
    m_due.clear();
    pageRead(fresh);
    replaceRows(fresh, exhausted);
    const Result<qint64> total = m_query.filter.search.trimmed().isEmpty()
        ? m_store.count(m_query.filter)
        : m_store.countUpTo(m_query.filter, kCountCap);
    if (total) {
        setTotalCount(*total);
        Q_EMIT totalCountChanged(totalCount());
    }
}

void QueueModel::updateRow(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    const Result<QueueRow> fresh = m_store.queueRow(id);
    if (!fresh)
        return;
    replaceRow(row, *fresh);
    if (m_levels) {
        if (const auto levels = m_levels->forRows({ *fresh }))
            m_due.insert(*levels);
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace orgdesk
