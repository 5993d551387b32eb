// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ScreenFont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>

namespace orgdesk {

bool useSansCjkForChinese()
{
    const QString cjk = QString::fromUtf16(kScreenCjkFamily);
    if (!QFontDatabase::hasFamily(cjk))
        return false;
    QFont font = QApplication::font();
    if (font.families().contains(cjk))
        return true;
    // The face the system resolves its default to ("Sans Serif" is only an alias, which a family
    // list would pass over for the next, installed, family).
    const QString system = QFontInfo(font).family();
    font.setFamilies(system == cjk ? QStringList { cjk } : QStringList { system, cjk });
    QApplication::setFont(font);
    return true;
}

} // namespace orgdesk
