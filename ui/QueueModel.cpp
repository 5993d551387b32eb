// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueModel.h"

#include "ApplicationStore.h"
#include "HongKongTime.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace orgdesk {

QueueModel::QueueModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_store(std::move(db))
{
    reload();
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QueueRow& r = m_rows.at(index.row());
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

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Reference");
    case Organization:
        return tr("Organization");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Channel:
        return tr("Channel");
    case Received:
        return tr("Received");
    case Due:
        return tr("Due");
    default:
        return {};
    }
}

bool QueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void QueueModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const QueueRow* after = m_rows.isEmpty() ? nullptr : &m_rows.constLast();
    const Result<QList<QueueRow>> page = m_store.page(m_query, after, kPageSize);
    if (!page) {
        m_exhausted = true;
        Q_EMIT loadFailed(page.message());
        return;
    }
    if (page->size() < kPageSize)
        m_exhausted = true;
    if (page->isEmpty())
        return;
    if (m_levels) {
        if (const auto levels = m_levels->forRows(*page))
            m_due.insert(*levels);
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
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
    m_rows.clear();
    m_due.clear();
    if (auto levels = ServiceLevels::load(m_db))
        m_levels.emplace(std::move(levels).value());
    m_exhausted = false;
    endResetModel();
    fetchMore({});
    const Result<qint64> total = m_query.filter.search.trimmed().isEmpty()
                                     ? m_store.count(m_query.filter)
                                     : m_store.countUpTo(m_query.filter, kCountCap);
    m_total = total ? *total : m_rows.size();
    if (!total)
        Q_EMIT loadFailed(total.message());
    Q_EMIT totalCountChanged(m_total);
}

void QueueModel::updateRow(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    const Result<QueueRow> fresh = m_store.queueRow(id);
    if (!fresh)
        return;
    m_rows[row] = *fresh;
    if (m_levels) {
        if (const auto levels = m_levels->forRows({ *fresh }))
            m_due.insert(*levels);
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

qint64 QueueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int QueueModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace orgdesk
