// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DialogParts.h"

#include <QAccessible>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace orgdesk {

QLabel* addErrorLabel(QDialog* dialog, QVBoxLayout* layout)
{
    auto* label = new QLabel(dialog);
    label->setObjectName(QStringLiteral("errorMessage"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setAccessibleName(QDialog::tr("Problem"));
    label->hide();
    layout->addWidget(label);
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->show();
    QAccessibleEvent event(label, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void addOkCancel(QDialog* dialog, QVBoxLayout* layout, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace orgdesk
