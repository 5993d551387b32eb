// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/SignInDialog.h"

#include "widgets/DialogParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace orgdesk {

SignInDialog::SignInDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    build(QString());
}

SignInDialog::SignInDialog(const QString& serverLocation, QWidget* parent)
    : QDialog(parent)
    , m_serverLocation(serverLocation)
{
    build(serverLocation);
}

void SignInDialog::build(const QString& serverLocation)
{
    setWindowTitle(tr("Sign in to OrgDesk"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Judiciary Help Centre — iCMS Organization Account applications"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!serverLocation.isEmpty()) {
        auto* server = new QLabel(tr("Shared database: %1").arg(serverLocation.toHtmlEscaped()), this);
        server->setWordWrap(true);
        server->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(server);
    }
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_message = addErrorLabel(this, layout);
    addOkCancel(this, layout, tr("Sign in"));
    setMinimumWidth(380);
}

void SignInDialog::setFixedUser(const QString& username)
{
    m_user->setText(username);
    m_user->setReadOnly(true);
    m_password->setFocus();
}

void SignInDialog::accept()
{
    const QString username = m_user->text().trimmed();
    if (!m_serverLocation.isEmpty() && !m_server) {
        // The server checks the password: connect as the person (their login role is their user
        // name in small letters).
        Database::setServerLogin(m_serverLocation, { username.toLower(), m_password->text() });
        Result<Database> db = Database::open(m_serverLocation, Database::OpenMode::ExistingOnly);
        if (!db) {
            Database::clearServerLogin(m_serverLocation);
            m_password->clear();
            showError(m_message, db.message());
            m_password->setFocus();
            return;
        }
        m_server.emplace(std::move(db).value());
        m_db = m_server->connection();
    }
    const Result<Actor> actor = UserService(m_db).signIn(username, m_password->text());
    m_password->clear();
    if (!actor) {
        if (!m_serverLocation.isEmpty()) {
            m_server.reset();
            m_db = QSqlDatabase();
            Database::clearServerLogin(m_serverLocation);
        }
        showError(m_message, actor.message());
        m_password->setFocus();
        return;
    }
    m_actor = *actor;
    QDialog::accept();
}

} // namespace orgdesk
