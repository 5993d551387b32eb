// SPDX-License-Identifier: GPL-3.0-or-later
// The application form, driven with key events as a clerk would: keying and saving a whole
// application, undo/redo, drafts after a crash, masked identity numbers, errors, eligibility,
// duplicates. Screenshots go to $ORGDESK_SCREENSHOTS when set.
#include "form/ApplicationForm.h"
#include "ApplicationService.h"
#include "form/ChecklistPanel.h"
#include "Clock.h"
#include "form/DuplicatesPanel.h"
#include "EventLog.h"
#include "TestSupport.h"
#include "form/ChecklistService.h"
#include "form/DraftStore.h"
#include "form/DuplicateFinder.h"
#include "workflow/WorkflowService.h"

#include <QLabel>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace orgdesk;
using test::screenshot;

namespace {

void showAndFocus(ApplicationForm& form, const QString& field)
{
    form.resize(1200, 860);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    form.field(field)->setFocus();
    QTRY_VERIFY(form.field(field)->hasFocus());
}

QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    return w;
}

// Types `text` into the focused field as a clerk would: Latin text as key presses, Chinese as
// the input method commits it (QTest has no key codes for CJK characters).
void type(const QString& text)
{
    QString latin;
    auto flush = [&latin] {
        if (!latin.isEmpty())
            QTest::keyClicks(focused(), latin);
        latin.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            latin += c;
            continue;
        }
        flush();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(focused(), &commit);
    }
    flush();
}

// Types `text` into the focused field and moves on with Tab.
void typeAndTab(const QString& text)
{
    type(text);
    QTest::keyClick(focused(), Qt::Key_Tab);
}

int eventCount(const QSqlDatabase& db, qint64 id, const QString& action)
{
    const auto events = EventLog::forSubject(db, QStringLiteral("application"), id);
    REQUIRE(events.ok());
    int n = 0;
    for (const Event& e : *events)
        n += e.action == action ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("A whole application is keyed and saved with the keyboard only", "[ui][form]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    ApplicationForm form(t.connection(), clerk);
    form.loadApplication(id);
    showAndFocus(form, QStringLiteral("org_name_en"));

    typeAndTab(QStringLiteral("Harbour Bay Trading (Central) Limited"));
    typeAndTab(QStringLiteral("海港灣貿易（中環）有限公司"));
    for (int i = 0; i < 7; ++i) // — choose —, law firm, HKBA, LSHK, government, enforcement, statutory, company
        QTest::keyClick(focused(), Qt::Key_Down);
    typeAndTab(QString());
    typeAndTab(QStringLiteral("12345678-000-03-25-6"));
    typeAndTab(QStringLiteral("12/F, Harbour Centre, 25 Harbour Road, Wan Chai"));
    typeAndTab(QString()); // correspondence address: same as registered
    typeAndTab(QString()); // LSHK confirmation: not a law firm
    typeAndTab(QString());
    typeAndTab(QString());
    typeAndTab(QStringLiteral("CHAN Tai Man"));
    typeAndTab(QStringLiteral("陳大文"));
    QTest::keyClick(focused(), Qt::Key_Down); // HKID card
    typeAndTab(QString());
    typeAndTab(QStringLiteral("A123456(3)"));
    typeAndTab(QStringLiteral("Director"));
    typeAndTab(QStringLiteral("2345 6789"));
    typeAndTab(QString());
    typeAndTab(QStringLiteral("info@harbour-bay.com.hk"));
    QTest::keyClicks(focused(), QStringLiteral("hca 1234 of 2025"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::keyClicks(focused(), QStringLiteral("DCCJ 567/2024"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    typeAndTab(QString()); // prefix note: both prefixes are known
    QTest::keyClick(focused(), Qt::Key_Down); // signed: yes
    typeAndTab(QString());
    typeAndTab(QStringLiteral("02/05/2025"));
    QTest::keyClicks(focused(), QStringLiteral("Faxed, original to follow by post."));
    CHECK(focused() == form.field(QStringLiteral("remarks")));
    CHECK(form.isDirty());

    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    INFO(form.statusText());
    CHECK(form.statusText().startsWith(QStringLiteral("Saved")));
    CHECK_FALSE(form.isDirty());

    const auto loaded = FormService(t.connection()).load(id);
    REQUIRE(loaded.ok());
    const FormData& d = loaded->data;
    CHECK(d.orgNameEn == QStringLiteral("Harbour Bay Trading (Central) Limited"));
    CHECK(d.orgNameZh == QStringLiteral("海港灣貿易（中環）有限公司"));
    CHECK(d.orgType == QStringLiteral("company"));
    CHECK(d.brNumber == QStringLiteral("12345678-000"));
    CHECK(d.paNameZh == QStringLiteral("陳大文"));
    CHECK(d.paIdType == QStringLiteral("hkid"));
    CHECK(d.paIdNumber == QStringLiteral("A123456(3)"));
    CHECK(d.phone == QStringLiteral("+852 2345 6789"));
    REQUIRE(d.caseNumbers.size() == 2);
    CHECK(d.caseNumbers[0].text == QStringLiteral("HCA 1234/2025"));
    CHECK(d.caseNumbers[1].text == QStringLiteral("DCCJ 567/2024"));
    CHECK(d.formSigned == std::optional<bool>(true));
    CHECK(d.formDate == QDate(2025, 5, 2));
    CHECK(d.remarks == QStringLiteral("Faxed, original to follow by post."));
    CHECK(eventCount(t.connection(), id, QStringLiteral("application.form_saved")) == 1);
    CHECK(ChecklistService(t.connection()).items(id)->size() == 4);
    CHECK(form.checklistPanel()->missingCount() == 4);
    CHECK(form.eligibilityText().startsWith(QStringLiteral("Eligible with case number")));
    // Masked again once saved.
    CHECK(qobject_cast<QLineEdit*>(form.field(QStringLiteral("pa_id_number")))->text() == QStringLiteral("A123***(*)"));
    screenshot(form, QStringLiteral("application-form"));
}

TEST_CASE("Every field has an accessible name and tab order follows the paper form", "[ui][form]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    ApplicationForm form(t.connection(), clerk);
    form.loadApplication(test::receive(t.connection(), clerk, QStringLiteral("fax")));
    showAndFocus(form, QStringLiteral("org_name_en"));
    const QList<QWidget*> order = form.tabOrder();
    REQUIRE(order.size() >= 20);
    for (QWidget* w : order) {
        INFO(w->metaObject()->className());
        CHECK_FALSE(w->accessibleName().isEmpty());
    }
    for (int i = 1; i < order.size(); ++i) {
        INFO("after " << order[i - 1]->accessibleName().toStdString());
        CHECK(focused() == order[i - 1]);
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    CHECK(focused() == order.last());
}

TEST_CASE("Ctrl+Z and Ctrl+Shift+Z undo and redo edits across fields", "[ui][form]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    ApplicationForm form(t.connection(), clerk);
    form.loadApplication(test::receive(t.connection(), clerk, QStringLiteral("fax")));
    showAndFocus(form, QStringLiteral("org_name_en"));
    auto* name = qobject_cast<QLineEdit*>(form.field(QStringLiteral("org_name_en")));
    auto* br = qobject_cast<QLineEdit*>(form.field(QStringLiteral("br_number")));
    typeAndTab(QStringLiteral("Golden Peak Limited"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("87654321"));
    CHECK(form.undoStack()->count() == 2); // typing into one field is one step
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(br->text().isEmpty());
    CHECK(name->text() == QStringLiteral("Golden Peak Limited"));
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(name->text().isEmpty());
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(name->text() == QStringLiteral("Golden Peak Limited"));
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(br->text() == QStringLiteral("87654321"));
}

TEST_CASE("A draft left by a closed or killed form is offered back and restored", "[ui][form][drafts]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    {
        auto form = std::make_unique<ApplicationForm>(t.connection(), clerk);
        form->loadApplication(id);
        showAndFocus(*form, QStringLiteral("org_name_en"));
        QTest::keyClicks(focused(), QStringLiteral("Silver River Logistics Limited"));
        // Leaving the field autosaves the draft at once.
        QTest::keyClick(focused(), Qt::Key_Tab);
        const auto draft = DraftStore(t.connection()).load(id, clerk.userId);
        REQUIRE(draft.ok());
        REQUIRE(draft->has_value());
        CHECK((*draft)->data.orgNameEn == QStringLiteral("Silver River Logistics Limited"));
        type(QStringLiteral("銀河物流有限公司"));
        // And so does the timer, within a few seconds, while the clerk stays in the field.
        QTRY_VERIFY_WITH_TIMEOUT(
            (*DraftStore(t.connection()).load(id, clerk.userId))->data.orgNameZh == QStringLiteral("銀河物流有限公司"),
            ApplicationForm::kAutosaveMs + 3000);
        QTest::keyClicks(focused(), QStringLiteral("X"));
        // The widget goes away without saving (the program is closed or killed).
    }
    ApplicationForm again(t.connection(), clerk);
    again.loadApplication(id);
    REQUIRE(again.draftOffered());
    again.resize(1000, 700);
    CHECK(qobject_cast<QLineEdit*>(again.field(QStringLiteral("org_name_en")))->text().isEmpty());
    screenshot(again, QStringLiteral("application-form-draft"));
    REQUIRE(again.restoreDraft());
    CHECK(qobject_cast<QLineEdit*>(again.field(QStringLiteral("org_name_en")))->text()
          == QStringLiteral("Silver River Logistics Limited"));
    CHECK(qobject_cast<QLineEdit*>(again.field(QStringLiteral("org_name_zh")))->text() == QStringLiteral("銀河物流有限公司X"));
    CHECK(again.isDirty());
    REQUIRE(again.save());
    CHECK_FALSE(DraftStore(t.connection()).load(id, clerk.userId)->has_value());
    ApplicationForm third(t.connection(), clerk);
    third.loadApplication(id);
    CHECK_FALSE(third.draftOffered());
}

TEST_CASE("Identity numbers are masked until revealed, and each reveal is recorded", "[ui][form][pii]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    FormData d;
    d.paIdType = QStringLiteral("hkid");
    d.paIdNumber = QStringLiteral("AB987656(A)");
    REQUIRE(FormService(t.connection()).save(id, d, clerk).ok());
    ApplicationForm form(t.connection(), clerk);
    form.loadApplication(id);
    auto* number = qobject_cast<QLineEdit*>(form.field(QStringLiteral("pa_id_number")));
    CHECK(number->text() == QStringLiteral("AB987***(*)"));
    CHECK(number->isReadOnly());
    CHECK(eventCount(t.connection(), id, QStringLiteral("pii.revealed")) == 0);
    // Saving without revealing keeps the stored number.
    REQUIRE(form.save());
    CHECK(FormService(t.connection()).load(id)->data.paIdNumber == QStringLiteral("AB987656(A)"));
    REQUIRE(form.revealIdNumber());
    CHECK(number->text() == QStringLiteral("AB987656(A)"));
    CHECK_FALSE(number->isReadOnly());
    CHECK(eventCount(t.connection(), id, QStringLiteral("pii.revealed")) == 1);
}

TEST_CASE("Errors appear beside the field, are readable by screen readers and block saving", "[ui][form]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    ApplicationForm form(t.connection(), clerk);
    form.loadApplication(id);
    showAndFocus(form, QStringLiteral("phone"));
    QTest::keyClicks(focused(), QStringLiteral("1234"));
    form.recheck();
    const QString error = form.errorText(QStringLiteral("phone"));
    CHECK(error.contains(QStringLiteral("8 digits")));
    CHECK(form.field(QStringLiteral("phone"))->accessibleDescription() == error);
    form.field(QStringLiteral("remarks"))->setFocus();
    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    CHECK(form.statusText().startsWith(QStringLiteral("Not saved")));
    CHECK(focused() == form.field(QStringLiteral("phone")));
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    form.recheck();
    CHECK(form.errorText(QStringLiteral("phone")).isEmpty());
    // Unknown prefix: a warning until a note confirms it, then it can be saved.
    form.field(QStringLiteral("case_numbers"))->setFocus();
    QTest::keyClicks(focused(), QStringLiteral("XYZ 12/2024"));
    form.recheck();
    CHECK(form.errorText(QStringLiteral("case_numbers")).contains(QStringLiteral("not a known court prefix")));
    CHECK_FALSE(form.save());
    form.field(QStringLiteral("case_note"))->setFocus();
    QTest::keyClicks(focused(), QStringLiteral("Checked with the registry"));
    REQUIRE(form.save());
    const auto saved = FormService(t.connection()).load(id);
    REQUIRE(saved->data.caseNumbers.size() == 1);
    CHECK(saved->data.caseNumbers[0].note == QStringLiteral("Checked with the registry"));
}

TEST_CASE("The eligibility result follows the fields as they change", "[ui][form][eligibility]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    ApplicationForm form(t.connection(), clerk);
    form.loadApplication(test::receive(t.connection(), clerk, QStringLiteral("fax")));
    showAndFocus(form, QStringLiteral("org_type"));
    CHECK(form.eligibilityText().startsWith(QStringLiteral("Not yet determined")));
    QTest::keyClick(focused(), Qt::Key_Down); // law firm
    form.recheck();
    CHECK(form.eligibilityText().startsWith(QStringLiteral("Case-by-case")));
    CHECK(form.eligibilityText().contains(QStringLiteral("Law Society")));
    form.field(QStringLiteral("lshk_confirmed"))->setFocus();
    QTest::keyClick(focused(), Qt::Key_Space);
    form.recheck();
    CHECK(form.eligibilityText().startsWith(QStringLiteral("Eligible:")));
    screenshot(form, QStringLiteral("application-form-law-firm"));
}

TEST_CASE("A recommended case shows its form read-only with one line saying why", "[ui][form][freeze]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const Actor supervisor = t.addUser(QStringLiteral("super1"), QStringLiteral("supervisor"));
    const FixedClock clock(QDateTime(QDate(2026, 3, 3), QTime(2, 0), Qt::UTC));
    const test::ClockGuard guard(&clock);
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    test::keyEligibleForm(t.connection(), id, clerk);
    WorkflowService wf(t.connection());
    for (const char* to : { "registered", "under_review" })
        REQUIRE(wf.transition(TransitionRequest { id, QString::fromLatin1(to) }, clerk).ok());
    TransitionRequest rec { id, QStringLiteral("recommended") };
    rec.recommendation = QStringLiteral("approve");
    REQUIRE(wf.transition(rec, clerk).ok());

    ApplicationForm form(t.connection(), supervisor);
    form.loadApplication(id);
    showAndFocus(form, QStringLiteral("org_name_en"));
    CHECK(form.isFrozen());
    CHECK(form.frozenText() == QStringLiteral("Recommended on 3 March 2026 — the form is frozen; send it back to review to change it."));
    // Typing changes nothing, choices are disabled, nothing can be saved.
    type(QStringLiteral("Someone Else"));
    CHECK(qobject_cast<QLineEdit*>(form.field(QStringLiteral("org_name_en")))->text() == QStringLiteral("Hong Kong Bar Association"));
    CHECK_FALSE(form.field(QStringLiteral("org_type"))->isEnabled());
    CHECK_FALSE(form.field(QStringLiteral("lshk_confirmed"))->isEnabled());
    CHECK_FALSE(form.isDirty());
    CHECK_FALSE(form.saveAction()->isEnabled());
    CHECK_FALSE(form.save());
    CHECK(form.checklistPanel()->isFrozen());
    CHECK_FALSE(form.checklistPanel()->tickSelected());
    // The checklist says why it cannot be ticked, not what to select.
    bool saysFrozen = false;
    for (const QLabel* label : form.checklistPanel()->findChildren<QLabel*>())
        saysFrozen = saysFrozen || (label->isVisible() && label->text() == form.frozenText());
    CHECK(saysFrozen);
    screenshot(form, QStringLiteral("application-form-frozen"));

    // Sent back to review, it can be edited again.
    TransitionRequest back { id, QStringLiteral("under_review") };
    back.note = QStringLiteral("The authorisation letter is not signed.");
    REQUIRE(wf.transition(back, supervisor).ok());
    form.loadApplication(id);
    CHECK_FALSE(form.isFrozen());
    CHECK(form.frozenText().isEmpty());
    CHECK(form.field(QStringLiteral("org_type"))->isEnabled());
    CHECK(form.saveAction()->isEnabled());
    CHECK_FALSE(form.checklistPanel()->isFrozen());
}

TEST_CASE("Other applications from the same organization are shown and linked, not merged", "[ui][form][duplicates]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 first = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    FormData d;
    d.orgNameEn = QStringLiteral("Golden Peak Holdings Limited");
    d.orgNameZh = QStringLiteral("金峰控股有限公司");
    REQUIRE(FormService(t.connection()).save(first, d, clerk).ok());
    const qint64 second = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    ApplicationForm form(t.connection(), clerk);
    form.loadApplication(second);
    showAndFocus(form, QStringLiteral("org_name_zh"));
    type(QStringLiteral("金峰控股 有限公司"));
    form.recheck();
    REQUIRE(form.duplicatesPanel()->matchCount() == 1);
    REQUIRE(form.duplicatesPanel()->linkSelected(QStringLiteral("resubmission_of")));
    const auto links = DuplicateFinder(t.connection()).links(second);
    REQUIRE(links->size() == 1);
    CHECK(links->at(0).linkedId == first);
    CHECK(form.duplicatesPanel()->list()->item(0)->text().contains(QStringLiteral("resubmission")));
    screenshot(form, QStringLiteral("application-form-same-organization"));
}

TEST_CASE("After a kill, the last autosave is offered back", "[ui][form][drafts]")
{
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    // The first form stays alive and is never closed: nothing it would do on closing has run,
    // just as when the program is killed. Only its autosave has reached the database.
    auto killed = std::make_unique<ApplicationForm>(t.connection(), clerk);
    killed->loadApplication(id);
    showAndFocus(*killed, QStringLiteral("remarks"));
    QTest::keyClicks(focused(), QStringLiteral("Applicant phoned about the BR copy."));
    QTRY_VERIFY_WITH_TIMEOUT(DraftStore(t.connection()).load(id, clerk.userId)->has_value(),
                             ApplicationForm::kAutosaveMs + 3000);
    killed->hide();

    ApplicationForm restarted(t.connection(), clerk);
    restarted.loadApplication(id);
    REQUIRE(restarted.draftOffered());
    REQUIRE(restarted.restoreDraft());
    CHECK(qobject_cast<QPlainTextEdit*>(restarted.field(QStringLiteral("remarks")))->toPlainText()
          == QStringLiteral("Applicant phoned about the BR copy."));
    // Discarding removes it for good.
    ApplicationForm third(t.connection(), clerk);
    third.loadApplication(id);
    REQUIRE(third.draftOffered());
    third.discardDraft();
    CHECK_FALSE(DraftStore(t.connection()).load(id, clerk.userId)->has_value());
    killed.reset(); // closed only now, after the checks above
}

TEST_CASE("The form in Traditional Chinese with Chinese data", "[ui][form][zh]")
{
    // Only for looking at: needs the compiled translation and a folder for screenshots.
    const QString qm = qEnvironmentVariable("ORGDESK_QM");
    if (qm.isEmpty() || qEnvironmentVariable("ORGDESK_SCREENSHOTS").isEmpty())
        return;
    QTranslator translator;
    REQUIRE(translator.load(qm));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::HongKong));
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    const qint64 id = test::receive(t.connection(), clerk, QStringLiteral("fax"));
    FormData d;
    d.orgNameEn = QStringLiteral("Chan & Lee Solicitors");
    d.orgNameZh = QStringLiteral("陳李律師行");
    d.orgType = QStringLiteral("law_firm");
    d.brNumber = QStringLiteral("23456789-000");
    d.registeredAddress = QStringLiteral("香港中環德輔道中71號永安集團大廈3樓");
    d.paNameEn = QStringLiteral("LEE Ka Yan");
    d.paNameZh = QStringLiteral("李嘉欣");
    d.paIdType = QStringLiteral("hkid");
    d.paIdNumber = QStringLiteral("C668668(9)");
    d.paPosition = QStringLiteral("合夥人");
    d.phone = QStringLiteral("2845 1234");
    d.email = QStringLiteral("oa@chanlee.example.hk");
    REQUIRE(FormService(t.connection()).save(id, d, clerk).ok());
    {
        ApplicationForm form(t.connection(), clerk);
        form.loadApplication(id);
        form.resize(1200, 860);
        form.show();
        REQUIRE(QTest::qWaitForWindowExposed(&form));
        form.field(QStringLiteral("phone"))->setFocus();
        QTest::keyClicks(focused(), QStringLiteral("x"));
        form.recheck();
        screenshot(form, QStringLiteral("application-form-zh"));
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale::c());
}
