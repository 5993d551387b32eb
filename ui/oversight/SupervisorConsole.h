// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"
#include "oversight/CaseFinder.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace orgdesk {

class CaseModel;
class SamplingPage;

// The supervisors' console (supervisors and administrators): cases filtered by status, clerk,
// organization type, channel, received dates, overdue and decision, in a lazily fetched table;
// the selected case's timeline beside it; and quality sampling on its own tab. A non-modal window
// beside the main one: Enter on a case opens it there; Enter on a timeline entry that points to a
// page or a letter opens that in the main window's document viewer.
//
// Thread rules: GUI thread only; uses the GUI thread's connection.
class SupervisorConsole : public QDialog
{
    Q_OBJECT
public:
    SupervisorConsole(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);

    static bool mayOpen(const Actor& actor) { return actor.role == u"supervisor" || actor.role == u"admin"; }

    CaseModel* caseModel() const { return m_model; }
    QTableView* caseView() const { return m_view; }
    QTreeWidget* timeline() const { return m_timeline; }
    QTabWidget* tabs() const { return m_tabs; }
    SamplingPage* sampling() const { return m_sampling; }
    QLabel* countLabel() const { return m_count; }
    QComboBox* clerkFilter() const { return m_clerk; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* decisionFilter() const { return m_decision; }
    QCheckBox* overdueFilter() const { return m_overdue; }
    QToolButton* statusFilter() const { return m_statusButton; }
    // Ticks exactly these statuses in the status filter (empty: any) and applies the filters.
    void setStatuses(const QStringList& statuses);
    // Shows `applicationId`'s timeline on the right.
    void showTimeline(qint64 applicationId);
    // Another desk changed case `applicationId` (0: something, unknown what): the cases and the
    // timeline shown are read again in place.
    void refreshLive(qint64 applicationId = 0);

public Q_SLOTS:
    void applyFilters();
    void clearFilters();

Q_SIGNALS:
    void openApplication(qint64 applicationId);
    // page is 1-based.
    void openAttachmentPage(qint64 applicationId, qint64 attachmentId, int page);

private:
    QWidget* createCasesPage();
    QWidget* createFilterBar(QWidget* parent);
    void updateCount();
    void updateStatusButton();
    void timelineActivated(QTreeWidgetItem* item);

    QSqlDatabase m_db;
    Actor m_actor;
    QTabWidget* m_tabs = nullptr;
    CaseModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_statusButton = nullptr;
    QMenu* m_statusMenu = nullptr;
    QComboBox* m_clerk = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_channel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_overdue = nullptr;
    QComboBox* m_decision = nullptr;
    QLabel* m_timelineTitle = nullptr;
    QTreeWidget* m_timeline = nullptr;
    qint64 m_timelineFor = 0;
    SamplingPage* m_sampling = nullptr;
};

} // namespace orgdesk
