// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/FirstRunDialog.h"

#include "DemoSeeder.h"

#include <QApplication>
#include <QCheckBox>
#include "widgets/DialogParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace orgdesk {

FirstRunDialog::FirstRunDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Welcome to OrgDesk"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This database has no staff accounts yet. Create the first administrator; "
                                "they can then add clerks and supervisors."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("e.g. chan.taiman"));
    m_name = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    m_user->setAccessibleName(tr("User name"));
    m_name->setAccessibleName(tr("Full name"));
    m_password->setAccessibleName(tr("Password"));
    m_repeat->setAccessibleName(tr("Repeat password"));
    layout->addLayout(form);
    m_demo = new QCheckBox(tr("Add 300 fictional demo applications to try OrgDesk out"), this);
    m_demo->setChecked(true);
    layout->addWidget(m_demo);
    m_message = addErrorLabel(this, layout);
    addOkCancel(this, layout, tr("Create administrator"));
    setMinimumWidth(440);
}

void FirstRunDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showError(m_message, tr("The two passwords are not the same."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    UserService users(m_db);
    const Result<qint64> id = users.addUser(m_user->text().trimmed(), m_name->text(), QStringLiteral("admin"),
                                            m_password->text(), std::nullopt);
    if (!id) {
        showError(m_message, id.message());
        return;
    }
    m_actor = Actor { *id, m_user->text().trimmed(), QStringLiteral("admin") };
    if (m_demo->isChecked()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto seeded = DemoSeeder(m_db).run(300, 2023);
        QApplication::restoreOverrideCursor();
        if (!seeded) {
            showError(m_message, tr("The administrator was created, but the demo applications could not be added: %1")
                     .arg(seeded.message()));
            return;
        }
    }
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace orgdesk
