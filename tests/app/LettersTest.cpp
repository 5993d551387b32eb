// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationService.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "SqlHandle.h"
#include "SqlUtil.h"
#include "TestSupport.h"
#include "letters/LetterService.h"
#include "workflow/WorkflowService.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

#include <poppler-qt6.h>

#include <memory>

using namespace orgdesk;
using test::ClockGuard;

namespace {

// All text of a PDF as Poppler extracts it, without white space (lines break anywhere).
QString pdfText(const QByteArray& pdf)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    REQUIRE(doc);
    QString text;
    for (int i = 0; i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString squeeze(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

} // namespace

TEST_CASE("Every letter type in both languages carries its merged values in the PDF text", "[app][letters]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    const Actor supervisor = t.addUser(QStringLiteral("sam"), QStringLiteral("supervisor"));
    const QTimeZone hk(QByteArrayLiteral("Asia/Hong_Kong"));
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), hk));
    ClockGuard guard(&clock);
    const QSqlDatabase db = t.connection();

    auto receive = [&](const QString& en, const QString& zh) {
        Receipt r;
        r.channel = QStringLiteral("fax");
        auto app = ApplicationService(db).receive(r, clerk);
        REQUIRE(app.ok());
        QSqlQuery q(db);
        REQUIRE(execPrepared(q,
                             QStringLiteral("UPDATE applications SET org_name_en = ?, org_name_zh = ?, pa_name_en = ?, "
                                            "pa_name_zh = ?, correspondence_address = ?, org_type = 'company' WHERE id = ?"),
                             { en, zh, QStringLiteral("CHAN Tai Man"), QStringLiteral("陳大文"),
                               QStringLiteral("12/F, Harbour Centre, 25 Harbour Road, Wan Chai"), app->id })
                    .ok());
        // A party to proceedings (eligible with its case number), so that it may be recommended and approved.
        REQUIRE(execPrepared(q,
                             QStringLiteral("INSERT INTO application_case_numbers (application_id, position, "
                                            "case_number) VALUES (?, 1, 'HCA 12/2025')"),
                             { app->id })
                    .ok());
        return *app;
    };
    const ApplicationRecord a = receive(QStringLiteral("Harbour Bay Trading Limited"), QStringLiteral("海港灣貿易有限公司"));
    const ApplicationRecord b = receive(QStringLiteral("Golden Gate Logistics Limited"), QStringLiteral("金門物流有限公司"));
    WorkflowService wf(db);
    auto move = [&](qint64 id, const QString& to, const Actor& who, QStringList codes = {}, QString note = {},
                    QString rec = {}) {
        TransitionRequest r { id, to, codes, note, rec };
        auto done = wf.transition(r, who);
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
    };
    for (qint64 id : { a.id, b.id }) {
        move(id, QStringLiteral("registered"), clerk);
        move(id, QStringLiteral("under_review"), clerk);
    }
    clock.set(QDateTime(QDate(2026, 3, 4), QTime(10, 0), hk));
    REQUIRE(wf.raiseRequisition(a.id, { QStringLiteral("REQ-BR"), QStringLiteral("REQ-AUTH") },
                                { QStringLiteral("Business Registration certificate"), QStringLiteral("授權書") },
                                QStringLiteral("Please send the documents by 20 March 2026."), clerk)
                .ok());
    LetterService letters(db);
    QHash<QString, QString> texts; // kind-lang -> extracted text
    auto generate = [&](const ApplicationRecord& app, const QString& kind) {
        for (const QString& lang : LetterService::languages()) {
            auto letter = letters.generate(app.id, kind, lang, clerk);
            INFO(kind.toStdString() << ' ' << lang.toStdString() << ": " << letter.message().toStdString());
            REQUIRE(letter.ok());
            CHECK(letter->pdf.startsWith("%PDF"));
            auto stored = AttachmentStore(db).content(letter->attachmentId);
            REQUIRE(stored.ok());
            CHECK(*stored == letter->pdf);
            auto info = AttachmentStore(db).info(letter->attachmentId);
            REQUIRE(info.ok());
            CHECK(info->sha256 == AttachmentStore::sha256Hex(letter->pdf));
            CHECK(info->applicationId == app.id);
            CHECK(info->pageCount == 1);
            texts.insert(kind + u'-' + lang, pdfText(letter->pdf));
        }
    };
    generate(a, QStringLiteral("acknowledgement"));
    generate(a, QStringLiteral("requisition"));
    clock.set(QDateTime(QDate(2026, 3, 10), QTime(10, 0), hk));
    move(a.id, QStringLiteral("under_review"), clerk, {}, QStringLiteral("Applicant replied by telephone; documents follow."));
    move(a.id, QStringLiteral("recommended"), clerk, {}, {}, QStringLiteral("approve"));
    move(a.id, QStringLiteral("approved"), supervisor);
    move(b.id, QStringLiteral("recommended"), clerk, { QStringLiteral("REJ-ELIG") }, {}, QStringLiteral("reject"));
    move(b.id, QStringLiteral("rejected"), supervisor, { QStringLiteral("REJ-ELIG"), QStringLiteral("REJ-VERIFY") });
    generate(a, QStringLiteral("approval"));
    generate(b, QStringLiteral("rejection"));
    // A letter that does not fit the case is refused.
    CHECK(letters.renderPdf(b.id, QStringLiteral("approval"), QStringLiteral("en")).error().code == ErrorCode::IllegalState);

    for (const QString& kind : LetterService::kinds()) {
        const bool isB = kind == u"rejection";
        const ApplicationRecord& app = isB ? b : a;
        const QString en = texts.value(kind + QStringLiteral("-en"));
        const QString zh = texts.value(kind + QStringLiteral("-zh"));
        INFO(kind.toStdString() << "\nEN: " << en.toStdString() << "\nZH: " << zh.toStdString());
        for (const QString& text : { en, zh }) {
            CHECK(text.contains(app.reference));
            CHECK(text.contains(QStringLiteral("23407819")));
        }
        CHECK(en.contains(squeeze(isB ? QStringLiteral("Golden Gate Logistics Limited") : QStringLiteral("Harbour Bay Trading Limited"))));
        CHECK(zh.contains(isB ? QStringLiteral("金門物流有限公司") : QStringLiteral("海港灣貿易有限公司")));
        CHECK(en.contains(QStringLiteral("CHANTaiMan")));
        CHECK(zh.contains(QStringLiteral("陳大文")));
        CHECK(en.contains(QStringLiteral("WanchaiTower")));
        CHECK(zh.contains(QStringLiteral("灣仔政府大樓")));
        CHECK(en.contains(QStringLiteral("2March2026")));
        CHECK(zh.contains(QStringLiteral("2026年3月2日")));
        CHECK(en.contains(QStringLiteral("JudiciaryHelpCentre")));
        CHECK(zh.contains(QStringLiteral("司法機構服務中心")));
    }
    CHECK(texts[QStringLiteral("requisition-en")].contains(squeeze(QStringLiteral("A copy of the Business Registration certificate is required."))));
    CHECK(texts[QStringLiteral("requisition-zh")].contains(QStringLiteral("須提交商業登記證副本。")));
    CHECK(texts[QStringLiteral("requisition-zh")].contains(QStringLiteral("須提交委任首席管理人的授權書。")));
    CHECK(texts[QStringLiteral("requisition-en")].contains(QStringLiteral("BusinessRegistrationcertificate")));
    CHECK(texts[QStringLiteral("requisition-zh")].contains(QStringLiteral("授權書")));
    CHECK(texts[QStringLiteral("requisition-en")].contains(QStringLiteral("by20March2026")));
    CHECK(texts[QStringLiteral("approval-en")].contains(QStringLiteral("approvedon10March2026")));
    CHECK(texts[QStringLiteral("approval-zh")].contains(QStringLiteral("已於2026年3月10日獲批准")));
    CHECK(texts[QStringLiteral("rejection-en")].contains(squeeze(QStringLiteral("The information provided could not be verified."))));
    CHECK(texts[QStringLiteral("rejection-zh")].contains(QStringLiteral("根據現行安排，有關組織不符合開設機構帳戶的資格。")));
    CHECK(texts[QStringLiteral("rejection-zh")].contains(QStringLiteral("所提供的資料未能核實。")));
    // Only letters of their own kind carry reasons.
    CHECK_FALSE(texts[QStringLiteral("approval-en")].contains(QStringLiteral("reason")));

    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM events WHERE action = 'letter.generated'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 8);
}

TEST_CASE("An administrator edits letter templates, merge fields are checked", "[app][letters]")
{
    test::TempDatabase t;
    const Actor admin = t.addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const Actor clerk = t.addUser(QStringLiteral("carol"), QStringLiteral("clerk"));
    LetterService letters(t.connection());
    auto tmpl = letters.letterTemplate(QStringLiteral("acknowledgement"), QStringLiteral("en"));
    REQUIRE(tmpl.ok());
    CHECK(tmpl->body.contains(QStringLiteral("{{reference}}")));
    LetterTemplate changed = *tmpl;
    changed.body = QStringLiteral("Dear {{pa_name}},\n\nThank you. Reference {{reference}} ({{colour}}).");
    CHECK(letters.setTemplate(changed, admin).error().code == ErrorCode::InvalidInput);
    changed.body = QStringLiteral("Dear {{pa_name}},\n\nThank you for application {{reference}}, sent by fax to {{fax}}.");
    CHECK(letters.setTemplate(changed, clerk).error().code == ErrorCode::PermissionDenied);
    REQUIRE(letters.setTemplate(changed, admin).ok());

    Receipt r;
    r.channel = QStringLiteral("hand");
    auto app = ApplicationService(t.connection()).receive(r, clerk);
    REQUIRE(app.ok());
    auto pdf = letters.renderPdf(app->id, QStringLiteral("acknowledgement"), QStringLiteral("en"));
    REQUIRE(pdf.ok());
    const QString text = pdfText(*pdf);
    CHECK(text.contains(squeeze(QStringLiteral("Thank you for application ") + app->reference)));
    CHECK(text.contains(QStringLiteral("DearSirorMadam"))); // no Principal Administrator keyed yet
}

TEST_CASE("Migration 4 (letter templates) upgrades a version 3 database and keeps its data", "[app][letters][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        test::TempDatabase probe; // loads the migration scripts
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const char* name : { "0001_initial.sql", "0002_application_form.sql", "0003_workflow.sql" }) {
            QFile script(QStringLiteral(":/orgdesk/migrations/") + QString::fromLatin1(name));
            REQUIRE(script.open(QIODevice::ReadOnly));
            INFO(name);
            REQUIRE(sqlite3_exec(sqliteHandle(raw), script.readAll().constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        }
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = 1330792260")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO users (id, username, role, password_hash, created_at) VALUES "
                                      "(1, 'carol', 'clerk', '!x', '2026-01-02T01:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO applications (id, reference, channel, received_at, registered_by, "
                                      "org_name_en, created_at, updated_at) VALUES (3, 'OA-2026-000003', 'post', "
                                      "'2026-01-05T02:00:00Z', 1, 'Jade River Holdings Limited', "
                                      "'2026-01-05T02:00:00Z', '2026-01-05T02:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO application_transitions (application_id, from_status, to_status, "
                                      "actor_id, at) VALUES (3, 'received', 'registered', 1, '2026-01-05T03:00:00Z')")));
        q.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT status, org_name_en FROM applications WHERE id = 3")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("registered"));
    CHECK(q.value(1).toString() == QStringLiteral("Jade River Holdings Limited"));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM letter_templates")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 8);
    auto pdf = LetterService(db->connection()).renderPdf(3, QStringLiteral("acknowledgement"), QStringLiteral("zh"));
    REQUIRE(pdf.ok());
    CHECK(pdfText(*pdf).contains(QStringLiteral("OA-2026-000003")));
}
