// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"
#include "workflow/HolidayImport.h"

#include <QByteArray>
#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTableWidget;

namespace orgdesk {

// The preview of an iCalendar holiday list before it is saved: the days it adds and the days the
// calendar names differently, then Save (administrators) or Cancel. A file that cannot be read as
// a list of holidays shows why, and cannot be saved.
//
// Thread rules: GUI thread only.
class HolidayImportDialog : public QDialog
{
    Q_OBJECT
public:
    HolidayImportDialog(QSqlDatabase db, Actor actor, QByteArray ics, QString fileName, QWidget* parent = nullptr);

    // Whether the file was read (otherwise messageText() says why).
    bool readable() const { return m_plan.has_value(); }
    const std::optional<HolidayImportPlan>& plan() const { return m_plan; }
    QString messageText() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* saveButton() const { return m_save; }

public Q_SLOTS:
    void accept() override;

private:
    QSqlDatabase m_db;
    Actor m_actor;
    QByteArray m_ics;
    QString m_fileName;
    std::optional<HolidayImportPlan> m_plan;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace orgdesk
