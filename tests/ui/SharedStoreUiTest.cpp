// SPDX-License-Identifier: GPL-3.0-or-later
// Two main windows signed in as two people on one store, each on a connection of its own (on the
// PostgreSQL run: each as that person's own login role, as the sign-in dialog connects): the clerk
// registers and recommends in one window, the supervisor sees it in their queue and approves in the
// other; a supervisor who recommended a case is refused its approval by the store itself, not only
// by the window. Pictures of both windows (ORGDESK_SCREENSHOTS).
#include "ApplicationStore.h"
#include "Database.h"
#include "MainWindow.h"
#include "QueueModel.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "UserService.h"
#include "workflow/TransitionDialog.h"
#include "workflow/WorkflowPanel.h"
#include "workflow/WorkflowService.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <optional>

using namespace orgdesk;

namespace {

const QString kPassword = QStringLiteral("correct horse");

// One person's desk: a connection of its own, signed in as that person.
struct Desk
{
    std::optional<Database> database;
    Actor actor;
    QSqlDatabase connection() const { return database->connection(); }
};

Desk signInAt(test::TempDatabase& t, const QString& username)
{
    Desk desk;
    if (test::onServer())
        // What the sign-in dialog does: the server checks the password of the person's own role.
        Database::setServerLogin(t.path(), { t.loginRole(username), kPassword });
    Result<Database> opened = Database::open(t.path(), Database::OpenMode::ExistingOnly);
    INFO(opened.message());
    REQUIRE(opened.ok());
    desk.database.emplace(std::move(opened).value());
    if (test::onServer()) {
        QSqlQuery q(desk.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT session_user")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == t.loginRole(username)); // not the owner's connection
    }
    const Result<Actor> actor = UserService(desk.connection()).signIn(username, kPassword);
    INFO(actor.message());
    REQUIRE(actor.ok());
    desk.actor = *actor;
    return desk;
}

// Whether `done` comes to hold within 5 s, events processed meanwhile.
bool eventually(const std::function<bool()>& done)
{
    test::waitFor(done, 5000);
    return done();
}

QString queueStatus(MainWindow& window, qint64 id)
{
    const int row = window.queueModel()->rowOfId(id);
    return row < 0 ? QString() : window.queueModel()->index(row, QueueModel::Status).data().toString();
}

QString storedStatus(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    REQUIRE(execPrepared(q, QStringLiteral("SELECT status FROM applications WHERE id = ?"), { id }).ok());
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Makes the move to `to` from the window's workflow panel, as the person clicks it.
void moveFromPanel(
    MainWindow& window, const Desk& desk, qint64 id, const QString& to, const QString& recommendation = {})
{
    window.selectApplication(id);
    auto* panel = window.findChild<WorkflowPanel*>();
    REQUIRE(panel);
    panel->setApplication(id);
    QPushButton* button = panel->actionButton(to);
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    TransitionDialog* dialog = panel->currentDialog();
    REQUIRE(dialog);
    if (!recommendation.isEmpty()) {
        dialog->setRecommendation(recommendation);
        dialog->setNote(
            QStringLiteral("BR certificate and authorisation letter checked against the originals."));
    }
    dialog->accept();
    INFO(dialog->errorText().toStdString());
    CHECK(storedStatus(desk.connection(), id) == to);
}

// Both windows side by side, as two desks' screens.
void screenshotDesks(QWidget& left, QWidget& right, const QString& name)
{
    const QString dir = qEnvironmentVariable("ORGDESK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    test::waitFor([] { return false; }, 200); // the tab just chosen is laid out
    const QPixmap a = left.grab();
    const QPixmap b = right.grab();
    QPixmap both(a.width() + b.width() + 8, std::max(a.height(), b.height()));
    both.fill(QColor(60, 60, 60));
    QPainter p(&both);
    p.drawPixmap(0, 0, a);
    p.drawPixmap(a.width() + 8, 0, b);
    p.end();
    both.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE(
    "Two windows signed in as a clerk and a supervisor share the queue: recommended in one, approved in the "
    "other; the recommender's own approval is refused by the store",
    "[ui][desks][server]")
{
    test::TempDatabase t;
    t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    t.addUser(QStringLiteral("sue"), QStringLiteral("supervisor"));
    const Desk clerk = signInAt(t, QStringLiteral("carol"));
    const Desk supervisor = signInAt(t, QStringLiteral("sam"));

    // The clerk's desk records a faxed form and keys it; the supervisor's queue shows it.
    MainWindow clerkWindow(clerk.connection(), t.path(), clerk.actor);
    MainWindow supervisorWindow(supervisor.connection(), t.path(), supervisor.actor);
    for (MainWindow* w : { &clerkWindow, &supervisorWindow }) {
        w->resize(1280, 800);
        w->show();
        REQUIRE(QTest::qWaitForWindowExposed(w));
    }
    const qint64 faxed = test::receive(clerk.connection(), clerk.actor, QStringLiteral("fax"));
    test::keyEligibleForm(clerk.connection(), faxed, clerk.actor);
    CHECK(eventually([&] { return !queueStatus(supervisorWindow, faxed).isEmpty(); }));

    // The clerk registers, reviews and recommends approval from the window.
    moveFromPanel(clerkWindow, clerk, faxed, QStringLiteral("registered"));
    moveFromPanel(clerkWindow, clerk, faxed, QStringLiteral("under_review"));
    moveFromPanel(clerkWindow, clerk, faxed, QStringLiteral("recommended"), QStringLiteral("approve"));
    // The supervisor's queue follows without Refresh, and the supervisor approves there.
    CHECK(eventually([&] {
        return queueStatus(supervisorWindow, faxed) == statusLabel(QStringLiteral("recommended"));
    }));
    moveFromPanel(supervisorWindow, supervisor, faxed, QStringLiteral("approved"));
    CHECK(eventually(
        [&] { return queueStatus(clerkWindow, faxed) == statusLabel(QStringLiteral("approved")); }));
    clerkWindow.selectApplication(faxed);
    screenshotDesks(clerkWindow, supervisorWindow, QStringLiteral("two-desks-approved"));

    // A case the supervisor Sam recommended himself: the window offers no approval, and the store
    // refuses the move when it is sent anyway on his own connection (as psql would send it).
    const qint64 own = test::receive(supervisor.connection(), supervisor.actor, QStringLiteral("fax"));
    supervisorWindow.applyFilters(); // as after New application… (the window's own connection)
    test::keyEligibleForm(supervisor.connection(), own, supervisor.actor);
    moveFromPanel(supervisorWindow, supervisor, own, QStringLiteral("registered"));
    moveFromPanel(supervisorWindow, supervisor, own, QStringLiteral("under_review"));
    moveFromPanel(
        supervisorWindow, supervisor, own, QStringLiteral("recommended"), QStringLiteral("approve"));
    auto* panel = supervisorWindow.findChild<WorkflowPanel*>();
    REQUIRE(panel);
    panel->setApplication(own);
    QPushButton* approve = panel->actionButton(QStringLiteral("approved"));
    REQUIRE(approve);
    CHECK_FALSE(approve->isEnabled());
    for (MainWindow* w : { &clerkWindow, &supervisorWindow })
        CHECK(
            eventually([&] { return queueStatus(*w, own) == statusLabel(QStringLiteral("recommended")); }));
    supervisorWindow.selectApplication(own);
    supervisorWindow.caseTabs()->setCurrentIndex(supervisorWindow.caseTabs()->count() - 1); // Decision
    screenshotDesks(clerkWindow, supervisorWindow, QStringLiteral("two-desks-four-eyes"));

    QSqlQuery q(supervisor.connection());
    REQUIRE(execPrepared(q,
        QStringLiteral("SELECT outcome, policy_code FROM application_eligibility WHERE application_id = ?"),
        { own })
                .ok());
    REQUIRE(q.next());
    const QVariant outcome = q.value(0), policy = q.value(1);
    q.finish();
    const Status sent = execPrepared(q,
        QStringLiteral(
            "INSERT INTO application_transitions (application_id, from_status, to_status, actor_id, at, "
            "reason_codes, note, recommendation, eligibility_policy, eligibility_outcome) "
            "VALUES (?, 'recommended', 'approved', ?, ?, '[]', '', NULL, ?, ?)"),
        { own, supervisor.actor.userId, isoUtc(QDateTime::currentDateTimeUtc()), policy, outcome });
    REQUIRE_FALSE(sent.ok());
    CHECK(sent.message().contains(QStringLiteral("four-eyes")));
    CHECK(storedStatus(supervisor.connection(), own) == QStringLiteral("recommended"));

    // Another supervisor, at a desk of her own, may decide it.
    const Desk second = signInAt(t, QStringLiteral("sue"));
    REQUIRE(WorkflowService(second.connection())
                .transition(TransitionRequest { own, QStringLiteral("approved") }, second.actor)
                .ok());
    CHECK(eventually(
        [&] { return queueStatus(supervisorWindow, own) == statusLabel(QStringLiteral("approved")); }));
}
