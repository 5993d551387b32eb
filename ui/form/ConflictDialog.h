// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/FormService.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QRadioButton;

namespace orgdesk {

// What a clerk sees when saving a form that someone else saved meanwhile (FormService::saveVersion
// met a newer version): for each field the other person changed to something else, who changed
// it and when (Hong Kong time), their value and this clerk's side by side, and a choice per field
// (keep mine / take theirs). Nothing typed is lost: Cancel leaves the form as it was, with its
// edits; "Save with these choices" gives the form to save over the newer version (merged()).
// A field this clerk did not change starts on "take theirs", one they changed on "keep mine".
// Identity numbers are shown masked on both sides.
//
// Thread rules: GUI thread only.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    // `mine`: the form as typed; `base`: the form as it was read before editing.
    ConflictDialog(
        const SaveConflict& conflict, const FormData& mine, const FormData& base, QWidget* parent = nullptr);

    // The field names in conflict, in the form's order.
    QStringList fields() const { return m_order; }
    bool takesTheirs(const QString& field) const;
    void setTakeTheirs(const QString& field, bool theirs);
    // The form to save: mine, with the fields chosen from theirs.
    FormData merged() const;
    const SaveConflict& conflict() const { return m_conflict; }

    // A field's name in the interface's language, and a value as the dialog shows it.
    static QString fieldLabel(const QString& field);
    static QString valueText(const QString& field, const QJsonValue& value);

private:
    SaveConflict m_conflict;
    FormData m_mine;
    QStringList m_order;
    QHash<QString, QRadioButton*> m_theirs;
};

} // namespace orgdesk
