// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace orgdesk {

// What OCR read on one page of an attachment (attachment_ocr, schema 13).
struct OcrPageRecord
{
    qint64 attachmentId = 0;
    int page = 1; // 1-based
    int width = 0;
    int height = 0;
    double dpi = 0;
    QString engine; // e.g. "tesseract 5.3.0 eng+chi_tra"
    QString text; // the page's text, no spaces between Chinese characters
    QByteArray words; // JSON [[text, x, y, w, h, confidence %, line], ...]
};

// One row of a form version's layout (form_zones, schema 13): see db/migrations/0013_ocr.sql.
struct FormZoneRecord
{
    QString formVersion;
    int page = 1;
    QString field; // empty for a registration mark
    QString method; // anchor, box, tick, after_label
    QString anchor; // regular expression on a printed line
    double anchorX = 0, anchorY = 0;
    std::optional<double> x0, y0, x1, y1; // page widths on the reference page
    QString value; // tick: organization type code
    QString stop; // after_label: where the value ends
};

// Stores what was read on image pages, once per page (append-only; the server and the SQLite file
// refuse a second write or a change), and reads the form layouts.
//
// Thread rules: stateless; use with a connection of the calling thread. Writes run inside the
// caller's Transaction.
class OcrStore
{
public:
    explicit OcrStore(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    // Keeps a page and adds its text to the attachment's search text (after any text layer).
    Status insertPage(const OcrPageRecord& page, const QString& searchText, const QString& readAtUtc);
    Result<QList<OcrPageRecord>> pages(qint64 attachmentId) const;
    // Attachments not purged whose pages have not been read yet, oldest first (at most `limit`):
    // images (faxes, photos) and PDFs without a text layer (scans; a PDF with text is searchable
    // by its text already).
    Result<QList<qint64>> unreadAttachments(int limit) const;
    // Whether any page of the attachment was read.
    Result<bool> hasPages(qint64 attachmentId) const;

    Result<QList<FormZoneRecord>> zones() const;

private:
    QSqlDatabase m_db;
};

} // namespace orgdesk
