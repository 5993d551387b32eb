// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

namespace orgdesk {

// The signed-in person changes their password: current one, new one twice.
//
// Thread rules: GUI thread only.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);
    void accept() override;

private:
    QSqlDatabase m_db;
    Actor m_actor;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace orgdesk
