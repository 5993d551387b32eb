// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "viewer/PageRenderer.h"
#include "UserService.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTemporaryDir;

namespace orgdesk {

class PagesView;

// The documents of one application: pick an attachment, flip and scroll through its pages, zoom,
// turn pages (kept per attachment page), search the text of PDFs, lighten or invert faint faxes,
// print pages, or open the file in the system's viewer. Passwords of encrypted PDFs are asked
// for when opening and never kept.
//
// Thread rules: GUI thread only; pages are drawn off the GUI thread (see PagesView).
class DocumentViewer : public QWidget
{
    Q_OBJECT
public:
    DocumentViewer(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);
    ~DocumentViewer() override;

    // How a password is asked for (tests replace it): file name, whether a try failed -> password
    // or empty to give up.
    using PasswordPrompt = std::function<QString(const QString& fileName, bool retry)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }

    // Lists the attachments of application `id` and opens the first (0: nothing).
    void showApplication(qint64 id);
    // Opens attachment `attachmentId` at `page` (0-based).
    bool openAttachment(qint64 attachmentId, int page = 0);

    PagesView* pages() const { return m_pages; }
    qint64 attachmentId() const { return m_attachmentId; }
    QString message() const; // what the viewer says when it cannot show something

public Q_SLOTS:
    void nextPage();
    void previousPage();
    void rotateClockwise();
    void rotateAnticlockwise();
    // Finds `text` in the document (PDF text layer) and shows the first hit; returns hits.
    int find(const QString& text);
    void findNext();
    void findPrevious();
    void printPages();
    void openExternally();

private:
    void buildToolBar(QWidget* bar);
    void pageChanged(int page);
    void requestVisibleThumbnails();
    void thumbnailReady(const PageCache::Key& key);
    void showMessage(const QString& text);
    void rotateBy(int degrees);

    QSqlDatabase m_db;
    Actor m_actor;
    PasswordPrompt m_passwordPrompt;
    qint64 m_applicationId = 0;
    qint64 m_attachmentId = 0;
    QComboBox* m_attachments = nullptr;
    QSpinBox* m_page = nullptr;
    QLabel* m_pageCount = nullptr;
    QComboBox* m_zoom = nullptr;
    QComboBox* m_colour = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_hitLabel = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_thumbnails = nullptr;
    PagesView* m_pages = nullptr;
    PageRenderer m_thumbnailRenderer;
    QList<std::pair<int, QRectF>> m_hits;
    int m_currentHit = -1;
    std::unique_ptr<QTemporaryDir> m_exportDir;
};

} // namespace orgdesk
