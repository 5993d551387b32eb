// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/DraftKeeper.h"

#include "HongKongTime.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace orgdesk {

DraftKeeper::DraftKeeper(QSqlDatabase db, qint64 userId, int autosaveMs, QWidget* bannerParent)
    : QObject(bannerParent)
    , m_store(std::move(db))
    , m_userId(userId)
{
    m_autosave = new QTimer(this);
    m_autosave->setInterval(autosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &DraftKeeper::autosaveDue);

    m_banner = new QFrame(bannerParent);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("QFrame { background: #fff4ce; }"));
    auto* layout = new QHBoxLayout(m_banner);
    m_text = new QLabel(m_banner);
    m_text->setWordWrap(true);
    auto* restore = new QPushButton(
        QCoreApplication::translate("orgdesk::ApplicationForm", "Restore &draft"), m_banner);
    auto* discard = new QPushButton(
        QCoreApplication::translate("orgdesk::ApplicationForm", "D&iscard draft"), m_banner);
    layout->addWidget(m_text, 1);
    layout->addWidget(restore);
    layout->addWidget(discard);
    connect(restore, &QPushButton::clicked, this, &DraftKeeper::restoreRequested);
    connect(discard, &QPushButton::clicked, this, &DraftKeeper::discardRequested);
    m_banner->hide();
}

void DraftKeeper::markEdited()
{
    m_pending = true;
    if (!m_autosave->isActive())
        m_autosave->start();
}

void DraftKeeper::restartAutosave()
{
    m_autosave->start();
}

Status DraftKeeper::keep(qint64 applicationId, const std::optional<FormData>& data)
{
    m_pending = false;
    m_autosave->stop();
    if (!data) {
        (void)m_store.discard(applicationId, m_userId);
        return {};
    }
    Status s = m_store.save(applicationId, m_userId, *data);
    if (!s)
        m_pending = true;
    return s;
}

void DraftKeeper::offer(qint64 applicationId, const FormData& saved)
{
    const auto draft = m_store.load(applicationId, m_userId);
    if (!draft || !draft->has_value() || (*draft)->data == saved)
        return;
    m_offered = **draft;
    m_text->setText(QCoreApplication::translate("orgdesk::ApplicationForm",
        "A draft of this form from %1 was not saved. Restore it to go on where you left off.")
                        .arg(HongKongTime::display((*draft)->savedAt)));
    m_banner->show();
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

bool DraftKeeper::isOffered() const
{
    return m_offered.has_value() && !m_banner->isHidden();
}

std::optional<FormData> DraftKeeper::takeOffered()
{
    if (!m_offered)
        return std::nullopt;
    const FormData data = m_offered->data;
    withdrawOffer();
    return data;
}

void DraftKeeper::withdrawOffer()
{
    m_offered.reset();
    m_banner->hide();
}

void DraftKeeper::discard(qint64 applicationId)
{
    withdrawOffer();
    if (applicationId > 0)
        (void)m_store.discard(applicationId, m_userId);
}

} // namespace orgdesk
