// SPDX-License-Identifier: GPL-3.0-or-later
// orgdesk-cli commands for the application form's rules: eligibility, the evidence checklist
// and other applications from the same organization.
#include "ApplicationStore.h"
#include "Cli.h"
#include "form/ChecklistService.h"
#include "form/DuplicateFinder.h"
#include "form/EligibilityService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <variant>

namespace orgdesk::cli {

namespace {

// The application named by the one positional argument, or an exit status.
std::variant<ApplicationRecord, int> application(Context& ctx, Args& args)
{
    if (int rc = ctx.rejectLeftovers(args, 1); rc >= 0)
        return rc;
    if (args.positional().size() != 1)
        return ctx.usage(QStringLiteral("give one reference number, e.g. OA-2026-000123."));
    Database* db = ctx.database();
    if (!db)
        return int(ProblemFound);
    const auto app = ApplicationStore(db->connection()).getByReference(args.positional().first());
    if (!app)
        return ctx.fail(app.error());
    return *app;
}

int eligibility(Context& ctx, Args& args)
{
    const bool json = args.flag(QStringLiteral("json"));
    auto found = application(ctx, args);
    if (const int* rc = std::get_if<int>(&found))
        return *rc;
    const ApplicationRecord& app = std::get<ApplicationRecord>(found);
    const QSqlDatabase db = ctx.database()->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT lshk_confirmed_on IS NOT NULL FROM applications WHERE id = ?"));
    q.addBindValue(app.id);
    const bool lshk = q.exec() && q.next() && q.value(0).toBool();
    EligibilityService service(db);
    const auto result = service.assess({ app.orgType, EligibilityService::hongKongDate(app.receivedAt),
                                         !app.caseNumbers.isEmpty(), lshk });
    if (!result)
        return ctx.fail(result.error());
    const auto items = ChecklistService(db).items(app.id);
    if (!items)
        return ctx.fail(items.error());
    const auto missing = ChecklistService(db).missing(app.id);
    if (!missing)
        return ctx.fail(missing.error());
    if (json) {
        QJsonArray itemsJson;
        for (const ChecklistItem& i : *missing)
            itemsJson.append(QJsonObject { { QStringLiteral("item"), i.itemCode }, { QStringLiteral("label"), i.labelEn },
                                       { QStringLiteral("reason_code"), i.reasonCode } });
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("reference"), app.reference },
                                               { QStringLiteral("outcome"), EligibilityService::outcomeCode(result->outcome) },
                                               { QStringLiteral("policy"), result->policyCode },
                                               { QStringLiteral("reason"), result->reason },
                                               { QStringLiteral("checklist_started"), !items->isEmpty() },
                                               { QStringLiteral("missing_documents"), itemsJson } })
                       .toJson(QJsonDocument::Indented);
        return Ok;
    }
    ctx.out << app.reference << ": " << EligibilityService::outcomeLabel(result->outcome) << "\n  " << result->reason << '\n';
    if (items->isEmpty()) {
        ctx.out << "Evidence checklist not started: the form has not been saved with an organization type.\n";
    } else if (!missing->isEmpty()) {
        ctx.out << "Missing documents:\n";
        for (const ChecklistItem& i : *missing)
            ctx.out << "  - " << i.labelEn << (i.reasonCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(i.reasonCode))
                    << '\n';
    }
    return Ok;
}

int duplicates(Context& ctx, Args& args)
{
    const bool json = args.flag(QStringLiteral("json"));
    auto found = application(ctx, args);
    if (const int* rc = std::get_if<int>(&found))
        return *rc;
    const ApplicationRecord& app = std::get<ApplicationRecord>(found);
    DuplicateFinder finder(ctx.database()->connection());
    const auto matches = finder.find({ app.id, app.brNumber, app.brBranch, app.orgNameEn, app.orgNameZh, app.email, app.phone });
    if (!matches)
        return ctx.fail(matches.error());
    if (json) {
        QJsonArray array;
        for (const DuplicateMatch& m : *matches)
            array.append(QJsonObject { { QStringLiteral("reference"), m.reference },
                                       { QStringLiteral("status"), m.status },
                                       { QStringLiteral("organization"), m.orgNameEn },
                                       { QStringLiteral("organization_zh"), m.orgNameZh },
                                       { QStringLiteral("received_at"), m.receivedAt },
                                       { QStringLiteral("matched_by"), QJsonArray::fromStringList(m.reasons) },
                                       { QStringLiteral("br_branch"), m.brBranch },
                                       { QStringLiteral("linked_as"), m.linkKind } });
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (matches->isEmpty()) {
        ctx.out << "No other application from this organization.\n";
        return Ok;
    }
    for (const DuplicateMatch& m : *matches) {
        QString why = m.reasons.join(u',');
        if (m.reasons.contains(QStringLiteral("br_other_branch"))) // the same business, another branch
            why += QStringLiteral(" (branch %1, this one %2)").arg(m.brBranch, app.brBranch);
        ctx.out << m.reference << '\t' << m.receivedAt << '\t' << m.status << '\t' << why << '\t'
                << (m.orgNameEn.isEmpty() ? m.orgNameZh : m.orgNameEn) << '\n';
    }
    return Ok;
}

const Registration kCommands[] = {
    Registration({ QStringLiteral("eligibility"), QStringLiteral("REF [--json]"),
                   QStringLiteral("eligibility under the policy of the date received, and missing documents"),
                   eligibility }),
    Registration({ QStringLiteral("duplicates"), QStringLiteral("REF [--json]"),
                   QStringLiteral("other applications from the same organization (BR, name, e-mail, phone)"),
                   duplicates }),
};

} // namespace

} // namespace orgdesk::cli
