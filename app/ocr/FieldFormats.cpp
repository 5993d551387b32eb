// SPDX-License-Identifier: GPL-3.0-or-later
// The format step of the form's suggestions: a field's raw reading brought into the form OrgDesk
// stores it in, through the same validators as typed values, and an HKID settled by its check.
#include "FormReader.h"
#include "validation/BrNumber.h"
#include "validation/CaseNumber.h"
#include "validation/Email.h"
#include "validation/Hkid.h"
#include "validation/Phone.h"
#include "validation/Text.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace orgdesk::ocr {

namespace {

    // Letters and digits a reader confuses; resolved only where the format says which it must be.
    QChar asDigit(QChar c)
    {
        switch (c.toUpper().unicode()) {
        case u'O':
        case u'Q':
        case u'D':
            return u'0';
        case u'I':
        case u'L':
        case u'|':
        case u'T':
            return u'1';
        case u'Z':
            return u'2';
        case u'S':
            return u'5';
        case u'G':
            return u'6';
        case u'B':
            return u'8';
        case u'A':
            return u'4';
        default:
            return c;
        }
    }

    QChar asLetter(QChar c)
    {
        switch (c.unicode()) {
        case u'0':
            return u'O';
        case u'1':
            return u'I';
        case u'2':
            return u'Z';
        case u'4':
            return u'A';
        case u'5':
            return u'S';
        case u'6':
            return u'G';
        case u'8':
            return u'B';
        case u'$':
        case u'§':
            return u'S';
        case u'¥':
            return u'Y';
        default:
            return c.toUpper();
        }
    }

    // The "&" of a firm's name ("Chan & Lee") is often read as a fragment of one or two small
    // letters ("e", "cy"). Such a fragment standing between two capitalised words, where an English
    // name has none but a connecting word, is put back as "&". True when one was.
    bool ampersandRestored(QString& name)
    {
        static const QSet<QString> connecting { QStringLiteral("of"), QStringLiteral("de"),
            QStringLiteral("da"), QStringLiteral("di"), QStringLiteral("do"), QStringLiteral("du"),
            QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("el"), QStringLiteral("al"),
            QStringLiteral("en"), QStringLiteral("et"), QStringLiteral("in"), QStringLiteral("on"),
            QStringLiteral("at"), QStringLiteral("to"), QStringLiteral("by"), QStringLiteral("y") };
        static const QRegularExpression fragment(QStringLiteral("^\\p{Ll}{1,2}$"));
        QStringList words = name.split(u' ');
        bool restored = false;
        for (qsizetype i = 1; i + 1 < words.size(); ++i) {
            const QString& w = words.at(i);
            const QString &before = words.at(i - 1), &after = words.at(i + 1);
            if (fragment.match(w).hasMatch() && !connecting.contains(w) && !before.isEmpty()
                && before.front().isUpper() && !after.isEmpty() && after.front().isUpper()) {
                words[i] = QStringLiteral("&");
                restored = true;
            }
        }
        if (restored)
            name = words.join(u' ');
        return restored;
    }

    // An HKID's check character as read: a digit, or A (10).
    QChar asCheckCharacter(QChar c)
    {
        return c.toUpper() == u'A' ? u'A' : asDigit(c);
    }

    // An HKID as read, spaces taken out: its body (one or two letters, six digits, as far as a
    // reader's confusions go) and the check character in brackets.
    const QRegularExpression& hkidShape()
    {
        static const QRegularExpression shape(QStringLiteral("([A-Z0-9]{7,8})\\(?([0-9A-Z])\\)"));
        return shape;
    }

    // Chinese text: full-width brackets and commas as Chinese is written, no spaces.
    QString chineseText(QString s)
    {
        s = removeCjkSpaces(s.simplified());
        s.replace(u'(', u'（').replace(u')', u'）').replace(u',', u'，');
        s.replace(u'〈', u'（').replace(u'〉', u'）').replace(u'《', u'（').replace(u'》', u'）');
        s.remove(u' ');
        // What follows the closing bracket of a name is not part of it.
        static const QRegularExpression tail(
            QStringLiteral("[^\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}）0-9A-Za-z]+$"));
        s.remove(tail);
        return s;
    }

} // namespace

Suggestion FormReader::normalise(const QString& key, const QString& raw, double confidence) const
{
    Suggestion s;
    s.key = key;
    s.read = raw;
    s.confidence = confidence;
    const QString folded = validation::foldWidth(raw.normalized(QString::NormalizationForm_KC)).simplified();
    bool valid = false;
    // A number field with hardly anything in it (a dash, a stray mark) was left empty.
    if (key == u"br" || key == u"hkid" || key == u"tel" || key == u"cases" || key == u"date") {
        int alnum = 0;
        for (QChar c : folded)
            alnum += c.isLetterOrNumber() ? 1 : 0;
        if (alnum < 4)
            return s;
    }
    if (key == u"br") {
        QString digits;
        for (QChar c : folded)
            if (c.isLetterOrNumber())
                digits += asDigit(c);
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.size() >= 11) {
            const auto br = validation::parseBrNumber(digits.left(8) + u'-' + digits.mid(8, 3));
            if (br) {
                s.value = br->display();
                valid = true;
            }
        } else if (digits.size() == 8) {
            const auto br = validation::parseBrNumber(digits);
            if (br) {
                s.value = br->display();
                valid = true;
            }
        }
        if (!valid)
            s.value = digits;
    } else if (key == u"hkid") {
        // One or two letters, six digits, a check character in brackets.
        QString t = folded.toUpper();
        t.remove(u' ');
        QRegularExpressionMatch m = hkidShape().match(t);
        if (m.hasMatch()) {
            QString body = m.captured(1);
            const int letters = body.size() - 6;
            for (int i = 0; i < body.size(); ++i)
                body[i] = i < letters ? asLetter(body.at(i)) : asDigit(body.at(i));
            const QString candidate = body + u'(' + asCheckCharacter(m.captured(2).at(0)) + u')';
            const auto canonical = validation::canonicalHkid(candidate);
            if (canonical) {
                s.value = *canonical;
                valid = true;
            } else {
                s.value = candidate;
                s.problem = canonical.error().message;
            }
        } else {
            s.value = t;
        }
    } else if (key == u"tel") {
        QString t;
        for (QChar c : folded)
            t += (c == u'+' || c == u' ') ? c : asDigit(c);
        // Marks read beside the number (a quote, a full stop) are not part of it.
        while (!t.isEmpty() && !t.back().isDigit())
            t.chop(1);
        while (!t.isEmpty() && !t.front().isDigit() && t.front() != u'+')
            t.remove(0, 1);
        const auto phone = validation::parsePhone(t);
        if (phone) {
            s.value = phone->canonical;
            valid = true;
        } else {
            s.value = t.simplified();
            s.problem = phone.error().message;
        }
    } else if (key == u"cases") {
        // "None", "N/A" or 不適用 written in the box: the form gives no case number.
        QString words = folded.toCaseFolded();
        static const QRegularExpression notWords(QStringLiteral("[^\\p{L}]+"));
        words.remove(notWords);
        static const QStringList saysNone { QStringLiteral("none"), QStringLiteral("nil"),
            QStringLiteral("na"), QStringLiteral("notapplicable"), QStringLiteral("nocase"),
            QStringLiteral("無"), QStringLiteral("沒有"), QStringLiteral("不適用") };
        if (saysNone.contains(words))
            return s;
        QStringList out;
        valid = true;
        static const QRegularExpression split(QStringLiteral("[;,]"));
        for (QString part : folded.toUpper().split(split, Qt::SkipEmptyParts)) {
            part = part.simplified();
            static const QRegularExpression shape(
                QStringLiteral("^(\\S{2,6}?)\\s*([0-9A-Z]{1,6})\\s*/\\s*([0-9A-Z]{4})$"));
            QRegularExpressionMatch m = shape.match(part);
            if (!m.hasMatch()) {
                // Without the space the reader may have dropped: letters first, then the number.
                static const QRegularExpression glued(
                    QStringLiteral("^([A-Z(]{2,5})([0-9A-Z]{1,6})\\s*/\\s*([0-9A-Z]{4})$"));
                m = glued.match(part.remove(u' '));
            }
            if (!m.hasMatch()) {
                valid = false;
                out << part;
                continue;
            }
            QString prefix = m.captured(1);
            QString number, year;
            for (QChar c : m.captured(2))
                number += asDigit(c);
            for (QChar c : m.captured(3))
                year += asDigit(c);
            if (!m_casePrefixes.contains(prefix)) {
                // The known prefixes decide a confusion: each unsure character may be a letter it
                // resembles; exactly one known prefix must come out.
                QStringList options { QString() };
                for (QChar c : prefix) {
                    QStringList choices { QString(asLetter(c)) };
                    if (c == u'(' || c == u'C' || c == u'G')
                        choices = { QStringLiteral("C"), QStringLiteral("G") };
                    else if (c == u'I' || c == u'J' || c == u'L' || c == u'1' || c == u'T')
                        choices = { QStringLiteral("I"), QStringLiteral("J"), QStringLiteral("L"),
                            QStringLiteral("T") };
                    else if (c == u'O' || c == u'0' || c == u'D' || c == u'Q')
                        choices = { QStringLiteral("O"), QStringLiteral("D"), QStringLiteral("Q") };
                    QStringList next;
                    for (const QString& o : options)
                        for (const QString& ch : choices)
                            next << o + ch;
                    options = next;
                }
                QStringList known;
                for (const QString& o : options)
                    if (m_casePrefixes.contains(o))
                        known << o;
                if (known.size() == 1)
                    prefix = known.first();
            }
            const auto c
                = validation::parseCaseNumber(prefix + u' ' + number + u'/' + year, m_casePrefixes, m_today);
            if (c && !c->unknownPrefix) {
                out << c->canonical;
            } else {
                valid = false;
                out << prefix + u' ' + number + u'/' + year;
            }
        }
        s.value = out.join(QStringLiteral("; "));
        valid = valid && !out.isEmpty();
    } else if (key == u"date") {
        QString t;
        for (QChar c : folded)
            t += c == u'/' ? c : asDigit(c);
        t.remove(u' ');
        const QDate d = QDate::fromString(t, QStringLiteral("d/M/yyyy"));
        if (d.isValid() && (!m_today.isValid() || d <= m_today.addDays(1)) && d.year() >= 2000) {
            s.value = d.toString(Qt::ISODate);
            valid = true;
        } else {
            s.value = t;
        }
    } else if (key == u"email") {
        QString t = folded;
        t.remove(u' ');
        const auto e = validation::canonicalEmail(t);
        if (e) {
            s.value = *e;
            valid = true;
        } else {
            s.value = t.toLower();
            s.problem = e.error().message;
        }
    } else if (key == u"org_type") {
        // A type written in words: the organization type whose English name shares most words.
        auto wordsOf = [](const QString& text) {
            QSet<QString> w;
            for (const QString& part :
                text.toCaseFolded().split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts))
                w.insert(part);
            return w;
        };
        const QSet<QString> have = wordsOf(folded);
        double best = 0;
        for (const OrganizationTypeName& t : m_types) {
            const QSet<QString> name = wordsOf(t.nameEn);
            const double shared = double(QSet<QString>(name).intersect(have).size());
            const double score = shared / double((name + have).size());
            if (score > best) {
                best = score;
                s.value = t.code;
            }
        }
        valid = best >= 0.25;
    } else if (key.endsWith(QStringLiteral("_zh"))) {
        s.value = chineseText(raw);
        // Chinese fields hold Chinese: a line read as Latin letters is not the field.
        int cjk = 0;
        for (QChar c : s.value)
            cjk += isCjk(c) ? 1 : 0;
        valid = cjk >= 2 && cjk * 2 >= s.value.size();
    } else {
        s.value = validation::normalizeName(folded);
        // Marks at either end (a stray underscore or full stop) are not part of a name.
        static const QRegularExpression edges(QStringLiteral("^[^\\p{L}\\p{N}(]+|[^\\p{L}\\p{N})]+$"));
        s.value.remove(edges);
        valid = s.value.size() >= 2;
        if (key == u"name_en" && ampersandRestored(s.value))
            s.confidence = std::min(s.confidence, 0.5); // offered to be checked
    }
    if (!valid)
        s.confidence = std::min(s.confidence, 0.5);
    // An HKID's check character verifies the whole number: one that passes is trusted from a
    // lower reading confidence (a misread passes it only by chance, about one time in eleven,
    // and the reading must still be fair).
    const double needed = key == u"hkid" ? kConfidentAt - 0.15 : kConfidentAt;
    s.passes = valid;
    s.confident = valid && s.confidence >= needed;
    return s;
}

Suggestion FormReader::decideByCheck(
    const Suggestion& reading, const QList<QStringList>& symbols, const Suggestion* otherLook) const
{
    if (reading.key != u"hkid" || reading.passes)
        return reading;
    // The characters as read, one symbol each (spaces between words left out).
    QList<QStringList> read;
    QString top;
    for (const QStringList& choices : symbols) {
        if (choices.isEmpty() || choices.first().size() != 1)
            return reading;
        if (choices.first() == u" ")
            continue;
        read.append(choices);
        top += choices.first().toUpper();
    }
    QRegularExpressionMatch m = hkidShape().match(top);
    if (!m.hasMatch() && otherLook) {
        // This look ran the bracketed check character into its bracket ("9271828(}"). Another look
        // at the same box read it: taken from there when the two agree on the six digits.
        static const QRegularExpression bodyThenBracket(QStringLiteral("^([A-Z0-9]{7,8})\\("));
        const QRegularExpressionMatch body = bodyThenBracket.match(top);
        const QRegularExpressionMatch other = hkidShape().match(otherLook->value);
        auto digits = [](QStringView b) {
            QString d;
            for (QChar c : b.right(6))
                d += asDigit(c);
            return d;
        };
        if (body.hasMatch() && other.hasMatch()
            && digits(body.capturedView(1)) == digits(other.capturedView(1))) {
            const QString check = other.captured(2);
            read = read.mid(0, body.capturedLength(1) + 1);
            read << QStringList { check } << QStringList { QStringLiteral(")") };
            top = body.captured(0) + check + u')';
            m = hkidShape().match(top);
        }
    }
    if (!m.hasMatch())
        return reading;
    // The doubtful characters: a letter where a digit must be, or a letter's place holding none.
    const qsizetype bodyStart = m.capturedStart(1), bodyLength = m.capturedLength(1);
    const qsizetype letters = bodyLength - 6;
    QList<qsizetype> doubtful;
    for (qsizetype i = 0; i < bodyLength; ++i) {
        const QChar c = top.at(bodyStart + i);
        if (i < letters ? !c.isLetter() : !c.isDigit())
            doubtful.append(bodyStart + i);
    }
    const qsizetype checkAt = m.capturedStart(2);
    if (!top.at(checkAt).isDigit() && top.at(checkAt) != u'A')
        doubtful.append(checkAt);
    // An alternative in the form its place takes (a letter, a digit, the check character).
    auto asPlaced = [&](qsizetype at, QChar c) {
        return at == checkAt ? asCheckCharacter(c) : at < bodyStart + letters ? asLetter(c) : asDigit(c);
    };
    if (doubtful.isEmpty() || doubtful.size() > 3)
        return reading;
    // Every combination of their alternatives; kept only when exactly one number passes.
    QSet<QString> passing;
    Suggestion found;
    QList<qsizetype> pick(doubtful.size(), 0);
    while (true) {
        QString variant = top;
        for (qsizetype d = 0; d < doubtful.size(); ++d)
            variant[doubtful.at(d)] = asPlaced(doubtful.at(d), read.at(doubtful.at(d)).at(pick.at(d)).at(0));
        const Suggestion s = normalise(reading.key, variant, reading.confidence);
        if (s.passes && !passing.contains(s.value)) {
            passing.insert(s.value);
            found = s;
        }
        qsizetype d = 0;
        while (d < doubtful.size() && ++pick[d] == read.at(doubtful.at(d)).size())
            pick[d++] = 0;
        if (d == doubtful.size())
            break;
    }
    if (passing.size() != 1)
        return reading;
    // The check character chose among the reader's own alternatives: offered to be checked.
    found.read = reading.read;
    found.confidence = std::min(reading.confidence, 0.5);
    found.confident = false;
    return found;
}

} // namespace orgdesk::ocr
