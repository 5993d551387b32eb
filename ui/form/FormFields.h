// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/FormData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace orgdesk {

class HkidTextWarning;

// The field widgets of the application form and their layout: every field of the paper form in
// its order on one grid, each row a label and its editor with a line for the field's messages
// under it. Reads and writes values by field name (field:: in app/form/FormData.h), converts
// them to and from FormData (dates written day first), and shows the identity number masked
// until it is revealed (or says it was purged). Free-text fields warn while they hold an HKID-shaped
// string (HkidTextWarning). It tells its owner of every edit through the handler given to it; it
// knows nothing of saving, drafts or checks. Its strings belong to the form's translation context.
//
// Thread rules: GUI thread only.
class FormFields
{
    Q_DECLARE_TR_FUNCTIONS(orgdesk::ApplicationForm)
public:
    using EditHandler = std::function<void(const QString& name)>;

    // Builds the fields inside a new widget parented to `parent`; `keys` filters their key events.
    FormFields(QSqlDatabase db, QWidget* parent, QObject* keys, EditHandler edited);
    ~FormFields();
    FormFields(const FormFields&) = delete;
    FormFields& operator=(const FormFields&) = delete;

    QWidget* body() const { return m_body; }
    QPushButton* revealButton() const { return m_reveal; }

    QWidget* field(const QString& name) const { return m_fields.value(name); }
    QList<QWidget*> tabOrder() const { return m_order; }
    QString nameOf(const QWidget* editor) const; // empty for a widget that is not a field
    QLabel* messageLabel(const QString& name) const { return m_messages.value(name); }
    // The place under a field's editor for what was read for it from the form's pages (hidden
    // while empty); null for a name that is not a field row.
    QWidget* suggestionSlot(const QString& name) const { return m_suggestionSlots.value(name); }
    const QHash<QString, QLabel*>& messageLabels() const { return m_messages; }
    bool isTextField(const QString& name) const;

    QVariant value(const QString& name) const;
    void setValue(const QString& name, const QVariant& value); // not an edit
    QVariant lastValue(const QString& name) const { return m_values.value(name); }
    void rememberValue(const QString& name, const QVariant& value) { m_values.insert(name, value); }

    // `saved` supplies what the form does not show as a field (who confirmed the registration).
    FormData data(const FormData& saved, const QSet<QString>& knownCasePrefixes) const;
    void setData(const FormData& data); // replaces every field (not an edit)

    // Entries the form itself cannot read (dates not written DD/MM/YYYY), by field name.
    QHash<QString, QString> unreadableEntries() const;

    // Read-only: text can be read, selected and copied but not changed; choices are disabled. The
    // reveal button stays usable (revealing is not an edit).
    void setReadOnly(bool readOnly);

    bool idRevealed() const { return m_idRevealed; }
    void setIdMasked(bool masked);
    void showIdNumber(const QString& number); // the revealed number, editable

    // Shows the identity number as purged under retention (when `purgedAt` is valid) rather than empty.
    void showIdPurged(const QDateTime& purgedAt);

    // The warning under a free-text field (remarks, LSHK "confirmed how", the prefix note) shown
    // while it holds an HKID-shaped string; null for other fields.
    HkidTextWarning* hkidWarning(const QString& name) const { return m_hkidWarnings.value(name); }

    static QString maskedIdDescription();

private:
    void build();
    QLineEdit* addLine(const QString& name, const QString& label, const QString& accessible);
    QPlainTextEdit* addText(const QString& name, const QString& label, const QString& accessible, int lines);
    QComboBox* addCombo(const QString& name, const QString& label, const QString& accessible);
    void addRow(const QString& name, const QString& label, QWidget* editor);
    void addSection(const QString& title);
    void track(const QString& name, QWidget* editor);
    void edited(const QString& name);
    void fillOrganizationTypes();
    void warnAboutHkid(const QString& name, HkidTextWarning* warning);

    QSqlDatabase m_db;
    QObject* m_keys = nullptr;
    EditHandler m_edited;
    bool m_filling = false; // filling the combo boxes is not an edit

    QWidget* m_body = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_lshkBy = nullptr;
    QPushButton* m_reveal = nullptr;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_messages;
    QHash<QString, QWidget*> m_suggestionSlots;
    QHash<QString, HkidTextWarning*> m_hkidWarnings;
    QHash<QString, QVariant> m_values;
    QList<QWidget*> m_order;
    bool m_idRevealed = true;
    QString m_idClear; // the stored identity number while the field shows it masked
};

} // namespace orgdesk
