// SPDX-License-Identifier: GPL-3.0-or-later
#include "OcrPage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace orgdesk::ocr {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) // CJK punctuation
        || (u >= 0x3400 && u <= 0x4DBF) // extension A
        || (u >= 0x4E00 && u <= 0x9FFF) // unified ideographs
        || (u >= 0xF900 && u <= 0xFAFF) // compatibility ideographs
        || (u >= 0xFF00 && u <= 0xFF65) // full-width forms and punctuation
        || c.isHighSurrogate() || c.isLowSurrogate();
}

QString removeCjkSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' && !out.isEmpty()) {
            qsizetype j = i;
            while (j < text.size() && text.at(j) == u' ')
                ++j;
            if (j < text.size() && isCjk(out.back()) && isCjk(text.at(j))) {
                i = j - 1;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString OcrPage::text() const
{
    QString out;
    int line = -1;
    QString current;
    for (const OcrWord& w : words) {
        if (w.line != line && line != -1) {
            out += removeCjkSpaces(current) + u'\n';
            current.clear();
        }
        line = w.line;
        if (!current.isEmpty())
            current += u' ';
        current += w.text;
    }
    if (!current.isEmpty())
        out += removeCjkSpaces(current) + u'\n';
    return out;
}

QByteArray OcrPage::wordsJson() const
{
    QJsonArray all;
    for (const OcrWord& w : words)
        all.append(QJsonArray { w.text, w.box.x(), w.box.y(), w.box.width(), w.box.height(),
            qRound(w.confidence * 100), w.line });
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

QList<OcrWord> OcrPage::wordsFromJson(const QByteArray& json)
{
    QList<OcrWord> words;
    const QJsonArray all = QJsonDocument::fromJson(json).array();
    for (const auto& v : all) {
        const QJsonArray a = v.toArray();
        if (a.size() < 7)
            continue;
        words.append(OcrWord { a.at(0).toString(),
            QRect(a.at(1).toInt(), a.at(2).toInt(), a.at(3).toInt(), a.at(4).toInt()),
            a.at(5).toInt() / 100.0, a.at(6).toInt() });
    }
    return words;
}

} // namespace orgdesk::ocr
