// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationRecord.h"
#include "ApplicationStore.h"
#include "workflow/ServiceLevels.h"
#include "Result.h"
#include "widgets/KeysetTableModel.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace orgdesk {

// The application queue for a QTableView. Rows are fetched lazily in pages by keyset
// (KeysetTableModel: never all rows, never OFFSET), so the first screen is instant at a million
// applications. Sorting and filtering are done by the database and reset the model.
//
// Thread rules: GUI thread only; uses the GUI thread's connection.
class QueueModel : public KeysetTableModel<QueueRow>
{
    Q_OBJECT
public:
    enum Column { Reference, Organization, Type, Status, Channel, Received, Due, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit QueueModel(QSqlDatabase db, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

    void setFilter(const QueueFilter& filter);
    const QueueFilter& filter() const { return m_query.filter; }
    // Reloads from the database keeping filter and order (after a change elsewhere).
    void refresh();

    // Rows matching the filter (totalCount()). A search is counted only up to kCountCap; beyond it
    // the total is kCountCap + 1 and totalIsAtLeast() is true ("more than 1,000").
    bool totalIsAtLeast() const { return totalCount() > kCountCap; }
    static constexpr qint64 kCountCap = 1000;
    // Re-reads one application's row in place (after an edit), keeping the selection.
    void updateRow(qint64 id);
    // Reads the loaded rows (at least the first page) again after changes made at other desks,
    // without a reset: new cases appear in their place, rows that no longer match go, the
    // selection and the scroll position stay with their rows. Counts again.
    void refreshInPlace();
    // The widest texts `column` can show in the interface's language (every status, every
    // channel, an overdue date, …), to size the column to its content before rows are loaded.
    static QStringList widestTexts(int column);

protected:
    QStringList columnTitles() const override;
    Result<QList<QueueRow>> readPage(const QueueRow* after, int limit) override;
    qint64 idOf(const QueueRow& row) const override { return row.id; }
    void pageRead(const QList<QueueRow>& page) override;

private:
    void reload();

    QSqlDatabase m_db;
    ApplicationStore m_store;
    QueueQuery m_query;
    std::optional<ServiceLevels> m_levels;   // loaded once per reload
    QHash<qint64, ServiceLevel> m_due;       // for the loaded rows
};

} // namespace orgdesk
