// SPDX-License-Identifier: GPL-3.0-or-later
#include "OcrEngine.h"

#include <algorithm>
#include <dlfcn.h>
#include <memory>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace orgdesk::ocr {

namespace {

    // Tesseract as Debian builds it uses OpenMP: each recognition starts threads of its own. The
    // desk already reads two pages at once (one per core), and the two sets of OpenMP threads then
    // spin against each other: a three-page fax took 19 s instead of 4.5 s on a 2-core desk.
    // So a reading thread keeps Tesseract to itself (no nested parallel regions: OpenMP's
    // max-active-levels set to 0 for the calling thread). Looked up at run time, so a Tesseract
    // built without OpenMP needs nothing.
    void keepToThisThread()
    {
        using SetMaxActiveLevels = void (*)(int);
        static const auto set
            = reinterpret_cast<SetMaxActiveLevels>(dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
        if (set)
            set(0);
    }

    QImage grey(const QImage& image)
    {
        return image.format() == QImage::Format_Grayscale8 ? image
                                                           : image.convertToFormat(QImage::Format_Grayscale8);
    }

    // What the reader took each character of the word at `word` for, best first.
    QList<QStringList> symbolChoices(const tesseract::ResultIterator& word)
    {
        QList<QStringList> symbols;
        tesseract::ResultIterator it(word);
        do {
            if (it.Empty(tesseract::RIL_SYMBOL))
                continue;
            QStringList choices;
            tesseract::ChoiceIterator choice(it);
            do {
                if (const char* text = choice.GetUTF8Text()) {
                    const QString c = QString::fromUtf8(text).trimmed();
                    if (!c.isEmpty() && !choices.contains(c))
                        choices << c;
                }
            } while (choice.Next());
            if (choices.isEmpty()) {
                std::unique_ptr<char[]> utf8(it.GetUTF8Text(tesseract::RIL_SYMBOL));
                choices << QString::fromUtf8(utf8.get());
            }
            symbols.append(choices);
        } while (it.Next(tesseract::RIL_SYMBOL) && !it.IsAtBeginningOf(tesseract::RIL_WORD));
        return symbols;
    }

    // Words of the last recognition, with their line numbers, and (when `alternatives` is given)
    // what each of their characters could also be.
    QList<OcrWord> collectWords(
        tesseract::TessBaseAPI& api, const QPoint& offset, QList<QList<QStringList>>* alternatives = nullptr)
    {
        QList<OcrWord> words;
        std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
        if (!it)
            return words;
        int line = -1;
        do {
            if (it->Empty(tesseract::RIL_WORD))
                continue;
            if (line < 0 || it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
                ++line;
            std::unique_ptr<char[]> utf8(it->GetUTF8Text(tesseract::RIL_WORD));
            const QString text = QString::fromUtf8(utf8.get()).trimmed();
            if (text.isEmpty())
                continue;
            int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            it->BoundingBox(tesseract::RIL_WORD, &x1, &y1, &x2, &y2);
            words.append(OcrWord { text, QRect(x1, y1, x2 - x1, y2 - y1).translated(offset),
                std::clamp(double(it->Confidence(tesseract::RIL_WORD)) / 100.0, 0.0, 1.0), line });
            if (alternatives)
                alternatives->append(symbolChoices(*it));
        } while (it->Next(tesseract::RIL_WORD));
        return words;
    }

} // namespace

OcrEngine::OcrEngine() = default;

OcrEngine::~OcrEngine()
{
    for (auto& [languages, api] : m_apis)
        api->End();
}

Result<tesseract::TessBaseAPI*> OcrEngine::api(const QString& languages)
{
    auto found = m_apis.find(languages);
    if (found != m_apis.end())
        return found->second.get();
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    if (api->Init(nullptr, languages.toUtf8().constData(), tesseract::OEM_LSTM_ONLY) != 0)
        return makeError(ErrorCode::Unsupported,
            tr("Pages cannot be read: the text recognition data for %1 is not installed "
               "(Debian packages tesseract-ocr-eng and tesseract-ocr-chi-tra).")
                .arg(languages));
    api->SetVariable("debug_file", "/dev/null");
    tesseract::TessBaseAPI* raw = api.get();
    m_apis.emplace(languages, std::move(api));
    return raw;
}

Result<OcrPage> OcrEngine::readPage(const QImage& image, int pageNo, double dpi)
{
    Result<tesseract::TessBaseAPI*> a = api(pageLanguages());
    if (!a)
        return a.error();
    tesseract::TessBaseAPI& api = **a;
    keepToThisThread();
    const QImage g = grey(image);
    api.SetPageSegMode(tesseract::PSM_AUTO);
    api.SetVariable("tessedit_char_whitelist", "");
    api.SetVariable("lstm_choice_mode", "0");
    api.SetImage(g.constBits(), g.width(), g.height(), 1, int(g.bytesPerLine()));
    api.SetSourceResolution(int(dpi));
    if (api.Recognize(nullptr) != 0)
        return makeError(ErrorCode::Corrupt, tr("Page %1 could not be read as text.").arg(pageNo));
    OcrPage page;
    page.page = pageNo;
    page.size = g.size();
    page.dpi = dpi;
    page.words = collectWords(api, QPoint());
    api.Clear();
    return page;
}

Result<OcrEngine::Region> OcrEngine::readRegion(const QImage& image, const QRect& rect,
    const QString& languages, Layout layout, const QString& whitelist, double dpi, Alternatives alternatives)
{
    Result<tesseract::TessBaseAPI*> a = api(languages);
    if (!a)
        return a.error();
    tesseract::TessBaseAPI& api = **a;
    keepToThisThread();
    const QRect r = rect.intersected(image.rect());
    Region region;
    if (r.width() < 4 || r.height() < 4)
        return region;
    // A white margin around the crop: Tesseract reads text touching the image edge badly.
    const int margin = std::max(8, r.height() / 4);
    QImage padded(r.width() + 2 * margin, r.height() + 2 * margin, QImage::Format_Grayscale8);
    padded.fill(255);
    const QImage g = grey(image.copy(r));
    for (int y = 0; y < g.height(); ++y)
        std::copy_n(g.constScanLine(y), g.width(), padded.scanLine(y + margin) + margin);
    api.SetPageSegMode(layout == Layout::Line ? tesseract::PSM_SINGLE_LINE
            : layout == Layout::Word          ? tesseract::PSM_SINGLE_WORD
                                              : tesseract::PSM_SINGLE_BLOCK);
    api.SetVariable("tessedit_char_whitelist", whitelist.toUtf8().constData());
    // Mode 2: each character's best alternatives as the reader ranked them.
    api.SetVariable("lstm_choice_mode", alternatives == Alternatives::Keep ? "2" : "0");
    api.SetImage(padded.constBits(), padded.width(), padded.height(), 1, int(padded.bytesPerLine()));
    api.SetSourceResolution(int(dpi));
    if (api.Recognize(nullptr) != 0)
        return makeError(ErrorCode::Corrupt, tr("A part of the page could not be read as text."));
    region.words = collectWords(api, r.topLeft() - QPoint(margin, margin),
        alternatives == Alternatives::Keep ? &region.alternatives : nullptr);
    api.Clear();
    api.SetVariable("tessedit_char_whitelist", "");
    api.SetVariable("lstm_choice_mode", "0");
    QString text;
    int line = -1;
    region.confidence = region.words.isEmpty() ? 0 : 1;
    for (const OcrWord& w : region.words) {
        if (!text.isEmpty())
            text += w.line != line ? QStringLiteral("\n") : QStringLiteral(" ");
        line = w.line;
        text += w.text;
        region.confidence = std::min(region.confidence, w.confidence);
    }
    QStringList lines = text.split(u'\n');
    for (QString& l : lines)
        l = removeCjkSpaces(l);
    region.text = lines.join(u'\n');
    return region;
}

} // namespace orgdesk::ocr
