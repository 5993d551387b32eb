// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationRecord.h"
#include "ApplicationStore.h"
#include "workflow/ServiceLevels.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace orgdesk {

// The application queue for a QTableView. Rows are fetched lazily in pages by keyset
// (never all rows, never OFFSET), so the first screen is instant at a million applications.
// Sorting and filtering are done by the database and reset the model.
//
// Thread rules: GUI thread only; uses the GUI thread's connection.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Organization, Type, Status, Channel, Received, Due, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit QueueModel(QSqlDatabase db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const QueueFilter& filter);
    const QueueFilter& filter() const { return m_query.filter; }
    // Reloads from the database keeping filter and order (after a change elsewhere).
    void refresh();

    // Rows matching the filter. A search is counted only up to kCountCap; beyond it the total is
    // kCountCap + 1 and totalIsAtLeast() is true ("more than 1,000").
    qint64 totalCount() const { return m_total; }
    bool totalIsAtLeast() const { return m_total > kCountCap; }
    static constexpr qint64 kCountCap = 1000;
    // Re-reads one application's row in place (after an edit), keeping the selection.
    void updateRow(qint64 id);
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 if not loaded

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

private:
    void reload();

    QSqlDatabase m_db;
    ApplicationStore m_store;
    QueueQuery m_query;
    QList<QueueRow> m_rows;
    std::optional<ServiceLevels> m_levels;   // loaded once per reload
    QHash<qint64, ServiceLevel> m_due;       // for the loaded rows
    bool m_exhausted = false;
    qint64 m_total = 0;
};

} // namespace orgdesk
