// SPDX-License-Identifier: GPL-3.0-or-later
// Reading image pages (Tesseract through app/ocr): words kept per page, found by the queue search,
// append-only like the attachments; suggestions for the form from the corpus's sample forms.
#include "ApplicationService.h"
#include "ApplicationStore.h"
#include "AttachmentStore.h"
#include "OcrStore.h"
#include "TestSupport.h"
#include "documents/IntakeService.h"
#include "ocr/FormReader.h"
#include "ocr/OcrPage.h"
#include "ocr/OcrService.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QSqlQuery>
#include <dlfcn.h>

using namespace orgdesk;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("Spaces between Chinese characters go, spaces between words stay", "[ocr]")
{
    CHECK(ocr::removeCjkSpaces(QStringLiteral("樣本 大 律師 事務 所")) == QStringLiteral("樣本大律師事務所"));
    CHECK(ocr::removeCjkSpaces(QStringLiteral("CHAN Tai Man 陳 大 文"))
        == QStringLiteral("CHAN Tai Man 陳大文"));
    CHECK(ocr::removeCjkSpaces(QStringLiteral("名 稱 (中 文 ) : 海港"))
        == QStringLiteral("名稱 (中文 ) : 海港"));
    ocr::OcrPage page;
    page.words = { { QStringLiteral("陳"), QRect(0, 0, 10, 10), 0.9, 0 },
        { QStringLiteral("大文"), QRect(12, 0, 20, 10), 0.9, 0 },
        { QStringLiteral("Tai"), QRect(0, 20, 10, 10), 0.9, 1 },
        { QStringLiteral("Man"), QRect(12, 20, 10, 10), 0.9, 1 } };
    CHECK(page.text() == QStringLiteral("陳大文\nTai Man\n"));
    CHECK(ocr::OcrPage::wordsFromJson(page.wordsJson()) == page.words);
}

namespace {

ocr::FormReader sampleReader()
{
    return ocr::FormReader({}, { QStringLiteral("HCA"), QStringLiteral("DCCJ"), QStringLiteral("HCMP") },
        { { QStringLiteral("law_firm"), QStringLiteral("Law firm registered with the Law Society"), {} },
            { QStringLiteral("company"), QStringLiteral("Company party to proceedings"), {} },
            { QStringLiteral("other"), QStringLiteral("Other organization"), {} },
            { QStringLiteral("other_organization"), QStringLiteral("Other organization party to proceedings"),
                {} } },
        QDate(2026, 12, 1));
}

// What a reader took each character for, from "9|y|g" per character.
QList<QStringList> symbols(const QStringList& characters)
{
    QList<QStringList> out;
    for (const QString& c : characters)
        out.append(c == u" " ? QStringList { c } : c.split(u'|'));
    return out;
}

} // namespace

TEST_CASE("Suggested values take the form OrgDesk stores, and the formats settle confusions", "[ocr]")
{
    const ocr::FormReader reader = sampleReader();
    auto n = [&](const char* key, const char* raw) {
        return reader.normalise(QString::fromUtf8(key), QString::fromUtf8(raw), 0.9);
    };
    CHECK(n("br", "12345678-000-03-25-1").value == QStringLiteral("12345678-000"));
    CHECK(n("br", "23456789-QQ0-05-26-4").value == QStringLiteral("23456789-000"));
    CHECK(n("br", "23456789-QQ0-05-26-4").confident);
    CHECK(n("hkid", "A123456(3)").value == QStringLiteral("A123456(3)"));
    CHECK(n("hkid", "A123456(3)").confident);
    CHECK(n("hkid", "4123456(3)").value == QStringLiteral("A123456(3)")); // a letter's place: 4 is A
    CHECK(n("hkid", "AB98765A(3)").value == QStringLiteral("AB987654(3)"));
    // The form's own check character is wrong: offered, never as good.
    const ocr::Suggestion bad = n("hkid", "Z683365(5)");
    CHECK(bad.value == QStringLiteral("Z683365(5)"));
    CHECK_FALSE(bad.confident);
    CHECK_FALSE(bad.passes);
    CHECK(n("hkid", "Z683365(A)").passes);
    // A second look at a field keeps the reading that passes its format (FormReader::secondLook).
    CHECK(n("email", "legal@harbour.example").passes);
    CHECK_FALSE(n("email", "legal@harbour example").passes);
    CHECK(n("tel", "2123 4567").value == QStringLiteral("+852 2123 4567"));
    CHECK(n("tel", "+852 9876 S432").value == QStringLiteral("+852 9876 5432"));
    CHECK(n("cases", "H(A 2345/2025").value == QStringLiteral("HCA 2345/2025"));
    CHECK(
        n("cases", "HCA 1234/2025; DCCJ 3456/2O25").value == QStringLiteral("HCA 1234/2025; DCCJ 3456/2025"));
    CHECK_FALSE(n("cases", "XYZ 12/2025").confident); // no known prefix: not guessed
    // "None" written in the box: no case number, not a suggestion.
    CHECK(n("cases", "none)").value.isEmpty());
    CHECK(n("cases", "N/A").value.isEmpty());
    CHECK(n("cases", "不適用").value.isEmpty());
    // Marks read beside a number or a name are not part of it.
    CHECK(n("tel", "+852 9876 5432 \u201c\u3002").value == QStringLiteral("+852 9876 5432"));
    CHECK(n("pa_name_en", "WONG Siu Ming _").value == QStringLiteral("WONG Siu Ming"));
    CHECK(n("name_en", "Cheung & Partners (Sample)").value == QStringLiteral("Cheung & Partners (Sample)"));
    CHECK(n("date", "20/11/2026").value == QStringLiteral("2026-11-20"));
    CHECK(n("email", "Admin@ChanLee.example").value == QStringLiteral("Admin@chanlee.example")); // as the e-mail rule keeps it
    CHECK(n("name_zh", "陳 李 律師 行 (樣本 )").value == QStringLiteral("陳李律師行（樣本）"));
    CHECK(n("org_type", "Other organization (no case number)").value == QStringLiteral("other"));
    CHECK(n("org_type", "Company party to proceedings").value == QStringLiteral("company"));
}

TEST_CASE("An HKID's check character decides among the reader's own alternatives, never as good", "[ocr]")
{
    const ocr::FormReader reader = sampleReader();
    auto decide = [&](const QString& raw, const QStringList& characters) {
        return reader.decideByCheck(reader.normalise(QStringLiteral("hkid"), raw, 0.9), symbols(characters));
    };
    // A script Y read as 9: of its alternatives only y gives a number passing the check (g, the
    // other letter among them, does not).
    const ocr::Suggestion y = decide(QStringLiteral("9271828(4)"),
        { QStringLiteral("9|y|g|(|-"), QStringLiteral("2|0"), QStringLiteral("7|T"), QStringLiteral("1|I"),
            QStringLiteral("8|B"), QStringLiteral("2"), QStringLiteral("8|6"), QStringLiteral("("),
            QStringLiteral("4|A"), QStringLiteral(")") });
    CHECK(y.value == QStringLiteral("Y271828(4)"));
    CHECK(y.passes);
    CHECK_FALSE(y.confident);
    CHECK(y.confidence <= 0.5);
    // "98" read as "IE": 9 and B are the second choices of the two, and the only pair that passes.
    const ocr::Suggestion ab = decide(QStringLiteral("ABIE7654(3)"),
        { QStringLiteral("A|4"), QStringLiteral("B|8"), QStringLiteral("I|9|O|Y"),
            QStringLiteral("E|B|S|8|L"), QStringLiteral("7"), QStringLiteral("6"), QStringLiteral("5|S"),
            QStringLiteral("4"), QStringLiteral("("), QStringLiteral("3"), QStringLiteral(")") });
    CHECK(ab.value == QStringLiteral("AB987654(3)"));
    CHECK_FALSE(ab.confident);
    // Two alternatives that both pass: nothing is chosen, the reading stays as read and failing.
    const ocr::Suggestion two = decide(QStringLiteral("9271828(4)"),
        { QStringLiteral("9|C|Y"), QStringLiteral("2"), QStringLiteral("7"), QStringLiteral("1"),
            QStringLiteral("8"), QStringLiteral("2"), QStringLiteral("8"), QStringLiteral("("),
            QStringLiteral("4"), QStringLiteral(")") });
    CHECK_FALSE(two.passes);
    CHECK(two.value == QStringLiteral("9271828(4)"));
    // A look that ran "(4" into its bracket: the check character comes from another look at the
    // same box, when the two agree on the six digits.
    const QStringList bracketLost { QStringLiteral("9|y|g"), QStringLiteral("2"), QStringLiteral("7"),
        QStringLiteral("1"), QStringLiteral("8"), QStringLiteral("2"), QStringLiteral("8"),
        QStringLiteral("(|8|A"), QStringLiteral("}|.|9") };
    const ocr::Suggestion otherLook
        = reader.normalise(QStringLiteral("hkid"), QStringLiteral("97271828(4)"), 0.9);
    const ocr::Suggestion joined
        = reader.decideByCheck(reader.normalise(QStringLiteral("hkid"), QStringLiteral("9271828(}"), 0.3),
            symbols(bracketLost), &otherLook);
    CHECK(joined.value == QStringLiteral("Y271828(4)"));
    CHECK_FALSE(joined.confident);
    const ocr::Suggestion otherDigits
        = reader.normalise(QStringLiteral("hkid"), QStringLiteral("9271829(4)"), 0.9);
    CHECK_FALSE(reader
                    .decideByCheck(reader.normalise(QStringLiteral("hkid"), QStringLiteral("9271828(}"), 0.3),
                        symbols(bracketLost), &otherDigits)
                    .passes);
    // A reading that already passes, or another field, comes back as it was.
    const ocr::Suggestion good = decide(QStringLiteral("A123456(3)"),
        { QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
            QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("("),
            QStringLiteral("3"), QStringLiteral(")") });
    CHECK(good.confident);
    CHECK(good.value == QStringLiteral("A123456(3)"));
}

TEST_CASE("A firm's & read as one or two small letters is put back, and offered to be checked", "[ocr]")
{
    const ocr::FormReader reader = sampleReader();
    auto n = [&](const char* key, const char* raw) {
        return reader.normalise(QString::fromUtf8(key), QString::fromUtf8(raw), 0.9);
    };
    const ocr::Suggestion e = n("name_en", "Chan e Lee Solicitors (Sample)");
    CHECK(e.value == QStringLiteral("Chan & Lee Solicitors (Sample)"));
    CHECK_FALSE(e.confident);
    CHECK(n("name_en", "Cheung cy Partners (Sample)").value == QStringLiteral("Cheung & Partners (Sample)"));
    // Connecting words stay, and so does a name read as written.
    CHECK(n("name_en", "Bank of Sample Island").value == QStringLiteral("Bank of Sample Island"));
    CHECK(n("name_en", "Bank of Sample Island").confident);
    CHECK(n("name_en", "Chan & Lee Solicitors").confident);
    // A person's name is not a firm's.
    CHECK(n("pa_name_en", "CHAN e Lee").value == QStringLiteral("CHAN e Lee"));
}

TEST_CASE("A fax's pages are read after it is stored, kept per page, and found by the queue search",
    "[ocr][corpus]")
{
    const QString dir = test::corpusDir();
    if (dir.isEmpty())
        return;
    test::TempDatabase t;
    const Actor clerk = t.addUser(QStringLiteral("clerk"), QStringLiteral("clerk"));
    IntakeService intake(t.connection());
    const auto received = intake.receiveWithFiles(Receipt { QStringLiteral("fax"), {}, {}, {} },
        { IntakeFile { QStringLiteral("law-firm-no-case.fax.tif"),
            bytesOf(dir + QStringLiteral("/forms/law-firm-no-case.fax.tif")) } },
        clerk);
    REQUIRE(received.ok());
    REQUIRE(received->application);
    const qint64 attachment = received->files.first().attachmentId;
    ApplicationStore store(t.connection());
    QueueFilter filter;
    filter.search = QStringLiteral("chanlee");
    CHECK(*store.count(filter) == 0); // only on the fax, not read yet

    ocr::OcrEngine engine;
    ocr::OcrService service(t.connection());
    const Result<int> read = service.readUnread(engine);
    REQUIRE(read.ok());
    CHECK(*read == 1);
    const auto pages = OcrStore(t.connection()).pages(attachment);
    REQUIRE(pages.ok());
    REQUIRE(pages->size() == 3);
    CHECK(pages->first().text.contains(QStringLiteral("Chan & Lee")));
    CHECK_FALSE(ocr::OcrPage::wordsFromJson(pages->first().words).isEmpty());
    // The PA's name appears only on the fax; the search finds it. Its HKID is masked in the index.
    CHECK(*store.count(filter) == 1);
    filter.search = QStringLiteral("Tai Man");
    CHECK(*store.count(filter) == 1);
    CHECK(scalar(t.connection(),
              QStringLiteral("SELECT count(*) FROM attachment_search WHERE body LIKE '%A123456%'"))
        == 0);
    CHECK(*service.readUnread(engine) == 0); // read once

    // Kept as read: no second reading, no change, no removal.
    QSqlQuery q(t.connection());
    CHECK_FALSE(q.exec(
        QStringLiteral("UPDATE attachment_ocr SET text = 'x' WHERE attachment_id = %1").arg(attachment)));
    CHECK_FALSE(
        q.exec(QStringLiteral("DELETE FROM attachment_ocr WHERE attachment_id = %1").arg(attachment)));
    CHECK(scalar(t.connection(), QStringLiteral("SELECT count(*) FROM attachment_ocr")) == 3);
}

namespace {

// The corpus's sample forms read as `orgdesk-cli suggest` reads them, with a store's reference data.
class SampleForms
{
public:
    const QString dir = test::corpusDir(); // empty: no corpus here, the test returns at once
    test::TempDatabase t;
    const Result<ocr::FormReader> reader = ocr::FormReader::fromStore(t.connection(), QDate(2026, 12, 1));
    ocr::OcrEngine engine;

    // `file` under the corpus folder, its pages drawn and read.
    ocr::ReadDocument document(const QString& file)
    {
        const auto read = ocr::OcrService::readDocument(
            bytesOf(dir + u'/' + file), file.section(u'/', -1), engine, DocumentWorker());
        REQUIRE(read.ok());
        return *read;
    }
    ocr::FormReading read(const ocr::ReadDocument& document)
    {
        REQUIRE(reader.ok());
        return reader->read(document, engine);
    }
    ocr::FormReading read(const QString& file) { return read(document(file)); }
};

} // namespace

TEST_CASE_METHOD(SampleForms, "Suggestions from the typed and the boxed sample forms", "[ocr][corpus]")
{
    if (dir.isEmpty())
        return;
    const ocr::FormReading a = read(QStringLiteral("forms/company-party-with-case.fax.tif"));
    CHECK(a.formVersion == QStringLiteral("OA-1 typed"));
    REQUIRE(a.find(QStringLiteral("br")));
    CHECK(a.find(QStringLiteral("br"))->value == QStringLiteral("87654321-000"));
    REQUIRE(a.find(QStringLiteral("hkid")));
    CHECK(a.find(QStringLiteral("hkid"))->value == QStringLiteral("G123456(A)"));
    REQUIRE(a.find(QStringLiteral("cases")));
    CHECK(a.find(QStringLiteral("cases"))->value == QStringLiteral("HCA 1234/2025"));

    const ocr::ReadDocument boxed = document(QStringLiteral("forms-boxed/law-firm-no-case.fax.tif"));
    const ocr::FormReading b = read(boxed);
    CHECK(b.formVersion == QStringLiteral("OA-1 boxed"));
    REQUIRE(b.find(QStringLiteral("org_type")));
    CHECK(b.find(QStringLiteral("org_type"))->value == QStringLiteral("law_firm"));
    REQUIRE(b.find(QStringLiteral("br")));
    CHECK(b.find(QStringLiteral("br"))->value == QStringLiteral("12345678-000"));
    CHECK_FALSE(b.find(QStringLiteral("cases"))); // left empty on the form: not found, not a guess
    const ocr::Suggestion* hkid = b.find(QStringLiteral("hkid"));
    REQUIRE(hkid);
    CHECK((hkid->value == QStringLiteral("A123456(3)") || !hkid->confident));
    CHECK(b.find(QStringLiteral("hkid"))->page == 2);
    // The JSON of `orgdesk-cli suggest --json`.
    const QJsonObject json = b.toJson().value(QStringLiteral("fields")).toObject();
    CHECK(json.value(QStringLiteral("br")).toObject().value(QStringLiteral("value")).toString()
        == QStringLiteral("12345678-000"));
    CHECK(json.value(QStringLiteral("br")).toObject().value(QStringLiteral("box")).toArray().size() == 4);
    CHECK_FALSE(json.contains(QStringLiteral("cases")));

    // A page missing: the fields of that page are absent, not guessed.
    ocr::ReadDocument firstPage = boxed;
    firstPage.images = firstPage.images.mid(0, 1);
    firstPage.pages = firstPage.pages.mid(0, 1);
    const ocr::FormReading c = read(firstPage);
    CHECK_FALSE(c.find(QStringLiteral("hkid")));
    CHECK_FALSE(c.find(QStringLiteral("tel")));
}

TEST_CASE_METHOD(SampleForms,
    "A typed line the page's layout split is read alone, and an HKID's check settles its doubtful digits",
    "[ocr][corpus]")
{
    if (dir.isEmpty())
        return;

    // The grey scan's e-mail stands far to the right of the telephone: the whole page's layout
    // reads its label apart from its value, so the label's line is read again alone.
    const ocr::FormReading typed = read(QStringLiteral("forms/company-party-with-case.scan.pdf"));
    const ocr::Suggestion* email = typed.find(QStringLiteral("email"));
    REQUIRE(email);
    CHECK(email->value == QStringLiteral("legal@harbour.example"));
    // The Chinese name read unsurely in the whole page ("（樣本，點"): its line read alone is clearer.
    const ocr::Suggestion* nameZh = typed.find(QStringLiteral("name_zh"));
    REQUIRE(nameZh);
    CHECK(nameZh->value == QStringLiteral("海港貿易有限公司（樣本）"));
    // Specks left out at the end of a value still keep it from being offered as good.
    const ocr::Suggestion* address = typed.find(QStringLiteral("address_en"));
    CHECK((!address || !address->confident || address->value.endsWith(QStringLiteral("Hong Kong"))));

    // "AB987654(3)" in a hand's script, its "98" read as letters: the check character picks the
    // reader's own alternatives that pass, and the clerk is asked to check it.
    const ocr::FormReading boxed = read(QStringLiteral("forms-boxed/government-department.fax.tif"));
    const ocr::Suggestion* hkid = boxed.find(QStringLiteral("hkid"));
    REQUIRE(hkid);
    CHECK(hkid->value == QStringLiteral("AB987654(3)"));
    CHECK_FALSE(hkid->confident);
}

TEST_CASE("A reading thread runs Tesseract on itself alone, without OpenMP threads of its own", "[ocr]")
{
    // Two pages are read at once, one per core; Tesseract's own OpenMP threads inside each made
    // them spin against each other. After a reading, this thread starts no nested OpenMP threads.
    QImage page(800, 200, QImage::Format_Grayscale8);
    page.fill(255);
    {
        QPainter p(&page);
        QFont font;
        font.setPixelSize(40);
        p.setFont(font);
        p.drawText(QRect(20, 40, 760, 120), Qt::AlignLeft, QStringLiteral("Harbour Trading"));
    }
    ocr::OcrEngine engine;
    const Result<ocr::OcrPage> read = engine.readPage(page, 1, 200);
    REQUIRE(read.ok());
    CHECK(read->text().contains(QStringLiteral("Harbour")));
    using GetMaxActiveLevels = int (*)();
    const auto levels
        = reinterpret_cast<GetMaxActiveLevels>(dlsym(RTLD_DEFAULT, "omp_get_max_active_levels"));
    if (!levels) {
        WARN("This Tesseract is built without OpenMP: nothing to keep to one thread.");
        return;
    }
    CHECK(levels() == 0);
}
