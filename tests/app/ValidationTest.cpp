// SPDX-License-Identifier: GPL-3.0-or-later
// Table-driven tests of the field rules (app/validation): valid inputs with their canonical form,
// invalid inputs that must be refused.
#include "TestSupport.h"
#include "validation/BrNumber.h"
#include "validation/CaseNumber.h"
#include "validation/Email.h"
#include "validation/Hkid.h"
#include "validation/Passport.h"
#include "validation/Phone.h"
#include "validation/Text.h"

using namespace orgdesk;
using namespace orgdesk::validation;

namespace {
QString u8(const char* s)
{
    return QString::fromUtf8(s);
}
} // namespace

TEST_CASE("HKID numbers are accepted in their written forms and stored canonically", "[validation][hkid]")
{
    auto [input, expected] = GENERATE(table<const char*, const char*>({
        { "A123456(3)", "A123456(3)" },
        { "A1234563", "A123456(3)" },
        { "a123456(3)", "A123456(3)" },
        { "  A 123 456 ( 3 ) ", "A123456(3)" },
        { "A123456 3", "A123456(3)" },
        { "Ａ１２３４５６（３）", "A123456(3)" },     // full-width letters, digits, brackets
        { "A123456（3）", "A123456(3)" },
        { "\tA123456(3)\n", "A123456(3)" },
        { "AB987656(A)", "AB987656(A)" },       // two letters, check character A
        { "ab987656a", "AB987656(A)" },
        { "C668668(9)", "C668668(9)" },
        { "G000000(A)", "G000000(A)" },
        { "Z683365(A)", "Z683365(A)" },
        { "B000003(0)", "B000003(0)" },          // check character 0
        { "XA987655(0)", "XA987655(0)" },        // two letters, check character 0
        { "WX9876500", "WX987650(0)" },
        { "wx 987678 0", "WX987678(0)" },
    }));
    const Result<QString> r = canonicalHkid(u8(input));
    INFO(input);
    REQUIRE(r.ok());
    CHECK(*r == u8(expected));
}

TEST_CASE("Malformed HKID numbers and wrong check characters are refused", "[validation][hkid]")
{
    auto input = GENERATE(as<const char*> {}, "", "   ", "A123456", "A123456(4)", "A1234567", "AB987656(0)",
                          "123456(3)", "ABC123456(3)", "A12345(3)", "A1234567(3)", "A123456(B)", "A123456(X)",
                          "A-123456-3", "Ａ１２３４５６（４）", "陳123456(3)", "A123456((3))", "AB987650(A)",
                          "XA987655(A)", "B000003(A)");
    INFO(input);
    const Result<QString> r = canonicalHkid(u8(input));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(r.message().isEmpty());
}

TEST_CASE("HKID check characters follow the published weights", "[validation][hkid]")
{
    auto [body, check] = GENERATE(table<const char*, char>({
        { "A123456", '3' },
        { "AB987656", 'A' },
        { "AB987654", '3' },
        { "C668668", '9' },
        { "G000000", 'A' },
        { "B000003", '0' },
        { "XA987655", '0' },
        { "a123456", '\0' },
        { "A12345", '\0' },
    }));
    INFO(body);
    CHECK(hkidCheckCharacter(u8(body)) == QChar(char16_t(check)));
}

TEST_CASE("HKID and passport numbers are masked for display", "[validation][hkid][passport]")
{
    CHECK(maskHkid(QStringLiteral("A123456(3)")) == QStringLiteral("A123***(*)"));
    CHECK(maskHkid(QStringLiteral("AB987656(A)")) == QStringLiteral("AB987***(*)"));
    CHECK(maskHkid(QStringLiteral("junk")) == QStringLiteral("***"));
    CHECK(maskPassport(QStringLiteral("K12345678")) == QStringLiteral("K1*******"));
    CHECK(maskIdentityNumber(QStringLiteral("hkid"), QStringLiteral("A123456(3)")) == QStringLiteral("A123***(*)"));
    CHECK(maskIdentityNumber(QStringLiteral("passport"), QStringLiteral("E12345678")) == QStringLiteral("E1*******"));
    CHECK(maskIdentityNumber(QStringLiteral("hkid"), QString()).isEmpty());
}

TEST_CASE("Passport numbers are checked for shape only", "[validation][passport]")
{
    auto [input, expected] = GENERATE(table<const char*, const char*>({
        { "K12345678", "K12345678" },
        { "k12345678", "K12345678" },
        { " K1234 5678 ", "K12345678" },
        { "E-1234-5678", "E12345678" },
        { "Ｋ１２３４５６７８", "K12345678" },
        { "123456789", "123456789" },
        { "GB1234567", "GB1234567" },
        { "PA12345", "PA12345" },
    }));
    INFO(input);
    const Result<QString> r = canonicalPassport(u8(input));
    REQUIRE(r.ok());
    CHECK(*r == u8(expected));

    auto bad = GENERATE(as<const char*> {}, "", "K12", "ABCDEFGH", "K1234567890123456789012", "K1234_5678",
                        "K1234/5678", "護照12345");
    INFO(bad);
    CHECK_FALSE(canonicalPassport(u8(bad)).ok());
}

TEST_CASE("BR numbers: 8 digits, optional branch, or the full certificate form", "[validation][br]")
{
    auto [input, number, branch] = GENERATE(table<const char*, const char*, const char*>({
        { "12345678", "12345678", "000" },
        { " 12345678 ", "12345678", "000" },
        { "12345678-000", "12345678", "000" },
        { "12345678-001", "12345678", "001" },
        { "12345678 002", "12345678", "002" },
        { "12345678 - 003", "12345678", "003" },
        { "12345678/004", "12345678", "004" },
        { "12345678-000-03-25-6", "12345678", "000" },
        { "12345678-005-12-27-A", "12345678", "005" },
        { "12345678 000 01 26 7", "12345678", "000" },
        { "１２３４５６７８－０００", "12345678", "000" },
        { "00000001", "00000001", "000" },
    }));
    INFO(input);
    const Result<BrNumber> r = parseBrNumber(u8(input));
    REQUIRE(r.ok());
    CHECK(r->number == u8(number));
    CHECK(r->branch == u8(branch));
    CHECK(r->display() == u8(number) + u'-' + u8(branch));
}

TEST_CASE("Malformed BR numbers are refused", "[validation][br]")
{
    auto bad = GENERATE(as<const char*> {}, "", "1234567", "123456789", "1234567A", "12345678-00", "12345678-0001",
                        "12345678-000-13-25-6", "12345678-000-00-25-6", "12345678-000-03-25", "12345678-000-03-25-66",
                        "BR 12345678", "1234 5678");
    INFO(bad);
    const Result<BrNumber> r = parseBrNumber(u8(bad));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("Hong Kong phone numbers are stored as +852 NNNN NNNN", "[validation][phone]")
{
    auto [input, expected] = GENERATE(table<const char*, const char*>({
        { "23456789", "+852 2345 6789" },
        { "2345 6789", "+852 2345 6789" },
        { "2345-6789", "+852 2345 6789" },
        { "+852 2345 6789", "+852 2345 6789" },
        { "+85223456789", "+852 2345 6789" },
        { "852 2345 6789", "+852 2345 6789" },
        { "(852) 2345-6789", "+852 2345 6789" },
        { "00852 9123 4567", "+852 9123 4567" },
        { "+852-6123-4567", "+852 6123 4567" },
        { "５１２３ ４５６７", "+852 5123 4567" },
        { "  3123 4567  ", "+852 3123 4567" },
        { "8123 4567", "+852 8123 4567" },
    }));
    INFO(input);
    const Result<PhoneNumber> r = parsePhone(u8(input));
    REQUIRE(r.ok());
    CHECK(r->canonical == u8(expected));
    CHECK_FALSE(r->overseas);
}

TEST_CASE("Overseas phone numbers are allowed and flagged for review", "[validation][phone]")
{
    auto [input, expected] = GENERATE(table<const char*, const char*>({
        { "+44 20 7946 0000", "+442079460000" },
        { "+86 755 1234 5678", "+8675512345678" },
        { "0086 10 1234 5678", "+861012345678" },
        { "+1 (212) 555-0100", "+12125550100" },
        { "+853 2812 3456", "+85328123456" },
    }));
    INFO(input);
    const Result<PhoneNumber> r = parsePhone(u8(input));
    REQUIRE(r.ok());
    CHECK(r->canonical == u8(expected));
    CHECK(r->overseas);
}

TEST_CASE("Impossible phone numbers are refused", "[validation][phone]")
{
    auto bad = GENERATE(as<const char*> {}, "", "1234 5678", "0234 5678", "2345 678", "2345 67890", "+852 1234 5678",
                        "+852 2345 678", "phone 2345 6789", "2345 6789 ext 12", "+44 123", "+0 1234 5678 9",
                        "+1234567890123456", "2345#6789");
    INFO(bad);
    CHECK_FALSE(parsePhone(u8(bad)).ok());
}

TEST_CASE("E-mail addresses are checked and their domain lower-cased", "[validation][email]")
{
    auto [input, expected] = GENERATE(table<const char*, const char*>({
        { "info@example.com.hk", "info@example.com.hk" },
        { " Info@Example.COM.HK ", "Info@example.com.hk" },
        { "first.last+oa@law-firm.hk", "first.last+oa@law-firm.hk" },
        { "ａｄｍｉｎ＠ｅｘａｍｐｌｅ．ｈｋ", "admin@example.hk" },
        { "o'neil@example.org", "o'neil@example.org" },
        { "a@b.hk", "a@b.hk" },
    }));
    INFO(input);
    const Result<QString> r = canonicalEmail(u8(input));
    REQUIRE(r.ok());
    CHECK(*r == u8(expected));

    auto bad = GENERATE(as<const char*> {}, "", "info", "info@", "@example.hk", "info@example", "info@@example.hk",
                        "in fo@example.hk", "info@exa mple.hk", "a@b.hk, c@d.hk", "info@-example.hk",
                        "info@example..hk", ".info@example.hk", "info.@example.hk", "info@example.h1",
                        "資料@example.hk");
    INFO(bad);
    CHECK_FALSE(canonicalEmail(u8(bad)).ok());
}

TEST_CASE("Case numbers are read against the prefix table", "[validation][case]")
{
    const QSet<QString> known { QStringLiteral("HCA"), QStringLiteral("DCCJ"), QStringLiteral("FACV"),
                                QStringLiteral("HCMP"), QStringLiteral("LBTC"), QStringLiteral("CTA") };
    const QDate today(2025, 6, 30);
    auto [input, expected] = GENERATE(table<const char*, const char*>({
        { "HCA 1234/2025", "HCA 1234/2025" },
        { "HCA1234/2025", "HCA 1234/2025" },
        { "hca 1234 of 2025", "HCA 1234/2025" },
        { "HCA 1234 / 2025", "HCA 1234/2025" },
        { " hca  01234/2025 ", "HCA 1234/2025" },
        { "DCCJ 567/2024", "DCCJ 567/2024" },
        { "FACV 3/2023", "FACV 3/2023" },
        { "HCMP No. 88 of 2019", "HCMP 88/2019" },
        { "ＨＣＡ　１２３４／２０２５", "HCA 1234/2025" },
        { "LBTC 12/1999", "LBTC 12/1999" },
        { "CTA1/2021", "CTA 1/2021" },
    }));
    INFO(input);
    const Result<CaseNumber> r = parseCaseNumber(u8(input), known, today);
    REQUIRE(r.ok());
    CHECK(r->canonical == u8(expected));
    CHECK_FALSE(r->unknownPrefix);
    CHECK(r->warning.isEmpty());
}

TEST_CASE("Unknown prefixes warn, bad shapes and future years are refused", "[validation][case]")
{
    const QSet<QString> known { QStringLiteral("HCA"), QStringLiteral("DCCJ") };
    const QDate today(2025, 6, 30);
    const Result<CaseNumber> unknown = parseCaseNumber(QStringLiteral("xyz 12/2024"), known, today);
    REQUIRE(unknown.ok());
    CHECK(unknown->canonical == QStringLiteral("XYZ 12/2024"));
    CHECK(unknown->unknownPrefix);
    CHECK(unknown->warning.contains(QStringLiteral("XYZ")));

    auto bad = GENERATE(as<const char*> {}, "", "HCA", "1234/2025", "HCA 1234", "HCA 1234/25", "HCA 1234/2026",
                        "HCA 0/2025", "HCA 1234-2025", "H 1234/2025", "HCA 1234/1850", "HCA 1234567/2025",
                        "HCA 12a/2025", "HCA1234OF2025");
    INFO(bad);
    const Result<CaseNumber> r = parseCaseNumber(u8(bad), known, today);
    CHECK_FALSE(r.ok());
}

TEST_CASE("Case number years are judged against the date given", "[validation][case]")
{
    const QSet<QString> known { QStringLiteral("HCA") };
    CHECK_FALSE(parseCaseNumber(QStringLiteral("HCA 1/2026"), known, QDate(2025, 12, 31)).ok());
    CHECK(parseCaseNumber(QStringLiteral("HCA 1/2026"), known, QDate(2026, 1, 1)).ok());
}

TEST_CASE("Names are stored in NFC with spacing tidied", "[validation][names]")
{
    // "é" as e + combining acute becomes the single code point; Chinese is kept as typed.
    CHECK(normalizeName(QStringLiteral("Caf\u0065\u0301 Limited")) == QStringLiteral("Caf\u00e9 Limited"));
    CHECK(normalizeName(QStringLiteral("  陳大文  ")) == QStringLiteral("陳大文"));
    CHECK(normalizeName(QStringLiteral("CHAN\tTai  Man")) == QStringLiteral("CHAN Tai Man"));
    CHECK(normalizeName(QStringLiteral("ＣＨＡＮ　Ｔａｉ　Ｍａｎ")) == QStringLiteral("CHAN Tai Man"));
    CHECK(normalizeName(QStringLiteral("黃氏（中環）有限公司")) == QStringLiteral("黃氏（中環）有限公司"));
    const QString nfd = QStringLiteral("\u1100\u1161"); // Hangul jamo compose under NFC
    CHECK(normalizeName(nfd) == QStringLiteral("\uAC00"));
}

TEST_CASE("Organization names written differently give the same matching key", "[validation][names]")
{
    auto [a, b] = GENERATE(table<const char*, const char*>({
        { "Harbour Bay Trading (Central) Limited", "HARBOUR BAY TRADING (CENTRAL) LIMITED" },
        { "Harbour Bay Trading (Central) Limited", "Harbour Bay Trading (Central) Ltd." },
        { "Harbour Bay Trading (Central) Limited", "Harbour  Bay  Trading  (Central)  Limited" },
        { "Harbour Bay Trading Ltd", "harbour bay trading, ltd" },
        { "Chan & Lee Solicitors", "CHAN AND LEE SOLICITORS" },
        { "Chan, Wong & Co.", "Chan Wong and Company" },
        { "Ｇｏｌｄｅｎ Ｐｅａｋ Ｌｉｍｉｔｅｄ", "Golden Peak Limited" },
        { "海港灣貿易（中環）有限公司", "海港灣貿易（中環） 有限公司" },
        { "海港灣貿易(中環)有限公司", "海港灣貿易（中環）有限公司" },
        { "海港灣貿易有限公司", "海港灣貿易 有限 公司" },
        { "O'Brien Holdings Limited", "OBrien Holdings Ltd" },
    }));
    INFO(a << " / " << b);
    CHECK(organizationNameKey(u8(a)) == organizationNameKey(u8(b)));
    CHECK_FALSE(organizationNameKey(u8(a)).isEmpty());
}

TEST_CASE("Different organizations keep different matching keys", "[validation][names]")
{
    auto [a, b] = GENERATE(table<const char*, const char*>({
        { "Harbour Bay Trading Limited", "Harbour Bay Shipping Limited" },
        { "Chan & Lee Solicitors", "Chan & Leung Solicitors" },
        { "海港貿易有限公司", "海洋貿易有限公司" },
        { "Golden Peak Limited", "Golden Peak Holdings Limited" },
    }));
    INFO(a << " / " << b);
    CHECK(organizationNameKey(u8(a)) != organizationNameKey(u8(b)));
    CHECK(organizationNameKey(QStringLiteral(" - ")).isEmpty());
}

TEST_CASE("Full-width forms fold to half-width and nothing else changes", "[validation][names]")
{
    CHECK(foldWidth(QStringLiteral("ＡＢＣ１２３＠　")) == QStringLiteral("ABC123@ "));
    CHECK(foldWidth(QStringLiteral("陳大文")) == QStringLiteral("陳大文"));
}
