// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RetentionService.h"
#include "UserService.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace orgdesk {

// The administrator's view of personal-data retention: the retention period, what a purge would
// remove now (a dry run, always shown first: identity-document files and identity numbers) and what is held back and why; purging asks for
// confirmation and then says what was done.
//
// Thread rules: GUI thread only.
class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    RetentionDialog(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);

    QTableWidget* dueTable() const { return m_due; }
    QTableWidget* heldTable() const { return m_held; }
    QTableWidget* idNumbersTable() const { return m_numbers; }
    QPushButton* purgeButton() const { return m_purge; }
    QString summary() const;
    // Purges the shown plan on a worker, with progress; `confirmed` skips the question (tests).
    // Returns whether the purge was started; purgeFinished() follows when it is over.
    bool purge(bool confirmed = false);

Q_SIGNALS:
    void purgeFinished(bool purged);

private:
    void purgeDone(const Result<RetentionService::Outcome>& done);
    void refresh();
    void saveMonths();

    QSqlDatabase m_db;
    Actor m_actor;
    std::optional<RetentionService::Plan> m_plan;
    QSpinBox* m_months = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_due = nullptr;
    QTableWidget* m_held = nullptr;
    QTableWidget* m_numbers = nullptr;
    QLabel* m_heldLabel = nullptr;
    QPushButton* m_purge = nullptr;
};

} // namespace orgdesk
