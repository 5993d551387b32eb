// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/FormService.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

class QWidget;

namespace orgdesk {

class FormFields;

// The validation display of the application form: puts the messages of a form check under the
// fields they are about (errors in red, warnings in amber), makes them the fields' accessible
// descriptions and announces new ones to screen readers. Knows which field holds the first error
// in the order of the form, so saving can refuse and go there. Its strings belong to the form's
// translation context.
//
// Thread rules: GUI thread only.
class FieldIssuesView
{
    Q_DECLARE_TR_FUNCTIONS(orgdesk::ApplicationForm)
public:
    explicit FieldIssuesView(const FormFields& fields)
        : m_fields(fields)
    {
    }

    // `entryErrors`: what the form itself could not read, by field name; always errors.
    void show(const FormCheck& check, const QHash<QString, QString>& entryErrors);
    void clear(); // nothing to show (no application)

    QString text(const QString& name) const; // empty when the field shows no message
    QWidget* firstErrorField() const; // nullptr when no field shows an error

private:
    const FormFields& m_fields;
    QSet<QString> m_errors; // fields showing at least one error
};

} // namespace orgdesk
