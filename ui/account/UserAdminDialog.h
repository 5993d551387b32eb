// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace orgdesk {

// The administrator's staff list: add an account, deactivate or reactivate one (accounts are
// never deleted, so their history stays), set a new password, lift a lock. The service checks
// the administrator's role again for every action.
//
// Thread rules: GUI thread only.
class UserAdminDialog : public QDialog
{
    Q_OBJECT
public:
    UserAdminDialog(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The actions, callable by tests with the values a person would type.
    Status addUser(const QString& username, const QString& displayName, const QString& role, const QString& password);
    Status setSelectedActive(bool active);
    Status resetSelectedPassword(const QString& password);
    Status unlockSelected();
    void selectUser(const QString& username);

private:
    void reload();
    qint64 selectedId() const;
    void report(const Status& s, const QString& done);
    // Says in the dialog that an account must be chosen first, and returns that as the error.
    Status chooseFirst();

    QSqlDatabase m_db;
    Actor m_actor;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_reactivate = nullptr;
};

} // namespace orgdesk
