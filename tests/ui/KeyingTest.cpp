// SPDX-License-Identifier: GPL-3.0-or-later
// Keying from the fax: a boxed form attached to a new case is read, its suggestions appear under
// the fields, Enter accepts one, typing replaces another, and after the save the case's events say
// which were accepted and which changed (the HKID masked). Screenshots go to $ORGDESK_SCREENSHOTS.
#include "ApplicationService.h"
#include "EventLog.h"
#include "TestSupport.h"
#include "documents/IntakeService.h"
#include "form/ApplicationForm.h"
#include "form/FormFields.h"
#include "form/FormSuggestions.h"
#include "ocr/OcrService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace orgdesk;

TEST_CASE("Suggestions read from a boxed fax are accepted with Enter or replaced by typing, and recorded",
    "[ui][form][ocr][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk1"), QStringLiteral("clerk"));
    QFile fax(dir + QStringLiteral("/forms-boxed/company-party-with-case.fax.tif"));
    REQUIRE(fax.open(QIODevice::ReadOnly));
    const auto received = IntakeService(t.connection())
                              .receiveWithFiles(Receipt { QStringLiteral("fax"), {}, {}, {} },
                                  { IntakeFile { QStringLiteral("fax.tif"), fax.readAll() } }, clerk);
    REQUIRE(received.ok());
    REQUIRE(received->application);
    const qint64 id = received->application->id;
    ocr::OcrEngine engine;
    REQUIRE(*ocr::OcrService(t.connection()).readUnread(engine) == 1);

    ApplicationForm form(t.connection(), clerk);
    form.resize(900, 1000);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    form.setDatabasePath(t.path());
    QSignalSpy ready(form.suggestions(), &FormSuggestions::ready);
    form.loadApplication(id);
    while (form.suggestions()->isReading())
        REQUIRE(ready.wait(60000));
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
    REQUIRE(q.exec(QStringLiteral("SELECT details FROM events WHERE action = 'application.suggestions_used' "
                                  "AND subject_id = %1")
                       .arg(id)));
    REQUIRE(q.next());
    const QJsonObject details = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    CHECK(details.value(QStringLiteral("accepted")).toArray().contains(QStringLiteral("br_number")));
    CHECK(details.value(QStringLiteral("changed")).toArray().contains(QStringLiteral("pa_name_en")));
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("G123456")));
}
