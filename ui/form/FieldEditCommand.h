// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace orgdesk {

// One edit of one form field, for the form's QUndoStack. Consecutive edits of the same text
// field merge into one step, so Ctrl+Z takes back a whole word or line, not a character.
// The edit is already on screen when the command is pushed: the first redo() does nothing.
//
// Thread rules: GUI thread only.
class FieldEditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QString& field, const QVariant& value)>;

    FieldEditCommand(Apply apply, QString field, QVariant before, QVariant after, bool mergeable);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeable ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Apply m_apply;
    QString m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_mergeable = false;
    bool m_first = true;
};

} // namespace orgdesk
