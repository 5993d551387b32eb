// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/KeysetTableModel.h"

namespace orgdesk {

KeysetTableModelBase::KeysetTableModelBase(int columnCount, int pageSize, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_pageSize(pageSize)
{
}

int KeysetTableModelBase::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant KeysetTableModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList titles = columnTitles();
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

bool KeysetTableModelBase::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

} // namespace orgdesk
