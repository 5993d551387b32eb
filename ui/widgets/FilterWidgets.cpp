// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FilterWidgets.h"

#include "ApplicationStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLocale>

namespace orgdesk {

namespace {
const QDate kAnyDate(2000, 1, 1); // a date edit at this value means "no limit"
}

QDateEdit* anyDateEdit(QWidget* parent, const QString& accessibleName)
{
    auto* e = new QDateEdit(parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setMinimumDate(kAnyDate);
    e->setSpecialValueText(QCoreApplication::translate("FilterWidgets", "any date"));
    e->setDate(kAnyDate);
    e->setAccessibleName(accessibleName);
    return e;
}

QDate dateLimit(const QDateEdit* edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

void clearDateLimit(QDateEdit* edit)
{
    edit->setDate(kAnyDate);
}

QComboBox* channelCombo(QWidget* parent, const QString& anyText)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(QCoreApplication::translate("FilterWidgets", "Channel filter"));
    combo->addItem(anyText, QString());
    for (const QString& c : allChannels())
        combo->addItem(channelLabel(c), c);
    return combo;
}

bool chineseInterface()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace orgdesk
