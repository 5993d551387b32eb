// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OcrPage.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <map>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace orgdesk::ocr {

// Tesseract 5 (its C++ API) reading grey page images: whole pages into words with boxes, and small
// regions (one field of a form) into one line, optionally limited to some characters.
//
// Thread rules: one engine per thread (a TessBaseAPI is not shared); engines on different threads
// run in parallel. Loading a language takes a moment the first time, so keep an engine and reuse it.
class OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(orgdesk::ocr::OcrEngine)

public:
    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // The languages pages are read in: English and Traditional Chinese.
    static QString pageLanguages() { return QStringLiteral("eng+chi_tra"); }

    // Reads a whole page (automatic layout). Chinese words come without the spaces Tesseract puts
    // between their characters. An error when the language data is not installed.
    Result<OcrPage> readPage(const QImage& image, int pageNo, double dpi);

    enum class Layout { Line, Block, Word };
    struct Region
    {
        QString text; // as read (Chinese spaces removed)
        double confidence = 0; // 0–1, the lowest of its words
        QList<OcrWord> words; // boxes in the coordinates of the image given
        // With Alternatives::Keep: for each word, for each of its characters, what the reader
        // took it for, best first (the first is the character as read).
        QList<QList<QStringList>> alternatives;
    };
    enum class Alternatives { Drop, Keep };
    // Reads `rect` of `image` as one line (or a block of lines) in `languages`, allowing only the
    // characters of `whitelist` when it is not empty.
    Result<Region> readRegion(const QImage& image, const QRect& rect, const QString& languages, Layout layout,
        const QString& whitelist = {}, double dpi = 200, Alternatives alternatives = Alternatives::Drop);

private:
    Result<tesseract::TessBaseAPI*> api(const QString& languages);

    std::map<QString, std::unique_ptr<tesseract::TessBaseAPI>> m_apis;
};

} // namespace orgdesk::ocr
