// SPDX-License-Identifier: GPL-3.0-or-later
#include "oversight/CaseModel.h"

#include "ApplicationStore.h"
#include "widgets/FilterWidgets.h"
#include "ReferenceData.h"
#include "oversight/CaseTimeline.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace orgdesk {

CaseModel::CaseModel(QSqlDatabase db, QObject* parent)
    : KeysetTableModel(ColumnCount, kPageSize, parent)
    , m_db(db)
    , m_finder(db)
{
    if (const auto types = ReferenceData(m_db).organizationTypes())
        for (const OrganizationType& t : *types)
            m_typeNames.insert(t.code, t.name(chineseInterface()));
}

QVariant CaseModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const CaseRow& r = rows().at(index.row());
    if (role == IdRole)
        return r.queue.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && r.overdue)
            return tr("Past its service-level due date");
        if (index.column() == Type || index.column() == Organization)
            return data(index, Qt::DisplayRole);
        if (index.column() == Received || index.column() == Decided) {
            const QString at = index.column() == Received ? r.queue.receivedAt : r.decidedAt;
            return at.isEmpty() ? QVariant() : CaseTimeline::localTime(QDateTime::fromString(at, Qt::ISODate));
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Organization && r.queue.orgNameEn.isEmpty()
        && r.queue.orgNameZh.isEmpty())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ForegroundRole && index.column() == Status && r.overdue)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Reference:
        return r.queue.reference;
    case Organization:
        if (r.queue.orgNameEn.isEmpty() && r.queue.orgNameZh.isEmpty())
            return tr("(form not keyed in yet)");
        return r.queue.orgNameZh.isEmpty() ? r.queue.orgNameEn
               : r.queue.orgNameEn.isEmpty() ? r.queue.orgNameZh
                                             : r.queue.orgNameEn + QStringLiteral("  ") + r.queue.orgNameZh;
    case Type:
        return m_typeNames.value(r.queue.orgType, r.queue.orgType);
    case Status:
        return r.overdue ? tr("%1 (overdue)").arg(statusLabel(r.queue.status)) : statusLabel(r.queue.status);
    case Clerk:
        return r.clerk;
    case Received: // the day; the time is in the tooltip
        return CaseTimeline::localTime(QDateTime::fromString(r.queue.receivedAt, Qt::ISODate)).left(10);
    case Decided:
        return r.decidedAt.isEmpty() ? QString()
                                     : CaseTimeline::localTime(QDateTime::fromString(r.decidedAt, Qt::ISODate)).left(10);
    case Outcome:
        return r.outcome.isEmpty() ? QString() : statusLabel(r.outcome);
    default:
        return {};
    }
}

QStringList CaseModel::columnTitles() const
{
    return { tr("Reference"), tr("Organization"), tr("Type"),    tr("Status"),
             tr("Clerk"),     tr("Received"),     tr("Decided"), tr("Outcome") };
}

Result<QList<CaseRow>> CaseModel::readPage(const CaseRow* after, int limit)
{
    return m_finder.page(m_filter, after, limit);
}

void CaseModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    refresh();
}

void CaseModel::refresh()
{
    beginResetModel();
    clearRows();
    endResetModel();
    const int generation = ++m_generation;
    const QString path = m_db.databaseName();
    if (!m_filter.staffId || path.isEmpty() || path == u":memory:") {
        m_counting = false;
        const auto n = m_finder.count(m_filter);
        setTotalCount(n ? *n : 0);
        if (!n)
            Q_EMIT loadFailed(n.message());
        fetchMore({});
        Q_EMIT totalCountChanged(totalCount());
        return;
    }
    m_counting = true;
    setTotalCount(0);
    fetchMore({});
    Q_EMIT totalCountChanged(totalCount());
    struct Counted
    {
        qint64 n = 0;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Counted>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        const Counted counted = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_counting = false;
        setTotalCount(counted.n);
        if (!counted.error.isEmpty())
            Q_EMIT loadFailed(counted.error);
        Q_EMIT totalCountChanged(totalCount());
    });
    const CaseFilter filter = m_filter;
    watcher->setFuture(QtConcurrent::run([path, filter, generation] {
        Counted out;
        const QString name = QStringLiteral("orgdesk-case-count-%1-%2")
                                 .arg(quintptr(QThread::currentThreadId()))
                                 .arg(generation);
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            c.setDatabaseName(path);
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!c.open()) {
                out.error = tr("The cases could not be counted: the database could not be opened.");
            } else {
                const auto n = CaseFinder(c).count(filter);
                if (n)
                    out.n = *n;
                else
                    out.error = n.message();
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }));
}

void CaseModel::refreshInPlace()
{
    if (const auto fresh = readAgain())
        replaceRows(fresh->first, fresh->second);
}

} // namespace orgdesk
