// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QSqlDatabase>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace orgdesk {

class FlowLayout;
class TransitionDialog;

// The workflow of the selected application: its status and service-level due date, one button
// per move the workflow offers (disabled, with the reason as tooltip, when this person may not
// make it: role or four-eyes; wrapped onto more lines when the panel is narrow), the history of
// moves, and letters to the applicant.
// Emits applicationChanged() after a move or a letter so the queue and detail pane can refresh.
//
// Thread rules: GUI thread only.
class WorkflowPanel : public QWidget
{
    Q_OBJECT
public:
    WorkflowPanel(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);

    void setApplication(qint64 applicationId); // 0 clears
    qint64 applicationId() const { return m_applicationId; }
    // The action button for a move to `toStatus`, or null when the workflow offers none.
    QPushButton* actionButton(const QString& toStatus) const;
    QTreeWidget* historyView() const { return m_history; }
    QString statusText() const;

public Q_SLOTS:
    // Opens the dialog for the move to `toStatus` (non-modal; see currentDialog()).
    void startAction(const QString& toStatus);
    void refresh();
    // Generates the chosen letter and saves it with the case.
    void generateLetter();

Q_SIGNALS:
    void applicationChanged(qint64 applicationId);

public:
    TransitionDialog* currentDialog() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Hides the reasons and note columns (kept in each row's tooltip) where the panel is narrow.
    void fitHistory();

    QSqlDatabase m_db;
    Actor m_actor;
    qint64 m_applicationId = 0;
    QLabel* m_status = nullptr;
    QWidget* m_actions = nullptr;
    FlowLayout* m_actionsLayout = nullptr;
    QTreeWidget* m_history = nullptr;
    int m_historyWidth = 0; // the width the history needs with every column (fitHistory)
    QComboBox* m_letterKind = nullptr;
    QComboBox* m_letterLang = nullptr;
    QPushButton* m_letterButton = nullptr;
    QLabel* m_letterResult = nullptr;
    QPointer<TransitionDialog> m_dialog; // cleared when the dialog closes and deletes itself
};

} // namespace orgdesk
