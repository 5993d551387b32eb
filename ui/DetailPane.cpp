// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailPane.h"

#include "ApplicationStore.h"
#include "AttachmentStore.h"
#include "HongKongTime.h"
#include "ReferenceData.h"
#include "UserStore.h"
#include "validation/Hkid.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace orgdesk {

DetailPane::DetailPane(QSqlDatabase db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_empty = new QLabel(tr("Select an application in the queue to see its details.\n\n"
                            "Press Ctrl+N to record a newly received form."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    outer->addWidget(m_empty);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fields = new QWidget(scroll);
    m_form = new QFormLayout(m_fields);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    addRow(QStringLiteral("reference"), tr("Reference"));
    addRow(QStringLiteral("status"), tr("Status"));
    addRow(QStringLiteral("channel"), tr("Channel"));
    addRow(QStringLiteral("received"), tr("Received at"));
    addRow(QStringLiteral("registered_by"), tr("Registered by"));
    addRow(QStringLiteral("org_en"), tr("Organization"));
    addRow(QStringLiteral("org_zh"), tr("Organization (Chinese)"));
    addRow(QStringLiteral("type"), tr("Organization type"));
    addRow(QStringLiteral("br"), tr("BR number"));
    addRow(QStringLiteral("address"), tr("Registered address"));
    addRow(QStringLiteral("pa_en"), tr("Principal Administrator"));
    addRow(QStringLiteral("pa_zh"), tr("Principal Administrator (Chinese)"));
    addRow(QStringLiteral("pa_id"), tr("Identity document"));
    addRow(QStringLiteral("phone"), tr("Phone"));
    addRow(QStringLiteral("email"), tr("Email"));
    addRow(QStringLiteral("cases"), tr("Case numbers"));
    addRow(QStringLiteral("remarks"), tr("Remarks"));
    m_attachments = new QListWidget(m_fields);
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setMaximumHeight(120);
    m_form->addRow(tr("Attachments"), m_attachments);
    scroll->setWidget(m_fields);
    outer->addWidget(scroll);
    scroll->setVisible(false);
    m_scroll = scroll;
}

QLabel* DetailPane::addRow(const QString& key, const QString& label)
{
    auto* value = new QLabel(m_fields);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    m_form->addRow(label + u':', value);
    m_values.insert(key, value);
    return value;
}

QString DetailPane::fieldText(const QString& key) const
{
    const QLabel* l = m_values.value(key);
    return l ? l->text() : QString();
}

void DetailPane::showApplication(qint64 id)
{
    const Result<ApplicationRecord> app = id > 0 ? ApplicationStore(m_db).get(id)
                                                 : Result<ApplicationRecord>(makeError(ErrorCode::NotFound, {}));
    m_id = app ? id : 0;
    m_empty->setVisible(!app);
    m_scroll->setVisible(bool(app));
    if (!app) {
        if (id > 0)
            m_empty->setText(app.message());
        return;
    }
    const ApplicationRecord& r = *app;
    const QString none = tr("—");
    auto set = [&](const char* key, const QString& v) {
        m_values.value(QString::fromLatin1(key))->setText(v.trimmed().isEmpty() ? none : v);
    };
    set("reference", r.reference);
    set("status", statusLabel(r.status));
    QString channel = channelLabel(r.channel);
    if (!r.senderFax.isEmpty())
        channel += tr(" from %1").arg(r.senderFax);
    if (r.pagesReceived)
        channel += tr(", %1 page(s)").arg(*r.pagesReceived);
    set("channel", channel);
    set("received", tr("%1 (Hong Kong time)").arg(HongKongTime::display(r.receivedAt, QLocale::LongFormat, true)));
    QString registeredBy;
    if (r.registeredBy) {
        const Result<UserRecord> u = UserStore(m_db).byId(*r.registeredBy);
        registeredBy = u ? u->displayName : QString();
    }
    set("registered_by", registeredBy);
    set("org_en", r.orgNameEn);
    set("org_zh", r.orgNameZh);
    QString typeName = r.orgType;
    if (!r.orgType.isEmpty()) {
        if (const Result<OrganizationType> t = ReferenceData(m_db).organizationType(r.orgType))
            typeName = t->nameEn + QStringLiteral("  ") + t->nameZh;
    }
    set("type", typeName);
    set("br", r.brNumber.isEmpty() ? QString() : r.brNumber + QStringLiteral("-") + r.brBranch);
    set("address", r.registeredAddress);
    set("pa_en", r.paNameEn);
    set("pa_zh", r.paNameZh);
    // Identity numbers are masked here; the form offers an audited reveal.
    QString idText;
    if (r.paIdType == u"hkid")
        idText = tr("HKID %1").arg(validation::maskHkid(r.paIdNumber));
    else if (r.paIdType == u"passport" && !r.paIdNumber.isEmpty())
        idText = tr("Passport %1").arg(r.paIdNumber.left(2) + QStringLiteral("******"));
    set("pa_id", idText);
    set("phone", r.phone);
    set("email", r.email);
    set("cases", r.caseNumbers.join(QStringLiteral("\n")));
    set("remarks", r.remarks);

    m_attachments->clear();
    const auto attachments = AttachmentStore(m_db).forApplication(id);
    if (attachments) {
        for (const AttachmentInfo& a : *attachments)
            m_attachments->addItem(tr("%1 — %n page(s), %2", nullptr, a.pageCount)
                                       .arg(a.originalName, QLocale().formattedDataSize(a.size)));
    }
    if (m_attachments->count() == 0)
        m_attachments->addItem(tr("No attachments yet."));
}

} // namespace orgdesk
