// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QTranslator>

namespace orgdesk::test {

// For its scope, the interface in Traditional Chinese as on a Hong Kong desk (LANG=zh_HK.UTF-8):
// OrgDesk's own translation (the .qm built from resources/translations, ORGDESK_QM_DIR), Qt's
// zh_TW catalogue for Qt's own strings, and zh_HK as the default locale. Requires the translation.
class ChineseInterface
{
public:
    ChineseInterface();
    ~ChineseInterface();
    ChineseInterface(const ChineseInterface&) = delete;
    ChineseInterface& operator=(const ChineseInterface&) = delete;

private:
    QLocale m_previous;
    QTranslator m_orgdesk;
    QTranslator m_qt;
};

} // namespace orgdesk::test
