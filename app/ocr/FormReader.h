// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OcrEngine.h"
#include "OcrService.h"
#include "OcrStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QSet>
#include <QString>
#include <optional>

namespace orgdesk::ocr {

// The keys of the suggested fields, as `orgdesk-cli suggest --json` names them.
QStringList suggestionKeys();

// A value read for one field of the form.
struct Suggestion
{
    QString key; // one of suggestionKeys()
    QString value; // as OrgDesk stores it (BR 12345678-000, HKID A123456(3), +852 2123 4567, …)
    double confidence = 0; // 0–1
    bool passes = false; // the value passed the field's validator (however clearly it was read)
    bool confident
        = false; // the value the form offers as good: it passed the field's validator and was read clearly
    int page = 0; // 1-based page of the document
    QRect box; // where it was read, pixels of the page image at OcrService::kDpi
    QString read; // the raw text as read, before the field's format was applied
    QString problem; // plain words when the value does not pass the validator
};

struct FormReading
{
    QString formVersion; // the form_zones version whose labels were found; empty when none was
    QList<Suggestion> fields; // only the fields found, in suggestionKeys() order
    const Suggestion* find(const QString& key) const;
    // {"fields": {KEY: {"value", "confidence", "confident", "page", "box": [x, y, w, h]}}}
    QJsonObject toJson() const;
};

// An organization type and its names, for reading a type written in words.
struct OrganizationTypeName
{
    QString code, nameEn, nameZh;
};

// Reads the fields of a paper application form from its pages: the printed labels (read by OCR)
// place each page against a form version of form_zones; each field is then read from its zone
// (boxes cropped inside their borders and read alone, limited to the characters the field allows;
// tick boxes by their ink; typed forms from the rest of the label's line) and brought into the
// form OrgDesk stores it in, through the same validators as typed values. Letter/digit confusions
// (O/0, I/1, S/5, B/8, "H(A" for HCA) are resolved only where the field's format decides them; an
// HKID whose check character fails is never confident (its doubtful characters are settled by the
// check only among the reader's own alternatives, and then offered to be checked); an empty field
// or a missing page gives no suggestion at all. A typed label the page's layout split from its
// value has its line read again alone. The format step lives in FieldFormats.cpp.
//
// Thread rules: const after construction; `read` uses the caller's engine (one per thread).
class FormReader
{
    Q_DECLARE_TR_FUNCTIONS(orgdesk::ocr::FormReader)

public:
    // How clearly a field must have been read to be offered as good.
    static constexpr double kConfidentAt = 0.6;

    FormReader(QList<FormZoneRecord> zones, QSet<QString> casePrefixes, QList<OrganizationTypeName> types,
        QDate today);
    // Reference data from the store (zones, case prefixes, organization types).
    static Result<FormReader> fromStore(const QSqlDatabase& db, QDate today);

    FormReading read(const ReadDocument& document, OcrEngine& engine) const;

    // The format step alone (public for tests): `raw` as read for `key` → the stored form.
    Suggestion normalise(const QString& key, const QString& raw, double confidence) const;
    // An HKID `reading` that fails its check character, decided by that check (public for tests):
    // `symbols` are what the reader took each character for, best first ({" "} between words). The
    // doubtful characters (a digit where a letter must be, a letter where a digit must be) are
    // tried with each of their alternatives; when exactly one number passes the check, that
    // number comes back, never confident (the clerk checks it). Any other reading comes back as
    // it was. When this look lost the check character into its bracket, `otherLook` (another
    // reading of the same box) gives it, provided the two agree on the six digits.
    Suggestion decideByCheck(const Suggestion& reading, const QList<QStringList>& symbols,
        const Suggestion* otherLook = nullptr) const;

private:
    // A second look at a field with a format (an HKID's check character, an e-mail address, a BR
    // number …) whose first reading failed it or was unsure: `writing` read again drawn half as
    // large again, through the same format step. The better of `first` and that reading: the one
    // passing the format, else the one read more clearly. Any other reading comes back as it was.
    Suggestion secondLook(OcrEngine& engine, const QImage& writing, const Suggestion& first) const;

    QList<FormZoneRecord> m_zones;
    QSet<QString> m_casePrefixes;
    QList<OrganizationTypeName> m_types;
    QDate m_today;
};

} // namespace orgdesk::ocr
