// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeeder.h"

#include "Dialect.h"

#include "AttachmentStore.h"
#include "Clock.h"
#include "DemoPdf.h"
#include "EventLog.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "UserStore.h"
#include "validation/Hkid.h"
#include "validation/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

#include <deque>
#include <random>

namespace orgdesk {

namespace {

struct Pair
{
    const char16_t* en;
    const char16_t* zh;
};

// Fictional name parts. Any resemblance to a real organization is a coincidence.
const Pair kSurnames[] = { { u"Chan", u"陳" },  { u"Wong", u"黃" },  { u"Lee", u"李" },   { u"Cheung", u"張" },
                           { u"Lau", u"劉" },   { u"Ho", u"何" },    { u"Ng", u"吳" },    { u"Leung", u"梁" },
                           { u"Tang", u"鄧" },  { u"Yip", u"葉" },   { u"Lam", u"林" },   { u"Tsang", u"曾" },
                           { u"Kwok", u"郭" },  { u"Fung", u"馮" },  { u"Mak", u"麥" },   { u"Choi", u"蔡" },
                           { u"Yeung", u"楊" }, { u"Chow", u"周" },  { u"Lo", u"羅" },    { u"Siu", u"蕭" } };
const Pair kGiven[] = { { u"Tai Man", u"大文" }, { u"Siu Ming", u"小明" }, { u"Ka Yan", u"嘉欣" },
                        { u"Wing Kei", u"穎琪" }, { u"Chi Keung", u"志強" }, { u"Mei Ling", u"美玲" },
                        { u"Ho Yin", u"浩然" },  { u"Hoi Ying", u"凱盈" }, { u"Kwok Wai", u"國偉" },
                        { u"Suk Fan", u"淑芬" } };
const Pair kWords1[] = { { u"Harbour", u"海港" }, { u"Pacific", u"太平洋" }, { u"Golden", u"金" },
                         { u"Dragon", u"龍" },    { u"Jade", u"翠玉" },     { u"Peak", u"山頂" },
                         { u"Victoria", u"維多利亞" }, { u"Orient", u"東方" }, { u"Star", u"星" },
                         { u"Pearl", u"明珠" },   { u"Lotus", u"蓮花" },    { u"Phoenix", u"鳳凰" },
                         { u"Bamboo", u"竹" },    { u"Kowloon", u"九龍" },  { u"Lantau", u"大嶼" },
                         { u"Silver", u"銀" },    { u"Evergreen", u"長青" }, { u"Sunrise", u"旭日" },
                         { u"Crystal", u"水晶" }, { u"Summit", u"峰" } };
const Pair kWords2[] = { { u"Bay", u"灣" },   { u"Bridge", u"橋" }, { u"Gate", u"門" },   { u"River", u"河" },
                         { u"Hill", u"山" },  { u"Light", u"光" },  { u"Wind", u"風" },   { u"Cloud", u"雲" },
                         { u"Ocean", u"海洋" }, { u"Garden", u"花園" }, { u"Tower", u"大廈" }, { u"Point", u"角" } };
const Pair kBusiness[] = { { u"Trading", u"貿易" },       { u"Holdings", u"控股" },    { u"Properties", u"物業" },
                           { u"Logistics", u"物流" },     { u"Engineering", u"工程" }, { u"Textiles", u"紡織" },
                           { u"Finance", u"財務" },       { u"Shipping", u"航運" },    { u"Construction", u"建築" },
                           { u"Technology", u"科技" },    { u"Printing", u"印刷" },    { u"Catering", u"飲食" } };
const Pair kDistricts[] = { { u"Central", u"中環" },     { u"Wan Chai", u"灣仔" },  { u"Mong Kok", u"旺角" },
                            { u"Sha Tin", u"沙田" },     { u"Tsuen Wan", u"荃灣" }, { u"Kwun Tong", u"觀塘" },
                            { u"Tuen Mun", u"屯門" },    { u"Yuen Long", u"元朗" }, { u"Sai Kung", u"西貢" },
                            { u"Causeway Bay", u"銅鑼灣" } };
const Pair kGovernment[] = { { u"Lands Department", u"地政總署" },         { u"Buildings Department", u"屋宇署" },
                             { u"Inland Revenue Department", u"稅務局" },  { u"Official Receiver's Office", u"破產管理署" },
                             { u"Legal Aid Department", u"法律援助署" },    { u"Labour Department", u"勞工處" },
                             { u"Housing Department", u"房屋署" },          { u"Department of Justice", u"律政司" } };
const Pair kEnforcement[] = { { u"Hong Kong Police Force", u"香港警務處" }, { u"Customs and Excise Department", u"香港海關" },
                              { u"Immigration Department", u"入境事務處" },
                              { u"Independent Commission Against Corruption", u"廉政公署" } };
const Pair kStatutory[] = { { u"Hospital Authority", u"醫院管理局" },      { u"Consumer Council", u"消費者委員會" },
                            { u"Urban Renewal Authority", u"市區重建局" }, { u"Airport Authority Hong Kong", u"香港機場管理局" },
                            { u"Equal Opportunities Commission", u"平等機會委員會" },
                            { u"Securities and Futures Commission", u"證券及期貨事務監察委員會" } };
const char* const kPrefixes[] = { "HCA", "HCA", "HCA", "DCCJ", "DCCJ", "HCMP", "HCPI", "DCPI", "CACV", "FACV",
                                  "LDPD", "LBTC", "HCCW", "HCB", "DCEC", "FCMC" };

QString s(const char16_t* t)
{
    return QString::fromUtf16(t);
}

struct Org
{
    QString type, nameEn, nameZh, br, branch, email, phone, address;
};

class Generator
{
public:
    explicit Generator(quint64 seed) : m_rng(seed) { }

    template<typename T, size_t N>
    const T& pick(const T (&a)[N]) { return a[uniform(0, N - 1)]; }
    qint64 uniform(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    std::mt19937_64& rng() { return m_rng; }

    QString digits(int n)
    {
        QString out;
        for (int i = 0; i < n; ++i)
            out += QChar(u'0' + int(uniform(0, 9)));
        return out;
    }

    Org organization()
    {
        Org o;
        const int roll = int(uniform(0, 999));
        if (roll < 380) {
            o.type = QStringLiteral("law_firm");
            const Pair& a = pick(kSurnames);
            const Pair& b = pick(kSurnames);
            const int style = int(uniform(0, 2));
            o.nameEn = style == 0 ? QStringLiteral("%1 & %2 Solicitors").arg(s(a.en), s(b.en))
                       : style == 1 ? QStringLiteral("%1, %2 & %3").arg(s(a.en), s(b.en), s(pick(kSurnames).en))
                                    : QStringLiteral("%1 %2 & Co.").arg(s(a.en), s(pick(kWords1).en));
            o.nameZh = QStringLiteral("%1%2律師行").arg(s(a.zh), s(b.zh));
        } else if (roll < 720 || roll >= 990) {
            o.type = roll < 640 || roll >= 990 ? QStringLiteral("company") : QStringLiteral("other_organization");
            const Pair& w1 = pick(kWords1);
            const Pair& w2 = pick(kWords2);
            const Pair& biz = pick(kBusiness);
            const Pair& d = pick(kDistricts);
            if (o.type == u"company") {
                o.nameEn = QStringLiteral("%1 %2 %3 (%4) Limited").arg(s(w1.en), s(w2.en), s(biz.en), s(d.en));
                o.nameZh = QStringLiteral("%1%2%3（%4）有限公司").arg(s(w1.zh), s(w2.zh), s(biz.zh), s(d.zh));
            } else {
                o.nameEn = QStringLiteral("%1 %2 %3 Owners' Corporation").arg(s(d.en), s(w1.en), s(w2.en));
                o.nameZh = QStringLiteral("%1%2%3業主立案法團").arg(s(d.zh), s(w1.zh), s(w2.zh));
            }
        } else if (roll < 800) {
            o.type = QStringLiteral("government");
            const Pair& p = pick(kGovernment);
            o.nameEn = s(p.en);
            o.nameZh = s(p.zh);
        } else if (roll < 840) {
            o.type = QStringLiteral("law_enforcement");
            const Pair& p = pick(kEnforcement);
            o.nameEn = s(p.en);
            o.nameZh = s(p.zh);
        } else if (roll < 985) {
            o.type = QStringLiteral("statutory_body");
            const Pair& p = pick(kStatutory);
            o.nameEn = s(p.en);
            o.nameZh = s(p.zh);
        } else if (roll < 988) {
            o.type = QStringLiteral("hkba");
            o.nameEn = QStringLiteral("Hong Kong Bar Association");
            o.nameZh = QStringLiteral("香港大律師公會");
        } else {
            o.type = QStringLiteral("lshk");
            o.nameEn = QStringLiteral("The Law Society of Hong Kong");
            o.nameZh = QStringLiteral("香港律師會");
        }
        const bool hasBr = o.type == u"law_firm" || o.type == u"company" || o.type == u"other_organization";
        if (hasBr) {
            o.br = QString::number(uniform(10000000, 79999999));
            o.branch = chance(0.1) ? QStringLiteral("%1").arg(uniform(1, 5), 3, 10, QLatin1Char('0')) : QStringLiteral("000");
        }
        QString slug = o.nameEn.toLower();
        slug.remove(QRegularExpression(QStringLiteral("[^a-z]")));
        o.email = QStringLiteral("%1@%2.example.hk").arg(chance(0.5) ? QStringLiteral("info") : QStringLiteral("admin"),
                                                          slug.left(18));
        o.phone = QStringLiteral("+852 %1%2 %3").arg(uniform(2, 3)).arg(digits(3), digits(4));
        o.address = QStringLiteral("%1/F, %2 %3, %4 %5 Road, %6, Hong Kong")
                        .arg(uniform(1, 40))
                        .arg(s(pick(kWords1).en), s(pick(kWords2).en).replace(QStringLiteral("Tower"), QStringLiteral("Centre")))
                        .arg(uniform(1, 300))
                        .arg(s(pick(kSurnames).en), s(pick(kDistricts).en));
        return o;
    }

    // The same organization written differently, as a resubmission would be.
    Org respelled(Org o)
    {
        switch (uniform(0, 3)) {
        case 0:
            o.nameEn.replace(QStringLiteral(" Limited"), QStringLiteral(" Ltd."));
            break;
        case 1:
            o.nameEn = o.nameEn.toUpper();
            break;
        case 2:
            o.nameEn.replace(u' ', QStringLiteral("  "));
            break;
        default:
            o.nameZh.replace(QStringLiteral("有限公司"), QStringLiteral(" 有限公司"));
            break;
        }
        return o;
    }

    QString hkid()
    {
        QString body = QChar(u'A' + int(uniform(0, 25)));
        if (chance(0.1))
            body += QChar(u'A' + int(uniform(0, 25)));
        body += digits(6);
        return QStringLiteral("%1(%2)").arg(body, validation::hkidCheckCharacter(body));
    }

private:
    std::mt19937_64 m_rng;
};

QString pickStatus(Generator& g, qint64 ageDays)
{
    auto from = [&](std::initializer_list<std::pair<const char*, int>> weights) {
        int total = 0;
        for (const auto& w : weights)
            total += w.second;
        int r = int(g.uniform(0, total - 1));
        for (const auto& w : weights) {
            if ((r -= w.second) < 0)
                return QString::fromLatin1(w.first);
        }
        return QStringLiteral("received");
    };
    if (ageDays < 3)
        return from({ { "received", 4 }, { "registered", 3 }, { "under_review", 3 } });
    if (ageDays < 20)
        return from({ { "registered", 2 }, { "under_review", 4 }, { "awaiting_applicant", 2 }, { "recommended", 2 },
                      { "case_by_case", 1 } });
    if (ageDays < 60)
        return from({ { "under_review", 1 }, { "awaiting_applicant", 1 }, { "recommended", 1 }, { "approved", 3 },
                      { "rejected", 1 }, { "account_created", 3 }, { "withdrawn", 1 } });
    return from({ { "closed", 10 }, { "account_created", 6 }, { "rejected", 2 }, { "withdrawn", 1 },
                  { "duplicate", 1 } });
}

Result<QList<qint64>> ensureDemoStaff(const QSqlDatabase& db, const QString& role, int wanted, const QDateTime& now)
{
    QList<qint64> ids;
    QSqlQuery q(db);
    if (Status st = execPrepared(q, QStringLiteral("SELECT id FROM users WHERE role = ? ORDER BY id"), { role }); !st)
        return st.error();
    while (q.next())
        ids << q.value(0).toLongLong();
    UserStore users(db);
    for (int i = ids.size(); i < wanted; ++i) {
        UserRecord u;
        u.username = QStringLiteral("demo-%1-%2").arg(role).arg(i + 1);
        u.displayName = QStringLiteral("%1 %2 (demo %3)")
                            .arg(s(kSurnames[(i * 7 + role.size()) % 20].en), s(kGiven[(i * 3) % 10].en), role);
        u.role = role;
        u.passwordHash = QStringLiteral("!no-password"); // never verifies: demo staff cannot sign in
        u.createdAt = now;
        const Result<qint64> id = users.insert(u);
        if (!id)
            return id.error();
        // Every account has its creation in the trail (orgdesk-cli check reconciles roles with it).
        if (const Result<qint64> ev = EventLog::append(db, Event { 0, now, std::nullopt, QStringLiteral("user.created"),
                                                                   QStringLiteral("user"), *id,
                                                                   QJsonObject { { QStringLiteral("username"), u.username },
                                                                                 { QStringLiteral("role"), role },
                                                                                 { QStringLiteral("demo"), true } } });
            !ev)
            return ev.error();
        ids << *id;
    }
    return ids;
}

// The moves that bring a new application to `status`, as the workflow allows them. Each step is
// made by the registering clerk, or by a supervisor for decisions (so four-eyes holds).
struct Step
{
    const char* to;
    bool supervisor;
    const char* reasons; // JSON array of reason codes
    const char* note;
    const char* recommendation;
};

QList<Step> pathTo(const QString& status)
{
    const Step registered { "registered", false, "[]", "", nullptr };
    const Step review { "under_review", false, "[]", "", nullptr };
    QList<Step> path;
    if (status == u"received")
        return path;
    path << registered;
    if (status == u"registered")
        return path;
    if (status == u"duplicate" || status == u"closed_duplicate")
        return path << Step { "duplicate", false, "[]", "Same organization and documents as an earlier application.", nullptr };
    path << review;
    if (status == u"under_review")
        return path;
    if (status == u"awaiting_applicant")
        return path << Step { "awaiting_applicant", false, "[\"REQ-BR\",\"REQ-AUTH\"]",
                              "Asked for the BR certificate and the authorisation letter.", nullptr };
    if (status == u"case_by_case")
        return path << Step { "case_by_case", false, "[]",
                              "No case number: the organization relies on its intended proceedings.", nullptr };
    if (status == u"withdrawn" || status == u"closed_withdrawn")
        return path << Step { "withdrawn", false, "[]", "The applicant wrote to withdraw the application.", nullptr };
    const bool rejecting = status == u"rejected" || status == u"closed_rejected";
    path << Step { "recommended", false, rejecting ? "[\"REJ-ELIG\"]" : "[]",
                   rejecting ? "Not eligible under the arrangement in force." : "Documents complete and verified.",
                   rejecting ? "reject" : "approve" };
    if (status == u"recommended")
        return path;
    if (rejecting)
        return path << Step { "rejected", true, "[\"REJ-ELIG\"]", "", nullptr };
    path << Step { "approved", true, "[]", "", nullptr };
    if (status == u"approved")
        return path;
    path << Step { "account_created", false, "[]", "", nullptr };
    return path;
}

// The same route for a case that is not eligible as it stands: the clerk refers it for a
// case-by-case decision instead of recommending it, and the supervisor decides with reasons.
QList<Step> caseByCase(QList<Step> path)
{
    QList<Step> out;
    for (const Step& step : path) {
        const QByteArray to(step.to);
        if (to == "recommended")
            out << Step { "case_by_case", false, "[]",
                          "No case number: the organization relies on its intended proceedings.", nullptr };
        else if (to == "approved")
            out << Step { "approved", true, "[]", "Merits considered: the organization has proceedings in view.", nullptr };
        else if (to == "rejected")
            out << Step { "rejected", true, "[\"REJ-ELIG\"]", "Merits considered: no proceedings in view.", nullptr };
        else
            out << step;
    }
    return out;
}

// Closed cases end one of four ways.
QString closedRoute(std::mt19937_64& rng)
{
    const int roll = int(std::uniform_int_distribution<int>(0, 19)(rng));
    return roll < 14 ? QStringLiteral("account_created")
           : roll < 17 ? QStringLiteral("closed_rejected")
           : roll < 19 ? QStringLiteral("closed_withdrawn")
                       : QStringLiteral("closed_duplicate");
}

} // namespace

Result<DemoSeeder::Summary> DemoSeeder::run(qint64 count, quint64 seed,
                                            const std::function<bool(qint64, qint64)>& progress)
{
    Summary summary;
    if (count <= 0)
        return summary;
    const QDateTime now = Clock::current().nowUtc();
    Generator g(seed);
    std::mt19937_64 timing(seed ^ 0x9E3779B97F4A7C15ULL); // workflow history; keeps g's sequence as it was

    QList<qint64> clerks, supervisors;
    {
        Transaction tx(m_db);
        if (!tx.active())
            return tx.error();
        auto c = ensureDemoStaff(m_db, QStringLiteral("clerk"), 6, now);
        if (!c)
            return c.error();
        auto sup = ensureDemoStaff(m_db, QStringLiteral("supervisor"), 3, now);
        if (!sup)
            return sup.error();
        clerks = *c;
        supervisors = *sup;
        if (Status st = tx.commit(); !st)
            return st.error();
    }

    // Received times spread from January 2021 to now, in order, office hours, weekdays mostly.
    // Hong Kong time is UTC+8 all year (no daylight saving), so local dates are a fixed offset
    // away; this avoids a time-zone database lookup per row.
    constexpr qint64 kHongKongOffset = 8 * 3600;
    auto hkLocal = [](const QDateTime& utc) { return utc.toUTC().addSecs(kHongKongOffset); };
    const QDateTime start = QDateTime(QDate(2021, 1, 4), QTime(1, 0), Qt::UTC); // 09:00 in Hong Kong
    const qint64 span = std::max<qint64>(1, start.secsTo(now) - 3600);
    std::vector<qint64> offsets(static_cast<size_t>(count));
    for (auto& o : offsets)
        o = g.uniform(0, span);
    std::sort(offsets.begin(), offsets.end());

    std::deque<Org> recent; // organizations that may send a resubmission later
    QSqlDatabase db = m_db;
    const bool sqliteFile = !Dialect::of(db).isPostgres();
    if (sqliteFile)
        db.exec(QStringLiteral("PRAGMA synchronous = OFF")); // bulk load; restored below
    constexpr qint64 kBatch = 20000;
    qint64 done = 0;
    while (done < count) {
        Transaction tx(db);
        if (!tx.active())
            return tx.error();
        QSqlQuery counters(db);
        if (!counters.prepare(QStringLiteral(
                "INSERT INTO reference_counters (year, last_value) VALUES (?, 1) ON CONFLICT (year) "
                "DO UPDATE SET last_value = reference_counters.last_value + 1 RETURNING last_value")))
            return sqlError(counters, QStringLiteral("preparing reference numbers"));
        QSqlQuery ins(db);
        if (!ins.prepare(QStringLiteral(
                "INSERT INTO applications (reference, status, channel, received_at, registered_by, sender_fax, "
                "pages_received, org_name_en, org_name_zh, org_type, br_number, br_branch, registered_address, "
                "correspondence_address, pa_name_en, pa_name_zh, pa_id_type, pa_id_number, pa_position, phone, fax, "
                "email, form_signed, form_date, remarks, created_at, updated_at, org_name_en_key, org_name_zh_key, "
                "lshk_confirmed_by, lshk_confirmed_on, lshk_confirmed_how) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id")))
            return sqlError(ins, QStringLiteral("preparing demo applications"));
        QSqlQuery cases(db);
        if (!cases.prepare(QStringLiteral(
                "INSERT INTO application_case_numbers (application_id, position, case_number) VALUES (?, ?, ?)")))
            return sqlError(cases, QStringLiteral("preparing case numbers"));
        // Statuses are reached by recorded moves (the database allows no other way).
        QSqlQuery moves(db);
        if (!moves.prepare(QStringLiteral(
                "INSERT INTO application_transitions (application_id, from_status, to_status, actor_id, at, "
                "reason_codes, note, recommendation, eligibility_policy, eligibility_outcome) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
            return sqlError(moves, QStringLiteral("preparing demo history"));
        // Recommendations and decisions record the case's eligibility, as the database computes it.
        QSqlQuery eligibility(db);
        if (!eligibility.prepare(QStringLiteral(
                "SELECT policy_code, outcome FROM application_eligibility WHERE application_id = ?")))
            return sqlError(eligibility, QStringLiteral("preparing demo eligibility"));
        QSqlQuery requisitions(db);
        if (!requisitions.prepare(QStringLiteral(
                "INSERT INTO requisitions (application_id, transition_id, reason_codes, missing_items, note, "
                "raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)")))
            return sqlError(requisitions, QStringLiteral("preparing demo requisitions"));
        EventChainWriter events(db);
        AttachmentStore attachments(db);

        // Search indexing per row (triggers) is slow in bulk: within this batch's transaction the
        // two insert triggers are set aside and the batch is indexed in one statement at its end.
        // (On PostgreSQL the rows are indexed as they come: setting a trigger aside there needs the
        // table's owner, and demo data may be made by a staff account.)
        QStringList searchTriggers;
        if (sqliteFile) {
            QSqlQuery t(db);
            if (!t.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN "
                                       "('application_search_insert', 'application_search_cases_insert')")))
                return sqlError(t, QStringLiteral("reading the search triggers"));
            while (t.next())
                searchTriggers << t.value(1).toString();
            QSqlQuery drop(db);
            for (const char* name : { "application_search_insert", "application_search_cases_insert" }) {
                if (!drop.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name))))
                    return sqlError(drop, QStringLiteral("setting search indexing aside"));
            }
        }
        qint64 firstId = -1;

        const qint64 end = std::min(count, done + kBatch);
        for (; done < end; ++done) {
            QDateTime received = start.addSecs(offsets[size_t(done)]);
            QDateTime local = hkLocal(received);
            if (local.time().hour() < 9 || local.time().hour() >= 18)
                received = received.addSecs(-qint64(local.time().hour() >= 18 ? 9 : -9) * 3600);
            if (received > now)
                received = now.addSecs(-60);
            const QString receivedIso = isoUtc(received);
            const qint64 ageDays = received.daysTo(now);
            const QString status = pickStatus(g, ageDays);
            const int channelRoll = int(g.uniform(0, 9));
            const QString channel = channelRoll < 5 ? QStringLiteral("fax")
                                    : channelRoll < 8 ? QStringLiteral("post") : QStringLiteral("hand");

            Org org;
            bool resubmission = false;
            if (!recent.empty() && g.chance(0.02)) {
                org = g.respelled(recent[size_t(g.uniform(0, qint64(recent.size()) - 1))]);
                resubmission = true;
                ++summary.resubmissions;
            } else {
                org = g.organization();
                if (org.type == u"company" || org.type == u"law_firm") {
                    recent.push_back(org);
                    if (recent.size() > 500)
                        recent.pop_front();
                }
            }

            counters.bindValue(0, hkLocal(received).date().year());
            if (!counters.exec() || !counters.next())
                return sqlError(counters, QStringLiteral("allocating reference numbers"));
            const QString reference = QStringLiteral("OA-%1-%2")
                                          .arg(hkLocal(received).date().year())
                                          .arg(counters.value(0).toLongLong(), 6, 10, QLatin1Char('0'));
            counters.finish();

            const bool early = status == u"received";
            const Pair& sur = g.pick(kSurnames);
            const Pair& given = g.pick(kGiven);
            const qint64 clerk = clerks[int(g.uniform(0, clerks.size() - 1))];
            const bool passport = g.chance(0.08);
            int i = 0;
            // Empty text columns are '' (NOT NULL); a null QString would bind as NULL.
            auto bind = [&ins, &i](const QVariant& v) {
                const bool nullText = !v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull();
                ins.bindValue(i++, nullText ? QVariant(QStringLiteral("")) : v);
            };
            bind(reference);
            bind(QStringLiteral("received"));
            bind(channel);
            bind(receivedIso);
            bind(clerk);
            bind(channel == u"fax" ? QStringLiteral("+852 %1").arg(g.digits(4) + u' ' + g.digits(4))
                                                 : QStringLiteral(""));
            bind(int(g.uniform(2, 12)));
            bind(early ? QStringLiteral("") : org.nameEn);
            bind(early ? QStringLiteral("") : org.nameZh);
            bind(early ? QVariant(QMetaType(QMetaType::QString)) : QVariant(org.type));
            bind(early ? QStringLiteral("") : org.br);
            bind(early || org.br.isEmpty() ? QStringLiteral("") : org.branch);
            bind(early ? QStringLiteral("") : org.address);
            bind(early ? QStringLiteral("") : org.address);
            bind(early ? QStringLiteral("") : QStringLiteral("%1 %2").arg(s(sur.en).toUpper(), s(given.en)));
            bind(early ? QStringLiteral("") : s(sur.zh) + s(given.zh));
            bind(early ? QStringLiteral("") : passport ? QStringLiteral("passport") : QStringLiteral("hkid"));
            bind(early ? QStringLiteral("") : passport ? QStringLiteral("K%1").arg(g.digits(8)) : g.hkid());
            bind(early ? QStringLiteral("") : QStringLiteral("Office Manager"));
            bind(early ? QStringLiteral("") : org.phone);
            bind(QStringLiteral(""));
            bind(early ? QStringLiteral("") : org.email);
            bind(early ? QVariant(QMetaType(QMetaType::Int)) : QVariant(int(g.chance(0.95))));
            bind(early ? QVariant(QMetaType(QMetaType::QString))
                                     : QVariant(hkLocal(received).date().addDays(-g.uniform(0, 6)).toString(Qt::ISODate)));
            bind(resubmission ? QStringLiteral("Applicant says an earlier form was sent.") : QStringLiteral(""));
            bind(receivedIso);
            bind(receivedIso);
            // Keys the duplicate lookup searches by (see validation::organizationNameKey).
            bind(early ? QStringLiteral("") : validation::organizationNameKey(org.nameEn));
            bind(early ? QStringLiteral("") : validation::organizationNameKey(org.nameZh));
            // Law firms' registration with the Law Society is confirmed when the form is keyed.
            const bool confirmed = !early && org.type == u"law_firm";
            bind(confirmed ? QVariant(clerk) : QVariant(QMetaType(QMetaType::LongLong)));
            bind(confirmed ? QVariant(hkLocal(received).date().toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)));
            bind(confirmed ? QStringLiteral("Law Society list of firms (demo)") : QStringLiteral(""));
            if (!ins.exec() || !ins.next())
                return sqlError(ins, QStringLiteral("writing demo applications"));
            const qint64 id = ins.value(0).toLongLong();
            ins.finish();
            if (firstId < 0)
                firstId = id;

            struct Move
            {
                qint64 id;
                QString from, to;
                qint64 actor;
                QDateTime at;
                QString reasons;
            };
            QList<Move> made; // each recorded as an event below, after the receipt's

            const bool needsCase = org.type == u"company" || org.type == u"other_organization"
                                   || (org.type == u"law_firm" && g.chance(0.3));
            if (!early && needsCase) {
                const int n = g.chance(0.15) ? 2 : 1;
                for (int k = 1; k <= n; ++k) {
                    const int year = int(g.uniform(std::max(2015, received.date().year() - 4), received.date().year()));
                    cases.bindValue(0, id);
                    cases.bindValue(1, k);
                    cases.bindValue(2, QStringLiteral("%1 %2/%3")
                                           .arg(QString::fromLatin1(kPrefixes[g.uniform(0, std::size(kPrefixes) - 1)]))
                                           .arg(g.uniform(1, 3999))
                                           .arg(year));
                    if (!cases.exec())
                        return sqlError(cases, QStringLiteral("writing case numbers"));
                }
            }

            {
                // Walk the workflow to the status picked, at plausible times before now.
                QString route = status == u"closed" ? closedRoute(timing) : status;
                QList<Step> path = pathTo(route);
                if (status == u"closed")
                    path << Step { "closed", false, "[]", "", nullptr };
                eligibility.bindValue(0, id);
                if (!eligibility.exec() || !eligibility.next())
                    return sqlError(eligibility, QStringLiteral("judging demo eligibility"));
                const QVariant policy = eligibility.value(0);
                const QString outcome = eligibility.value(1).toString();
                eligibility.finish();
                if (outcome != u"eligible" && outcome != u"eligible_with_case_number")
                    path = caseByCase(path);
                const qint64 supervisor = supervisors[int(timing() % quint64(supervisors.size()))];
                const qint64 room = std::max<qint64>(60, received.secsTo(now) - 60);
                QDateTime at = received;
                QString from = QStringLiteral("received");
                for (const Step& step : path) {
                    const qint64 gap = std::uniform_int_distribution<qint64>(
                        60, std::max<qint64>(60, room / (path.size() + 1)))(timing);
                    at = std::min(at.addSecs(gap), now);
                    const QString to = QString::fromLatin1(step.to);
                    const qint64 actor = step.supervisor ? supervisor : clerk;
                    moves.bindValue(0, id);
                    moves.bindValue(1, from);
                    moves.bindValue(2, to);
                    moves.bindValue(3, actor);
                    moves.bindValue(4, isoUtc(at));
                    moves.bindValue(5, QString::fromLatin1(step.reasons));
                    moves.bindValue(6, QString::fromUtf8(step.note));
                    moves.bindValue(7, step.recommendation ? QVariant(QString::fromLatin1(step.recommendation))
                                                           : QVariant(QMetaType(QMetaType::QString)));
                    const bool decision = to == u"recommended" || to == u"case_by_case" || to == u"approved"
                                          || to == u"rejected";
                    moves.bindValue(8, decision ? policy : QVariant(QMetaType(QMetaType::QString)));
                    moves.bindValue(9, decision ? QVariant(outcome) : QVariant(QMetaType(QMetaType::QString)));
                    if (!moves.exec() || !moves.next())
                        return sqlError(moves, QStringLiteral("writing demo history"));
                    const qint64 moveId = moves.value(0).toLongLong();
                    moves.finish();
                    made.append(Move { moveId, from, to, actor, at, QString::fromLatin1(step.reasons) });
                    if (to == u"awaiting_applicant") {
                        requisitions.bindValue(0, id);
                        requisitions.bindValue(1, moveId);
                        requisitions.bindValue(2, QString::fromLatin1(step.reasons));
                        requisitions.bindValue(3, QStringLiteral("[\"Business Registration certificate\","
                                                                 "\"Authorisation letter\"]"));
                        requisitions.bindValue(4, QString::fromUtf8(step.note));
                        requisitions.bindValue(5, actor);
                        requisitions.bindValue(6, isoUtc(at));
                        if (!requisitions.exec())
                            return sqlError(requisitions, QStringLiteral("writing demo requisitions"));
                    }
                    from = to;
                }
            }

            auto event = [&](const QDateTime& at, qint64 user, const QString& action, QJsonObject details) {
                ++summary.events;
                return events.append(Event { 0, at, user, action, QStringLiteral("application"), id, details });
            };
            if (auto ev = event(received, clerk, QStringLiteral("application.received"),
                                { { QStringLiteral("reference"), reference }, { QStringLiteral("channel"), channel },
                                  { QStringLiteral("received_at"), receivedIso } });
                !ev)
                return ev.error();
            if (status != u"received") {
                // Draws a summary event once took: they keep g's sequence, so the demo data stays as it was.
                if (QStringList { QStringLiteral("approved"), QStringLiteral("rejected"),
                                  QStringLiteral("account_created"), QStringLiteral("closed") }
                        .contains(status))
                    (void)g.uniform(0, supervisors.size() - 1);
                (void)g.uniform(600, 3600 * 6);
            }
            // One event per move, naming it, as WorkflowService records them.
            for (const Move& m : std::as_const(made)) {
                QJsonObject details { { QStringLiteral("reference"), reference },
                                      { QStringLiteral("from"), m.from },
                                      { QStringLiteral("to"), m.to },
                                      { QStringLiteral("transition"), m.id } };
                if (m.reasons != u"[]")
                    details.insert(QStringLiteral("reason_codes"), QJsonDocument::fromJson(m.reasons.toLatin1()).array());
                if (auto ev = event(m.at, m.actor, QStringLiteral("application.status_changed"), details); !ev)
                    return ev.error();
            }

            if (!early && done % 40 == 7) {
                const QList<QStringList> pdfPages {
                    { QStringLiteral("Application for an iCMS Organization Account (fictional demo)"), reference,
                      QStringLiteral("Organization: %1").arg(org.nameEn), QStringLiteral("Type: %1").arg(org.type),
                      QStringLiteral("BR number: %1").arg(org.br.isEmpty() ? QStringLiteral("-") : org.br) },
                    { QStringLiteral("Authorisation letter (fictional demo)"),
                      QStringLiteral("We appoint %1 %2 as Principal Administrator.").arg(s(sur.en), s(given.en)) }
                };
                const QByteArray pdf = makeTextPdf(pdfPages);
                // The text the PDF shows, for search (the same words Poppler would extract).
                QString pdfText;
                for (const QStringList& lines : pdfPages)
                    pdfText += lines.join(u'\n') + u'\n';
                AttachmentInfo info;
                info.applicationId = id;
                info.originalName = QStringLiteral("%1-form.pdf").arg(reference);
                info.mimeType = QStringLiteral("application/pdf");
                info.pageCount = 2;
                info.addedAt = received;
                info.addedBy = clerk;
                const Result<qint64> att = attachments.insert(info, pdf);
                if (!att)
                    return att.error();
                if (Status st = attachments.indexText(*att, pdfText); !st)
                    return st.error();
                ++summary.attachments;
                if (auto ev = events.append(Event { 0, received, clerk, QStringLiteral("attachment.added"),
                                                    QStringLiteral("attachment"), *att,
                                                    { { QStringLiteral("application"), reference },
                                                      { QStringLiteral("sha256"), AttachmentStore::sha256Hex(pdf) } } });
                    !ev)
                    return ev.error();
                ++summary.events;
            }
            ++summary.applications;
        }
        if (!searchTriggers.isEmpty()) {
            QSqlQuery index(db);
            if (firstId >= 0
                && !index.exec(QStringLiteral("INSERT INTO application_search (rowid, body) SELECT id, body FROM "
                                              "application_search_text WHERE id >= %1")
                                   .arg(firstId)))
                return sqlError(index, QStringLiteral("indexing demo applications for search"));
            for (const QString& sql : searchTriggers) {
                if (!index.exec(sql))
                    return sqlError(index, QStringLiteral("restoring search indexing"));
            }
        }
        if (Status st = tx.commit(); !st)
            return st.error();
        if (progress && !progress(done, count))
            break;
    }
    if (sqliteFile) {
        db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        db.exec(QStringLiteral("PRAGMA optimize"));
    }
    return summary;
}

} // namespace orgdesk
