// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/FieldEditCommand.h"

#include <QCoreApplication>

namespace orgdesk {

FieldEditCommand::FieldEditCommand(Apply apply, QString field, QVariant before, QVariant after, bool mergeable)
    : m_apply(std::move(apply))
    , m_field(std::move(field))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeable(mergeable)
{
    setText(QCoreApplication::translate("ApplicationForm", "edit %1").arg(m_field));
}

void FieldEditCommand::undo()
{
    m_apply(m_field, m_before);
}

void FieldEditCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    m_apply(m_field, m_after);
}

bool FieldEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const FieldEditCommand*>(other);
    if (o->m_field != m_field || !m_mergeable)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace orgdesk
