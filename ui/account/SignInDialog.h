// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

namespace orgdesk {

// Asks for user name and password and signs in through UserService (which counts failures,
// locks accounts and records every attempt). The password field is cleared after each try.
//
// Thread rules: GUI thread only.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QSqlDatabase db, QWidget* parent = nullptr);
    const Actor& actor() const { return m_actor; }
    // Pre-fills and locks the user name (re-entering the password after an idle lock).
    void setFixedUser(const QString& username);

    void accept() override;

private:
    QSqlDatabase m_db;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    Actor m_actor;
};

} // namespace orgdesk
