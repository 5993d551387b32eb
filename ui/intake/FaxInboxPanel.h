// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"
#include "documents/FaxInbox.h"

#include <QHash>

#include <QSqlDatabase>
#include <QWidget>

#include <atomic>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace orgdesk {

class FaxInbox;

// The fax inbox beside the queue: complete faxes waiting in the fax server's folder, each with a
// picture of its first page, to file as a new application, add to the selected one, or split
// into several applications by page ranges. A file leaves the folder only once it is stored.
// Filing reads and stores the fax on an intake thread with its own connection (IntakeTask),
// behind a progress dialog whose Cancel stores nothing of that fax.
//
// Thread rules: GUI thread only; the filing functions return once the intake thread is done,
// the window answering meanwhile.
class FaxInboxPanel : public QWidget
{
    Q_OBJECT
public:
    FaxInboxPanel(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);

    void setFolder(const QString& folder); // remembered on this computer
    QString folder() const;
    // The application "Add to selected" files into (the main window's selection).
    void setSelectedApplication(std::function<qint64()> selected) { m_selected = std::move(selected); }
    // How split page ranges are asked for (tests replace it): file name, page count -> text or empty.
    void setSplitPrompt(std::function<QString(const QString&, int)> prompt) { m_splitPrompt = std::move(prompt); }
    QStringList files() const;

public Q_SLOTS:
    void rescan();
    bool fileAsNew();
    bool addToSelected();
    bool split();
    // Lets the clerk reorder, turn and take out pages of the selected fax before filing it.
    bool arrange();
    // The arrangement the next "File as new application" of `path` uses (empty: as received).
    void setArrangement(const QString& path, const QList<FaxInbox::PagePlan>& plan) { m_plans.insert(path, plan); }

Q_SIGNALS:
    // Applications created or changed by filing; the queue shows the first.
    void filed(const QList<qint64>& applicationIds, const QString& message);

private:
    // Stores the fax on an intake thread with a connection of its own (`store` does the storing,
    // under a progress dialog titled `title` showing `label`), then shows the outcome and rescans.
    using FilingStep = std::function<Result<FaxInbox::Filed>(const QSqlDatabase&, const std::atomic<bool>*)>;
    Result<FaxInbox::Filed> fileOnIntakeThread(const QString& title, const QString& label, const FilingStep& store);
    void chooseFolder();
    void refreshList();
    QString currentPath() const;

    QSqlDatabase m_db;
    Actor m_actor;
    FaxInbox* m_inbox = nullptr;
    QLabel* m_folderLabel = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_message = nullptr;
    QList<QPushButton*> m_fileButtons;
    std::function<qint64()> m_selected;
    std::function<QString(const QString&, int)> m_splitPrompt;
    QHash<QString, QList<FaxInbox::PagePlan>> m_plans;
};

} // namespace orgdesk
