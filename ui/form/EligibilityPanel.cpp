// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/EligibilityPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace orgdesk {

EligibilityPanel::EligibilityPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_outcome = new QLabel(this);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_outcome->setAccessibleName(tr("Eligibility result"));
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setAccessibleName(tr("Reason for the eligibility result"));
    m_reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for the longest reason, so it never gets clipped by the panels below.
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_outcome);
    layout->addWidget(m_reason);
}

void EligibilityPanel::showResult(const Result<EligibilityResult>& result)
{
    if (!result) {
        showMessage(result.message());
        return;
    }
    m_outcome->setText(EligibilityService::outcomeLabel(result->outcome));
    m_reason->setText(result->reason);
    const bool good = result->outcome == Eligibility::Eligible || result->outcome == Eligibility::EligibleWithCaseNumber;
    m_outcome->setStyleSheet(good ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #8a4b00;"));
    m_outcome->setAccessibleDescription(result->reason);
}

void EligibilityPanel::showMessage(const QString& message)
{
    m_outcome->setText(EligibilityService::outcomeLabel(Eligibility::Undetermined));
    m_outcome->setStyleSheet(QString());
    m_reason->setText(message);
    m_outcome->setAccessibleDescription(message);
}

QString EligibilityPanel::text() const
{
    return m_outcome->text() + QStringLiteral(": ") + m_reason->text();
}

} // namespace orgdesk
