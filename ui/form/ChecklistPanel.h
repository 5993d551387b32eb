// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace orgdesk {

// The evidence checklist of one application: each expected document is ticked by pointing
// at a page of one of its attachments; activating a ticked item asks the viewer to show that
// page (pageRequested). Unticked items are listed as missing. Once the case is recommended
// (FormFreeze) the checklist can be read and its pages opened, but not ticked or unticked.
//
// Thread rules: GUI thread only.
class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    ChecklistPanel(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);

    void showApplication(qint64 id);
    void refresh();
    QListWidget* list() const { return m_list; }
    int missingCount() const { return m_missing; }
    bool isFrozen() const { return m_frozen; }

    // Ticks the selected item against the attachment and page chosen in the panel.
    bool tickSelected();
    bool untickSelected();

Q_SIGNALS:
    void pageRequested(qint64 attachmentId, int page);

private:
    void activated();

    QSqlDatabase m_db;
    Actor m_actor;
    qint64 m_id = 0;
    int m_missing = 0;
    bool m_frozen = false;
    QListWidget* m_list = nullptr;
    QComboBox* m_attachment = nullptr;
    QSpinBox* m_page = nullptr;
    QPushButton* m_tick = nullptr;
    QPushButton* m_untick = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace orgdesk
