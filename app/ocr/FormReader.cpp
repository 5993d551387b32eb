// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormReader.h"

#include "SqlUtil.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <map>

namespace orgdesk::ocr {

QStringList suggestionKeys()
{
    return { QStringLiteral("org_type"), QStringLiteral("name_en"), QStringLiteral("name_zh"),
        QStringLiteral("br"), QStringLiteral("address_en"), QStringLiteral("address_zh"),
        QStringLiteral("cases"), QStringLiteral("pa_name_en"), QStringLiteral("pa_name_zh"),
        QStringLiteral("hkid"), QStringLiteral("pa_title"), QStringLiteral("tel"), QStringLiteral("email"),
        QStringLiteral("date") };
}

const Suggestion* FormReading::find(const QString& key) const
{
    for (const Suggestion& s : fields)
        if (s.key == key)
            return &s;
    return nullptr;
}

QJsonObject FormReading::toJson() const
{
    QJsonObject all;
    for (const Suggestion& s : fields)
        all.insert(s.key,
            QJsonObject { { QStringLiteral("value"), s.value },
                { QStringLiteral("confidence"), std::round(s.confidence * 100) / 100 },
                { QStringLiteral("confident"), s.confident }, { QStringLiteral("page"), s.page },
                { QStringLiteral("box"),
                    QJsonArray { s.box.x(), s.box.y(), s.box.width(), s.box.height() } } });
    return QJsonObject { { QStringLiteral("fields"), all } };
}

namespace {

    // One printed line read on a page, with where each word starts in its text.
    struct Line
    {
        QString text;
        QList<OcrWord> words;
        QList<qsizetype> starts, ends;
    };

    QList<Line> linesOf(const OcrPage& page)
    {
        QList<Line> lines;
        int current = -1;
        for (const OcrWord& w : page.words) {
            if (w.line != current || lines.isEmpty()) {
                lines.append(Line());
                current = w.line;
            }
            Line& l = lines.last();
            if (!l.text.isEmpty() && !(isCjk(l.text.back()) && isCjk(w.text.front())))
                l.text += u' ';
            l.starts.append(l.text.size());
            l.text += w.text;
            l.ends.append(l.text.size());
            l.words.append(w);
        }
        return lines;
    }

    // Where an anchor was found: the first matched word's top-left, and the words after the match.
    struct AnchorHit
    {
        QPointF at;
        const Line* line = nullptr;
        int firstWordAfter = 0; // index in line->words of the first word wholly after the match
        QString rest; // the end of a word the match ends inside
    };

    QList<AnchorHit> findAnchor(const QList<Line>& lines, const QString& pattern)
    {
        QList<AnchorHit> hits;
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid())
            return hits;
        for (const Line& l : lines) {
            const QRegularExpressionMatch m = re.match(l.text);
            if (!m.hasMatch())
                continue;
            AnchorHit hit;
            hit.line = &l;
            int first = -1;
            for (int i = 0; i < l.words.size(); ++i) {
                if (l.ends.at(i) > m.capturedStart() && first < 0)
                    first = i;
                if (l.starts.at(i) < m.capturedEnd())
                    hit.firstWordAfter = i + 1;
            }
            if (first < 0)
                continue;
            // A word that runs past the end of the match (a label glued to its value) keeps its rest.
            const int last = hit.firstWordAfter - 1;
            if (last >= 0 && l.ends.at(last) > m.capturedEnd())
                hit.rest = l.text.mid(m.capturedEnd(), l.ends.at(last) - m.capturedEnd()).trimmed();
            hit.at = l.words.at(first).box.topLeft();
            hits.append(hit);
        }
        return hits;
    }

    double median(QList<double> v)
    {
        if (v.isEmpty())
            return 0;
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    }

    bool dark(const QImage& g, int x, int y)
    {
        return g.constScanLine(y)[x] < 128;
    }

    // Share of dark pixels in `r`.
    double ink(const QImage& g, const QRect& rect)
    {
        const QRect r = rect.intersected(g.rect());
        if (r.isEmpty())
            return 0;
        qint64 n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                n += dark(g, x, y);
        return double(n) / (qint64(r.width()) * r.height());
    }

    // The writing in a box: `zone` of the page with the box's lines taken out (long straight runs of
    // dark pixels, which handwriting does not make, also when the fax is a little skewed) and cut to
    // the ink that is left, with a margin. `empty` when hardly anything is left (fax noise aside).
    struct Writing
    {
        QImage image; // grey, white where the lines were
        QRect onPage; // where the cut lies on the page
        bool empty = true;
    };

    Writing writingIn(const QImage& g, const QRect& rect)
    {
        Writing w;
        const QRect zone = rect.intersected(g.rect());
        if (zone.width() < 20 || zone.height() < 10)
            return w;
        QImage c = g.copy(zone);
        const int width = c.width(), height = c.height();
        // Lines are found on the grey (a resampled thin line is grey in places), writing on the dark.
        auto isLine = [&](int x, int y) { return c.constScanLine(y)[x] < 200; };
        auto isDark = [&](int x, int y) { return c.constScanLine(y)[x] < 128; };
        QList<QPoint> erase;
        // Long straight runs (the boxes' lines) along the rows, then along the columns, widened by
        // a pixel each side.
        auto eraseLines = [&](bool alongRows) {
            const int lines = alongRows ? height : width;
            const int length = alongRows ? width : height;
            const int longRun = alongRows ? std::max(40, width / 25) : std::max(20, height / 2);
            auto at = [&](int along, int across) {
                return alongRows ? QPoint(along, across) : QPoint(across, along);
            };
            for (int line = 0; line < lines; ++line) {
                int start = -1;
                for (int i = 0; i <= length; ++i) {
                    const QPoint p = at(i, line);
                    const bool d = i < length && isLine(p.x(), p.y());
                    if (d && start < 0)
                        start = i;
                    if (!d && start >= 0) {
                        if (i - start >= longRun)
                            for (int k = start; k < i; ++k)
                                for (int side = -1; side <= 1; ++side)
                                    if (line + side >= 0 && line + side < lines)
                                        erase.append(at(k, line + side));
                        start = -1;
                    }
                }
            }
        };
        eraseLines(true);
        eraseLines(false);
        for (const QPoint& p : erase)
            c.scanLine(p.y())[p.x()] = 255;
        QList<int> rows(height, 0), cols(width, 0);
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                rows[y] += isDark(x, y) ? 1 : 0;
        // The band of rows holding most of the writing (what reaches in from a neighbouring line, or
        // fax noise, lies apart from it).
        int bestTop = 0, bestBottom = -1, bestInk = 0;
        for (int y = 0; y < height;) {
            if (rows.at(y) < 3) {
                ++y;
                continue;
            }
            int end = y, gap = 0, inkSum = 0;
            for (int k = y; k < height && gap <= 5; ++k) {
                if (rows.at(k) >= 3) {
                    end = k;
                    gap = 0;
                } else {
                    ++gap;
                }
                inkSum += rows.at(k);
            }
            if (inkSum > bestInk) {
                bestInk = inkSum;
                bestTop = y;
                bestBottom = end;
            }
            y = end + 1;
        }
        int total = 0;
        for (int y = bestTop; y <= bestBottom; ++y)
            for (int x = 0; x < width; ++x)
                if (isDark(x, y)) {
                    ++cols[x];
                    ++total;
                }
        int top = bestTop, bottom = bestBottom, left = 0, right = width - 1;
        while (left < width && cols.at(left) < 2)
            ++left;
        while (right > left && cols.at(right) < 2)
            --right;
        if (bottom - top < 6 || left >= right || total < 80)
            return w;
        const QRect ink
            = QRect(QPoint(left, top), QPoint(right, bottom)).adjusted(-6, -6, 6, 6).intersected(c.rect());
        w.image = c.copy(ink);
        w.onPage = ink.translated(zone.topLeft());
        w.empty = false;
        return w;
    }

    // True when `text` holds a Chinese character (not only Chinese punctuation).
    bool hasHan(const QString& text)
    {
        return std::any_of(
            text.begin(), text.end(), [](QChar c) { return isCjk(c) && c.unicode() >= 0x3400; });
    }

    // A speck read at the end of a line: a word of marks only, or one or two unsure letters (not
    // Chinese, not the end of a bracket).
    bool isSpeck(const OcrWord& w)
    {
        if (hasHan(w.text) || w.text.contains(u')') || w.text.contains(u'）'))
            return false;
        const bool alnum
            = std::any_of(w.text.begin(), w.text.end(), [](QChar c) { return c.isLetterOrNumber(); });
        return !alnum || (w.confidence < 0.7 && w.text.size() <= 2);
    }

    // Which of two readings of one field to keep: the one passing the field's format, else the
    // one read more clearly (on a tie, `than`).
    bool isBetter(const Suggestion& next, const Suggestion& than)
    {
        return next.passes != than.passes ? next.passes : next.confidence > than.confidence;
    }

    // The value after a typed label on its line, up to the zone's stop, specks at its end left out.
    struct LabelValue
    {
        QString raw;
        QRect box;
        double confidence = 0;
        bool found = false; // false: nothing there, or the form says none
    };

    LabelValue valueAfter(const AnchorHit& own, const FormZoneRecord& z)
    {
        const bool zh = z.field.endsWith(QStringLiteral("_zh"));
        const QRegularExpression stop(z.stop, QRegularExpression::CaseInsensitiveOption);
        QStringList parts;
        LabelValue v;
        v.confidence = 1;
        if (!own.rest.isEmpty() && own.firstWordAfter > 0) {
            parts << own.rest;
            v.box = own.line->words.at(own.firstWordAfter - 1).box;
            v.confidence = own.line->words.at(own.firstWordAfter - 1).confidence;
        }
        QList<OcrWord> words;
        for (int i = own.firstWordAfter; i < own.line->words.size(); ++i) {
            const OcrWord& w = own.line->words.at(i);
            if (!z.stop.isEmpty() && stop.match(w.text).hasMatch())
                break;
            if (z.field.startsWith(QStringLiteral("pa_name")) && hasHan(w.text) != zh)
                continue;
            words << w;
        }
        // Specks left out still count against the confidence: what they hid may belong to the value.
        for (const OcrWord& w : words)
            v.confidence = std::min(v.confidence, w.confidence);
        while (!words.isEmpty() && isSpeck(words.last()))
            words.removeLast();
        for (const OcrWord& w : words) {
            parts << w.text;
            v.box = v.box.united(w.box);
        }
        if (parts.isEmpty())
            v.confidence = 0;
        v.raw = parts.join(u' ');
        static const QRegularExpression lead(QStringLiteral("^[\\s:：.\"“”']+"));
        v.raw.remove(lead);
        v.found = !(
            v.raw.isEmpty() || v.raw == u"-" || v.raw == u"—" || v.raw.contains(QStringLiteral("(none)")));
        return v;
    }

    // A typed label's line read alone: from where the label starts (`at`, where it was read or
    // should be) to the page's edge, a little over one typed line high, in Chinese first for a Chinese field.
    QList<Line> readLabelLine(OcrEngine& engine, const QImage& g, QPointF at, bool zh, const QString& field)
    {
        const double W = g.width();
        const QRect strip(QPoint(int(at.x() - 0.01 * W), int(at.y() - 0.008 * W)),
            QPoint(g.width() - 1, int(at.y() + 0.02 * W)));
        const Result<OcrEngine::Region> line
            = engine.readRegion(g, strip, zh ? QStringLiteral("chi_tra+eng") : OcrEngine::pageLanguages(),
                OcrEngine::Layout::Line, {}, OcrService::kDpi);
        if (const QString debug = qEnvironmentVariable("ORGDESK_OCR_DEBUG"); !debug.isEmpty())
            g.copy(strip).save(QStringLiteral("%1/%2-line.png").arg(debug, field));
        if (!line)
            return {};
        OcrPage read;
        read.words = line->words;
        return linesOf(read);
    }

    struct FieldSpec
    {
        QString languages;
        OcrEngine::Layout layout = OcrEngine::Layout::Line;
        QString whitelist;
        // An HKID keeps what else each character could be: its check character may decide them.
        OcrEngine::Alternatives alternatives = OcrEngine::Alternatives::Drop;
    };

    FieldSpec specFor(const QString& key)
    {
        const QString eng = QStringLiteral("eng");
        if (key.endsWith(QStringLiteral("_zh")))
            return { QStringLiteral("chi_tra"), OcrEngine::Layout::Line, {} };
        if (key == u"br")
            return { eng, OcrEngine::Layout::Line, QStringLiteral("0123456789-") };
        if (key == u"hkid")
            return { eng, OcrEngine::Layout::Line, QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789()"),
                OcrEngine::Alternatives::Keep };
        if (key == u"tel")
            return { eng, OcrEngine::Layout::Line, QStringLiteral("0123456789+ ") };
        if (key == u"cases")
            return { eng, OcrEngine::Layout::Line,
                QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/;, ") };
        if (key == u"date")
            return { eng, OcrEngine::Layout::Line, QStringLiteral("0123456789/") };
        if (key == u"email")
            return { eng, OcrEngine::Layout::Line,
                QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@.-_") };
        return { eng, OcrEngine::Layout::Line, {} };
    }

    // The words read in one zone's writing, with specks at the ends of the line (short, unsure
    // words) set aside: the text and the lowest confidence of its words; nothing when none are left.
    struct ZoneText
    {
        QString text;
        double confidence = 0;
        // What each character of the words could also be, best first, a {" "} between words (only
        // for a field whose spec keeps them).
        QList<QStringList> alternatives;
    };
    std::optional<ZoneText> readWriting(
        OcrEngine& engine, const QImage& image, const FieldSpec& spec, double dpi)
    {
        const Result<OcrEngine::Region> region = engine.readRegion(
            image, image.rect(), spec.languages, spec.layout, spec.whitelist, dpi, spec.alternatives);
        if (!region || region->text.trimmed().isEmpty())
            return std::nullopt;
        const QList<OcrWord>& words = region->words;
        qsizetype from = 0, to = words.size();
        while (to > from && isSpeck(words.at(to - 1)))
            --to;
        while (from < to && isSpeck(words.at(from)))
            ++from;
        if (from == to)
            return std::nullopt;
        ZoneText out { {}, 1, {} };
        const bool alternatives = region->alternatives.size() == words.size();
        for (qsizetype i = from; i < to; ++i) {
            const OcrWord& w = words.at(i);
            if (!out.text.isEmpty())
                out.text += u' ';
            out.text += w.text;
            out.confidence = std::min(out.confidence, w.confidence);
            if (alternatives) {
                if (i > from)
                    out.alternatives.append(QStringList { QStringLiteral(" ") });
                out.alternatives += region->alternatives.at(i);
            }
        }
        out.text = removeCjkSpaces(out.text);
        return out;
    }

    // Fields whose values have a format that decides whether a reading is right.
    bool hasFormat(const QString& key)
    {
        return key == u"br" || key == u"hkid" || key == u"tel" || key == u"cases" || key == u"date"
            || key == u"email";
    }

} // namespace

FormReader::FormReader(
    QList<FormZoneRecord> zones, QSet<QString> casePrefixes, QList<OrganizationTypeName> types, QDate today)
    : m_zones(std::move(zones))
    , m_casePrefixes(std::move(casePrefixes))
    , m_types(std::move(types))
    , m_today(today)
{
}

Result<FormReader> FormReader::fromStore(const QSqlDatabase& db, QDate today)
{
    const Result<QList<FormZoneRecord>> zones = OcrStore(db).zones();
    if (!zones)
        return zones.error();
    QSqlQuery q(db);
    QSet<QString> prefixes;
    if (Status s = execPrepared(q, QStringLiteral("SELECT prefix FROM case_prefixes")); !s)
        return s.error();
    while (q.next())
        prefixes.insert(q.value(0).toString());
    QList<OrganizationTypeName> types;
    if (Status s = execPrepared(
            q, QStringLiteral("SELECT code, name_en, name_zh FROM organization_types ORDER BY sort_order"));
        !s)
        return s.error();
    while (q.next())
        types.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return FormReader(*zones, prefixes, types, today);
}

Suggestion FormReader::secondLook(OcrEngine& engine, const QImage& writing, const Suggestion& first) const
{
    // Only a field with a format, read unsurely or failing it; one read as left empty ("none", a
    // dash) stays so.
    if (first.confident || first.value.isEmpty() || !hasFormat(first.key))
        return first;
    const QImage larger = writing.scaled(
        writing.width() * 3 / 2, writing.height() * 3 / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // Without the field's character list this time: Tesseract gives a word it had to bend to the
    // list no confidence at all, and the format step below judges the characters anyway.
    const QString& key = first.key;
    FieldSpec spec = specFor(key);
    spec.whitelist.clear();
    const std::optional<ZoneText> again = readWriting(engine, larger, spec, OcrService::kDpi * 3 / 2);
    if (const QString debug = qEnvironmentVariable("ORGDESK_OCR_DEBUG"); !debug.isEmpty()) {
        larger.save(QStringLiteral("%1/%2-second.png").arg(debug, key));
        qInfo("second look at %s: %s (%.2f)", qPrintable(key), again ? "read" : "nothing",
            again ? again->confidence : 0.0); // the value itself is never written out (an HKID)
    }
    if (!again)
        return first;
    const Suggestion second
        = decideByCheck(normalise(key, again->text, again->confidence), again->alternatives, &first);
    return isBetter(second, first) ? second : first;
}

FormReading FormReader::read(const ReadDocument& document, OcrEngine& engine) const
{
    FormReading reading;
    QList<QList<Line>> lines;
    for (const OcrPage& p : document.pages)
        lines.append(linesOf(p));

    // Which form version, and which page of the document is which page of it.
    QStringList versions;
    for (const FormZoneRecord& z : m_zones)
        if (!versions.contains(z.formVersion))
            versions << z.formVersion;
    QString bestVersion;
    std::map<int, int> bestPages; // reference page -> document page index
    int bestScore = 0;
    for (const QString& version : versions) {
        std::map<int, QSet<QString>> anchors;
        for (const FormZoneRecord& z : m_zones)
            if (z.formVersion == version)
                anchors[z.page].insert(z.anchor);
        std::map<int, int> pages;
        int score = 0;
        QSet<int> used;
        for (const auto& [ref, patterns] : anchors) {
            int bestP = -1, bestCount = 1;
            for (int p = 0; p < lines.size(); ++p) {
                if (used.contains(p))
                    continue;
                int count = 0;
                for (const QString& a : patterns)
                    count += findAnchor(lines.at(p), a).isEmpty() ? 0 : 1;
                if (count > bestCount) {
                    bestCount = count;
                    bestP = p;
                }
            }
            if (bestP >= 0) {
                pages[ref] = bestP;
                used.insert(bestP);
                score += bestCount;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            bestVersion = version;
            bestPages = pages;
        }
    }
    if (bestVersion.isEmpty())
        return reading;
    reading.formVersion = bestVersion;

    std::map<QString, QList<Suggestion>> found;
    std::map<QString, QList<std::pair<double, Suggestion>>> ticks; // org_type by ink
    for (const auto& [ref, p] : bestPages) {
        const QImage& image = document.images.at(p);
        if (image.isNull())
            continue;
        const QImage g = image.format() == QImage::Format_Grayscale8
            ? image
            : image.convertToFormat(QImage::Format_Grayscale8);
        const double W = g.width();
        QList<const FormZoneRecord*> rows;
        for (const FormZoneRecord& z : m_zones)
            if (z.formVersion == bestVersion && z.page == ref)
                rows << &z;
        // Where the page lies against the reference: a scan or a fax of another width holds the
        // form a little larger or smaller and shifted. The anchors found give the scale (from how
        // far apart they lie, top to bottom) and the shift (their median), outliers set aside.
        auto expected = [&](const FormZoneRecord* z) { return QPointF(z->anchorX * W, z->anchorY * W); };
        QList<std::pair<QPointF, QPointF>> pairs; // expected, found
        QSet<QString> seen;
        for (const FormZoneRecord* z : rows) {
            if (seen.contains(z->anchor))
                continue;
            seen.insert(z->anchor);
            const QList<AnchorHit> hits = findAnchor(lines.at(p), z->anchor);
            if (hits.isEmpty())
                continue;
            const AnchorHit* nearest = &hits.first();
            for (const AnchorHit& h : hits)
                if (QLineF(h.at, expected(z)).length() < QLineF(nearest->at, expected(z)).length())
                    nearest = &h;
            pairs.append({ expected(z), nearest->at });
        }
        double scale = 1, dx = 0, dy = 0;
        auto fit = [&](const QList<std::pair<QPointF, QPointF>>& use) {
            QList<double> dxs, dys;
            double minY = 1e9, maxY = -1e9;
            for (const auto& [e, f] : use) {
                minY = std::min(minY, e.y());
                maxY = std::max(maxY, e.y());
            }
            scale = 1;
            if (use.size() >= 3 && maxY - minY > 0.25 * W) {
                // Least squares of found y against expected y.
                double n = use.size(), sx = 0, sy = 0, sxx = 0, sxy = 0;
                for (const auto& [e, f] : use) {
                    sx += e.y();
                    sy += f.y();
                    sxx += e.y() * e.y();
                    sxy += e.y() * f.y();
                }
                const double den = n * sxx - sx * sx;
                if (den > 0)
                    scale = std::clamp((n * sxy - sx * sy) / den, 0.9, 1.1);
            }
            for (const auto& [e, f] : use) {
                dxs << f.x() - scale * e.x();
                dys << f.y() - scale * e.y();
            }
            dx = median(dxs);
            dy = median(dys);
        };
        fit(pairs);
        QList<std::pair<QPointF, QPointF>> kept;
        for (const auto& pr : pairs)
            if (QLineF(pr.first * scale + QPointF(dx, dy), pr.second).length() < 0.03 * W)
                kept.append(pr);
        if (kept.size() >= 2 && kept.size() < pairs.size())
            fit(kept);
        for (const FormZoneRecord* z : rows) {
            if (z->field.isEmpty() || z->method == u"anchor")
                continue;
            // The field's own label, where it was read near where the page says it should be.
            const QPointF want = expected(z) * scale + QPointF(dx, dy);
            if (qEnvironmentVariableIsSet("ORGDESK_OCR_DEBUG"))
                qInfo("page %d scale %.3f dx %.0f dy %.0f anchors %d/%d field %s", p + 1, scale, dx, dy,
                    int(kept.size()), int(pairs.size()), qPrintable(z->field));
            const AnchorHit* own = nullptr;
            const QList<AnchorHit> hits = findAnchor(lines.at(p), z->anchor);
            QList<Line> alone; // the label's line read alone, when the whole page did not show it
            QList<AnchorHit> aloneHits;
            // A label in the middle of a typed line moves along it with what precedes it.
            const double along = z->method == u"after_label" ? 0.25 : 0.04;
            for (const AnchorHit& h : hits)
                if (std::abs(h.at.x() - want.x()) < along * W && std::abs(h.at.y() - want.y()) < 0.04 * W
                    && (!own || QLineF(h.at, want).length() < QLineF(own->at, want).length()))
                    own = &h;
            // A label read a little off its line (merged with the writing beside it) moves the zone
            // only so far.
            double oy = dy;
            if (own && std::abs(own->at.y() - want.y()) < 0.012 * W)
                oy = own->at.y() - scale * expected(z).y();
            if (z->method == u"after_label") {
                const bool zh = z->field.endsWith(QStringLiteral("_zh"));
                if (!own) {
                    // The whole page's layout may have split the label's line in two (a value set
                    // far to the right of its label): that line read alone.
                    alone = readLabelLine(engine, g, want, zh, z->field);
                    aloneHits = findAnchor(alone, z->anchor);
                    if (aloneHits.isEmpty())
                        continue;
                    own = &aloneHits.first();
                }
                LabelValue value = valueAfter(*own, *z);
                if (!value.found)
                    continue;
                Suggestion s = normalise(z->field, value.raw, value.confidence);
                if (!value.box.isEmpty()) // a second look, if needed, at the words' own place alone
                    s = secondLook(engine, g.copy(value.box.adjusted(-8, -6, 8, 6).intersected(g.rect())), s);
                // A field without a format read unsurely in the whole page: its line read alone
                // too, and the better reading kept (one that passes, else the clearer).
                if (!s.confident && !hasFormat(z->field) && aloneHits.isEmpty()) {
                    alone = readLabelLine(engine, g, own->at, zh, z->field);
                    aloneHits = findAnchor(alone, z->anchor);
                    const LabelValue again
                        = aloneHits.isEmpty() ? LabelValue {} : valueAfter(aloneHits.first(), *z);
                    if (again.found) {
                        if (const Suggestion t = normalise(z->field, again.raw, again.confidence);
                            isBetter(t, s)) {
                            s = t;
                            value = again;
                        }
                    }
                }
                s.page = p + 1;
                s.box = value.box;
                found[z->field].append(s);
                continue;
            }
            if (!z->x0 || !z->y0 || !z->x1 || !z->y1)
                continue;
            const QRect zone(QPoint(int(scale * *z->x0 * W + dx), int(scale * *z->y0 * W + oy)),
                QPoint(int(scale * *z->x1 * W + dx), int(scale * *z->y1 * W + oy)));
            if (z->method == u"tick") {
                Suggestion s;
                s.key = z->field;
                s.value = z->value;
                s.page = p + 1;
                s.box = zone.intersected(g.rect());
                ticks[z->field].append({ ink(g, zone), s });
                continue;
            }
            const Writing writing = writingIn(g, zone);
            if (const QString debug = qEnvironmentVariable("ORGDESK_OCR_DEBUG"); !debug.isEmpty()) {
                g.copy(zone).save(QStringLiteral("%1/%2-zone.png").arg(debug, z->field));
                writing.image.save(QStringLiteral("%1/%2-inside.png").arg(debug, z->field));
            }
            // An empty box gives no suggestion.
            if (writing.empty)
                continue;
            const FieldSpec spec = specFor(z->field);
            const std::optional<ZoneText> first = readWriting(engine, writing.image, spec, OcrService::kDpi);
            if (!first)
                continue;
            Suggestion s
                = decideByCheck(normalise(z->field, first->text, first->confidence), first->alternatives);
            s = secondLook(engine, writing.image, s);
            s.page = p + 1;
            s.box = writing.onPage;
            found[z->field].append(s);
        }
    }
    // Tick boxes: the one with clearly the most ink.
    for (auto& [key, list] : ticks) {
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        if (list.size() < 2)
            continue;
        // Against the ink of an empty box (the median: most boxes are empty), the ticked one
        // stands out; two ticked boxes, or none, leave nothing confident (none: no suggestion).
        const double empty = list.at(list.size() / 2).first;
        const double top = list.first().first, second = list.at(1).first;
        if (top - empty < 0.03)
            continue;
        Suggestion s = list.first().second;
        s.read = s.value;
        s.confidence = std::clamp((top - second) / (top - empty), 0.0, 1.0);
        s.confident = s.confidence >= kConfidentAt;
        found[key].append(s);
    }
    for (const QString& key : suggestionKeys()) {
        const auto it = found.find(key);
        if (it == found.end() || it->second.isEmpty())
            continue;
        const Suggestion* best = &it->second.first();
        for (const Suggestion& s : it->second)
            if (s.confident > best->confident
                || (s.confident == best->confident && s.confidence > best->confidence))
                best = &s;
        if (!best->value.isEmpty())
            reading.fields.append(*best);
    }
    return reading;
}

} // namespace orgdesk::ocr
