// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"
#include "form/EligibilityService.h"
#include "form/FormService.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QVariant>
#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTimer;
class QUndoStack;

namespace orgdesk {

class FormSuggestions;

class ChecklistPanel;
class ConflictDialog;
class DraftKeeper;
class DuplicatesPanel;
class EligibilityPanel;
class FieldIssuesView;
class FormFields;

// The clerk's application form: every field of the paper form in its order, checked as it is
// typed (errors beside the fields, read by screen readers), the eligibility result with its
// reason, the evidence checklist and other applications from the same organization.
// Keyboard first: Tab follows the paper form, Ctrl+S saves, Ctrl+Z / Ctrl+Shift+Z undo and redo.
// Drafts are autosaved every few seconds and when focus leaves a field; a draft left by a
// closed or killed program is offered back when the application is opened again.
// Identity numbers are masked until revealed; each reveal is an audited event.
// From the recommendation on (FormFreeze) the form is shown read-only under one line saying why,
// until a recorded move sends the case back to review.
// Saving is over the row version the form was read at: when another desk saved the case meanwhile,
// ConflictDialog shows the fields that differ and the clerk chooses per field; the form then saves
// over the newer version. A change made at another desk reloads a form with no unsaved edits.
// This class ties the parts together (loading, checking, saving, undo, keys); the parts live
// beside it in ui/form: FormFields (the field widgets and their layout), FieldIssuesView (the
// validation display) and DraftKeeper (autosave and drafts). Suggested values for the fields
// are to come as a part of their own that fills FormFields' rows and applies what the clerk
// accepts as an edit through this class, so that it is undoable like typing.
//
// Thread rules: GUI thread only.
class ApplicationForm : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutosaveMs = 3000;

    ApplicationForm(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);
    ~ApplicationForm() override;

    // Shows application `id` (0: nothing). Unsaved edits of the previous one stay in its draft.
    bool loadApplication(qint64 id);
    qint64 applicationId() const { return m_id; }

    FormData formData() const;
    void setFormData(const FormData& data); // replaces every field (not undoable)
    bool isDirty() const;

    QUndoStack* undoStack() const { return m_undo; }
    QWidget* field(const QString& name) const;
    QList<QWidget*> tabOrder() const;
    QString errorText(const QString& name) const;
    QString eligibilityText() const;
    QString statusText() const;
    bool isFrozen() const { return m_frozen; }
    QString frozenText() const; // why the form cannot be changed; empty while it can
    ChecklistPanel* checklistPanel() const { return m_checklist; }
    DuplicatesPanel* duplicatesPanel() const { return m_duplicates; }
    QAction* saveAction() const { return m_saveAction; }
    // Suggested values read from the case's fax or scan (read in the background from the store at
    // `databasePath`, which the window gives).
    FormSuggestions* suggestions() const { return m_suggestions; }
    void setDatabasePath(const QString& databasePath);

    bool draftOffered() const;
    bool restoreDraft();
    void discardDraft();
    bool saveDraftNow();

    // Runs the field checks, eligibility and duplicate lookup now (normally after a pause in typing).
    void recheck();

    // The case's row version when the form was read (or last saved).
    qint64 rowVersion() const { return m_header.rowVersion; }
    // Another desk changed the case (row version `version`; 0: unknown, read it). A form with no
    // unsaved edits is read again; one being edited keeps its edits and says "changed at another
    // desk" — saving then shows the conflict view for the fields that differ.
    void noticeChange(qint64 version);
    QString changedElsewhereText() const;
    // Who else is editing this case (PresenceService::describe); empty hides the line. Advisory.
    void showPresence(const QString& text);
    QString presenceText() const;
    // The conflict view of the last save that met a newer version, while it is open.
    ConflictDialog* conflictDialog() const;

public Q_SLOTS:
    bool save();
    bool revealIdNumber();

Q_SIGNALS:
    void saved(qint64 id);
    void pageRequested(qint64 attachmentId, int page);
    // The page a field's suggestion was read from, for a viewer beside the form (if any): unlike
    // pageRequested, no reason to leave the form.
    void placeRequested(qint64 attachmentId, int page);
    void openApplicationRequested(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildUi();
    void fieldEdited(const QString& name);
    void applyUndo(const QString& name, const QVariant& value);
    // Puts an accepted suggestion into a field as an edit of the clerk's (undoable).
    bool applySuggestion(const QString& name, const QVariant& value);
    void updateSaveState();
    void focusChanged(QWidget* old, QWidget* now);
    // The panels beside the fields when both fit the width, under them when not.
    void arrangeColumns();

    QSqlDatabase m_db;
    Actor m_actor;
    qint64 m_id = 0;
    FormHeader m_header;
    FormData m_saved;
    FormService m_service;
    EligibilityService m_eligibility;

    std::unique_ptr<FormFields> m_fields;
    std::unique_ptr<FieldIssuesView> m_issues;
    FormSuggestions* m_suggestions = nullptr;
    DraftKeeper* m_drafts = nullptr;
    QUndoStack* m_undo = nullptr;
    QTimer* m_checkTimer = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;

    QSplitter* m_columns = nullptr;
    QWidget* m_side = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_frozenLine = nullptr;
    QLabel* m_elsewhereLine = nullptr;
    QLabel* m_presenceLine = nullptr;
    QPointer<ConflictDialog> m_conflict;
    bool m_frozen = false;
    EligibilityPanel* m_eligibilityPanel = nullptr;
    QLabel* m_saveState = nullptr;
    QPushButton* m_saveButton = nullptr;
    ChecklistPanel* m_checklist = nullptr;
    DuplicatesPanel* m_duplicates = nullptr;
};

} // namespace orgdesk
