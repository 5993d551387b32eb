// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/FieldIssuesView.h"

#include "form/FormFields.h"

#include <QAccessible>
#include <QLabel>
#include <QWidget>

namespace orgdesk {

void FieldIssuesView::show(const FormCheck& check, const QHash<QString, QString>& entryErrors)
{
    QHash<QString, QStringList> texts;
    QHash<QString, bool> isError;
    for (auto it = entryErrors.begin(); it != entryErrors.end(); ++it) {
        texts[it.key()] << it.value();
        isError[it.key()] = true;
    }
    for (const FieldIssue& i : check.issues) {
        QString text = i.message;
        if (i.index >= 0)
            text = tr("Line %1: %2").arg(i.index + 1).arg(i.message);
        texts[i.field] << text;
        if (i.severity == FieldIssue::Severity::Error)
            isError[i.field] = true;
    }
    m_errors.clear();
    const QString idNumber = QString::fromUtf16(field::paIdNumber);
    const QHash<QString, QLabel*>& labels = m_fields.messageLabels();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const QString text = texts.value(it.key()).join(u'\n');
        QLabel* label = it.value();
        QWidget* editor = m_fields.field(it.key());
        const bool changed = label->text() != text;
        const bool error = isError.value(it.key());
        label->setText(text);
        label->setVisible(!text.isEmpty());
        label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a4b00;"));
        if (error && !text.isEmpty())
            m_errors.insert(it.key());
        if (editor)
            editor->setAccessibleDescription(text.isEmpty() && it.key() == idNumber && !m_fields.idRevealed()
                    ? FormFields::maskedIdDescription()
                    : text);
        if (changed && !text.isEmpty()) {
            QAccessibleEvent event(label, QAccessible::Alert);
            QAccessible::updateAccessibility(&event);
        }
    }
}

void FieldIssuesView::clear()
{
    for (QLabel* l : m_fields.messageLabels())
        l->hide();
    m_errors.clear();
}

QString FieldIssuesView::text(const QString& name) const
{
    QLabel* l = m_fields.messageLabel(name);
    return l && !l->isHidden() ? l->text() : QString();
}

QWidget* FieldIssuesView::firstErrorField() const
{
    for (QWidget* w : m_fields.tabOrder()) {
        if (m_errors.contains(m_fields.nameOf(w)))
            return w;
    }
    return nullptr;
}

} // namespace orgdesk
