// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace orgdesk {

// Shown when the database has no staff accounts yet: creates the first administrator (there is
// no default password anywhere) and, if wanted, adds fictional demo applications.
//
// Thread rules: GUI thread only.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(QSqlDatabase db, QWidget* parent = nullptr);
    const Actor& actor() const { return m_actor; }
    void accept() override;

private:
    QSqlDatabase m_db;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QCheckBox* m_demo = nullptr;
    QLabel* m_message = nullptr;
    Actor m_actor;
};

} // namespace orgdesk
