// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"
#include "form/DuplicateFinder.h"

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace orgdesk {

class HkidTextWarning;

// Other applications that look like the same organization, with their status and why they
// match; the clerk links the open application to one as a resubmission or a duplicate.
// Nothing is merged. The link's note warns while it holds an HKID-shaped string.
//
// Thread rules: GUI thread only.
class DuplicatesPanel : public QWidget
{
    Q_OBJECT
public:
    DuplicatesPanel(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);

    void setApplication(qint64 id);
    void search(const DuplicateQuery& query);
    QListWidget* list() const { return m_list; }
    int matchCount() const;
    QLineEdit* noteEdit() const { return m_note; }
    HkidTextWarning* noteWarning() const { return m_noteWarning; }

    // Links the open application to the selected match; kind is resubmission_of or duplicate_of.
    bool linkSelected(const QString& kind);

Q_SIGNALS:
    void openApplicationRequested(qint64 id);

private:
    void fill();

    QSqlDatabase m_db;
    Actor m_actor;
    qint64 m_id = 0;
    DuplicateQuery m_query;
    std::unique_ptr<DuplicateFinder> m_finder;
    QList<DuplicateMatch> m_matches;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QLineEdit* m_note = nullptr;
    HkidTextWarning* m_noteWarning = nullptr;
    QPushButton* m_resubmission = nullptr;
    QPushButton* m_duplicate = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace orgdesk
