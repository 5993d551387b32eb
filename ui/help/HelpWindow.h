// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace orgdesk {

// The user guide (Help ▸ User guide, F1): the clerk's, the supervisor's and the administrator's
// day and the keyboard shortcuts, in the interface's language (English unless the translation
// names another guide), shown from the resources in a QTextBrowser. Not modal: the guide can stay
// open beside the desk.
//
// Thread rules: GUI thread only.
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // The guide in the language of the installed translation (qrc:/help/guide.<language>.html),
    // English when there is no guide in that language.
    static QUrl guideUrl();

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace orgdesk
