// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowReader.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "widgets/KeysetTableModel.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace orgdesk;

namespace {

struct Numbered
{
    qint64 id = 0;
    QString label;
};

// Pages of a real table by keyset, the way the queue and the console read theirs.
class NumberModel : public KeysetTableModel<Numbered>
{
public:
    NumberModel(QSqlDatabase db, QString table)
        : KeysetTableModel(2, 100, nullptr)
        , m_db(std::move(db))
        , m_table(std::move(table))
    {
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        const Numbered* r = rowAt(index.row());
        if (!r || role != Qt::DisplayRole)
            return {};
        return index.column() == 0 ? QVariant(r->id) : QVariant(r->label);
    }
    void restart()
    {
        beginResetModel();
        clearRows();
        endResetModel();
        fetchMore({});
    }
    int pagesRead = 0;

protected:
    QStringList columnTitles() const override { return { QStringLiteral("Number"), QStringLiteral("Label") }; }
    qint64 idOf(const Numbered& row) const override { return row.id; }
    void pageRead(const QList<Numbered>&) override { ++pagesRead; }
    Result<QList<Numbered>> readPage(const Numbered* after, int limit) override
    {
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q, QStringLiteral("SELECT id, label FROM %1 WHERE id > ? ORDER BY id LIMIT ?").arg(m_table),
                                    { after ? after->id : 0, limit });
            !s)
            return s.error();
        return readRecords(q, &Numbered::id, &Numbered::label);
    }

private:
    QSqlDatabase m_db;
    QString m_table;
};

} // namespace

TEST_CASE("A keyset table model reads its rows a page at a time after the last row loaded", "[ui]")
{
    test::TempDatabase t;
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE numbers (id INTEGER PRIMARY KEY, label TEXT NOT NULL)")));
    REQUIRE(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250) "
                                  "INSERT INTO numbers SELECT i * 2, 'n' || (i * 2) FROM n")));
    NumberModel model(t.connection(), QStringLiteral("numbers"));
    CHECK(model.rowCount() == 0);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 100);
    CHECK(model.idAt(99) == 200);
    model.fetchMore({});
    model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({})); // the last page was short
    CHECK(model.pagesRead == 3);
    CHECK(model.idAt(249) == 500);
    CHECK(model.index(3, 1).data().toString() == QStringLiteral("n8"));
    CHECK(model.rowOfId(302) == 150);
    CHECK(model.rowOfId(301) == -1);
    CHECK(model.idAt(250) == 0);
    CHECK(model.columnCount() == 2);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Label"));
    CHECK_FALSE(model.headerData(2, Qt::Horizontal).isValid());
    CHECK_FALSE(model.headerData(0, Qt::Vertical).isValid());

    model.restart();
    CHECK(model.rowCount() == 100);
    CHECK(model.canFetchMore({}));
}

TEST_CASE("A keyset table model that cannot read a page says so and stops asking", "[ui]")
{
    test::TempDatabase t;
    NumberModel model(t.connection(), QStringLiteral("no_such_table"));
    QSignalSpy failed(&model, &KeysetTableModelBase::loadFailed);
    model.fetchMore({});
    CHECK(model.rowCount() == 0);
    REQUIRE(failed.size() == 1);
    CHECK_FALSE(failed.at(0).at(0).toString().isEmpty());
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.pagesRead == 0);
}
