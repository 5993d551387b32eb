// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/HelpWindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

static void initHelpResources()
{
    Q_INIT_RESOURCE(help);
}

namespace orgdesk {

HelpWindow::HelpWindow(QWidget* parent)
    : QDialog(parent)
{
    initHelpResources();
    setWindowTitle(tr("OrgDesk user guide"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl());
    layout->addWidget(m_browser, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    contents->setAutoDefault(false);
    contents->setToolTip(tr("Back to the start of the guide"));
    connect(contents, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // A column that reads well, as tall as the screen allows.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(fontMetrics().horizontalAdvance(u'M') * 60, available.width() * 9 / 10),
        available.height() * 8 / 10);
    m_browser->setFocus();
}

QUrl HelpWindow::guideUrl()
{
    initHelpResources();
    //: The language of the user guide, as in resources/help/guide.<language>.html: zh_HK in the
    //: Traditional Chinese translation.
    const QString language = tr("en");
    const QString path = QStringLiteral(":/help/guide.%1.html").arg(language);
    return QUrl(
        QFile::exists(path) ? QStringLiteral("qrc") + path : QStringLiteral("qrc:/help/guide.en.html"));
}

} // namespace orgdesk
