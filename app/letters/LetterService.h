// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"

#include <QByteArray>
#include <QFont>
#include <QSqlDatabase>
#include <QStringList>

namespace orgdesk {

// One editable letter template (`letter_templates`).
struct LetterTemplate
{
    QString kind; // acknowledgement, requisition, approval, rejection
    QString lang; // en, zh (Traditional Chinese)
    QString subject;
    QString body; // plain text, blank line between paragraphs, {{merge_fields}}
};

struct GeneratedLetter
{
    qint64 attachmentId = 0;
    QString sha256;
    QString fileName;
    QByteArray pdf;
};

// Letters to applicants: acknowledgement, requisition, approval and rejection, in English and
// Traditional Chinese. A template's merge fields are filled from the case, its workflow record
// (including {{eligibility_policy}} and {{eligibility_outcome}}: what the decision, or the latest
// recommendation, was made under) and the letterhead settings; the letter is laid out with QTextDocument and written by QPdfWriter in
// the TrueType font "AR PL UMing HK" (its text layer extracts exactly, unlike the CFF Noto CJK
// fonts), and saved into the case as an attachment with its SHA-256 and a `letter.generated` event.
//
// Thread rules: rendering needs a QGuiApplication (fonts); use from the GUI thread, or any thread
// with its own connection once the application exists. Not shared between threads.
class LetterService
{
    Q_DECLARE_TR_FUNCTIONS(LetterService)

public:
    static constexpr const char* kFontFamily = "AR PL UMing HK";

    explicit LetterService(QSqlDatabase db) : m_db(std::move(db)) { }

    // The font letters and reports are written in: DejaVu Serif for Latin text where installed
    // (UMing's Latin letters are monospaced), AR PL UMing HK for every Chinese character, no
    // ligatures. Both are TrueType, so the PDF's text layer extracts exactly.
    static QFont documentFont(qreal pointSize);
    // Unsupported, in plain words, when this program cannot lay out text for a PDF: it is not a
    // GUI application (no fonts) or AR PL UMing HK is not installed.
    static Status checkDocumentFonts();

    static QStringList kinds();
    static QStringList languages();
    static QStringList mergeFields();
    static QString kindLabel(const QString& kind);

    Result<LetterTemplate> letterTemplate(const QString& kind, const QString& lang) const;
    // Administrators only; unknown merge fields are refused. Recorded as `letter_template.changed`.
    Status setTemplate(const LetterTemplate& letterTemplate, const Actor& actor);

    // The merged letter as rich text (for a preview) and as a PDF.
    Result<QString> html(qint64 applicationId, const QString& kind, const QString& lang) const;
    Result<QByteArray> renderPdf(qint64 applicationId, const QString& kind, const QString& lang) const;
    // Renders, stores the PDF with the case and records the event, in one transaction.
    Result<GeneratedLetter> generate(qint64 applicationId, const QString& kind, const QString& lang, const Actor& actor);

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
