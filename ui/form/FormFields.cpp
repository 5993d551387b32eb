// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/FormFields.h"

#include "HongKongTime.h"
#include "ReferenceData.h"
#include "validation/Passport.h"
#include "widgets/FilterWidgets.h"
#include "widgets/HkidTextWarning.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

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

FormFields::FormFields(QSqlDatabase db, QWidget* parent, QObject* keys, EditHandler edited)
    : m_db(std::move(db))
    , m_keys(keys)
    , m_edited(std::move(edited))
{
    m_body = new QWidget(parent);
    m_grid = new QGridLayout(m_body);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(2);
    m_filling = true;
    build();
    m_filling = false;
}

FormFields::~FormFields()
{
    // The editors outlive this object while their window is torn down; they no longer report edits.
    for (QWidget* editor : std::as_const(m_order))
        QObject::disconnect(editor, nullptr, m_body, nullptr);
}

void FormFields::addSection(const QString& title)
{
    auto* label = new QLabel(title, m_body);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    m_grid->addWidget(label, m_grid->rowCount(), 0, 1, 2);
}

void FormFields::addRow(const QString& name, const QString& label, QWidget* editor)
{
    const int row = m_grid->rowCount();
    if (label.isEmpty()) {
        // An editor that names itself (a check box) takes the whole row, as narrow forms need.
        m_grid->addWidget(editor, row, 0, 1, 2);
    } else {
        auto* l = new QLabel(label, m_body);
        l->setBuddy(editor);
        // The label's text level with a one-line editor's text (and a longer one's first line).
        static const int lineEditHeight = QLineEdit().sizeHint().height();
        l->setContentsMargins(0, std::max(0, (lineEditHeight - l->sizeHint().height()) / 2), 0, 0);
        m_grid->addWidget(l, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(editor, row, 1);
    }
    auto* message = new QLabel(m_body);
    message->setWordWrap(true);
    message->setObjectName(QStringLiteral("error_") + name);
    message->hide();
    m_grid->addWidget(message, row + 1, 1);
    m_messages.insert(name, message);
    auto* suggestion = new QWidget(m_body);
    suggestion->setObjectName(QStringLiteral("suggestion_") + name);
    suggestion->hide();
    m_grid->addWidget(suggestion, row + 2, 1);
    m_suggestionSlots.insert(name, suggestion);
    track(name, editor);
}

void FormFields::track(const QString& name, QWidget* editor)
{
    editor->setProperty(kFieldProperty, name);
    editor->installEventFilter(m_keys);
    m_fields.insert(name, editor);
    m_order.append(editor);
}

QLineEdit* FormFields::addLine(const QString& name, const QString& label, const QString& accessible)
{
    auto* e = new QLineEdit(m_body);
    e->setAccessibleName(accessible);
    addRow(name, label, e);
    QObject::connect(e, &QLineEdit::textEdited, m_body, [this, name] { edited(name); });
    return e;
}

QPlainTextEdit* FormFields::addText(const QString& name, const QString& label, const QString& accessible, int lines)
{
    auto* e = new QPlainTextEdit(m_body);
    e->setAccessibleName(accessible);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 14);
    addRow(name, label, e);
    QObject::connect(e, &QPlainTextEdit::textChanged, m_body, [this, name] { edited(name); });
    return e;
}

QComboBox* FormFields::addCombo(const QString& name, const QString& label, const QString& accessible)
{
    auto* e = new QComboBox(m_body);
    e->setAccessibleName(accessible);
    // As wide as the form, not as its longest choice (an organization type runs to 40 characters).
    e->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    e->setMinimumContentsLength(16);
    addRow(name, label, e);
    QObject::connect(e, &QComboBox::currentIndexChanged, m_body, [this, name] { edited(name); });
    return e;
}

void FormFields::edited(const QString& name)
{
    if (!m_filling)
        m_edited(name);
}

void FormFields::build()
{
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
    auto* lshk = new QCheckBox(tr("Registration with the Law Society &confirmed"), m_body);
    lshk->setAccessibleName(tr("Law Society registration confirmed"));
    addRow(f(field::lshkConfirmed), QString(), lshk);
    QObject::connect(lshk, &QCheckBox::toggled, m_body, [this] { edited(f(field::lshkConfirmed)); });
    auto* on = addLine(f(field::lshkConfirmedOn), tr("Confirmed on:"), tr("Date the Law Society registration was confirmed"));
    on->setPlaceholderText(tr("DD/MM/YYYY (today if empty)"));
    auto* how = addLine(f(field::lshkConfirmedHow), tr("Confirmed how:"), tr("How the Law Society registration was confirmed"));
    how->setPlaceholderText(tr("e.g. Law Society online list of firms"));
    warnAboutHkid(f(field::lshkConfirmedHow), new HkidTextWarning(how, m_body));
    m_lshkBy = new QLabel(m_body);
    m_lshkBy->setAccessibleName(tr("Confirmed by"));
    m_grid->addWidget(m_lshkBy, m_grid->rowCount(), 1);

    addSection(tr("Principal Administrator"));
    addLine(f(field::paNameEn), tr("Name (E&nglish):"), tr("Principal Administrator name in English"));
    addLine(f(field::paNameZh), tr("Name (Ch&inese):"), tr("Principal Administrator name in Chinese"));
    auto* idType = addCombo(f(field::paIdType), tr("I&dentity document:"), tr("Identity document type"));
    idType->addItem(tr("— not given —"), QString());
    idType->addItem(tr("HKID card"), QStringLiteral("hkid"));
    idType->addItem(tr("Passport"), QStringLiteral("passport"));
    auto* idRow = new QWidget(m_body);
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
    idNumber->installEventFilter(m_keys);
    qobject_cast<QLabel*>(m_grid->itemAtPosition(m_grid->rowCount() - 3, 0)->widget())->setBuddy(idNumber);
    QObject::connect(idNumber, &QLineEdit::textEdited, m_body, [this] { edited(f(field::paIdNumber)); });
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
    warnAboutHkid(kCaseNote, new HkidTextWarning(note, m_body));

    addSection(tr("Declaration"));
    auto* signedBox = addCombo(f(field::formSigned), tr("Form si&gned:"), tr("Form signed"));
    signedBox->addItem(tr("— not checked —"), QString());
    signedBox->addItem(tr("Yes"), QStringLiteral("yes"));
    signedBox->addItem(tr("No"), QStringLiteral("no"));
    addLine(f(field::formDate), tr("Date on &form:"), tr("Date on the form"))->setPlaceholderText(tr("DD/MM/YYYY"));
    auto* remarks = addText(f(field::remarks), tr("&Remarks:"), tr("Remarks"), 3);
    warnAboutHkid(f(field::remarks), new HkidTextWarning(remarks, m_body));
    m_grid->setRowStretch(m_grid->rowCount(), 1);

    for (int i = 1; i < m_order.size(); ++i)
        QWidget::setTabOrder(m_order.at(i - 1), m_order.at(i));
}

void FormFields::warnAboutHkid(const QString& name, HkidTextWarning* warning)
{
    // On its own line under the field's row and its message line.
    m_grid->addWidget(warning, m_grid->rowCount(), 1);
    m_hkidWarnings.insert(name, warning);
}

void FormFields::showIdPurged(const QDateTime& purgedAt)
{
    auto* e = qobject_cast<QLineEdit*>(m_fields.value(f(field::paIdNumber)));
    if (!purgedAt.isValid()) {
        e->setPlaceholderText(QString());
        return;
    }
    // Purged, not never given: the form says so where the number was.
    const QString text = tr("Purged under the retention rules on %1")
                             .arg(HongKongTime::displayDate(purgedAt));
    e->setPlaceholderText(text);
    e->setAccessibleDescription(text);
}

void FormFields::fillOrganizationTypes()
{
    auto* box = qobject_cast<QComboBox*>(m_fields.value(f(field::orgType)));
    box->addItem(tr("— choose —"), QString());
    if (const auto types = ReferenceData(m_db).organizationTypes())
        for (const OrganizationType& t : *types)
            box->addItem(t.name(chineseInterface()), t.code);
}

QString FormFields::nameOf(const QWidget* editor) const
{
    return editor ? editor->property(kFieldProperty).toString() : QString();
}

bool FormFields::isTextField(const QString& name) const
{
    QWidget* w = m_fields.value(name);
    return qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w);
}

QVariant FormFields::value(const QString& name) const
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

void FormFields::setValue(const QString& name, const QVariant& value)
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
    m_values.insert(name, this->value(name));
    if (HkidTextWarning* warning = m_hkidWarnings.value(name))
        warning->recheck(); // its editor's signals were blocked
}

FormData FormFields::data(const FormData& saved, const QSet<QString>& knownCasePrefixes) const
{
    auto text = [this](const char16_t* name) { return value(f(name)).toString(); };
    FormData d;
    d.orgNameEn = text(field::orgNameEn);
    d.orgNameZh = text(field::orgNameZh);
    d.orgType = text(field::orgType);
    d.brNumber = text(field::brNumber);
    d.registeredAddress = text(field::registeredAddress);
    d.correspondenceAddress = text(field::correspondenceAddress);
    d.lshkConfirmed = value(f(field::lshkConfirmed)).toBool();
    d.lshkConfirmedOn = parseDate(text(field::lshkConfirmedOn));
    d.lshkConfirmedHow = text(field::lshkConfirmedHow);
    d.lshkConfirmedBy = saved.lshkConfirmedBy;
    d.paNameEn = text(field::paNameEn);
    d.paNameZh = text(field::paNameZh);
    d.paIdType = text(field::paIdType);
    d.paIdNumber = m_idRevealed ? text(field::paIdNumber) : m_idClear;
    d.paPosition = text(field::paPosition);
    d.phone = text(field::phone);
    d.fax = text(field::fax);
    d.email = text(field::email);
    const QString note = value(kCaseNote).toString().trimmed();
    for (const QString& line : text(field::caseNumbers).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        const QString prefix = line.trimmed().section(QRegularExpression(QStringLiteral("[^A-Za-z]")), 0, 0).toUpper();
        d.caseNumbers.append({ line.trimmed(), knownCasePrefixes.contains(prefix) ? QString() : note });
    }
    const QString signedValue = text(field::formSigned);
    if (!signedValue.isEmpty())
        d.formSigned = signedValue == u"yes";
    d.formDate = parseDate(text(field::formDate));
    d.remarks = text(field::remarks);
    return d;
}

void FormFields::setData(const FormData& d)
{
    m_filling = true;
    setValue(f(field::orgNameEn), d.orgNameEn);
    setValue(f(field::orgNameZh), d.orgNameZh);
    setValue(f(field::orgType), d.orgType);
    setValue(f(field::brNumber), d.brNumber);
    setValue(f(field::registeredAddress), d.registeredAddress);
    setValue(f(field::correspondenceAddress), d.correspondenceAddress);
    setValue(f(field::lshkConfirmed), d.lshkConfirmed);
    setValue(f(field::lshkConfirmedOn), formatDate(d.lshkConfirmedOn));
    setValue(f(field::lshkConfirmedHow), d.lshkConfirmedHow);
    m_lshkBy->setText(d.lshkConfirmed && !d.lshkConfirmedBy.isEmpty() ? tr("Confirmed by %1").arg(d.lshkConfirmedBy)
                                                                       : QString());
    setValue(f(field::paNameEn), d.paNameEn);
    setValue(f(field::paNameZh), d.paNameZh);
    setValue(f(field::paIdType), d.paIdType);
    m_idClear = d.paIdNumber;
    setValue(f(field::paIdNumber), d.paIdNumber);
    setIdMasked(false);
    setValue(f(field::paPosition), d.paPosition);
    setValue(f(field::phone), d.phone);
    setValue(f(field::fax), d.fax);
    setValue(f(field::email), d.email);
    QStringList cases;
    QString note;
    for (const CaseNumberEntry& c : d.caseNumbers) {
        cases << c.text;
        if (!c.note.isEmpty())
            note = c.note;
    }
    setValue(f(field::caseNumbers), cases.join(u'\n'));
    setValue(kCaseNote, note);
    setValue(f(field::formSigned), d.formSigned ? (*d.formSigned ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
    setValue(f(field::formDate), formatDate(d.formDate));
    setValue(f(field::remarks), d.remarks);
    m_filling = false;
}

QHash<QString, QString> FormFields::unreadableEntries() const
{
    QHash<QString, QString> errors;
    for (const char16_t* name : { field::formDate, field::lshkConfirmedOn }) {
        const QString t = value(f(name)).toString().trimmed();
        if (!t.isEmpty() && !parseDate(t).isValid())
            errors.insert(f(name), tr("Write the date as DD/MM/YYYY."));
    }
    return errors;
}

QString FormFields::maskedIdDescription()
{
    return tr("Masked. Use Reveal to see or change it; revealing is recorded.");
}

void FormFields::setIdMasked(bool masked)
{
    auto* e = qobject_cast<QLineEdit*>(m_fields.value(f(field::paIdNumber)));
    m_idRevealed = !masked;
    const QSignalBlocker block(e);
    if (masked) {
        e->setText(validation::maskIdentityNumber(value(f(field::paIdType)).toString(), m_idClear));
        e->setReadOnly(true);
        e->setAccessibleDescription(maskedIdDescription());
    } else {
        e->setReadOnly(false);
        e->setAccessibleDescription(QString());
    }
    m_values.insert(f(field::paIdNumber), e->text());
    m_reveal->setVisible(masked);
}

void FormFields::showIdNumber(const QString& number)
{
    m_idClear = number;
    auto* e = qobject_cast<QLineEdit*>(m_fields.value(f(field::paIdNumber)));
    {
        const QSignalBlocker block(e);
        e->setText(m_idClear);
    }
    setIdMasked(false);
}

void FormFields::setReadOnly(bool readOnly)
{
    for (QWidget* w : m_body->findChildren<QWidget*>()) {
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->setReadOnly(readOnly);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            text->setReadOnly(readOnly);
        else if (w != m_reveal && (qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w)))
            w->setEnabled(!readOnly);
    }
}

} // namespace orgdesk
