// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/ReceiveDialog.h"

#include "ApplicationService.h"
#include "ApplicationStore.h"
#include "Clock.h"
#include "HongKongTime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QTimeZone>
#include "widgets/DialogParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace orgdesk {

ReceiveDialog::ReceiveDialog(QSqlDatabase db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("New application"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_channel = new QComboBox(this);
    for (const QString& c : { QStringLiteral("fax"), QStringLiteral("post"), QStringLiteral("hand") })
        m_channel->addItem(channelLabel(c), c);
    m_channel->setAccessibleName(tr("Channel"));
    // The clerk reads and types Hong Kong time, whatever the PC's zone. The edit holds that wall
    // clock in a UTC-spec value (so no daylight-saving gap of the PC's zone can swallow an hour);
    // accept() reads it back as Hong Kong time.
    const QDateTime hkNow = HongKongTime::toHongKong(Clock::current().nowUtc());
    const QDateTime wallNow(hkNow.date(), QTime(hkNow.time().hour(), hkNow.time().minute()), QTimeZone::utc());
    m_receivedAt = new QDateTimeEdit(this);
    m_receivedAt->setTimeSpec(Qt::UTC);
    m_receivedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_receivedAt->setCalendarPopup(true);
    m_receivedAt->setMaximumDateTime(wallNow);
    m_receivedAt->setDateTime(wallNow);
    m_receivedAt->setAccessibleName(tr("Received at"));
    m_senderFax = new QLineEdit(this);
    m_senderFax->setPlaceholderText(tr("as printed in the fax header"));
    m_senderFax->setAccessibleName(tr("Sender fax number"));
    m_pages = new QSpinBox(this);
    m_pages->setRange(0, 9999);
    m_pages->setSpecialValueText(tr("not counted"));
    m_pages->setAccessibleName(tr("Pages received"));
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("Received &at (Hong Kong time):"), m_receivedAt);
    form->addRow(tr("Sender &fax:"), m_senderFax);
    form->addRow(tr("&Pages received:"), m_pages);
    layout->addLayout(form);
    auto* received = new QLabel(tr("Received by: %1").arg(m_actor.username), this);
    received->setEnabled(false);
    layout->addWidget(received);
    m_message = addErrorLabel(this, layout);
    addOkCancel(this, layout, tr("&Record"));
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ReceiveDialog::channelChanged);
    channelChanged();
    setMinimumWidth(400);
}

void ReceiveDialog::channelChanged()
{
    const bool fax = m_channel->currentData().toString() == u"fax";
    m_senderFax->setEnabled(fax);
    if (!fax)
        m_senderFax->clear();
}

void ReceiveDialog::accept()
{
    Receipt receipt;
    receipt.channel = m_channel->currentData().toString();
    receipt.receivedAt = HongKongTime::fromWallClock(m_receivedAt->date(), m_receivedAt->time());
    receipt.senderFax = m_senderFax->text();
    if (m_pages->value() > 0)
        receipt.pagesReceived = m_pages->value();
    const Result<ApplicationRecord> created = ApplicationService(m_db).receive(receipt, m_actor);
    if (!created) {
        showError(m_message, created.message());
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace orgdesk
