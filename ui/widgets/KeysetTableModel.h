// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <utility>

namespace orgdesk {

// What every lazily paged table model shares whatever its rows: the column titles, the signals,
// the count of all matching rows and whether the last page has been read. Models derive from
// KeysetTableModel<Row> below, not from this class.
//
// Thread rules: GUI thread only.
class KeysetTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1; // a row's id

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;

    // Rows matching the filter, as the model last counted them.
    qint64 totalCount() const { return m_total; }

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

protected:
    KeysetTableModelBase(int columnCount, int pageSize, QObject* parent);

    virtual QStringList columnTitles() const = 0; // in column order, translated

    int pageSize() const { return m_pageSize; }
    bool exhausted() const { return m_exhausted; }
    void setExhausted(bool exhausted) { m_exhausted = exhausted; }
    void setTotalCount(qint64 total) { m_total = total; }

private:
    int m_columnCount = 0;
    int m_pageSize = 0;
    bool m_exhausted = false;
    qint64 m_total = 0;
};

// A table model whose rows are read from the database a page at a time by keyset, each page
// starting after the last row loaded (never all rows, never OFFSET), so the first screen is
// instant however many rows match; a view asks for the next page as it scrolls (canFetchMore,
// fetchMore). A subclass reads a page after a given row (readPage), names a row's id (idOf),
// shows the rows (data, columnTitles) and starts again from the first page after a change of
// filter or order: beginResetModel(), clearRows(), endResetModel(), fetchMore({}).
//
// Thread rules: GUI thread only.
template<typename Row>
class KeysetTableModel : public KeysetTableModelBase
{
public:
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    void fetchMore(const QModelIndex& parent) override
    {
        if (parent.isValid() || exhausted())
            return;
        const Result<QList<Row>> page = readPage(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), pageSize());
        if (!page) {
            setExhausted(true);
            Q_EMIT loadFailed(page.message());
            return;
        }
        if (page->size() < pageSize())
            setExhausted(true);
        if (page->isEmpty())
            return;
        pageRead(*page);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows += *page;
        endInsertRows();
    }

    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    qint64 idAt(int row) const
    {
        const Row* r = rowAt(row);
        return r ? idOf(*r) : 0;
    }
    int rowOfId(qint64 id) const // -1 if not loaded
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (idOf(m_rows.at(i)) == id)
                return i;
        }
        return -1;
    }

protected:
    using KeysetTableModelBase::KeysetTableModelBase;

    // Up to `limit` rows in the model's order after `after` (nullptr: from the first).
    virtual Result<QList<Row>> readPage(const Row* after, int limit) = 0;
    virtual qint64 idOf(const Row& row) const = 0;
    // A page was read and is about to be shown (to look up what its rows need).
    virtual void pageRead(const QList<Row>& page) { Q_UNUSED(page); }

    const QList<Row>& rows() const { return m_rows; }

    // The loaded rows read again from the start (as many as are loaded, at least a page), and
    // whether that reached the end; nothing (after loadFailed) when a page could not be read.
    // For replaceRows() when the data changed elsewhere.
    std::optional<std::pair<QList<Row>, bool>> readAgain()
    {
        const int wanted = std::max<int>(int(m_rows.size()), pageSize());
        QList<Row> fresh;
        bool exhausted = false;
        while (fresh.size() < wanted) {
            const Result<QList<Row>> page = readPage(fresh.isEmpty() ? nullptr : &fresh.constLast(), pageSize());
            if (!page) {
                Q_EMIT this->loadFailed(page.message());
                return std::nullopt;
            }
            fresh += *page;
            if (page->size() < pageSize()) {
                exhausted = true;
                break;
            }
        }
        return std::make_pair(fresh, exhausted);
    }

    void replaceRow(int row, const Row& value) { m_rows[row] = value; }
    // Replaces the loaded rows by `fresh` (read again from the start) without a reset: the
    // selection and current row follow their rows by id (a row that left loses it), and a view
    // keeps its scroll position. For changes made elsewhere while someone looks at the table.
    void replaceRows(const QList<Row>& fresh, bool exhausted)
    {
        Q_EMIT this->layoutAboutToBeChanged();
        const QModelIndexList before = this->persistentIndexList();
        QList<qint64> ids;
        ids.reserve(before.size());
        for (const QModelIndex& i : before)
            ids << (i.row() < m_rows.size() ? idOf(m_rows.at(i.row())) : 0);
        m_rows = fresh;
        setExhausted(exhausted);
        QHash<qint64, int> rowOf;
        for (int r = 0; r < m_rows.size(); ++r)
            rowOf.insert(idOf(m_rows.at(r)), r);
        QModelIndexList after;
        after.reserve(before.size());
        for (int k = 0; k < before.size(); ++k) {
            const int r = rowOf.value(ids.at(k), -1);
            after << (r < 0 ? QModelIndex() : this->index(r, before.at(k).column()));
        }
        this->changePersistentIndexList(before, after);
        Q_EMIT this->layoutChanged();
    }
    // Forgets every loaded row; between beginResetModel() and endResetModel().
    void clearRows()
    {
        m_rows.clear();
        setExhausted(false);
    }

private:
    QList<Row> m_rows;
};

} // namespace orgdesk
