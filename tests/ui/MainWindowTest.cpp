// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationStore.h"
#include "DemoSeeder.h"
#include "DetailPane.h"
#include "MainWindow.h"
#include "QueueModel.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace orgdesk;
using test::screenshot;

namespace {
// Saves a screenshot when ORGDESK_SCREENSHOTS names a folder (for people to look at).
} // namespace

TEST_CASE("The main window shows the newest applications of a seeded database", "[ui]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("admin"), QStringLiteral("admin"));
    REQUIRE(DemoSeeder(t.connection()).run(750, 5).ok());
    MainWindow w(t.connection(), t.path(), admin);
    w.resize(1400, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    QueueModel* model = w.queueModel();
    CHECK(model->totalCount() == 750);
    CHECK(model->rowCount() == QueueModel::kPageSize); // lazily loaded, not all rows
    auto expected = ApplicationStore(t.connection()).page(QueueQuery {}, nullptr, 3);
    REQUIRE(expected.ok());
    for (int i = 0; i < 3; ++i)
        CHECK(model->index(i, QueueModel::Reference).data().toString() == expected->at(i).reference);
    CHECK(w.statusText().contains(QStringLiteral("750")));

    // Scrolling to the end loads the rest.
    while (model->canFetchMore({}))
        model->fetchMore({});
    CHECK(model->rowCount() == 750);

    // Selecting a row fills the detail pane.
    w.queueView()->setFocus();
    w.queueView()->selectRow(0);
    CHECK(w.detailPane()->fieldText(QStringLiteral("reference")) == expected->at(0).reference);
    screenshot(w, QStringLiteral("main-window"));

    // Searching narrows the queue.
    QTest::keyClicks(w.searchBox(), expected->at(1).reference);
    QTest::keyClick(w.searchBox(), Qt::Key_Return);
    CHECK(model->totalCount() == 1);
    CHECK(model->index(0, QueueModel::Reference).data().toString() == expected->at(1).reference);

    // A search that finds nothing says so, and clearing the filters brings everything back.
    w.searchBox()->setText(QStringLiteral("no such organization anywhere"));
    w.applyFilters();
    CHECK(model->totalCount() == 0);
    CHECK(w.statusText().contains(QStringLiteral("No application matches")));
    screenshot(w, QStringLiteral("main-window-no-match"));
    w.clearFilters();
    CHECK(model->totalCount() == 750);
}

TEST_CASE("Sorting by a column header re-orders through the database", "[ui]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("admin"), QStringLiteral("admin"));
    REQUIRE(DemoSeeder(t.connection()).run(300, 9).ok());
    MainWindow w(t.connection(), t.path(), admin);
    QueueModel* model = w.queueModel();
    w.queueView()->sortByColumn(QueueModel::Reference, Qt::AscendingOrder);
    QStringList refs;
    for (int i = 0; i < model->rowCount(); ++i)
        refs << model->index(i, QueueModel::Reference).data().toString();
    QStringList sorted = refs;
    std::sort(sorted.begin(), sorted.end());
    CHECK(refs == sorted);
    CHECK(refs.first() < refs.last());
}

TEST_CASE("The empty queue explains what to do", "[ui]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("admin"), QStringLiteral("admin"));
    MainWindow w(t.connection(), t.path(), admin);
    w.resize(1100, 600);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(w.queueModel()->rowCount() == 0);
    CHECK(w.statusText().contains(QStringLiteral("Ctrl+N")));
    screenshot(w, QStringLiteral("main-window-empty"));
}
