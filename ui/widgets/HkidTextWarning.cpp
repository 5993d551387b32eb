// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/HkidTextWarning.h"

#include "validation/Hkid.h"

#include <QAccessible>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace orgdesk {

HkidTextWarning::HkidTextWarning(QLineEdit* editor, QWidget* parent)
    : QLabel(parent ? parent : editor->parentWidget())
    , m_line(editor)
{
    connect(editor, &QLineEdit::textChanged, this, &HkidTextWarning::recheck);
    setUp();
}

HkidTextWarning::HkidTextWarning(QPlainTextEdit* editor, QWidget* parent)
    : QLabel(parent ? parent : editor->parentWidget())
    , m_plain(editor)
{
    connect(editor, &QPlainTextEdit::textChanged, this, &HkidTextWarning::recheck);
    setUp();
}

QString HkidTextWarning::warningText()
{
    return tr("This looks like an HKID number. It will be kept masked (A123***(*)): the identity number "
              "belongs in its own field.");
}

void HkidTextWarning::setUp()
{
    setObjectName(QStringLiteral("hkidWarning"));
    setWordWrap(true);
    setText(warningText());
    setStyleSheet(QStringLiteral("color: #8a5300;"));
    setAccessibleName(tr("Identity number in free text"));
    QWidget* editor = m_line ? static_cast<QWidget*>(m_line.data()) : m_plain.data();
    m_description = editor->accessibleDescription();
    hide();
    recheck();
}

QString HkidTextWarning::watchedText() const
{
    if (m_line)
        return m_line->text();
    if (m_plain)
        return m_plain->toPlainText();
    return {};
}

void HkidTextWarning::recheck()
{
    const bool warns = validation::containsHkid(watchedText());
    if (warns == m_warns)
        return;
    m_warns = warns;
    setVisible(warns);
    if (QWidget* editor = m_line ? static_cast<QWidget*>(m_line.data()) : m_plain.data()) {
        editor->setAccessibleDescription(warns ? (m_description.isEmpty() ? warningText()
                                                                          : m_description + u' ' + warningText())
                                               : m_description);
    }
    if (warns) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
    Q_EMIT warningChanged(warns);
}

} // namespace orgdesk
