// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/ApplicationForm.h"
#include "form/FormSuggestions.h"

#include "ApplicationStore.h"
#include "Clock.h"
#include "HongKongTime.h"
#include "form/ChecklistPanel.h"
#include "form/ConflictDialog.h"
#include "form/DraftKeeper.h"
#include "form/DuplicatesPanel.h"
#include "form/EligibilityPanel.h"
#include "form/FieldEditCommand.h"
#include "form/FieldIssuesView.h"
#include "form/FormFields.h"
#include "form/FormFreeze.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QComboBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace orgdesk {

ApplicationForm::ApplicationForm(QSqlDatabase db, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_service(db)
    , m_eligibility(db)
{
    m_undo = new QUndoStack(this);
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &ApplicationForm::recheck);
    m_drafts = new DraftKeeper(db, m_actor.userId, kAutosaveMs, this);
    connect(m_drafts, &DraftKeeper::autosaveDue, this, &ApplicationForm::saveDraftNow);
    connect(m_drafts, &DraftKeeper::restoreRequested, this, &ApplicationForm::restoreDraft);
    connect(m_drafts, &DraftKeeper::discardRequested, this, &ApplicationForm::discardDraft);
    connect(qApp, &QApplication::focusChanged, this, &ApplicationForm::focusChanged);

    m_saveAction = new QAction(tr("&Save application"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &ApplicationForm::save);
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({ m_saveAction, m_undoAction, m_redoAction });

    (void)m_service.casePrefixes(); // known before the first line is read
    buildUi();
    loadApplication(0);
}

ApplicationForm::~ApplicationForm()
{
    // Focus moves while the child widgets are torn down; this form no longer listens.
    disconnect(qApp, &QApplication::focusChanged, this, &ApplicationForm::focusChanged);
    // Nothing typed is lost: whatever is not saved stays in the draft.
    saveDraftNow();
}

QWidget* ApplicationForm::field(const QString& name) const
{
    return m_fields->field(name);
}

QList<QWidget*> ApplicationForm::tabOrder() const
{
    return m_fields->tabOrder();
}

void ApplicationForm::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true); // a long status must not make the form wider than its tab
    outer->addWidget(m_title);
    m_frozenLine = new QLabel(this);
    m_frozenLine->setWordWrap(true);
    m_frozenLine->setAccessibleName(tr("Why the form cannot be changed"));
    m_frozenLine->hide();
    outer->addWidget(m_frozenLine);
    m_elsewhereLine = new QLabel(this);
    m_elsewhereLine->setWordWrap(true);
    m_elsewhereLine->setAccessibleName(tr("Changed at another desk"));
    m_elsewhereLine->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #4d3800; padding: 4px; }"));
    m_elsewhereLine->hide();
    outer->addWidget(m_elsewhereLine);
    m_presenceLine = new QLabel(this);
    m_presenceLine->setWordWrap(true);
    m_presenceLine->setAccessibleName(tr("Who else is editing this application"));
    m_presenceLine->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f1fb; color: #0b3a66; padding: 4px; }"));
    m_presenceLine->hide();
    outer->addWidget(m_presenceLine);
    outer->addWidget(m_drafts->banner());

    // The form and the panels beside it share the width; the clerk can move the divider. Where
    // the width is too small for both (a 1280 px screen with the queue), the panels go under the
    // form instead of being cut off (arrangeColumns).
    auto* columns = new QSplitter(Qt::Horizontal, this);
    m_columns = columns;
    columns->setChildrenCollapsible(false);
    outer->addWidget(columns, 1);
    auto* scroll = new QScrollArea(columns);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_fields = std::make_unique<FormFields>(m_db, scroll, this, [this](const QString& name) { fieldEdited(name); });
    m_issues = std::make_unique<FieldIssuesView>(*m_fields);
    m_suggestions = new FormSuggestions(*m_fields, m_db, m_actor,
                                        [this](const QString& name, const QVariant& value) {
                                            return applySuggestion(name, value);
                                        },
                                        this);
    connect(m_suggestions, &FormSuggestions::placeRequested, this, &ApplicationForm::placeRequested);
    connect(m_fields->revealButton(), &QPushButton::clicked, this, &ApplicationForm::revealIdNumber);
    QWidget* body = m_fields->body();
    scroll->setWidget(body);
    columns->addWidget(scroll);
    scroll->setMinimumWidth(body->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    // Right column: eligibility, checklist, same organization.
    auto* sideWidget = new QWidget(columns);
    auto* side = new QVBoxLayout(sideWidget);
    side->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(sideWidget);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    columns->setSizes({ 3000, 2000 }); // scaled to the width the form gets
    m_side = sideWidget;
    auto* eligibility = new QGroupBox(tr("Eligibility"), sideWidget);
    auto* el = new QVBoxLayout(eligibility);
    m_eligibilityPanel = new EligibilityPanel(eligibility);
    el->addWidget(m_eligibilityPanel);
    side->addWidget(eligibility);
    auto* checklistBox = new QGroupBox(tr("Evidence checklist"), sideWidget);
    auto* cl = new QVBoxLayout(checklistBox);
    m_checklist = new ChecklistPanel(m_db, m_actor, checklistBox);
    cl->addWidget(m_checklist);
    side->addWidget(checklistBox, 1);
    connect(m_checklist, &ChecklistPanel::pageRequested, this, &ApplicationForm::pageRequested);
    auto* dupBox = new QGroupBox(tr("Same organization"), sideWidget);
    auto* dl = new QVBoxLayout(dupBox);
    m_duplicates = new DuplicatesPanel(m_db, m_actor, dupBox);
    dl->addWidget(m_duplicates);
    side->addWidget(dupBox, 1);
    connect(m_duplicates, &DuplicatesPanel::openApplicationRequested, this, &ApplicationForm::openApplicationRequested);

    // As narrow as the wider of the two: arrangeColumns() puts the panels under the fields when
    // the width does not hold both side by side.
    columns->setMinimumWidth(std::max(scroll->minimumWidth(), sideWidget->minimumSizeHint().width()));

    auto* bar = new QHBoxLayout;
    m_saveState = new QLabel(this);
    m_saveState->setAccessibleName(tr("Save state"));
    m_saveButton = new QPushButton(tr("&Save (Ctrl+S)"), this);
    connect(m_saveButton, &QPushButton::clicked, this, &ApplicationForm::save);
    bar->addWidget(m_saveState, 1);
    bar->addWidget(m_saveButton);
    outer->addLayout(bar);
}

bool ApplicationForm::loadApplication(qint64 id)
{
    saveDraftNow();
    m_drafts->withdrawOffer();
    m_undo->clear();
    m_id = 0;
    m_header = FormHeader {};
    m_saved = FormData {};
    bool ok = true;
    if (id > 0) {
        const Result<LoadedForm> loaded = m_service.load(id);
        if (loaded) {
            m_id = id;
            m_header = loaded->header;
            m_saved = loaded->data;
        } else {
            m_saveState->setText(loaded.message());
            ok = false;
        }
    }
    // Decisions are made on the data that was checked: from the recommendation on, read only.
    m_frozen = false;
    m_frozenLine->clear();
    if (m_id > 0) {
        const Result<FormFreezeState> freeze = FormFreeze::of(m_db, m_id);
        m_frozen = !freeze || freeze->frozen;
        m_frozenLine->setText(freeze ? freeze->message : freeze.message());
    }
    m_frozenLine->setVisible(m_frozen);
    m_elsewhereLine->hide();
    m_fields->body()->setEnabled(m_id > 0);
    m_fields->setReadOnly(m_frozen);
    m_saveButton->setEnabled(m_id > 0 && !m_frozen);
    m_saveAction->setEnabled(m_id > 0 && !m_frozen);
    setFormData(m_saved);
    m_fields->setIdMasked(!m_saved.paIdNumber.isEmpty());
    m_suggestions->load(m_id, m_saved, m_frozen);
    m_fields->showIdPurged(m_header.idNumberPurgedAt);
    m_title->setText(m_id > 0 ? tr("%1 · received %2 · %3")
                                    .arg(m_header.reference,
                                         HongKongTime::display(m_header.receivedAt),
                                         statusLabel(m_header.status))
                              : tr("No application selected"));
    m_checklist->showApplication(m_id);
    m_duplicates->setApplication(m_id);
    if (m_id > 0 && !m_frozen)
        m_drafts->offer(m_id, m_saved);
    m_drafts->setPending(false);
    recheck();
    updateSaveState();
    return ok;
}

FormData ApplicationForm::formData() const
{
    return m_fields->data(m_saved, m_service.casePrefixesCached());
}

void ApplicationForm::setFormData(const FormData& d)
{
    m_fields->setData(d);
    m_checkTimer->start();
}

bool ApplicationForm::revealIdNumber()
{
    if (m_fields->idRevealed() || m_id <= 0)
        return m_fields->idRevealed();
    const Result<QString> number = m_service.revealIdNumber(m_id, m_actor);
    if (!number) {
        m_saveState->setText(number.message());
        return false;
    }
    m_fields->showIdNumber(*number);
    m_fields->field(QString::fromUtf16(field::paIdNumber))->setFocus();
    return true;
}

void ApplicationForm::fieldEdited(const QString& name)
{
    const QVariant now = m_fields->value(name);
    const QVariant before = m_fields->lastValue(name);
    if (now == before)
        return;
    m_fields->rememberValue(name, now);
    m_undo->push(new FieldEditCommand([this](const QString& n, const QVariant& v) { applyUndo(n, v); }, name, before, now,
                                      m_fields->isTextField(name)));
    m_drafts->markEdited();
    m_checkTimer->start();
    updateSaveState();
}

void ApplicationForm::applyUndo(const QString& name, const QVariant& value)
{
    m_fields->setValue(name, value);
    if (QWidget* w = m_fields->field(name))
        w->setFocus();
    m_drafts->setPending(true);
    m_checkTimer->start();
    updateSaveState();
}

bool ApplicationForm::applySuggestion(const QString& name, const QVariant& value)
{
    if (m_id <= 0 || m_frozen)
        return false;
    QWidget* w = m_fields->field(name);
    if (auto* e = qobject_cast<QLineEdit*>(w)) {
        e->setText(value.toString());
    } else if (auto* e = qobject_cast<QPlainTextEdit*>(w)) {
        const QSignalBlocker block(e);
        e->setPlainText(value.toString());
    } else if (auto* e = qobject_cast<QComboBox*>(w)) {
        const int index = e->findData(value.toString());
        if (index < 0)
            return false;
        const QSignalBlocker block(e);
        e->setCurrentIndex(index);
    } else {
        return false;
    }
    fieldEdited(name);
    return true;
}

void ApplicationForm::setDatabasePath(const QString& databasePath)
{
    m_suggestions->setDatabasePath(databasePath);
    m_suggestions->load(m_id, m_saved, m_frozen);
}

bool ApplicationForm::isDirty() const
{
    return m_id > 0 && formData() != m_saved;
}

void ApplicationForm::updateSaveState()
{
    if (m_id <= 0) {
        m_saveState->clear();
        return;
    }
    m_saveState->setText(isDirty() ? tr("Unsaved changes (kept as a draft)") : tr("Saved"));
}

void ApplicationForm::recheck()
{
    m_checkTimer->stop();
    if (m_id <= 0) {
        m_issues->clear();
        m_eligibilityPanel->showMessage(tr("Select an application to see its form."));
        return;
    }
    const FormData data = formData();
    const QDate today = EligibilityService::hongKongDate(Clock::current().nowUtc());
    const FormCheck check = m_service.check(data, today);
    m_issues->show(check, m_fields->unreadableEntries());

    bool caseOk = !check.canonical.caseNumbers.isEmpty();
    for (const FieldIssue& i : check.issuesFor(QString::fromUtf16(field::caseNumbers)))
        caseOk = caseOk && i.severity != FieldIssue::Severity::Error;
    const auto result = m_eligibility.assess({ check.canonical.orgType, EligibilityService::hongKongDate(m_header.receivedAt),
                                               caseOk, check.canonical.lshkConfirmed });
    m_eligibilityPanel->showResult(result);

    DuplicateQuery q;
    q.brNumber = check.brDigits;
    q.brBranch = check.brBranch;
    q.orgNameEn = check.canonical.orgNameEn;
    q.orgNameZh = check.canonical.orgNameZh;
    q.email = check.issuesFor(QString::fromUtf16(field::email)).isEmpty() ? check.canonical.email : QString();
    q.phone = check.issuesFor(QString::fromUtf16(field::phone)).isEmpty() ? check.canonical.phone : QString();
    m_duplicates->search(q);
}

QString ApplicationForm::errorText(const QString& name) const
{
    return m_issues->text(name);
}

QString ApplicationForm::eligibilityText() const
{
    return m_eligibilityPanel->text();
}

QString ApplicationForm::frozenText() const
{
    return m_frozen ? m_frozenLine->text() : QString();
}

QString ApplicationForm::statusText() const
{
    return m_saveState->text();
}

bool ApplicationForm::save()
{
    if (m_id <= 0 || m_frozen)
        return false;
    recheck();
    if (QWidget* w = m_issues->firstErrorField()) {
        m_saveState->setText(tr("Not saved: please correct the fields marked in red."));
        QAccessibleEvent event(m_saveState, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
        w->setFocus();
        return false;
    }
    const FormData mine = formData();
    const Result<VersionedSave> outcome = m_service.saveVersion(m_id, mine, m_actor, m_header.rowVersion);
    if (!outcome) {
        // Nothing was saved (a refusal, or the server unreachable): the edits stay, kept as a draft.
        m_saveState->setText(tr("Not saved: %1").arg(outcome.message()));
        QAccessibleEvent event(m_saveState, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
        return false;
    }
    if (outcome->conflict) {
        // Someone else saved meanwhile: nothing was recorded; the clerk chooses field by field.
        m_saveState->setText(tr("Not saved: changed at another desk. Choose which values to keep."));
        QAccessibleEvent event(m_saveState, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
        if (m_conflict)
            m_conflict->deleteLater();
        m_conflict = new ConflictDialog(*outcome->conflict, mine, m_saved, this);
        m_conflict->setAttribute(Qt::WA_DeleteOnClose);
        m_conflict->setWindowModality(Qt::WindowModal);
        const qint64 conflictFor = m_id;
        connect(m_conflict, &QDialog::accepted, this, [this, conflictFor, dialog = m_conflict.data()] {
            if (m_id != conflictFor)
                return;
            // The form now stands on the newer version, with the clerk's choices typed over it.
            const FormData merged = dialog->merged();
            m_saved = dialog->conflict().theirs;
            m_header.rowVersion = dialog->conflict().currentVersion;
            setFormData(merged);
            m_fields->setIdMasked(!merged.paIdNumber.isEmpty() && merged.paIdNumber == m_saved.paIdNumber);
            m_drafts->setPending(true);
            save();
        });
        m_conflict->open();
        return false;
    }
    const qint64 id = m_id;
    // Which fields were saved as suggested and which were changed, for the case's events.
    const Status suggestionsRecorded = m_suggestions->recordSaved(id, outcome->saved->saved);
    QWidget* focus = QApplication::focusWidget();
    m_drafts->setPending(false);
    loadApplication(id);
    if (focus && isAncestorOf(focus))
        focus->setFocus();
    if (!suggestionsRecorded)
        m_saveState->setText(tr("Saved, but which fields were taken from the fax could not be noted in the "
                                "case's history: %1")
                                 .arg(suggestionsRecorded.message()));
    else
        m_saveState->setText(outcome->saved->changedFields.isEmpty()
                ? tr("Saved (no changes)")
                : tr("Saved: %n field(s) changed", nullptr, int(outcome->saved->changedFields.size())));
    Q_EMIT saved(id);
    return true;
}

void ApplicationForm::noticeChange(qint64 version)
{
    if (m_id <= 0 || (version > 0 && version <= m_header.rowVersion))
        return;
    const Result<LoadedForm> now = m_service.load(m_id);
    if (!now || now->header.rowVersion <= m_header.rowVersion)
        return;
    if (!isDirty() && !m_conflict) {
        QWidget* focus = QApplication::focusWidget();
        loadApplication(m_id);
        if (focus && isAncestorOf(focus))
            focus->setFocus();
        return;
    }
    m_elsewhereLine->setText(
        tr("Changed at another desk at %1 (Hong Kong time) while you were editing. Your edits "
           "stay; saving shows any field you both changed, to choose which value to keep.")
            .arg(HongKongTime::display(now->header.updatedAt)));
    m_elsewhereLine->show();
}

ConflictDialog* ApplicationForm::conflictDialog() const
{
    return m_conflict.data();
}

void ApplicationForm::showPresence(const QString& text)
{
    m_presenceLine->setText(text);
    m_presenceLine->setVisible(!text.isEmpty());
}

QString ApplicationForm::presenceText() const
{
    return m_presenceLine->isHidden() ? QString() : m_presenceLine->text();
}

QString ApplicationForm::changedElsewhereText() const
{
    return m_elsewhereLine->isHidden() ? QString() : m_elsewhereLine->text();
}

bool ApplicationForm::draftOffered() const
{
    return m_drafts->isOffered();
}

bool ApplicationForm::restoreDraft()
{
    const std::optional<FormData> offered = m_drafts->takeOffered();
    if (!offered)
        return false;
    const FormData data = *offered;
    setFormData(data);
    // A number the clerk typed into the draft is theirs to see; a stored one stays masked.
    m_fields->setIdMasked(!data.paIdNumber.isEmpty() && data.paIdNumber == m_saved.paIdNumber);
    m_drafts->setPending(true);
    m_drafts->restartAutosave();
    recheck();
    updateSaveState();
    const QList<QWidget*> order = m_fields->tabOrder();
    if (!order.isEmpty())
        order.first()->setFocus();
    return true;
}

void ApplicationForm::discardDraft()
{
    m_drafts->discard(m_id);
}

bool ApplicationForm::saveDraftNow()
{
    if (m_id <= 0 || !m_drafts->isPending())
        return false;
    const Status s = m_drafts->keep(m_id, isDirty() ? std::optional<FormData>(formData()) : std::nullopt);
    if (!s) {
        m_saveState->setText(tr("The draft could not be kept: %1").arg(s.message()));
        return false;
    }
    return true;
}

void ApplicationForm::focusChanged(QWidget* old, QWidget*)
{
    if (old && isAncestorOf(old) && m_drafts->isPending())
        saveDraftNow();
}

void ApplicationForm::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangeColumns();
}

void ApplicationForm::arrangeColumns()
{
    const QMargins margins = layout()->contentsMargins();
    const int available = width() - margins.left() - margins.right();
    const int sideBySide = m_columns->widget(0)->minimumWidth() + m_columns->handleWidth()
                           + std::max(m_side->minimumWidth(), m_side->minimumSizeHint().width());
    const Qt::Orientation wanted = available >= sideBySide ? Qt::Horizontal : Qt::Vertical;
    if (m_columns->orientation() == wanted)
        return;
    m_columns->setOrientation(wanted);
    // Under each other, the fields show at their full height and the tab scrolls the whole page.
    QWidget* fields = m_columns->widget(0);
    fields->setMinimumHeight(wanted == Qt::Vertical ? m_fields->body()->sizeHint().height() : 0);
    m_columns->setSizes({ 3000, 2000 });
}

bool ApplicationForm::eventFilter(QObject* watched, QEvent* event)
{
    // Line edits keep their own undo on Ctrl+Z; the form's undo stack takes these keys instead,
    // so undo and redo work across fields. Ctrl+S saves from any field.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo)
                          || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)
                          || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y);
        const bool saveKey = key->matches(QKeySequence::Save);
        if (undo || redo || saveKey) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (undo)
                m_undo->undo();
            else if (redo)
                m_undo->redo();
            else
                save();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace orgdesk
