// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

class QLineEdit;
class QPlainTextEdit;

namespace orgdesk {

// A warning line for a free-text field (remarks, notes, "confirmed how"): shown while what is typed
// holds something shaped like an HKID number, saying it will be masked when saved
// (validation::maskHkidsInText) and that the number belongs in the identity field. Watches one
// QLineEdit or QPlainTextEdit; the caller places the label, usually right under the field. The
// field's accessible description names the warning too, for screen readers.
//
// Thread rules: GUI thread only.
class HkidTextWarning : public QLabel
{
    Q_OBJECT
public:
    explicit HkidTextWarning(QLineEdit* editor, QWidget* parent = nullptr);
    explicit HkidTextWarning(QPlainTextEdit* editor, QWidget* parent = nullptr);

    // Whether the watched text holds an HKID-shaped string now.
    bool warns() const { return m_warns; }
    // Checks the watched text again (done on every edit; for text set with signals blocked).
    void recheck();

    static QString warningText();

Q_SIGNALS:
    void warningChanged(bool warns);

private:
    void setUp();
    QString watchedText() const;

    QPointer<QLineEdit> m_line;
    QPointer<QPlainTextEdit> m_plain;
    QString m_description; // the field's own accessible description
    bool m_warns = false;
};

} // namespace orgdesk
