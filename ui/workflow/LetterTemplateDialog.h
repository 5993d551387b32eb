// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace orgdesk {

// An administrator edits the letter templates (each type in English and Traditional Chinese):
// subject and body with {{merge_fields}}. The service checks the role and the merge fields.
//
// Thread rules: GUI thread only.
class LetterTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    LetterTemplateDialog(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);

    void select(const QString& kind, const QString& lang);
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    Status save();
    QString messageText() const;

private:
    void load();

    QSqlDatabase m_db;
    Actor m_actor;
    QComboBox* m_kind = nullptr;
    QComboBox* m_lang = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace orgdesk
