// SPDX-License-Identifier: GPL-3.0-or-later
// The main screens fit a 1280×800 screen and a 1920×1080 one, in English and in Chinese: the
// queue's columns hold their content and the organization is not squeezed, the move buttons stay
// inside the Decision tab, no chart text of the dashboard is cut short, and Chinese is drawn in
// the sans CJK face. With ORGDESK_SCREENSHOTS set, each screen is saved to be looked at.
#include "ChineseInterface.h"
#include "Clock.h"
#include "DemoSeeder.h"
#include "MainWindow.h"
#include "QueueModel.h"
#include "TestSupport.h"
#include "oversight/DashboardView.h"
#include "widgets/ScreenFont.h"

#include <QApplication>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextLayout>
#include <QTimeZone>
#include <QTreeWidget>

using namespace orgdesk;
using test::screenshot;

namespace {

constexpr int kDecisionTab = 3;
constexpr int kFormTab = 1;

qint64 newestWithStatus(const QSqlDatabase& db, const QString& status)
{
    QSqlQuery q(db);
    REQUIRE(
        q.prepare(QStringLiteral("SELECT id FROM applications WHERE status = ? ORDER BY id DESC LIMIT 1")));
    q.addBindValue(status);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The cases the screens show: one to decide and one being keyed.
struct Cases
{
    qint64 recommended = 0;
    qint64 underReview = 0;
};

// The family the application font draws `text` in (the first glyph run's).
QString familyDrawing(const QString& text)
{
    QTextLayout layout(text, QApplication::font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    REQUIRE_FALSE(runs.isEmpty());
    return runs.first().rawFont().familyName();
}

// A case tab (a scroll area around its page) shows its page's whole width.
bool noSidewaysScrolling(QWidget* tab)
{
    auto* area = qobject_cast<QScrollArea*>(tab);
    REQUIRE(area);
    return area->horizontalScrollBar()->maximum() == 0;
}

// Opens the main window at `size` as `who` and checks and photographs the queue, the Decision tab
// of a recommended case, the Form tab of one under review, and the dashboard; `suffix` names the
// pictures.
void checkScreens(
    const test::TempDatabase& t, const Actor& who, const Cases& cases, QSize size, const QString& suffix)
{
    MainWindow w(t.connection(), t.path(), who);
    w.resize(size);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QCoreApplication::processEvents();

    INFO("screen " << suffix);
    QTableView* queue = w.queueView();
    const QFontMetrics metrics = queue->fontMetrics();
    CHECK(queue->columnWidth(QueueModel::Organization) >= metrics.averageCharWidth() * 30);
    for (int c = 0; c < QueueModel::ColumnCount; ++c) {
        if (c == QueueModel::Organization || queue->isColumnHidden(c))
            continue;
        CHECK(queue->columnWidth(c) >= queue->horizontalHeader()->sectionSizeHint(c));
        for (const QString& text : QueueModel::widestTexts(c))
            CHECK(queue->columnWidth(c) > metrics.horizontalAdvance(text));
    }
    // Every column in sight, with no sideways scrolling.
    CHECK(queue->horizontalHeader()->length() <= queue->viewport()->width());
    screenshot(w, QStringLiteral("queue-") + suffix);

    w.selectApplication(cases.recommended);
    w.caseTabs()->setCurrentIndex(kDecisionTab);
    QCoreApplication::processEvents();
    const QRect tabs(w.caseTabs()->mapTo(&w, QPoint(0, 0)), w.caseTabs()->size());
    const QList<QPushButton*> buttons = w.caseTabs()->findChildren<QPushButton*>();
    int moves = 0;
    for (QPushButton* b : buttons) {
        if (!b->objectName().startsWith(QStringLiteral("action-")))
            continue;
        ++moves;
        INFO(b->text());
        CHECK(b->isVisible());
        CHECK(tabs.contains(QRect(b->mapTo(&w, QPoint(0, 0)), b->size())));
        CHECK(b->width() >= b->sizeHint().width());
    }
    CHECK(moves >= 3);
    CHECK(noSidewaysScrolling(w.caseTabs()->currentWidget()));
    // The history of moves wraps instead of scrolling sideways.
    auto* history = w.caseTabs()->findChild<QTreeWidget*>();
    REQUIRE(history);
    CHECK(history->topLevelItemCount() >= 3);
    CHECK(history->horizontalScrollBar()->maximum() == 0);
    screenshot(w, QStringLiteral("decision-") + suffix);

    w.selectApplication(cases.underReview);
    w.caseTabs()->setCurrentIndex(kFormTab);
    QCoreApplication::processEvents();
    // The pages beside the form (the keying layout); the form's panels sit beside or under the
    // fields: nothing to scroll sideways to, with the queue shown or folded away (F9).
    auto* keying = qobject_cast<QSplitter*>(w.caseTabs()->currentWidget());
    REQUIRE(keying);
    REQUIRE(keying->count() == 2);
    CHECK(noSidewaysScrolling(keying->widget(1)));
    screenshot(w, QStringLiteral("form-") + suffix);
    QTest::keyClick(&w, Qt::Key_F9);
    QCoreApplication::processEvents();
    CHECK_FALSE(queue->isVisible());
    CHECK(keying->sizes().value(0) > 0);
    CHECK(noSidewaysScrolling(keying->widget(1)));
    screenshot(w, QStringLiteral("keying-") + suffix);
    QTest::keyClick(&w, Qt::Key_F9);
    QCoreApplication::processEvents();
    CHECK(queue->isVisible());

    // The dashboard, maximized on the same screen.
    w.showDashboard();
    auto* dashboard = w.findChild<DashboardView*>();
    REQUIRE(dashboard);
    dashboard->resize(size);
    QSignalSpy loaded(dashboard, &DashboardView::loaded);
    while (dashboard->isLoading() && loaded.isEmpty())
        REQUIRE(loaded.wait(60000));
    QCoreApplication::processEvents();
    const QList<QChartView*> charts = dashboard->findChildren<QChartView*>();
    CHECK(charts.size() == 3);
    for (QChartView* chart : charts) {
        for (QGraphicsItem* item : chart->scene()->items()) {
            if (const auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible()) {
                INFO(text->toPlainText());
                CHECK_FALSE(text->toPlainText().endsWith(QStringLiteral("...")));
            }
        }
    }
    screenshot(*dashboard, QStringLiteral("dashboard-") + suffix);
    dashboard->close();
}

} // namespace

TEST_CASE("Chinese in an English interface is drawn in Noto Sans CJK HK, and Latin keeps the system face",
    "[ui][fit]")
{
    const QFont before = QApplication::font();
    REQUIRE(useSansCjkForChinese());
    CHECK(QApplication::font().families().contains(QStringLiteral("Noto Sans CJK HK")));
    CHECK(familyDrawing(QStringLiteral("香港律師會")) == QStringLiteral("Noto Sans CJK HK"));
    CHECK(familyDrawing(QStringLiteral("Law Society")) != QStringLiteral("Noto Sans CJK HK"));
    CHECK(familyDrawing(QStringLiteral("Law Society")) == QFontInfo(before).family());
    QApplication::setFont(before);
}

TEST_CASE("The queue, the case tabs and the dashboard fit 1280×800 and 1920×1080, in English and Chinese",
    "[ui][fit]")
{
    FixedClock clock(
        QDateTime(QDate(2026, 11, 30), QTime(10, 30), QTimeZone(QByteArrayLiteral("Asia/Hong_Kong"))));
    test::ClockGuard guard(&clock);
    const QFont systemFont = QApplication::font();
    REQUIRE(useSansCjkForChinese());
    test::TempDatabase t;
    const Actor sup = t.addUser(QStringLiteral("chan.sup"), QStringLiteral("supervisor"));
    REQUIRE(DemoSeeder(t.connection()).run(1500, 7).ok());
    const Cases cases { newestWithStatus(t.connection(), QStringLiteral("recommended")),
        newestWithStatus(t.connection(), QStringLiteral("under_review")) };

    for (const QSize size : { QSize(1280, 800), QSize(1920, 1080) }) {
        const QString name = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        checkScreens(t, sup, cases, size, name + QStringLiteral("-en"));
        {
            test::ChineseInterface chinese;
            checkScreens(t, sup, cases, size, name + QStringLiteral("-zh"));
        }
    }
    QApplication::setFont(systemFont);
}
