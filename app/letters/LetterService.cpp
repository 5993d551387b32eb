// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterService.h"

#include "ApplicationStore.h"
#include "AttachmentStore.h"
#include "Clock.h"
#include "EventLog.h"
#include "Permissions.h"
#include "Settings.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/WorkflowService.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

#include <poppler-qt6.h>

#include <memory>

namespace orgdesk {

namespace {

QString longDate(QDate d, const QString& lang)
{
    if (!d.isValid())
        return {};
    if (lang == u"zh")
        return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("d MMMM yyyy"));
}

QString either(const QString& preferred, const QString& fallback)
{
    return preferred.trimmed().isEmpty() ? fallback.trimmed() : preferred.trimmed();
}

QString escapeLines(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString numberedList(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ol style=\"margin-top:0; margin-bottom:0\">");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(escapeLines(item));
    return html + QStringLiteral("</ol>");
}

struct Merge
{
    QHash<QString, QString> text;      // escaped as text
    QHash<QString, QStringList> lists; // become numbered lists when alone in a paragraph
};

} // namespace

QStringList LetterService::kinds()
{
    return { QStringLiteral("acknowledgement"), QStringLiteral("requisition"), QStringLiteral("approval"),
             QStringLiteral("rejection") };
}

QStringList LetterService::languages()
{
    return { QStringLiteral("en"), QStringLiteral("zh") };
}

QStringList LetterService::mergeFields()
{
    return { QStringLiteral("reference"),     QStringLiteral("organization"), QStringLiteral("pa_name"),
             QStringLiteral("received_date"), QStringLiteral("decision_date"), QStringLiteral("date"),
             QStringLiteral("reasons"),       QStringLiteral("missing_items"), QStringLiteral("note"),
             QStringLiteral("office"),        QStringLiteral("address"),       QStringLiteral("fax"),
             QStringLiteral("telephone"),     QStringLiteral("email"),         QStringLiteral("eligibility_policy"),
             QStringLiteral("eligibility_outcome") };
}

QString LetterService::kindLabel(const QString& kind)
{
    if (kind == u"acknowledgement")
        return tr("Acknowledgement");
    if (kind == u"requisition")
        return tr("Requisition");
    if (kind == u"approval")
        return tr("Approval");
    if (kind == u"rejection")
        return tr("Rejection");
    return kind;
}

Result<LetterTemplate> LetterService::letterTemplate(const QString& kind, const QString& lang) const
{
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q, QStringLiteral("SELECT subject, body FROM letter_templates WHERE kind = ? AND lang = ?"),
                                { kind, lang });
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no %1 letter template in that language.").arg(kind));
    return LetterTemplate { kind, lang, q.value(0).toString(), q.value(1).toString() };
}

Status LetterService::setTemplate(const LetterTemplate& t, const Actor& actor)
{
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    const QDateTime now = Clock::current().nowUtc();
    // The account as stored now: an administrator deactivated or demoted meanwhile may not.
    const Result<QString> why = refusalReason(m_db, actor, { QStringLiteral("admin") });
    if (!why)
        return why.error();
    if (!why->isEmpty())
        return recordRefusal(m_db, tx, actor, QStringLiteral("letter_template"), QStringLiteral("letter_template.change"),
                             refusalMessage(*why, tr("Only an administrator can change letter templates.")), std::nullopt,
                             QJsonObject { { QStringLiteral("kind"), t.kind },
                                           { QStringLiteral("lang"), t.lang },
                                           { QStringLiteral("reason"), *why } });
    if (!kinds().contains(t.kind) || !languages().contains(t.lang))
        return makeError(ErrorCode::InvalidInput, tr("Unknown letter type or language."));
    if (t.subject.trimmed().isEmpty() || t.body.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("A letter needs a subject and a body."));
    static const QRegularExpression field(QStringLiteral("\\{\\{([^}]*)\\}\\}"));
    for (const QString& text : { t.subject, t.body }) {
        for (auto it = field.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1).trimmed();
            if (!mergeFields().contains(name))
                return makeError(ErrorCode::InvalidInput,
                                 tr("{{%1}} is not a merge field. Use one of: %2.")
                                     .arg(name, mergeFields().join(QStringLiteral(", "))));
        }
    }
    QSqlQuery q(m_db);
    if (Status s = execPrepared(q,
                                QStringLiteral("UPDATE letter_templates SET subject = ?, body = ?, updated_at = ?, "
                                               "updated_by = ? WHERE kind = ? AND lang = ?"),
                                { t.subject.trimmed(), t.body, isoUtc(now),
                                  actor.userId > 0 ? QVariant(actor.userId) : QVariant(QMetaType(QMetaType::LongLong)),
                                  t.kind, t.lang });
        !s)
        return s;
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, now, actorId(actor), QStringLiteral("letter_template.changed"), QStringLiteral("letter_template"),
                      std::nullopt, QJsonObject { { QStringLiteral("kind"), t.kind }, { QStringLiteral("lang"), t.lang } } });
    if (!ev)
        return ev.error();
    return tx.commit();
}

Result<QString> LetterService::html(qint64 applicationId, const QString& kind, const QString& lang) const
{
    if (!kinds().contains(kind))
        return makeError(ErrorCode::InvalidInput, tr("The letter type is one of: %1.").arg(kinds().join(QStringLiteral(", "))));
    if (!languages().contains(lang))
        return makeError(ErrorCode::InvalidInput, tr("The language is en (English) or zh (Traditional Chinese)."));
    const Result<LetterTemplate> tmpl = letterTemplate(kind, lang);
    if (!tmpl)
        return tmpl.error();
    const Result<ApplicationRecord> app = ApplicationStore(m_db).get(applicationId);
    if (!app)
        return app.error();
    const bool zh = lang == u"zh";
    WorkflowService wf(m_db);
    const Result<QList<TransitionRecord>> history = wf.history(applicationId);
    if (!history)
        return history.error();

    // Reason wording in the letter's language, for every code ever used.
    QHash<QString, QString> wording;
    {
        QSqlQuery q(m_db);
        if (Status s = execPrepared(q, QStringLiteral("SELECT code, text_en, text_zh FROM reason_codes")); !s)
            return s.error();
        while (q.next())
            wording.insert(q.value(0).toString(), zh ? either(q.value(2).toString(), q.value(1).toString())
                                                     : q.value(1).toString());
    }
    auto reasonsFor = [&](const QStringList& codes) {
        QStringList out;
        for (const QString& c : codes)
            out << wording.value(c, c);
        return out;
    };
    auto lastMoveTo = [&](const QString& status) -> const TransitionRecord* {
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            if (it->to == status)
                return &*it;
        }
        return nullptr;
    };

    const Settings::Letterhead head = Settings(m_db).letterhead();
    Merge m;
    m.text[QStringLiteral("reference")] = app->reference;
    m.text[QStringLiteral("organization")] = zh ? either(app->orgNameZh, app->orgNameEn) : either(app->orgNameEn, app->orgNameZh);
    m.text[QStringLiteral("pa_name")] = zh ? either(either(app->paNameZh, app->paNameEn), QStringLiteral("先生／女士"))
                                           : either(either(app->paNameEn, app->paNameZh), QStringLiteral("Sir or Madam"));
    m.text[QStringLiteral("received_date")] = longDate(BusinessCalendar::deskDate(app->receivedAt), lang);
    m.text[QStringLiteral("date")] = longDate(BusinessCalendar::deskDate(Clock::current().nowUtc()), lang);
    m.text[QStringLiteral("office")] = zh ? head.officeZh : head.officeEn;
    m.text[QStringLiteral("address")] = zh ? head.addressZh : head.addressEn;
    m.text[QStringLiteral("fax")] = head.fax;
    m.text[QStringLiteral("telephone")] = head.telephone;
    m.text[QStringLiteral("email")] = head.email;

    // The eligibility the decision (for a decision letter) or else the latest recommendation or
    // referral was made under, in the letter's language.
    {
        const TransitionRecord* judged = nullptr;
        const QString decided = kind == u"approval" ? QStringLiteral("approved")
                                : kind == u"rejection" ? QStringLiteral("rejected") : QString();
        for (auto it = history->crbegin(); it != history->crend() && !judged; ++it) {
            if (!it->eligibilityOutcome.isEmpty() && (decided.isEmpty() || it->to == decided))
                judged = &*it;
        }
        if (judged) {
            QSqlQuery p(m_db);
            if (Status s = execPrepared(p, QStringLiteral("SELECT name_en, name_zh FROM eligibility_policies WHERE code = ?"),
                                        { judged->eligibilityPolicy });
                !s)
                return s.error();
            if (p.next())
                m.text[QStringLiteral("eligibility_policy")] = zh ? either(p.value(1).toString(), p.value(0).toString())
                                                                   : p.value(0).toString();
            static const QHash<QString, std::pair<const char16_t*, const char16_t*>> outcomes {
                { QStringLiteral("eligible"), { u"eligible without a case number", u"毋須案件編號即符合資格" } },
                { QStringLiteral("eligible_with_case_number"), { u"eligible with a case number", u"憑案件編號符合資格" } },
                { QStringLiteral("needs_case_number"), { u"eligible only with a case number", u"須提供案件編號方符合資格" } },
                { QStringLiteral("case_by_case"), { u"considered case by case", u"按個別情況考慮" } },
                { QStringLiteral("undetermined"), { u"not determined", u"尚未確定" } },
            };
            const auto words = outcomes.value(judged->eligibilityOutcome, { u"", u"" });
            m.text[QStringLiteral("eligibility_outcome")] = QString::fromUtf16(zh ? words.second : words.first);
        }
    }

    if (kind == u"requisition") {
        const Result<QList<Requisition>> reqs = wf.requisitions(applicationId);
        if (!reqs)
            return reqs.error();
        if (reqs->isEmpty())
            return makeError(ErrorCode::IllegalState, tr("No requisition has been raised for this application."));
        const Requisition& r = reqs->last();
        m.lists[QStringLiteral("reasons")] = reasonsFor(r.reasonCodes);
        m.lists[QStringLiteral("missing_items")] = r.missingItems;
        m.text[QStringLiteral("note")] = r.note;
    } else if (kind == u"approval" || kind == u"rejection") {
        const TransitionRecord* decision = lastMoveTo(kind == u"approval" ? QStringLiteral("approved")
                                                                          : QStringLiteral("rejected"));
        if (!decision)
            return makeError(ErrorCode::IllegalState, kind == u"approval"
                                                          ? tr("This application has not been approved.")
                                                          : tr("This application has not been rejected."));
        m.text[QStringLiteral("decision_date")] = longDate(BusinessCalendar::deskDate(decision->at), lang);
        m.lists[QStringLiteral("reasons")] = reasonsFor(decision->reasonCodes);
    }

    // Merge: a list field alone in a paragraph becomes a numbered list; a paragraph left empty goes.
    static const QRegularExpression field(QStringLiteral("\\{\\{\\s*([a-z_]+)\\s*\\}\\}"));
    auto mergeText = [&](const QString& text) {
        QString out;
        qsizetype last = 0;
        for (auto it = field.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            out += escapeLines(text.mid(last, match.capturedStart() - last));
            const QString name = match.captured(1);
            out += m.lists.contains(name) ? escapeLines(m.lists.value(name).join(QStringLiteral("; ")))
                                          : escapeLines(m.text.value(name));
            last = match.capturedEnd();
        }
        return out + escapeLines(text.mid(last));
    };
    QString body;
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    const QStringList paragraphs = tmpl->body.split(blank, Qt::SkipEmptyParts);
    for (int i = 0; i < paragraphs.size(); ++i) {
        const QString p = paragraphs[i].trimmed();
        const auto alone = field.match(p);
        if (alone.hasMatch() && alone.capturedLength() == p.size() && m.lists.contains(alone.captured(1))) {
            body += numberedList(m.lists.value(alone.captured(1)));
            continue;
        }
        // A heading followed by an empty list ("Documents missing:") goes with it.
        if (i + 1 < paragraphs.size()) {
            const QString next = paragraphs[i + 1].trimmed();
            const auto nextAlone = field.match(next);
            if (nextAlone.hasMatch() && nextAlone.capturedLength() == next.size() && !field.match(p).hasMatch()
                && m.lists.contains(nextAlone.captured(1)) && m.lists.value(nextAlone.captured(1)).isEmpty()
                && p.size() < 60)
                continue;
        }
        const QString merged = mergeText(p);
        if (!merged.trimmed().isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(merged);
    }

    const QString headOther = zh ? head.officeEn : head.officeZh;
    QStringList contact;
    if (!head.telephone.isEmpty())
        contact << (zh ? QStringLiteral("電話 Tel: %1") : QStringLiteral("Tel: %1")).arg(head.telephone);
    contact << (zh ? QStringLiteral("傳真 Fax: %1") : QStringLiteral("Fax: %1")).arg(head.fax);
    if (!head.email.isEmpty())
        contact << (zh ? QStringLiteral("電郵 Email: %1") : QStringLiteral("Email: %1")).arg(head.email);
    const QString recipientAddress = either(app->correspondenceAddress, app->registeredAddress);

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p align=\"center\" style=\"margin-bottom:0\"><span style=\"font-size:15pt\"><b>%1</b></span>"
                           "<br><span style=\"font-size:11pt\">%2</span></p>")
                .arg(m.text[QStringLiteral("office")].toHtmlEscaped(), headOther.toHtmlEscaped());
    html += QStringLiteral("<p align=\"center\" style=\"font-size:9pt; margin-top:2px\">%1<br>%2</p><hr>")
                .arg(m.text[QStringLiteral("address")].toHtmlEscaped(), contact.join(QStringLiteral("　　")).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\"><tr><td>%1</td><td align=\"right\">%2</td></tr></table>")
                .arg((zh ? QStringLiteral("本處檔號：%1") : QStringLiteral("Our ref.: %1")).arg(app->reference).toHtmlEscaped(),
                     m.text[QStringLiteral("date")].toHtmlEscaped());
    QStringList to;
    to << m.text[QStringLiteral("pa_name")];
    if (!m.text[QStringLiteral("organization")].isEmpty())
        to << m.text[QStringLiteral("organization")];
    if (!recipientAddress.isEmpty())
        to << recipientAddress;
    html += QStringLiteral("<p>%1</p>").arg(escapeLines(to.join(u'\n')));
    html += QStringLiteral("<p><b>%1</b></p>").arg(mergeText(tmpl->subject));
    html += body;
    html += QStringLiteral("<p><br>%1</p>").arg(m.text[QStringLiteral("office")].toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

QFont LetterService::documentFont(qreal pointSize)
{
    // Latin text in DejaVu Serif where installed, every Chinese character explicitly in AR PL
    // UMing HK (with no font chosen Qt falls back to a Japanese CJK font; the OpenType Noto CJK
    // fonts garble the text layer).
    const QString family = QString::fromLatin1(kFontFamily);
    QFont font(family);
    if (QFontDatabase::families().contains(QStringLiteral("DejaVu Serif")))
        font.setFamilies({ QStringLiteral("DejaVu Serif"), family });
    font.setPointSizeF(pointSize);
    // No typographic ligatures: "fi" stays two letters in the text layer, so "certificate"
    // can be searched for and copied.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

Status LetterService::checkDocumentFonts()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorCode::Unsupported, tr("Letters and reports can only be written as PDF by a program with fonts (a GUI application)."));
    const QString family = QString::fromLatin1(kFontFamily);
    if (!QFontDatabase::families().contains(family))
        return makeError(ErrorCode::Unsupported,
                         tr("The font \"%1\" for letters and reports is not installed (Debian package fonts-arphic-uming).").arg(family));
    return {};
}

Result<QByteArray> LetterService::renderPdf(qint64 applicationId, const QString& kind, const QString& lang) const
{
    if (Status fonts = checkDocumentFonts(); !fonts)
        return fonts.error();
    const Result<QString> content = html(applicationId, kind, lang);
    if (!content)
        return content.error();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("OrgDesk"));
        writer.setTitle(QStringLiteral("%1 %2").arg(kindLabel(kind)).arg(lang));
        QTextDocument doc;
        doc.setDefaultFont(documentFont(10.5));
        doc.setDocumentMargin(0);
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setHtml(*content);
        const QSizeF page(writer.width(), writer.height());
        doc.setPageSize(page);
        // Painted page by page (QTextDocument::print would add page numbers to a one-page letter).
        QPainter painter(&writer);
        const int pages = doc.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page.height() * i);
            doc.drawContents(&painter, QRectF(QPointF(0, page.height() * i), page));
            painter.restore();
        }
        painter.end();
    }
    buffer.close();
    if (bytes.isEmpty())
        return makeError(ErrorCode::Io, tr("The letter could not be written as PDF."));
    return bytes;
}

Result<GeneratedLetter> LetterService::generate(qint64 applicationId, const QString& kind, const QString& lang,
                                                const Actor& actor)
{
    const Result<QByteArray> pdf = renderPdf(applicationId, kind, lang);
    if (!pdf)
        return pdf.error();
    const Result<ApplicationRecord> app = ApplicationStore(m_db).get(applicationId);
    if (!app)
        return app.error();
    const QDateTime now = Clock::current().nowUtc();
    Transaction tx(m_db);
    if (!tx.active())
        return tx.error();
    GeneratedLetter letter;
    letter.pdf = *pdf;
    letter.sha256 = AttachmentStore::sha256Hex(letter.pdf);
    letter.fileName = QStringLiteral("%1-%2-%3-%4.pdf")
                          .arg(app->reference, kind, lang, BusinessCalendar::deskDate(now).toString(QStringLiteral("yyyyMMdd")));
    AttachmentInfo info;
    info.applicationId = applicationId;
    info.originalName = letter.fileName;
    info.mimeType = QStringLiteral("application/pdf");
    info.pageCount = 1;
    info.addedAt = now;
    info.addedBy = actorId(actor);
    if (const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(letter.pdf); doc)
        info.pageCount = std::max(1, doc->numPages()); // the attachment's pages match the document
    const Result<qint64> id = AttachmentStore(m_db).insert(info, letter.pdf);
    if (!id)
        return id.error();
    letter.attachmentId = *id;
    const Result<qint64> ev = EventLog::append(
        m_db, Event { 0, now, actorId(actor), QStringLiteral("letter.generated"), QStringLiteral("application"),
                      applicationId,
                      QJsonObject { { QStringLiteral("reference"), app->reference },
                                    { QStringLiteral("kind"), kind },
                                    { QStringLiteral("lang"), lang },
                                    { QStringLiteral("attachment"), *id },
                                    { QStringLiteral("sha256"), letter.sha256 } } });
    if (!ev)
        return ev.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return letter;
}

} // namespace orgdesk
