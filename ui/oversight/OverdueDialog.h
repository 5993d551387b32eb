// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QTableWidget;

namespace orgdesk {

// The open applications past their service-level due date, longest overdue first, shown to a
// supervisor at sign-in. Double-click (or Enter) on a row asks to open that application.
//
// Thread rules: GUI thread only.
class OverdueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OverdueDialog(QSqlDatabase db, QWidget* parent = nullptr);
    int overdueCount() const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void openApplication(qint64 applicationId);

private:
    QTableWidget* m_table = nullptr;
};

} // namespace orgdesk
