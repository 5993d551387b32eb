// SPDX-License-Identifier: GPL-3.0-or-later
// Keying from the fax: a boxed form attached to a new case is read, its suggestions appear under
// the fields, Enter accepts one, typing replaces another, and after the save the case's events say
// which were accepted and which changed (the HKID masked); and the same in the main window, with the
// page beside the form, at 1280×800 and 1920×1080 in English and Chinese. Screenshots go to
// $ORGDESK_SCREENSHOTS.
#include "ApplicationService.h"
#include "ChineseInterface.h"
#include "EventLog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "documents/IntakeService.h"
#include "form/ApplicationForm.h"
#include "form/FormFields.h"
#include "form/FormSuggestions.h"
#include "ocr/OcrService.h"
#include "viewer/PagesView.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace orgdesk;

namespace {

// A clerk's new case received by fax with the boxed form's company-party fax, its pages read as at
// intake. Empty (no case) when the corpus is absent.
struct BoxedFaxCase
{
    test::TempDatabase t;
    Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    qint64 id = 0;

    BoxedFaxCase()
    {
        const QString corpus = test::corpusDir();
        if (corpus.isEmpty())
            return;
        QFile fax(corpus + QStringLiteral("/forms-boxed/company-party-with-case.fax.tif"));
        REQUIRE(fax.open(QIODevice::ReadOnly));
        const auto received = IntakeService(t.connection())
                                  .receiveWithFiles(Receipt { QStringLiteral("fax"), {}, {}, {} },
                                      { IntakeFile { QStringLiteral("fax.tif"), fax.readAll() } }, clerk);
        REQUIRE(received.ok());
        REQUIRE(received->application);
        ocr::OcrEngine engine;
        REQUIRE(*ocr::OcrService(t.connection()).readUnread(engine) == 1);
        id = received->application->id;
    }
};

void waitForSuggestions(ApplicationForm& form)
{
    QSignalSpy ready(form.suggestions(), &FormSuggestions::ready);
    while (form.suggestions()->isReading())
        REQUIRE(ready.wait(60000));
}

QJsonObject suggestionsUsed(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT details FROM events WHERE action = 'application.suggestions_used' "
                                  "AND subject_id = %1 ORDER BY id DESC LIMIT 1")
                       .arg(id)));
    REQUIRE(q.next());
    const QString details = q.value(0).toString();
    CHECK_FALSE(details.contains(QStringLiteral("G123456"))); // the HKID only masked
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

} // namespace

TEST_CASE_METHOD(BoxedFaxCase,
    "Suggestions read from a boxed fax are accepted with Enter or replaced by typing, and recorded",
    "[ui][form][ocr][corpus]")
{
    if (id == 0)
        return; // no corpus (test::corpusDir said so)

    ApplicationForm form(t.connection(), clerk);
    form.resize(900, 1000);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    form.setDatabasePath(t.path());
    form.loadApplication(id);
    waitForSuggestions(form);
    const QStringList fields = form.suggestions()->suggestedFields();
    INFO(fields.join(u' ').toStdString());
    REQUIRE(fields.contains(QStringLiteral("br_number")));
    REQUIRE(fields.contains(QStringLiteral("pa_name_en")));
    test::screenshot(form, QStringLiteral("suggestions"));

    // Enter in the empty BR field takes the suggestion, as an edit (undoable).
    auto* br = qobject_cast<QLineEdit*>(form.field(QStringLiteral("br_number")));
    REQUIRE(br);
    br->setFocus();
    QTest::keyClick(br, Qt::Key_Return);
    CHECK(br->text() == QStringLiteral("87654321-000"));
    CHECK(form.undoStack()->count() == 1);
    // Typing replaces the PA's name.
    auto* pa = qobject_cast<QLineEdit*>(form.field(QStringLiteral("pa_name_en")));
    REQUIRE(pa);
    pa->setFocus();
    QTest::keyClicks(pa, QStringLiteral("WONG Siu-ming"));
    // Nothing is saved until the clerk saves.
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT br_number FROM applications WHERE id = %1").arg(id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().isEmpty());
    REQUIRE(form.save());
    const QJsonObject details = suggestionsUsed(t.connection(), id);
    CHECK(details.value(QStringLiteral("accepted")).toArray().contains(QStringLiteral("br_number")));
    CHECK(details.value(QStringLiteral("changed")).toArray().contains(QStringLiteral("pa_name_en")));
}

TEST_CASE_METHOD(BoxedFaxCase,
    "In the main window the fax's page sits beside the form and its suggestions, at 1280×800 and "
    "1920×1080 in English and Chinese, and Enter accepts, typing corrects, the save records which",
    "[ui][form][ocr][corpus]")
{
    if (id == 0)
        return; // no corpus (test::corpusDir said so)
    constexpr int kFormTab = 1;

    // Opens the case for keying in a new window at `size`: the Form tab, the queue folded away (F9).
    auto openForKeying = [&](MainWindow& w, QSize size) {
        w.resize(size);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        w.selectApplication(id);
        w.caseTabs()->setCurrentIndex(kFormTab);
        QTest::keyClick(&w, Qt::Key_F9);
        QCoreApplication::processEvents();
        waitForSuggestions(*w.form());
        REQUIRE_FALSE(w.queueView()->isVisible());
        auto* keying = qobject_cast<QSplitter*>(w.caseTabs()->currentWidget());
        REQUIRE(keying);
        // The page and the form side by side, each a fair share of the width; the form's
        // panels under or beside its fields, never behind a sideways scroll bar.
        CHECK(keying->widget(0)->isVisible());
        CHECK(keying->sizes().value(0) >= size.width() / 4);
        CHECK(keying->sizes().value(1) >= size.width() / 3);
        auto* formArea = qobject_cast<QScrollArea*>(keying->widget(1));
        REQUIRE(formArea);
        CHECK(formArea->horizontalScrollBar()->maximum() == 0);
        CHECK(w.form()->suggestions()->suggestedFields().size() >= 8);
        QTest::qWait(1500); // the page drawn in the document worker, for the picture
    };

    for (const QSize size : { QSize(1280, 800), QSize(1920, 1080) }) {
        const QString name = QStringLiteral("keying-suggestions-%1x%2").arg(size.width()).arg(size.height());
        {
            MainWindow w(t.connection(), t.path(), clerk);
            openForKeying(w, size);
            test::screenshot(w, name + QStringLiteral("-en"));
        }
        {
            test::ChineseInterface chinese;
            MainWindow w(t.connection(), t.path(), clerk);
            openForKeying(w, size);
            test::screenshot(w, name + QStringLiteral("-zh"));
        }
    }

    // The clerk's flow at 1280×800: Enter takes the suggestion in each field the clerk steps
    // through, one value is corrected by typing over it, and the save records which were which.
    MainWindow w(t.connection(), t.path(), clerk);
    openForKeying(w, QSize(1280, 800));
    ApplicationForm& form = *w.form();
    // Moving to a field read on the second page brings that page into view beside the form, and
    // back to one read on the first page brings the first.
    auto* pages = qobject_cast<QSplitter*>(w.caseTabs()->currentWidget())->widget(0)->findChild<PagesView*>();
    REQUIRE(pages);
    REQUIRE(form.suggestions()->suggestedFields().contains(QStringLiteral("pa_name_en")));
    form.field(QStringLiteral("pa_name_en"))->setFocus();
    QCoreApplication::processEvents();
    CHECK(pages->currentPage() == 1);
    form.field(QStringLiteral("org_name_en"))->setFocus();
    QCoreApplication::processEvents();
    CHECK(pages->currentPage() == 0);
    const QStringList accepted { QStringLiteral("org_name_en"), QStringLiteral("br_number"),
        QStringLiteral("phone") };
    for (const QString& field : accepted) {
        INFO(field.toStdString());
        REQUIRE(form.suggestions()->suggestedFields().contains(field));
        auto* edit = qobject_cast<QLineEdit*>(form.field(field));
        REQUIRE(edit);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(edit->text() == form.suggestions()->suggestionValue(field).toString());
    }
    auto* pa = qobject_cast<QLineEdit*>(form.field(QStringLiteral("pa_name_en")));
    REQUIRE(pa);
    pa->setFocus();
    QTest::keyClicks(pa, QStringLiteral("WONG Siu-ming"));
    test::screenshot(w, QStringLiteral("keying-suggestions-accepted"));
    REQUIRE(form.save());
    const QJsonObject details = suggestionsUsed(t.connection(), id);
    const QJsonArray taken = details.value(QStringLiteral("accepted")).toArray();
    for (const QString& field : accepted)
        CHECK(taken.contains(field));
    CHECK(details.value(QStringLiteral("changed")).toArray().contains(QStringLiteral("pa_name_en")));
}
