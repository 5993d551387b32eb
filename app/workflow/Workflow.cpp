// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workflow.h"

#include <QCoreApplication>

namespace orgdesk::workflow {

namespace {

Rule rule(const char* from, const char* to, const char* roles, const char* reasonKind = "",
          bool noteRequired = false, bool fourEyes = false)
{
    return Rule { QString::fromLatin1(from), QString::fromLatin1(to),
                  QString::fromLatin1(roles).split(u' ', Qt::SkipEmptyParts), QString::fromLatin1(reasonKind),
                  noteRequired, fourEyes };
}

} // namespace

const QList<Rule>& rules()
{
    static const QList<Rule> table {
        rule("received", "registered", "clerk supervisor"),
        rule("received", "withdrawn", "clerk supervisor", "", true),
        rule("received", "duplicate", "clerk supervisor", "", true),
        rule("registered", "under_review", "clerk supervisor"),
        rule("registered", "withdrawn", "clerk supervisor", "", true),
        rule("registered", "duplicate", "clerk supervisor", "", true),
        rule("under_review", "awaiting_applicant", "clerk supervisor", "requisition"),
        rule("under_review", "recommended", "clerk supervisor"),
        rule("under_review", "case_by_case", "clerk supervisor", "", true),
        rule("under_review", "withdrawn", "clerk supervisor", "", true),
        rule("under_review", "duplicate", "clerk supervisor", "", true),
        rule("awaiting_applicant", "under_review", "clerk supervisor"),
        rule("awaiting_applicant", "withdrawn", "clerk supervisor", "", true),
        rule("recommended", "approved", "supervisor", "", false, true),
        rule("recommended", "rejected", "supervisor", "rejection", false, true),
        rule("recommended", "case_by_case", "supervisor", "", true),
        rule("recommended", "under_review", "supervisor", "", true),
        rule("recommended", "withdrawn", "clerk supervisor", "", true),
        rule("case_by_case", "approved", "supervisor", "", true, true),
        rule("case_by_case", "rejected", "supervisor", "rejection", true, true),
        rule("case_by_case", "under_review", "supervisor", "", true),
        rule("case_by_case", "withdrawn", "clerk supervisor", "", true),
        rule("approved", "account_created", "clerk supervisor"),
        rule("account_created", "closed", "clerk supervisor"),
        rule("rejected", "closed", "clerk supervisor"),
        rule("withdrawn", "closed", "clerk supervisor"),
        rule("duplicate", "closed", "clerk supervisor"),
    };
    return table;
}

const Rule* findRule(const QString& from, const QString& to)
{
    for (const Rule& r : rules()) {
        if (r.from == from && r.to == to)
            return &r;
    }
    return nullptr;
}

QList<Rule> rulesFrom(const QString& from)
{
    QList<Rule> out;
    for (const Rule& r : rules()) {
        if (r.from == from)
            out << r;
    }
    return out;
}

bool clockRuns(const QString& status)
{
    return status == u"received" || status == u"registered" || status == u"under_review" || status == u"recommended"
           || status == u"case_by_case";
}

bool isSettled(const QString& status)
{
    return !clockRuns(status) && status != u"awaiting_applicant";
}

QString actionLabel(const QString& from, const QString& to)
{
    // QT_TRANSLATE_NOOP marks each label for lupdate under the context it is looked up in.
    auto t = [](const char* text) { return QCoreApplication::translate("Workflow", text); };
    if (to == u"registered")
        return t(QT_TRANSLATE_NOOP("Workflow", "Register"));
    if (to == u"under_review")
        return from == u"registered"            ? t(QT_TRANSLATE_NOOP("Workflow", "Start review"))
               : from == u"awaiting_applicant" ? t(QT_TRANSLATE_NOOP("Workflow", "Resume review"))
                                               : t(QT_TRANSLATE_NOOP("Workflow", "Send back for review"));
    if (to == u"awaiting_applicant")
        return t(QT_TRANSLATE_NOOP("Workflow", "Raise requisition"));
    if (to == u"recommended")
        return t(QT_TRANSLATE_NOOP("Workflow", "Recommend"));
    if (to == u"case_by_case")
        return t(QT_TRANSLATE_NOOP("Workflow", "Refer for case-by-case decision"));
    if (to == u"approved")
        return t(QT_TRANSLATE_NOOP("Workflow", "Approve"));
    if (to == u"rejected")
        return t(QT_TRANSLATE_NOOP("Workflow", "Reject"));
    if (to == u"account_created")
        return t(QT_TRANSLATE_NOOP("Workflow", "Record account created"));
    if (to == u"withdrawn")
        return t(QT_TRANSLATE_NOOP("Workflow", "Record withdrawal"));
    if (to == u"duplicate")
        return t(QT_TRANSLATE_NOOP("Workflow", "Mark as duplicate"));
    if (to == u"closed")
        return t(QT_TRANSLATE_NOOP("Workflow", "Close"));
    return to;
}

} // namespace orgdesk::workflow
