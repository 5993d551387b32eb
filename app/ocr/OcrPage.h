// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

namespace orgdesk::ocr {

// One word read on a page: its text, where it is (pixels of the page as it was read) and how sure
// the reader was (0–1). Words of one printed line share `line`.
struct OcrWord
{
    QString text;
    QRect box;
    double confidence = 0;
    int line = 0;
    bool operator==(const OcrWord&) const = default;
};

// What was read on one page of an attachment. Value type; safe to copy between threads.
struct OcrPage
{
    int page = 1; // 1-based
    QSize size; // pixels of the image the words' boxes refer to
    double dpi = 0; // of that image
    QList<OcrWord> words;

    // The page's text, one printed line a line, with no spaces between Chinese characters.
    QString text() const;
    // Compact JSON of the words (kept with the page): [[text, x, y, w, h, conf%, line], …].
    QByteArray wordsJson() const;
    static QList<OcrWord> wordsFromJson(const QByteArray& json);
    bool operator==(const OcrPage&) const = default;
};

// True for a Han character or CJK punctuation (where Chinese is written without spaces).
bool isCjk(QChar c);
// Removes the spaces Tesseract puts between Chinese characters (and between a Chinese character
// and Chinese punctuation), keeping those between Latin words and numbers.
QString removeCjkSpaces(const QString& text);

} // namespace orgdesk::ocr
