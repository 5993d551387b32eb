// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli holidays import and the provisional due date in show and history.
#include "ApplicationService.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>

using namespace orgdesk;
using test::runCli;

namespace {

QStringList withDb(const QString& db, QStringList args)
{
    return QStringList { QStringLiteral("--db"), db } + args;
}

int count(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("orgdesk-cli holidays import previews with --dry-run, saves otherwise and refuses a malformed file",
          "[cli][holidays]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    Receipt r;
    r.channel = QStringLiteral("post");
    const auto app = ApplicationService(t.connection()).receive(r, clerk);
    REQUIRE(app.ok());
    // No year has its holidays entered: the due date of a case received today is provisional.
    test::sqlite(t.path(), QStringLiteral("DELETE FROM public_holidays;"));
    auto show = runCli(withDb(t.path(), { QStringLiteral("show"), app->reference }));
    REQUIRE(show.exitCode == 0);
    CHECK(show.out.contains(QStringLiteral("due:")));
    CHECK(show.out.contains(QStringLiteral("(provisional")));
    auto history = runCli(withDb(t.path(), { QStringLiteral("history"), app->reference }));
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.contains(QStringLiteral("(provisional")));

    const QString ics = t.dir() + QStringLiteral("/en.ics");
    write(ics, QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                                 "BEGIN:VEVENT\r\nUID:a@test\r\nDTSTART;VALUE=DATE:20280126\r\n"
                                 "DTEND;VALUE=DATE:20280129\r\nSUMMARY:Lunar New Year\r\nEND:VEVENT\r\n"
                                 "BEGIN:VEVENT\r\nUID:b@test\r\nDTSTART;VALUE=DATE:20280101\r\n"
                                 "SUMMARY:The first day of January\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
    const int eventsBefore = count(t.connection(), QStringLiteral("SELECT count(*) FROM events"));
    auto dry = runCli(withDb(t.path(), { QStringLiteral("holidays"), QStringLiteral("import"), ics,
                                         QStringLiteral("--dry-run") }));
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("To add (4)")));
    CHECK(dry.out.contains(QStringLiteral("2028-01-27\tLunar New Year")));
    CHECK(dry.out.contains(QStringLiteral("nothing was saved")));
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM public_holidays")) == 0);
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM events")) == eventsBefore);

    auto saved = runCli(withDb(t.path(), { QStringLiteral("holidays"), QStringLiteral("import"), ics }));
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out.contains(QStringLiteral("Saved: 4 added, 0 renamed.")));
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM public_holidays")) == 4);
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM events WHERE action = 'holiday.added'")) == 4);

    const QString bad = t.dir() + QStringLiteral("/bad.ics");
    write(bad, QByteArrayLiteral("Date,Holiday\n2029-01-01,The first day of January\n"));
    auto refused = runCli(withDb(t.path(), { QStringLiteral("holidays"), QStringLiteral("import"), bad }));
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("not an iCalendar file")));
    CHECK(refused.err.contains(QStringLiteral("nothing was changed")));
    CHECK(count(t.connection(), QStringLiteral("SELECT count(*) FROM public_holidays")) == 4);
}
