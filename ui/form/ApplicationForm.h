// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"
#include "form/DraftStore.h"
#include "form/EligibilityService.h"
#include "form/FormService.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QUndoStack;

namespace orgdesk {

class ChecklistPanel;
class DuplicatesPanel;
class EligibilityPanel;

// The clerk's application form: every field of the paper form in its order, checked as it is
// typed (errors beside the fields, read by screen readers), the eligibility result with its
// reason, the evidence checklist and other applications from the same organization.
// Keyboard first: Tab follows the paper form, Ctrl+S saves, Ctrl+Z / Ctrl+Shift+Z undo and redo.
// Drafts are autosaved every few seconds and when focus leaves a field; a draft left by a
// closed or killed program is offered back when the application is opened again.
// Identity numbers are masked until revealed; each reveal is an audited event.
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
    QWidget* field(const QString& name) const { return m_fields.value(name); }
    QList<QWidget*> tabOrder() const { return m_order; }
    QString errorText(const QString& name) const;
    QString eligibilityText() const;
    QString statusText() const;
    ChecklistPanel* checklistPanel() const { return m_checklist; }
    DuplicatesPanel* duplicatesPanel() const { return m_duplicates; }
    QAction* saveAction() const { return m_saveAction; }

    bool draftOffered() const;
    bool restoreDraft();
    void discardDraft();
    bool saveDraftNow();

    // Runs the field checks, eligibility and duplicate lookup now (normally after a pause in typing).
    void recheck();

public Q_SLOTS:
    bool save();
    bool revealIdNumber();

Q_SIGNALS:
    void saved(qint64 id);
    void pageRequested(qint64 attachmentId, int page);
    void openApplicationRequested(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    QLineEdit* addLine(const QString& name, const QString& label, const QString& accessible);
    QPlainTextEdit* addText(const QString& name, const QString& label, const QString& accessible, int lines);
    QComboBox* addCombo(const QString& name, const QString& label, const QString& accessible);
    void addRow(const QString& name, const QString& label, QWidget* editor);
    void addSection(const QString& title);
    void track(const QString& name, QWidget* editor);

    QVariant readValue(const QString& name) const;
    void writeValue(const QString& name, const QVariant& value);
    void fieldEdited(const QString& name);
    void applyUndo(const QString& name, const QVariant& value);
    void showIssues(const FormCheck& check, const QHash<QString, QString>& uiErrors);
    void setIdMasked(bool masked);
    void updateSaveState();
    void focusChanged(QWidget* old, QWidget* now);
    void fillOrganizationTypes();

    QSqlDatabase m_db;
    Actor m_actor;
    qint64 m_id = 0;
    FormHeader m_header;
    FormData m_saved;
    FormService m_service;
    EligibilityService m_eligibility;
    DraftStore m_drafts;
    std::optional<Draft> m_offeredDraft;
    bool m_loading = false;
    bool m_draftPending = false;
    bool m_idRevealed = true;
    QString m_idClear; // the stored identity number while the field shows it masked

    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QVariant> m_values;
    QList<QWidget*> m_order;
    QUndoStack* m_undo = nullptr;
    QTimer* m_checkTimer = nullptr;
    QTimer* m_autosave = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;

    QWidget* m_formBody = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_title = nullptr;
    QFrame* m_draftBanner = nullptr;
    QLabel* m_draftText = nullptr;
    EligibilityPanel* m_eligibilityPanel = nullptr;
    QLabel* m_saveState = nullptr;
    QLabel* m_lshkBy = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_saveButton = nullptr;
    ChecklistPanel* m_checklist = nullptr;
    DuplicatesPanel* m_duplicates = nullptr;
};

} // namespace orgdesk
