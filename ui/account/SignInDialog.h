// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "UserService.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QLabel;
class QLineEdit;

namespace orgdesk {

// Asks for user name and password and signs in through UserService (which counts failures,
// locks accounts and records every attempt). The password field is cleared after each try.
// On a PostgreSQL store the sign-in is the person's own connection to the server: the dialog
// connects as them (their login role and password) and hands the connection on.
//
// Thread rules: GUI thread only.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QSqlDatabase db, QWidget* parent = nullptr);
    // Signing in to the PostgreSQL store at `serverLocation` (a URI or connection string).
    explicit SignInDialog(const QString& serverLocation, QWidget* parent = nullptr);
    const Actor& actor() const { return m_actor; }
    // The connection made while signing in to a server (empty for an SQLite store).
    std::optional<Database> takeDatabase() { return std::exchange(m_server, std::nullopt); }
    // Pre-fills and locks the user name (re-entering the password after an idle lock).
    void setFixedUser(const QString& username);

    void accept() override;

private:
    void build(const QString& serverLocation);

    QSqlDatabase m_db;
    QString m_serverLocation;
    std::optional<Database> m_server;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    Actor m_actor;
};

} // namespace orgdesk
