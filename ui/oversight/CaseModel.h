// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oversight/CaseFinder.h"
#include "widgets/KeysetTableModel.h"

#include <QHash>
#include <QSqlDatabase>

namespace orgdesk {

// The supervisor console's cases for a QTableView, newest received first. Rows are fetched lazily
// in pages by keyset through CaseFinder (KeysetTableModel: never all rows, never OFFSET); the
// count comes from one query per filter (see counting()).
//
// Thread rules: GUI thread only; uses the GUI thread's connection.
class CaseModel : public KeysetTableModel<CaseRow>
{
    Q_OBJECT
public:
    enum Column { Reference, Organization, Type, Status, Clerk, Received, Decided, Outcome, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit CaseModel(QSqlDatabase db, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    void refresh();
    // Reads the loaded rows again after changes at other desks, keeping selection and scroll
    // (KeysetTableModel::replaceRows); the count stays until the next refresh.
    void refreshInPlace();
    // The count of a staff filter is not covered by an index: at a million cases it takes seconds,
    // so it runs on a worker thread with its own read-only connection while the rows show.
    bool counting() const { return m_counting; }

protected:
    QStringList columnTitles() const override;
    Result<QList<CaseRow>> readPage(const CaseRow* after, int limit) override;
    qint64 idOf(const CaseRow& row) const override { return row.queue.id; }

private:
    QSqlDatabase m_db;
    CaseFinder m_finder;
    CaseFilter m_filter;
    QHash<QString, QString> m_typeNames; // organization type code -> English name
    bool m_counting = false;
    int m_generation = 0; // a count finishing for an older filter is dropped
};

} // namespace orgdesk
