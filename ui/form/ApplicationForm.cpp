// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/ApplicationForm.h"

#include "ApplicationStore.h"
#include "form/ChecklistPanel.h"
#include "Clock.h"
#include "form/DuplicatesPanel.h"
#include "form/EligibilityPanel.h"
#include "form/FieldEditCommand.h"
#include "SqlUtil.h"
#include "validation/Passport.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlQuery>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace orgdesk {

namespace {

QString f(const char16_t* name)
{
    return QString::fromUtf16(name);
}

// Dates on the paper form are written day first; ISO dates are accepted too.
QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : { QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("d.M.yyyy"),
                                   QStringLiteral("d-M-yyyy") }) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

QString formatDate(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

const QString kCaseNote = QStringLiteral("case_note");
const char kFieldProperty[] = "orgdeskField";

} // namespace

ApplicationForm::ApplicationForm(QSqlDatabase db, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_service(db)
    , m_eligibility(db)
    , m_drafts(db)
{
    m_undo = new QUndoStack(this);
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &ApplicationForm::recheck);
    m_autosave = new QTimer(this);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ApplicationForm::saveDraftNow);
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
    m_loading = true; // filling the combo boxes is not an edit
    buildUi();
    m_loading = false;
    loadApplication(0);
}

ApplicationForm::~ApplicationForm()
{
    // Focus moves while the child widgets are torn down; this form no longer listens.
    disconnect(qApp, &QApplication::focusChanged, this, &ApplicationForm::focusChanged);
    // Nothing typed is lost: whatever is not saved stays in the draft.
    saveDraftNow();
}

void ApplicationForm::addSection(const QString& title)
{
    auto* label = new QLabel(title, m_formBody);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    m_grid->addWidget(label, m_grid->rowCount(), 0, 1, 2);
}

void ApplicationForm::addRow(const QString& name, const QString& label, QWidget* editor)
{
    const int row = m_grid->rowCount();
    auto* l = new QLabel(label, m_formBody);
    l->setBuddy(editor);
    m_grid->addWidget(l, row, 0, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(editor, row, 1);
    auto* error = new QLabel(m_formBody);
    error->setWordWrap(true);
    error->setObjectName(QStringLiteral("error_") + name);
    error->hide();
    m_grid->addWidget(error, row + 1, 1);
    m_errors.insert(name, error);
    track(name, editor);
}

void ApplicationForm::track(const QString& name, QWidget* editor)
{
    editor->setProperty(kFieldProperty, name);
    editor->installEventFilter(this);
    m_fields.insert(name, editor);
    m_order.append(editor);
}

QLineEdit* ApplicationForm::addLine(const QString& name, const QString& label, const QString& accessible)
{
    auto* e = new QLineEdit(m_formBody);
    e->setAccessibleName(accessible);
    addRow(name, label, e);
    connect(e, &QLineEdit::textEdited, this, [this, name] { fieldEdited(name); });
    return e;
}

QPlainTextEdit* ApplicationForm::addText(const QString& name, const QString& label, const QString& accessible, int lines)
{
    auto* e = new QPlainTextEdit(m_formBody);
    e->setAccessibleName(accessible);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 14);
    addRow(name, label, e);
    connect(e, &QPlainTextEdit::textChanged, this, [this, name] { fieldEdited(name); });
    return e;
}

QComboBox* ApplicationForm::addCombo(const QString& name, const QString& label, const QString& accessible)
{
    auto* e = new QComboBox(m_formBody);
    e->setAccessibleName(accessible);
    addRow(name, label, e);
    connect(e, &QComboBox::currentIndexChanged, this, [this, name] { fieldEdited(name); });
    return e;
}

void ApplicationForm::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);

    m_draftBanner = new QFrame(this);
    m_draftBanner->setFrameShape(QFrame::StyledPanel);
    m_draftBanner->setStyleSheet(QStringLiteral("QFrame { background: #fff4ce; }"));
    auto* banner = new QHBoxLayout(m_draftBanner);
    m_draftText = new QLabel(m_draftBanner);
    m_draftText->setWordWrap(true);
    auto* restore = new QPushButton(tr("Restore &draft"), m_draftBanner);
    auto* discard = new QPushButton(tr("D&iscard draft"), m_draftBanner);
    banner->addWidget(m_draftText, 1);
    banner->addWidget(restore);
    banner->addWidget(discard);
    connect(restore, &QPushButton::clicked, this, &ApplicationForm::restoreDraft);
    connect(discard, &QPushButton::clicked, this, &ApplicationForm::discardDraft);
    m_draftBanner->hide();
    outer->addWidget(m_draftBanner);

    // The form and the panels beside it share the width; the clerk can move the divider.
    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setChildrenCollapsible(false);
    outer->addWidget(columns, 1);
    auto* scroll = new QScrollArea(columns);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_formBody = new QWidget(scroll);
    m_grid = new QGridLayout(m_formBody);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(2);
    scroll->setWidget(m_formBody);
    columns->addWidget(scroll);

    // Fields in the order of the paper form.
    addSection(tr("Organization"));
    addLine(f(field::orgNameEn), tr("Name (&English):"), tr("Organization name in English"));
    addLine(f(field::orgNameZh), tr("Name (C&hinese):"), tr("Organization name in Chinese"));
    addCombo(f(field::orgType), tr("&Type:"), tr("Organization type"));
    fillOrganizationTypes();
    auto* br = addLine(f(field::brNumber), tr("&BR number:"), tr("Business Registration number and branch"));
    br->setPlaceholderText(tr("12345678-000 or the certificate number"));
    addText(f(field::registeredAddress), tr("Re&gistered address:"), tr("Registered address"), 2);
    addText(f(field::correspondenceAddress), tr("Corres&pondence address:"), tr("Correspondence address"), 2);

    addSection(tr("Law Society registration (law firms)"));
    auto* lshk = new QCheckBox(tr("Registration with the Law Society &confirmed"), m_formBody);
    lshk->setAccessibleName(tr("Law Society registration confirmed"));
    addRow(f(field::lshkConfirmed), QString(), lshk);
    connect(lshk, &QCheckBox::toggled, this, [this] { fieldEdited(f(field::lshkConfirmed)); });
    auto* on = addLine(f(field::lshkConfirmedOn), tr("Confirmed on:"), tr("Date the Law Society registration was confirmed"));
    on->setPlaceholderText(tr("DD/MM/YYYY (today if empty)"));
    auto* how = addLine(f(field::lshkConfirmedHow), tr("Confirmed how:"), tr("How the Law Society registration was confirmed"));
    how->setPlaceholderText(tr("e.g. Law Society online list of firms"));
    m_lshkBy = new QLabel(m_formBody);
    m_lshkBy->setAccessibleName(tr("Confirmed by"));
    m_grid->addWidget(m_lshkBy, m_grid->rowCount(), 1);

    addSection(tr("Principal Administrator"));
    addLine(f(field::paNameEn), tr("Name (E&nglish):"), tr("Principal Administrator name in English"));
    addLine(f(field::paNameZh), tr("Name (Ch&inese):"), tr("Principal Administrator name in Chinese"));
    auto* idType = addCombo(f(field::paIdType), tr("I&dentity document:"), tr("Identity document type"));
    idType->addItem(tr("— not given —"), QString());
    idType->addItem(tr("HKID card"), QStringLiteral("hkid"));
    idType->addItem(tr("Passport"), QStringLiteral("passport"));
    auto* idRow = new QWidget(m_formBody);
    auto* idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    auto* idNumber = new QLineEdit(idRow);
    idNumber->setAccessibleName(tr("Identity document number"));
    m_reveal = new QPushButton(tr("Re&veal"), idRow);
    m_reveal->setAccessibleName(tr("Reveal the identity document number (recorded)"));
    idLayout->addWidget(idNumber, 1);
    idLayout->addWidget(m_reveal);
    addRow(f(field::paIdNumber), tr("Document n&umber:"), idRow);
    // The line edit, not its row, is the field.
    m_fields.insert(f(field::paIdNumber), idNumber);
    m_order.removeAll(idRow);
    m_order.append(idNumber);
    idNumber->setProperty(kFieldProperty, f(field::paIdNumber));
    idNumber->installEventFilter(this);
    qobject_cast<QLabel*>(m_grid->itemAtPosition(m_grid->rowCount() - 2, 0)->widget())->setBuddy(idNumber);
    connect(idNumber, &QLineEdit::textEdited, this, [this] { fieldEdited(f(field::paIdNumber)); });
    connect(m_reveal, &QPushButton::clicked, this, &ApplicationForm::revealIdNumber);
    addLine(f(field::paPosition), tr("P&osition:"), tr("Principal Administrator position"));

    addSection(tr("Contact"));
    addLine(f(field::phone), tr("Tele&phone:"), tr("Telephone number"))->setPlaceholderText(tr("2345 6789 or +852 2345 6789"));
    addLine(f(field::fax), tr("&Fax:"), tr("Fax number"));
    addLine(f(field::email), tr("E-&mail:"), tr("E-mail address"));

    addSection(tr("Court proceedings"));
    auto* cases = addText(f(field::caseNumbers), tr("Case n&umbers:"), tr("Case numbers, one per line"), 3);
    cases->setPlaceholderText(tr("One per line, e.g. HCA 1234/2025"));
    auto* note = addLine(kCaseNote, tr("Prefix &note:"), tr("Note confirming an unknown case prefix"));
    note->setPlaceholderText(tr("Only for a prefix OrgDesk does not know: how it was checked"));

    addSection(tr("Declaration"));
    auto* signedBox = addCombo(f(field::formSigned), tr("Form si&gned:"), tr("Form signed"));
    signedBox->addItem(tr("— not checked —"), QString());
    signedBox->addItem(tr("Yes"), QStringLiteral("yes"));
    signedBox->addItem(tr("No"), QStringLiteral("no"));
    addLine(f(field::formDate), tr("Date on &form:"), tr("Date on the form"))->setPlaceholderText(tr("DD/MM/YYYY"));
    addText(f(field::remarks), tr("&Remarks:"), tr("Remarks"), 3);
    m_grid->setRowStretch(m_grid->rowCount(), 1);

    for (int i = 1; i < m_order.size(); ++i)
        setTabOrder(m_order.at(i - 1), m_order.at(i));

    scroll->setMinimumWidth(m_formBody->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    // Right column: eligibility, checklist, same organization.
    auto* sideWidget = new QWidget(columns);
    auto* side = new QVBoxLayout(sideWidget);
    side->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(sideWidget);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    columns->setSizes({ 3000, 2000 }); // scaled to the width the form gets
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

    auto* bar = new QHBoxLayout;
    m_saveState = new QLabel(this);
    m_saveState->setAccessibleName(tr("Save state"));
    m_saveButton = new QPushButton(tr("&Save (Ctrl+S)"), this);
    connect(m_saveButton, &QPushButton::clicked, this, &ApplicationForm::save);
    bar->addWidget(m_saveState, 1);
    bar->addWidget(m_saveButton);
    outer->addLayout(bar);
}

void ApplicationForm::fillOrganizationTypes()
{
    auto* box = qobject_cast<QComboBox*>(m_fields.value(f(field::orgType)));
    box->addItem(tr("— choose —"), QString());
    QSqlQuery q(m_db);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    if (execPrepared(q, QStringLiteral("SELECT code, name_en, name_zh FROM organization_types ORDER BY sort_order, code"))) {
        while (q.next())
            box->addItem(chinese ? q.value(2).toString() : q.value(1).toString(), q.value(0).toString());
    }
}

bool ApplicationForm::loadApplication(qint64 id)
{
    saveDraftNow();
    m_offeredDraft.reset();
    m_draftBanner->hide();
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
    m_formBody->setEnabled(m_id > 0);
    m_saveButton->setEnabled(m_id > 0);
    setFormData(m_saved);
    setIdMasked(!m_saved.paIdNumber.isEmpty());
    m_title->setText(m_id > 0 ? tr("%1 · received %2 · %3")
                                    .arg(m_header.reference,
                                         QLocale().toString(m_header.receivedAt.toLocalTime(), QLocale().dateTimeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"))),
                                         statusLabel(m_header.status))
                              : tr("No application selected"));
    m_checklist->showApplication(m_id);
    m_duplicates->setApplication(m_id);
    if (m_id > 0) {
        const auto draft = m_drafts.load(m_id, m_actor.userId);
        if (draft && draft->has_value() && (*draft)->data != m_saved) {
            m_offeredDraft = **draft;
            m_draftText->setText(tr("A draft of this form from %1 was not saved. Restore it to go on where you left off.")
                                     .arg(QLocale().toString((*draft)->savedAt.toLocalTime(), QLocale::ShortFormat)));
            m_draftBanner->show();
            QAccessibleEvent event(m_draftText, QAccessible::Alert);
            QAccessible::updateAccessibility(&event);
        }
    }
    m_draftPending = false;
    recheck();
    updateSaveState();
    return ok;
}

QVariant ApplicationForm::readValue(const QString& name) const
{
    QWidget* w = m_fields.value(name);
    if (auto* e = qobject_cast<QLineEdit*>(w))
        return e->text();
    if (auto* e = qobject_cast<QPlainTextEdit*>(w))
        return e->toPlainText();
    if (auto* e = qobject_cast<QComboBox*>(w))
        return e->currentData();
    if (auto* e = qobject_cast<QCheckBox*>(w))
        return e->isChecked();
    return {};
}

void ApplicationForm::writeValue(const QString& name, const QVariant& value)
{
    QWidget* w = m_fields.value(name);
    const QSignalBlocker block(w);
    if (auto* e = qobject_cast<QLineEdit*>(w))
        e->setText(value.toString());
    else if (auto* e = qobject_cast<QPlainTextEdit*>(w))
        e->setPlainText(value.toString());
    else if (auto* e = qobject_cast<QComboBox*>(w))
        e->setCurrentIndex(std::max(0, e->findData(value.toString())));
    else if (auto* e = qobject_cast<QCheckBox*>(w))
        e->setChecked(value.toBool());
    m_values.insert(name, readValue(name));
}

FormData ApplicationForm::formData() const
{
    auto text = [this](const char16_t* name) { return readValue(f(name)).toString(); };
    FormData d;
    d.orgNameEn = text(field::orgNameEn);
    d.orgNameZh = text(field::orgNameZh);
    d.orgType = text(field::orgType);
    d.brNumber = text(field::brNumber);
    d.registeredAddress = text(field::registeredAddress);
    d.correspondenceAddress = text(field::correspondenceAddress);
    d.lshkConfirmed = readValue(f(field::lshkConfirmed)).toBool();
    d.lshkConfirmedOn = parseDate(text(field::lshkConfirmedOn));
    d.lshkConfirmedHow = text(field::lshkConfirmedHow);
    d.lshkConfirmedBy = m_saved.lshkConfirmedBy;
    d.paNameEn = text(field::paNameEn);
    d.paNameZh = text(field::paNameZh);
    d.paIdType = text(field::paIdType);
    d.paIdNumber = m_idRevealed ? text(field::paIdNumber) : m_idClear;
    d.paPosition = text(field::paPosition);
    d.phone = text(field::phone);
    d.fax = text(field::fax);
    d.email = text(field::email);
    const QString note = readValue(kCaseNote).toString().trimmed();
    const QSet<QString> known = m_service.casePrefixesCached();
    for (const QString& line : text(field::caseNumbers).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        const QString prefix = line.trimmed().section(QRegularExpression(QStringLiteral("[^A-Za-z]")), 0, 0).toUpper();
        d.caseNumbers.append({ line.trimmed(), known.contains(prefix) ? QString() : note });
    }
    const QString signedValue = text(field::formSigned);
    if (!signedValue.isEmpty())
        d.formSigned = signedValue == u"yes";
    d.formDate = parseDate(text(field::formDate));
    d.remarks = text(field::remarks);
    return d;
}

void ApplicationForm::setFormData(const FormData& d)
{
    m_loading = true;
    writeValue(f(field::orgNameEn), d.orgNameEn);
    writeValue(f(field::orgNameZh), d.orgNameZh);
    writeValue(f(field::orgType), d.orgType);
    writeValue(f(field::brNumber), d.brNumber);
    writeValue(f(field::registeredAddress), d.registeredAddress);
    writeValue(f(field::correspondenceAddress), d.correspondenceAddress);
    writeValue(f(field::lshkConfirmed), d.lshkConfirmed);
    writeValue(f(field::lshkConfirmedOn), formatDate(d.lshkConfirmedOn));
    writeValue(f(field::lshkConfirmedHow), d.lshkConfirmedHow);
    m_lshkBy->setText(d.lshkConfirmed && !d.lshkConfirmedBy.isEmpty() ? tr("Confirmed by %1").arg(d.lshkConfirmedBy)
                                                                       : QString());
    writeValue(f(field::paNameEn), d.paNameEn);
    writeValue(f(field::paNameZh), d.paNameZh);
    writeValue(f(field::paIdType), d.paIdType);
    m_idClear = d.paIdNumber;
    writeValue(f(field::paIdNumber), d.paIdNumber);
    setIdMasked(false);
    writeValue(f(field::paPosition), d.paPosition);
    writeValue(f(field::phone), d.phone);
    writeValue(f(field::fax), d.fax);
    writeValue(f(field::email), d.email);
    QStringList cases;
    QString note;
    for (const CaseNumberEntry& c : d.caseNumbers) {
        cases << c.text;
        if (!c.note.isEmpty())
            note = c.note;
    }
    writeValue(f(field::caseNumbers), cases.join(u'\n'));
    writeValue(kCaseNote, note);
    writeValue(f(field::formSigned), d.formSigned ? (*d.formSigned ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
    writeValue(f(field::formDate), formatDate(d.formDate));
    writeValue(f(field::remarks), d.remarks);
    m_loading = false;
    m_checkTimer->start();
}

void ApplicationForm::setIdMasked(bool masked)
{
    auto* e = qobject_cast<QLineEdit*>(m_fields.value(f(field::paIdNumber)));
    m_idRevealed = !masked;
    const QSignalBlocker block(e);
    if (masked) {
        e->setText(validation::maskIdentityNumber(readValue(f(field::paIdType)).toString(), m_idClear));
        e->setReadOnly(true);
        e->setAccessibleDescription(tr("Masked. Use Reveal to see or change it; revealing is recorded."));
    } else {
        e->setReadOnly(false);
        e->setAccessibleDescription(QString());
    }
    m_values.insert(f(field::paIdNumber), e->text());
    m_reveal->setVisible(masked);
}

bool ApplicationForm::revealIdNumber()
{
    if (m_idRevealed || m_id <= 0)
        return m_idRevealed;
    const Result<QString> number = m_service.revealIdNumber(m_id, m_actor);
    if (!number) {
        m_saveState->setText(number.message());
        return false;
    }
    m_idClear = *number;
    auto* e = qobject_cast<QLineEdit*>(m_fields.value(f(field::paIdNumber)));
    {
        const QSignalBlocker block(e);
        e->setText(m_idClear);
    }
    setIdMasked(false);
    e->setFocus();
    return true;
}

void ApplicationForm::fieldEdited(const QString& name)
{
    if (m_loading)
        return;
    const QVariant now = readValue(name);
    const QVariant before = m_values.value(name);
    if (now == before)
        return;
    m_values.insert(name, now);
    const bool text = qobject_cast<QLineEdit*>(m_fields.value(name)) || qobject_cast<QPlainTextEdit*>(m_fields.value(name));
    m_undo->push(new FieldEditCommand([this](const QString& n, const QVariant& v) { applyUndo(n, v); }, name, before, now,
                                      text));
    m_draftPending = true;
    if (!m_autosave->isActive())
        m_autosave->start();
    m_checkTimer->start();
    updateSaveState();
}

void ApplicationForm::applyUndo(const QString& name, const QVariant& value)
{
    writeValue(name, value);
    if (QWidget* w = m_fields.value(name))
        w->setFocus();
    m_draftPending = true;
    m_checkTimer->start();
    updateSaveState();
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
        for (QLabel* l : std::as_const(m_errors))
            l->hide();
        m_eligibilityPanel->showMessage(tr("Select an application to see its form."));
        return;
    }
    const FormData data = formData();
    QHash<QString, QString> uiErrors;
    for (const char16_t* name : { field::formDate, field::lshkConfirmedOn }) {
        const QString t = readValue(f(name)).toString().trimmed();
        if (!t.isEmpty() && !parseDate(t).isValid())
            uiErrors.insert(f(name), tr("Write the date as DD/MM/YYYY."));
    }
    const QDate today = EligibilityService::hongKongDate(Clock::current().nowUtc());
    const FormCheck check = m_service.check(data, today);
    showIssues(check, uiErrors);

    bool caseOk = !check.canonical.caseNumbers.isEmpty();
    for (const FieldIssue& i : check.issuesFor(f(field::caseNumbers)))
        caseOk = caseOk && i.severity != FieldIssue::Severity::Error;
    const auto result = m_eligibility.assess({ check.canonical.orgType, EligibilityService::hongKongDate(m_header.receivedAt),
                                               caseOk, check.canonical.lshkConfirmed });
    m_eligibilityPanel->showResult(result);

    DuplicateQuery q;
    q.brNumber = check.brDigits;
    q.brBranch = check.brBranch;
    q.orgNameEn = check.canonical.orgNameEn;
    q.orgNameZh = check.canonical.orgNameZh;
    q.email = check.issuesFor(f(field::email)).isEmpty() ? check.canonical.email : QString();
    q.phone = check.issuesFor(f(field::phone)).isEmpty() ? check.canonical.phone : QString();
    m_duplicates->search(q);
}

void ApplicationForm::showIssues(const FormCheck& check, const QHash<QString, QString>& uiErrors)
{
    QHash<QString, QStringList> texts;
    QHash<QString, bool> isError;
    for (auto it = uiErrors.begin(); it != uiErrors.end(); ++it) {
        texts[it.key()] << it.value();
        isError[it.key()] = true;
    }
    for (const FieldIssue& i : check.issues) {
        QString text = i.message;
        if (i.index >= 0)
            text = tr("Line %1: %2").arg(i.index + 1).arg(i.message);
        texts[i.field] << text;
        if (i.severity == FieldIssue::Severity::Error)
            isError[i.field] = true;
    }
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString text = texts.value(it.key()).join(u'\n');
        QLabel* label = it.value();
        QWidget* editor = m_fields.value(it.key());
        const bool changed = label->text() != text;
        label->setText(text);
        label->setVisible(!text.isEmpty());
        label->setStyleSheet(isError.value(it.key()) ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a4b00;"));
        if (editor)
            editor->setAccessibleDescription(text.isEmpty() && it.key() == f(field::paIdNumber) && !m_idRevealed
                                                 ? tr("Masked. Use Reveal to see or change it; revealing is recorded.")
                                                 : text);
        if (changed && !text.isEmpty()) {
            QAccessibleEvent event(label, QAccessible::Alert);
            QAccessible::updateAccessibility(&event);
        }
    }
}

QString ApplicationForm::errorText(const QString& name) const
{
    QLabel* l = m_errors.value(name);
    return l && !l->isHidden() ? l->text() : QString();
}

QString ApplicationForm::eligibilityText() const
{
    return m_eligibilityPanel->text();
}

QString ApplicationForm::statusText() const
{
    return m_saveState->text();
}

bool ApplicationForm::save()
{
    if (m_id <= 0)
        return false;
    recheck();
    for (QWidget* w : std::as_const(m_order)) {
        const QString name = w->property(kFieldProperty).toString();
        QLabel* error = m_errors.value(name);
        if (error && !error->isHidden() && error->styleSheet().contains(QStringLiteral("#b00020"))) {
            m_saveState->setText(tr("Not saved: please correct the fields marked in red."));
            QAccessibleEvent event(m_saveState, QAccessible::Alert);
            QAccessible::updateAccessibility(&event);
            w->setFocus();
            return false;
        }
    }
    const Result<SaveOutcome> outcome = m_service.save(m_id, formData(), m_actor, m_header.updatedAt);
    if (!outcome) {
        m_saveState->setText(outcome.message());
        QAccessibleEvent event(m_saveState, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
        return false;
    }
    const qint64 id = m_id;
    QWidget* focus = QApplication::focusWidget();
    m_draftPending = false;
    loadApplication(id);
    if (focus && isAncestorOf(focus))
        focus->setFocus();
    m_saveState->setText(outcome->changedFields.isEmpty() ? tr("Saved (no changes)")
                                                          : tr("Saved: %n field(s) changed", nullptr,
                                                               int(outcome->changedFields.size())));
    Q_EMIT saved(id);
    return true;
}

bool ApplicationForm::draftOffered() const
{
    return m_offeredDraft.has_value() && !m_draftBanner->isHidden();
}

bool ApplicationForm::restoreDraft()
{
    if (!m_offeredDraft)
        return false;
    const FormData data = m_offeredDraft->data;
    m_offeredDraft.reset();
    m_draftBanner->hide();
    setFormData(data);
    // A number the clerk typed into the draft is theirs to see; a stored one stays masked.
    setIdMasked(!data.paIdNumber.isEmpty() && data.paIdNumber == m_saved.paIdNumber);
    m_draftPending = true;
    m_autosave->start();
    recheck();
    updateSaveState();
    if (!m_order.isEmpty())
        m_order.first()->setFocus();
    return true;
}

void ApplicationForm::discardDraft()
{
    m_offeredDraft.reset();
    m_draftBanner->hide();
    if (m_id > 0)
        (void)m_drafts.discard(m_id, m_actor.userId);
}

bool ApplicationForm::saveDraftNow()
{
    if (m_id <= 0 || !m_draftPending)
        return false;
    m_draftPending = false;
    m_autosave->stop();
    if (!isDirty()) {
        (void)m_drafts.discard(m_id, m_actor.userId);
        return true;
    }
    const Status s = m_drafts.save(m_id, m_actor.userId, formData());
    if (!s) {
        m_saveState->setText(tr("The draft could not be kept: %1").arg(s.message()));
        m_draftPending = true;
        return false;
    }
    return true;
}

void ApplicationForm::focusChanged(QWidget* old, QWidget*)
{
    if (old && isAncestorOf(old) && m_draftPending)
        saveDraftNow();
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
