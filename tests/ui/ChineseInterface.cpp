// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChineseInterface.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <catch2/catch.hpp>

namespace orgdesk::test {

ChineseInterface::ChineseInterface()
{
    REQUIRE(m_orgdesk.load(QStringLiteral("orgdesk_zh_HK"), QStringLiteral(ORGDESK_QM_DIR)));
    QCoreApplication::installTranslator(&m_orgdesk);
    if (m_qt.load(QStringLiteral("qtbase_zh_TW"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::HongKong));
}

ChineseInterface::~ChineseInterface()
{
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_orgdesk);
    QLocale::setDefault(m_previous);
}

} // namespace orgdesk::test
