// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QDialog>
#include <QSqlDatabase>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace orgdesk {

// The public holiday calendar that business days are counted against. Supervisors see it and the
// warning for the years whose holidays are not entered ("2028 public holidays are not entered");
// administrators also add and remove days and import the Government's iCalendar list
// ("Import iCalendar…", previewed in HolidayImportDialog before it is saved).
//
// Thread rules: GUI thread only.
class HolidayCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    HolidayCalendarDialog(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The missing-years warning shown at the top; empty when every needed year is entered.
    QString warningText() const;
    QPushButton* importButton() const { return m_import; }

public Q_SLOTS:
    // Reads `path` and shows its preview; saving it reloads the calendar. Returns whether it was saved.
    bool importFile(const QString& path);
    void reload();

private:
    void chooseFile();
    void addDay();
    void removeSelected();

    QSqlDatabase m_db;
    Actor m_actor;
    QLabel* m_warning = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QDateEdit* m_day = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace orgdesk
