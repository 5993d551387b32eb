// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"
#include "workflow/Workflow.h"

#include <QDialog>
#include <QSqlDatabase>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace orgdesk {

class HkidTextWarning;

// Asks for what one workflow move needs and makes it through WorkflowService: reason codes
// (English and Chinese wording shown), the recommendation (approve or reject), missing checklist
// items for a requisition, and a note or the written reasons a case-by-case decision needs. The
// note and the missing items warn while they hold an HKID-shaped string (it is stored masked).
//
// Thread rules: GUI thread only.
class TransitionDialog : public QDialog
{
    Q_OBJECT
public:
    TransitionDialog(QSqlDatabase db, Actor actor, qint64 applicationId, workflow::Rule rule, QWidget* parent = nullptr);

    const workflow::Rule& rule() const { return m_rule; }
    // For tests and keyboard users alike: tick a reason code, choose the recommendation, write text.
    void checkReason(const QString& code);
    void setRecommendation(const QString& recommendation);
    void setNote(const QString& note);
    void setMissingItems(const QStringList& items);
    QString errorText() const;
    // The warning under the note, shown while it holds an HKID-shaped string.
    HkidTextWarning* noteWarning() const { return m_noteWarning; }

    void accept() override;

private:
    QSqlDatabase m_db;
    Actor m_actor;
    qint64 m_applicationId = 0;
    workflow::Rule m_rule;
    QListWidget* m_reasons = nullptr;
    QRadioButton* m_approve = nullptr;
    QRadioButton* m_reject = nullptr;
    QPlainTextEdit* m_missing = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_message = nullptr;
    HkidTextWarning* m_noteWarning = nullptr;
};

} // namespace orgdesk
