// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QMainWindow>
#include <QPointer>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace orgdesk {

class OcrQueue;

class ApplicationForm;
class DetailPane;
class DocumentViewer;
class FaxInboxPanel;
class IdleLock;
class WorkflowPanel;
class QueueModel;
class LiveUpdates;
class SupervisorConsole;

// The clerk's and supervisor's main screen: the queue of applications with filters and search,
// and the selected application beside it.
//
// Thread rules: GUI thread only; long work (database check) runs on a worker with its own connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(QSqlDatabase db, QString databasePath, Actor actor, QWidget* parent = nullptr);

    QueueModel* queueModel() const { return m_model; }
    QTableView* queueView() const { return m_view; }
    DetailPane* detailPane() const { return m_detail; }
    // The selected case's pages (summary, form, documents, history); screens add a tab here.
    QTabWidget* caseTabs() const { return m_caseTabs; }
    ApplicationForm* form() const { return m_form; }
    DocumentViewer* viewer() const { return m_viewer; }
    FaxInboxPanel* inbox() const { return m_inbox; }

    // Stores files (picked, dropped or pasted) in the selected application, read and stored on an
    // intake thread behind a progress dialog with Cancel (each file its own transaction: files
    // stored before Cancel stay, the one being read is dropped); says what happened.
    void attachFiles(const QStringList& paths);
    // Supervisors see the overdue cases when they sign in; returns how many there are.
    int showOverdueIfAny();
    // For supervisors and administrators: warns (a non-modal message) about the years whose public
    // holidays are not entered but are counted through; returns the warning, empty when none.
    QString warnMissingHolidaysIfAny();
    void showOverdue();
    // The supervisors' dashboard (Oversight ▸ Dashboard…); one window, brought to the front.
    void showDashboard();
    qint64 currentApplicationId() const;
    QLineEdit* searchBox() const { return m_search; }
    QString statusText() const;

    // Selects the application in the queue (loading pages as needed) and shows it.
    void selectApplication(qint64 id);
    // Shows the application's attachment at `page` (1-based) in the Documents tab.
    void openAttachmentPage(qint64 applicationId, qint64 attachmentId, int page);
    // Changes made at other desks, and the connection to the server (the banner above the queue).
    LiveUpdates* liveUpdates() const { return m_live; }
    // The supervisors' console (supervisors and administrators), opened once and raised after.
    SupervisorConsole* showSupervisorConsole();

public Q_SLOTS:
    void newApplication();
    void backupDatabase();
    void checkDatabase();
    void about();
    // The user guide (F1) in the interface's language; one window, brought to the front.
    void showUserGuide();
    void applyFilters();
    void clearFilters();

Q_SIGNALS:
    // The selected application changed (0: none); case tabs follow it.
    void currentApplicationChanged(qint64 id);

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    QWidget* createFilterBar();
    void updateStatus();
    void selectionChanged();
    void restoreState();
    // The queue's and the case's share of `width` until the divider is moved: half each, and never
    // less than the queue's columns need.
    QList<int> defaultSplit(int width) const;
    void showCaseTab(int index);
    void attachFromPicker();
    void pasteAttachment();
    void applicationChanged(qint64 id);

    QSqlDatabase m_db;
    QString m_databasePath;
    Actor m_actor;
    QueueModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    DetailPane* m_detail = nullptr;
    QTabWidget* m_caseTabs = nullptr;
    ApplicationForm* m_form = nullptr;
    DocumentViewer* m_viewer = nullptr;
    FaxInboxPanel* m_inbox = nullptr;
    WorkflowPanel* m_workflow = nullptr;
    IdleLock* m_idleLock = nullptr;
    QMenu* m_viewMenu = nullptr;
    qint64 m_workflowFor = -1;
    qint64 m_viewerFor = -1; // application the viewer shows (it loads only when visible)
    QSplitter* m_splitter = nullptr;
    // Keying: the page viewer beside the form in the Form tab (its divider remembered), the queue
    // folded away by one key (F9), and the pages of stored files read in the background.
    QSplitter* m_keying = nullptr;
    DocumentViewer* m_keyViewer = nullptr;
    qint64 m_keyViewerFor = -1;
    QAction* m_foldQueue = nullptr;
    OcrQueue* m_ocr = nullptr;
    void setQueueFolded(bool folded);
    bool m_splitterPlaced = false; // moved by the user or restored: no longer the default split
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_channel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTimer* m_searchDelay = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QPointer<SupervisorConsole> m_console;
    LiveUpdates* m_live = nullptr;
};

} // namespace orgdesk
