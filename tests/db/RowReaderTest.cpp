// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowReader.h"
#include "SqlUtil.h"
#include "TestSupport.h"

#include <QSqlQuery>

using namespace orgdesk;

namespace {

struct Sample
{
    qint64 id = 0;
    QString name;
    QDateTime at;
    std::optional<qint64> by;
    bool flag = false;
    QStringList codes;
};

} // namespace

TEST_CASE("RowReader converts each column to the type of its field, NULL to an empty optional", "[db]")
{
    test::TempDatabase t;
    QSqlQuery q(t.connection());
    REQUIRE(execPrepared(q, QStringLiteral("SELECT 7, 'HCA', '2025-03-04T05:06:07Z', NULL, 1, '[\"R1\",\"R2\"]', "
                                           "'2025-02-28', '{\"k\":3}', 2.5, NULL, NULL, 9")));
    REQUIRE(q.next());
    Sample s;
    s.by = 42;
    QDate day;
    QJsonObject details;
    double percent = 0;
    QDateTime never = QDateTime::currentDateTimeUtc();
    std::optional<QDate> noDay = QDate(2020, 1, 1);
    RowReader row(q);
    row.read(s.id, s.name, s.at, s.by, s.flag, s.codes, day, details, percent, never, noDay);
    CHECK(s.id == 7);
    CHECK(s.name == QStringLiteral("HCA"));
    CHECK(s.at == QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC));
    CHECK_FALSE(s.by.has_value());
    CHECK(s.flag);
    CHECK(s.codes == QStringList { QStringLiteral("R1"), QStringLiteral("R2") });
    CHECK(day == QDate(2025, 2, 28));
    CHECK(details.value(QStringLiteral("k")).toInt() == 3);
    CHECK(percent == 2.5);
    CHECK_FALSE(never.isValid()); // NULL text is no time
    CHECK_FALSE(noDay.has_value());
    CHECK(row.column() == 11);
    CHECK(row.value().toInt() == 9);
}

TEST_CASE("readRecords and readRows read every remaining row in order, skip passes columns over", "[db]")
{
    test::TempDatabase t;
    QSqlQuery q(t.connection());
    REQUIRE(execPrepared(q, QStringLiteral("SELECT 1, 'a', '[]' UNION ALL SELECT 2, 'b', '[\"x\"]' UNION ALL "
                                           "SELECT 3, 'c', NULL ORDER BY 1")));
    const QList<Sample> samples = readRecords(q, &Sample::id, &Sample::name, &Sample::codes);
    REQUIRE(samples.size() == 3);
    CHECK(samples.at(0).id == 1);
    CHECK(samples.at(1).name == QStringLiteral("b"));
    CHECK(samples.at(1).codes == QStringList { QStringLiteral("x") });
    CHECK(samples.at(2).codes.isEmpty());
    CHECK_FALSE(q.next()); // all read

    QSqlQuery n(t.connection());
    REQUIRE(execPrepared(n, QStringLiteral("SELECT 'skipped', 10 UNION ALL SELECT 'skipped', 20 ORDER BY 2")));
    const QList<int> values = readRows(n, [](const QSqlQuery& r) {
        int v = 0;
        RowReader(r).skip().read(v);
        return v;
    });
    CHECK(values == QList<int> { 10, 20 });
}
