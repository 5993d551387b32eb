// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oversight/CaseFinder.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace orgdesk {

// The supervisor console's cases for a QTableView, newest received first. Rows are fetched lazily
// in pages by keyset through CaseFinder (never all rows, never OFFSET); the count comes from one
// query per filter (see counting()).
//
// Thread rules: GUI thread only; uses the GUI thread's connection.
class CaseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Organization, Type, Status, Clerk, Received, Decided, Outcome, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CaseModel(QSqlDatabase db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    void refresh();
    qint64 totalCount() const { return m_total; }
    // The count of a staff filter is not covered by an index: at a million cases it takes seconds,
    // so it runs on a worker thread with its own read-only connection while the rows show.
    bool counting() const { return m_counting; }
    qint64 idAt(int row) const;
    const CaseRow* rowAt(int row) const;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

private:
    QSqlDatabase m_db;
    CaseFinder m_finder;
    CaseFilter m_filter;
    QList<CaseRow> m_rows;
    QHash<QString, QString> m_typeNames; // organization type code -> English name
    bool m_exhausted = false;
    qint64 m_total = 0;
    bool m_counting = false;
    int m_generation = 0; // a count finishing for an older filter is dropped
};

} // namespace orgdesk
