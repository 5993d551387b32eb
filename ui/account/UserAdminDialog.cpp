// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/UserAdminDialog.h"

#include "HongKongTime.h"
#include "widgets/DialogParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace orgdesk {

UserAdminDialog::UserAdminDialog(QSqlDatabase db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Staff accounts"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({ tr("User name"), tr("Name"), tr("Role"), tr("Account"), tr("Locked until") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Staff accounts"));
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_deactivate = new QPushButton(tr("&Deactivate"), this);
    m_reactivate = new QPushButton(tr("&Reactivate"), this);
    auto* reset = new QPushButton(tr("Set &password…"), this);
    auto* unlock = new QPushButton(tr("&Unlock"), this);
    for (QPushButton* b : { m_deactivate, m_reactivate, reset, unlock })
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);
    // Each action says in the dialog how it went; what it returns is for the tests.
    connect(m_deactivate, &QPushButton::clicked, this, [this] { (void)setSelectedActive(false); });
    connect(m_reactivate, &QPushButton::clicked, this, [this] { (void)setSelectedActive(true); });
    connect(unlock, &QPushButton::clicked, this, [this] { (void)unlockSelected(); });
    connect(reset, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString pw = QInputDialog::getText(this, tr("Set password"), tr("New password for the selected account:"),
                                                 QLineEdit::Password, QString(), &ok);
        if (ok)
            (void)resetSelectedPassword(pw);
    });

    auto* addBox = new QGroupBox(tr("Add a staff account"), this);
    auto* form = new QFormLayout(addBox);
    m_username = new QLineEdit(addBox);
    m_displayName = new QLineEdit(addBox);
    m_role = new QComboBox(addBox);
    for (const char* r : { "clerk", "supervisor", "admin" })
        m_role->addItem(UserService::roleLabel(QString::fromLatin1(r)), QString::fromLatin1(r));
    m_password = new QLineEdit(addBox);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User &name:"), m_username);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("First &password:"), m_password);
    auto* add = new QPushButton(tr("&Add account"), addBox);
    form->addRow(QString(), add);
    connect(add, &QPushButton::clicked, this, [this] {
        (void)addUser(m_username->text().trimmed(), m_displayName->text(), m_role->currentData().toString(),
            m_password->text());
    });
    layout->addWidget(addBox);

    m_message = addErrorLabel(this, layout);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    resize(720, 520);
    reload();
}

void UserAdminDialog::reload()
{
    const auto users = UserService(m_db).users();
    m_table->setRowCount(0);
    if (!users) {
        showError(m_message, users.message());
        return;
    }
    for (const UserRecord& u : *users) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(u.username);
        name->setData(Qt::UserRole, u.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(u.displayName));
        m_table->setItem(row, 2, new QTableWidgetItem(UserService::roleLabel(u.role)));
        m_table->setItem(row, 3, new QTableWidgetItem(u.active ? tr("Active") : tr("Deactivated")));
        m_table->setItem(row, 4, new QTableWidgetItem(u.lockedUntil.isValid()
                                                          ? HongKongTime::isoMinutes(u.lockedUntil)
                                                          : QString()));
    }
    m_table->resizeColumnsToContents();
}

qint64 UserAdminDialog::selectedId() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return 0;
    return m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void UserAdminDialog::selectUser(const QString& username)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->text() == username)
            m_table->selectRow(r);
    }
}

void UserAdminDialog::report(const Status& s, const QString& done)
{
    if (s) {
        m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_message->setText(done);
        m_message->show();
    } else {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        showError(m_message, s.message());
    }
}

Status UserAdminDialog::chooseFirst()
{
    const Status s = makeError(ErrorCode::InvalidInput, tr("Choose an account first."));
    report(s, {});
    return s;
}

Status UserAdminDialog::addUser(const QString& username, const QString& displayName, const QString& role,
                                const QString& password)
{
    const Result<qint64> id = UserService(m_db).addUser(username, displayName, role, password, m_actor);
    const Status s = id ? Status() : Status(id.error());
    report(s, tr("Added %1.").arg(username));
    if (s) {
        m_username->clear();
        m_displayName->clear();
        m_password->clear();
        reload();
        selectUser(username);
    }
    return s;
}

Status UserAdminDialog::setSelectedActive(bool active)
{
    const qint64 id = selectedId();
    if (!id)
        return chooseFirst();
    const Status s = UserService(m_db).setActive(id, active, m_actor);
    report(s, active ? tr("The account is active again.") : tr("The account is deactivated; its history stays."));
    reload();
    return s;
}

Status UserAdminDialog::resetSelectedPassword(const QString& password)
{
    const qint64 id = selectedId();
    if (!id)
        return chooseFirst();
    const Status s = UserService(m_db).resetPassword(id, password, m_actor);
    report(s, tr("The new password is set."));
    reload();
    return s;
}

Status UserAdminDialog::unlockSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return chooseFirst();
    const Status s = UserService(m_db).unlock(id, m_actor);
    report(s, tr("The account is unlocked."));
    reload();
    return s;
}

} // namespace orgdesk
