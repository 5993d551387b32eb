// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApplicationRecord.h"
#include "UserService.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace orgdesk {

// "New application": records how and when a paper form arrived. The reference number exists
// from the moment the clerk presses Record, so it can be written on the paper.
//
// Thread rules: GUI thread only.
class ReceiveDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiveDialog(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);
    const ApplicationRecord& created() const { return m_created; }
    void accept() override;

private:
    void channelChanged();

    QSqlDatabase m_db;
    Actor m_actor;
    QComboBox* m_channel = nullptr;
    QDateTimeEdit* m_receivedAt = nullptr;
    QLineEdit* m_senderFax = nullptr;
    QSpinBox* m_pages = nullptr;
    QLabel* m_message = nullptr;
    ApplicationRecord m_created;
};

} // namespace orgdesk
