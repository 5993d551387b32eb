// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include "Clock.h"
#include "EventLog.h"
#include "Permissions.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace orgdesk {

namespace {

// lupdate files the tr() calls of this file under "orgdesk::Settings"; look them up there.
QString tr(const char* text)
{
    return QCoreApplication::translate("orgdesk::Settings", text);
}

struct Definition
{
    const char* key;
    bool integer;
    int minimum;
    int maximum;
    const char16_t* defaultValue;
    const char* description;
};

// The one list of settings. Integers are checked against [minimum, maximum].
const Definition kDefinitions[] = {
    { "sla.target_business_days", true, 1, 250, u"10", "Service level target, in business days from receipt" },
    { "sla.due_soon_business_days", true, 0, 50, u"2", "Business days before the due date a case is due soon" },
    { "auth.max_failed_sign_ins", true, 1, 50, u"5", "Wrong passwords allowed before an account locks" },
    { "auth.lock_minutes", true, 1, 1440, u"15", "Minutes an account stays locked" },
    { "auth.idle_lock_minutes", true, 1, 240, u"10", "Idle minutes before the desk locks" },
    { "retention.identity_months", true, 1, 600, u"24",
      "Months after a case is closed before its identity-document copies may be purged" },
    { "pii.reveal_roles", false, 0, 0, u"handling_clerk,supervisor",
      "Who may reveal an identity number (handling_clerk, clerk, supervisor, admin; separated by commas)" },
    { "drafts.keep_days", true, 1, 365, u"7", "Days an autosaved form draft is kept before it expires" },
    { "audit.checkpoint_days", true, 1, 365, u"7",
      "Days after which a supervisor signing in is offered to take a new signed audit checkpoint" },
    { "documents.worker_seconds", true, 1, 600, u"20",
      "Seconds a document may take to be read at intake before it is refused" },
    { "letterhead.office_en", false, 0, 0, u"Judiciary Help Centre", "Letterhead: office (English)" },
    { "letterhead.office_zh", false, 0, 0, u"司法機構服務中心", "Letterhead: office (Chinese)" },
    { "letterhead.address_en", false, 0, 0, u"5/F, Wanchai Tower, 12 Harbour Road, Wan Chai, Hong Kong",
      "Letterhead: address (English)" },
    { "letterhead.address_zh", false, 0, 0, u"香港灣仔港灣道12號灣仔政府大樓5樓", "Letterhead: address (Chinese)" },
    { "letterhead.fax", false, 0, 0, u"2340 7819", "Letterhead: fax number" },
    { "letterhead.telephone", false, 0, 0, u"", "Letterhead: enquiry telephone" },
    { "letterhead.email", false, 0, 0, u"", "Letterhead: enquiry email" },
};

const Definition* definition(const QString& key)
{
    for (const Definition& d : kDefinitions) {
        if (key == QLatin1String(d.key))
            return &d;
    }
    return nullptr;
}

const QString kRevealRolesKey = QStringLiteral("pii.reveal_roles");

QStringList roleList(const QString& value)
{
    QStringList roles;
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString role = part.trimmed();
        if (!role.isEmpty() && !roles.contains(role))
            roles << role;
    }
    return roles;
}

QString check(const Definition& d, const QString& value)
{
    if (kRevealRolesKey == QLatin1String(d.key)) {
        const QStringList roles = roleList(value);
        const QStringList choices = Settings::identityRevealRoleChoices();
        if (roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [&](const QString& r) { return !choices.contains(r); }))
            return tr("%1: give one or more of %2.").arg(tr(d.description), choices.join(QStringLiteral(", ")));
        return {};
    }
    if (d.integer) {
        bool ok = false;
        const int v = value.trimmed().toInt(&ok);
        if (!ok || v < d.minimum || v > d.maximum)
            return tr("%1 must be a whole number from %2 to %3.")
                .arg(tr(d.description))
                .arg(d.minimum)
                .arg(d.maximum);
    } else if (value.size() > 500) {
        return tr("%1 is too long (at most 500 characters).").arg(tr(d.description));
    }
    return {};
}

} // namespace

QString Settings::stored(const QString& key) const
{
    const Definition* d = definition(key);
    Q_ASSERT(d);
    QSqlQuery q(m_db);
    if (execPrepared(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key }) && q.next()) {
        const QString stored = q.value(0).toString();
        // A value edited by hand into something unusable falls back to the default.
        if (check(*d, stored).isEmpty())
            return d->integer ? stored.trimmed() : stored;
    }
    return QString::fromUtf16(d->defaultValue);
}

int Settings::integer(const QString& key) const
{
    return stored(key).toInt();
}

int Settings::identityRetentionMonths() const
{
    return integer(QStringLiteral("retention.identity_months"));
}

Status Settings::setIdentityRetentionMonths(int months, const Actor& actor)
{
    return write({ { QStringLiteral("retention.identity_months"), QString::number(months) } }, actor);
}

QStringList Settings::identityRevealRoleChoices()
{
    return { QStringLiteral("handling_clerk"), QStringLiteral("clerk"), QStringLiteral("supervisor"),
             QStringLiteral("admin") };
}

QStringList Settings::identityRevealRoles() const
{
    return roleList(stored(kRevealRolesKey));
}

Status Settings::setIdentityRevealRoles(const QStringList& roles, const Actor& actor)
{
    return write({ { kRevealRolesKey, roles.join(u',') } }, actor);
}

int Settings::draftKeepDays() const
{
    return integer(QStringLiteral("drafts.keep_days"));
}

Status Settings::setDraftKeepDays(int days, const Actor& actor)
{
    return write({ { QStringLiteral("drafts.keep_days"), QString::number(days) } }, actor);
}

int Settings::auditCheckpointDays() const
{
    return integer(QStringLiteral("audit.checkpoint_days"));
}

int Settings::documentWorkerSeconds() const
{
    return integer(QStringLiteral("documents.worker_seconds"));
}

Status Settings::setDocumentWorkerSeconds(int seconds, const Actor& actor)
{
    return write({ { QStringLiteral("documents.worker_seconds"), QString::number(seconds) } }, actor);
}

Status Settings::write(const QList<std::pair<QString, QString>>& values, const Actor& actor)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    const QDateTime now = Clock::current().nowUtc();
    // The account as stored now: an administrator deactivated or demoted meanwhile may not.
    const Result<QString> why = refusalReason(m_db, actor, { QStringLiteral("admin") });
    if (!why)
        return why.error();
    if (!why->isEmpty()) {
        QStringList keys;
        for (const auto& [key, _] : values)
            keys << key;
        const Result<qint64> ev = EventLog::append(
            m_db, Event { 0, now, actorId(actor), QStringLiteral("permission.refused"), QStringLiteral("setting"),
                          std::nullopt,
                          QJsonObject { { QStringLiteral("attempted"), QStringLiteral("setting.change") },
                                        { QStringLiteral("keys"), keys.join(u',') },
                                        { QStringLiteral("reason"), *why } } });
        if (!ev)
            return ev.error();
        if (Status s = tx.commit(); !s)
            return s;
        return makeError(ErrorCode::PermissionDenied, refusalMessage(*why, tr("Only an administrator can change settings.")));
    }
    for (const auto& [key, value] : values) {
        const Definition* d = definition(key);
        if (!d)
            return makeError(ErrorCode::InvalidInput, tr("There is no setting called \"%1\".").arg(key));
        if (const QString problem = check(*d, value); !problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem);
        const QString before = stored(key);
        const QString after = d->integer                       ? QString::number(value.trimmed().toInt())
                              : kRevealRolesKey == QLatin1String(d->key) ? roleList(value).join(u',')
                                                                         : value.trimmed();
        if (before == after)
            continue;
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q,
                                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                    { key, text(after) });
            !s)
            return s;
        const Result<qint64> ev = EventLog::append(
            m_db, Event { 0, now, actorId(actor), QStringLiteral("setting.changed"), QStringLiteral("setting"),
                          std::nullopt,
                          QJsonObject { { QStringLiteral("key"), key },
                                        { QStringLiteral("from"), before },
                                        { QStringLiteral("to"), after } } });
        if (!ev)
            return ev.error();
    }
    return tx.commit();
}

int Settings::slaTargetBusinessDays() const
{
    return integer(QStringLiteral("sla.target_business_days"));
}

int Settings::dueSoonBusinessDays() const
{
    return integer(QStringLiteral("sla.due_soon_business_days"));
}

Status Settings::setSlaTargetBusinessDays(int days, const Actor& actor)
{
    return write({ { QStringLiteral("sla.target_business_days"), QString::number(days) } }, actor);
}

Status Settings::setDueSoonBusinessDays(int days, const Actor& actor)
{
    return write({ { QStringLiteral("sla.due_soon_business_days"), QString::number(days) } }, actor);
}

int Settings::maxFailedSignIns() const
{
    return integer(QStringLiteral("auth.max_failed_sign_ins"));
}

int Settings::lockMinutes() const
{
    return integer(QStringLiteral("auth.lock_minutes"));
}

int Settings::idleLockMinutes() const
{
    return integer(QStringLiteral("auth.idle_lock_minutes"));
}

Status Settings::setMaxFailedSignIns(int attempts, const Actor& actor)
{
    return write({ { QStringLiteral("auth.max_failed_sign_ins"), QString::number(attempts) } }, actor);
}

Status Settings::setLockMinutes(int minutes, const Actor& actor)
{
    return write({ { QStringLiteral("auth.lock_minutes"), QString::number(minutes) } }, actor);
}

Status Settings::setIdleLockMinutes(int minutes, const Actor& actor)
{
    return write({ { QStringLiteral("auth.idle_lock_minutes"), QString::number(minutes) } }, actor);
}

Settings::Letterhead Settings::letterhead() const
{
    return Letterhead { stored(QStringLiteral("letterhead.office_en")), stored(QStringLiteral("letterhead.office_zh")),
                        stored(QStringLiteral("letterhead.address_en")), stored(QStringLiteral("letterhead.address_zh")),
                        stored(QStringLiteral("letterhead.fax")), stored(QStringLiteral("letterhead.telephone")),
                        stored(QStringLiteral("letterhead.email")) };
}

Status Settings::setLetterhead(const Letterhead& l, const Actor& actor)
{
    return write({ { QStringLiteral("letterhead.office_en"), l.officeEn },
                   { QStringLiteral("letterhead.office_zh"), l.officeZh },
                   { QStringLiteral("letterhead.address_en"), l.addressEn },
                   { QStringLiteral("letterhead.address_zh"), l.addressZh },
                   { QStringLiteral("letterhead.fax"), l.fax },
                   { QStringLiteral("letterhead.telephone"), l.telephone },
                   { QStringLiteral("letterhead.email"), l.email } },
                 actor);
}

QList<Settings::Entry> Settings::entries() const
{
    QList<Entry> out;
    for (const Definition& d : kDefinitions) {
        const QString key = QString::fromLatin1(d.key);
        out << Entry { key, stored(key), tr(d.description) };
    }
    return out;
}

Status Settings::setByKey(const QString& key, const QString& value, const Actor& actor)
{
    return write({ { key, value } }, actor);
}

} // namespace orgdesk
