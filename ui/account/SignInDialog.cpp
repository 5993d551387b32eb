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
    setWindowTitle(tr("Sign in to OrgDesk"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Judiciary Help Centre — iCMS Organization Account applications"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
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
    const Result<Actor> actor = UserService(m_db).signIn(m_user->text().trimmed(), m_password->text());
    m_password->clear();
    if (!actor) {
        showError(m_message, actor.message());
        m_password->setFocus();
        return;
    }
    m_actor = *actor;
    QDialog::accept();
}

} // namespace orgdesk
