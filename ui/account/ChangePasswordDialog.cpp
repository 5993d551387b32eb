// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/ChangePasswordDialog.h"

#include "widgets/DialogParts.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace orgdesk {

ChangePasswordDialog::ChangePasswordDialog(QSqlDatabase db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Change your password"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto field = [this](const QString& name) {
        auto* e = new QLineEdit(this);
        e->setEchoMode(QLineEdit::Password);
        e->setAccessibleName(name);
        return e;
    };
    m_current = field(tr("Current password"));
    m_new = field(tr("New password"));
    m_repeat = field(tr("New password again"));
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("New password &again:"), m_repeat);
    layout->addLayout(form);
    m_message = addErrorLabel(this, layout);
    addOkCancel(this, layout, tr("Change password"));
    setMinimumWidth(420);
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        showError(m_message, tr("The two new passwords are not the same."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const Status s = UserService(m_db).changePassword(m_actor, m_current->text(), m_new->text());
    m_current->clear();
    if (!s) {
        showError(m_message, s.message());
        m_current->setFocus();
        return;
    }
    m_new->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace orgdesk
