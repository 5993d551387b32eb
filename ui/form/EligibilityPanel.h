// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/EligibilityService.h"

#include <QWidget>

class QLabel;

namespace orgdesk {

// The eligibility result of the open form with its reason in words, coloured by outcome and
// exposed to screen readers (the outcome's accessible description is the reason).
//
// Thread rules: GUI thread only.
class EligibilityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EligibilityPanel(QWidget* parent = nullptr);

    void showResult(const Result<EligibilityResult>& result);
    void showMessage(const QString& message); // nothing to judge (no application)
    QString text() const; // "Outcome: reason"

private:
    QLabel* m_outcome = nullptr;
    QLabel* m_reason = nullptr;
};

} // namespace orgdesk
