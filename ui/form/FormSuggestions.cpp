// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/FormSuggestions.h"

#include "AttachmentStore.h"
#include "Database.h"
#include "HongKongTime.h"
#include "OcrStore.h"
#include "documents/DocumentWorker.h"
#include "form/FormFields.h"
#include "ocr/FormReader.h"
#include "ocr/OcrService.h"
#include "ocr/SuggestionLog.h"
#include "validation/Hkid.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace orgdesk {

namespace {

    QString f(const char16_t* name)
    {
        return QString::fromUtf16(name);
    }

    // What the background read found for one application.
    struct Found
    {
        struct Item
        {
            QString key;
            QString value;
            double confidence = 0;
            bool confident = false;
            int page = 0;
            QImage picture;
        };
        QList<Item> items;
        qint64 attachmentId = 0; // the attachment the form was read from
    };

    Found readSuggestions(const QString& databasePath, qint64 applicationId)
    {
        Found found;
        Result<Database> db = Database::open(databasePath, Database::OpenMode::ExistingOnly);
        if (!db)
            return found;
        const Result<ocr::FormReader> reader
            = ocr::FormReader::fromStore(db->connection(), HongKongTime::today());
        if (!reader)
            return found;
        AttachmentStore attachments(db->connection());
        OcrStore store(db->connection());
        const auto list = attachments.forApplication(applicationId);
        if (!list)
            return found;
        thread_local ocr::OcrEngine engine;
        for (const AttachmentInfo& a : *list) {
            if (a.purgedAt)
                continue;
            const auto pages = store.pages(a.id);
            if (!pages || pages->isEmpty())
                continue;
            const auto bytes = attachments.content(a.id);
            if (!bytes)
                continue;
            // The pixels again from the worker; the words as read at intake.
            const auto images
                = DocumentWorker().renderImagePages(*bytes, a.originalName, ocr::OcrService::kDpi);
            if (!images)
                continue;
            ocr::ReadDocument doc;
            doc.images = *images;
            for (qsizetype i = 0; i < images->size(); ++i) {
                ocr::OcrPage page;
                page.page = int(i) + 1;
                for (const OcrPageRecord& r : *pages)
                    if (r.page == page.page) {
                        page.size = QSize(r.width, r.height);
                        page.dpi = r.dpi;
                        page.words = ocr::OcrPage::wordsFromJson(r.words);
                    }
                doc.pages.append(page);
            }
            const ocr::FormReading reading = reader->read(doc, engine);
            if (reading.formVersion.isEmpty())
                continue;
            for (const ocr::Suggestion& s : reading.fields) {
                Found::Item item { s.key, s.value, s.confidence, s.confident, s.page, {} };
                const QImage& image = doc.images.value(s.page - 1);
                if (!image.isNull() && !s.box.isEmpty())
                    item.picture = image.copy(s.box.adjusted(-6, -6, 6, 6));
                found.items.append(item);
            }
            found.attachmentId = a.id;
            break; // the first attachment that holds a form
        }
        return found;
    }

} // namespace

FormSuggestions::FormSuggestions(
    FormFields& fields, QSqlDatabase db, Actor actor, Apply apply, QObject* parent)
    : QObject(parent)
    , m_fields(fields)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_apply(std::move(apply))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the thread and its Tesseract engine
}

FormSuggestions::~FormSuggestions()
{
    m_pool.waitForDone();
}

void FormSuggestions::clear()
{
    for (Shown& s : m_shown) {
        if (QWidget* slot = m_fields.suggestionSlot(s.field)) {
            slot->hide();
            if (s.widget)
                delete s.widget;
        }
        if (QWidget* editor = m_fields.field(s.field))
            editor->removeEventFilter(this);
    }
    m_shown.clear();
}

void FormSuggestions::load(qint64 id, const FormData& saved, bool frozen)
{
    // The same case loaded again (after a save): what was accepted stays known until recorded.
    if (id == m_id && id > 0 && !m_shown.isEmpty()) {
        m_saved = saved;
        m_frozen = frozen;
        return;
    }
    clear();
    m_id = id;
    m_saved = saved;
    m_frozen = frozen;
    const quint64 generation = ++m_generation;
    if (id <= 0 || frozen || m_databasePath.isEmpty()) {
        m_reading = false;
        Q_EMIT ready();
        return;
    }
    m_reading = true;
    const QString path = m_databasePath;
    const QPointer<FormSuggestions> self(this);
    m_pool.start([self, path, id, generation] {
        const Found found = readSuggestions(path, id);
        QMetaObject::invokeMethod(qApp, [self, found, generation] {
            if (!self || self->m_generation != generation)
                return;
            QList<Shown> list;
            for (const Found::Item& item : found.items) {
                Shown s;
                s.confidence = item.confidence;
                s.confident = item.confident;
                s.page = item.page;
                s.picture = item.picture;
                s.value = item.value;
                s.display = item.value;
                if (item.key == u"org_type") {
                    s.field = f(field::orgType);
                } else if (item.key == u"name_en") {
                    s.field = f(field::orgNameEn);
                } else if (item.key == u"name_zh") {
                    s.field = f(field::orgNameZh);
                } else if (item.key == u"br") {
                    s.field = f(field::brNumber);
                } else if (item.key == u"address_en" || item.key == u"address_zh") {
                    // Both lines of the address go into the one field, English first.
                    s.field = f(field::registeredAddress);
                    bool merged = false;
                    for (Shown& other : list)
                        if (other.field == s.field) {
                            const QString text = item.key == u"address_en"
                                ? item.value + u'\n' + other.value.toString()
                                : other.value.toString() + u'\n' + item.value;
                            other.value = text;
                            other.display = text;
                            other.confidence = std::min(other.confidence, item.confidence);
                            other.confident = other.confident && item.confident;
                            merged = true;
                        }
                    if (merged)
                        continue;
                } else if (item.key == u"cases") {
                    s.field = f(field::caseNumbers);
                    s.value = item.value.split(QStringLiteral("; ")).join(u'\n');
                } else if (item.key == u"pa_name_en") {
                    s.field = f(field::paNameEn);
                } else if (item.key == u"pa_name_zh") {
                    s.field = f(field::paNameZh);
                } else if (item.key == u"hkid") {
                    s.field = f(field::paIdNumber);
                    s.display = validation::maskHkid(item.value);
                } else if (item.key == u"pa_title") {
                    s.field = f(field::paPosition);
                } else if (item.key == u"tel") {
                    s.field = f(field::phone);
                } else if (item.key == u"email") {
                    s.field = f(field::email);
                } else if (item.key == u"date") {
                    s.field = f(field::formDate);
                    s.value
                        = QDate::fromString(item.value, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
                    s.display = s.value.toString();
                } else {
                    continue;
                }
                list.append(s);
            }
            self->m_reading = false;
            self->m_attachmentId = found.attachmentId;
            self->show(list);
            Q_EMIT self->ready();
        });
    });
}

void FormSuggestions::show(const QList<Shown>& list)
{
    clear();
    const FormData& d = m_saved;
    auto empty = [&](const QString& field) {
        const QVariant v = m_fields.value(field);
        return v.isNull() || v.toString().trimmed().isEmpty();
    };
    for (Shown s : list) {
        QWidget* slot = m_fields.suggestionSlot(s.field);
        QWidget* editor = m_fields.field(s.field);
        if (!slot || !editor || !empty(s.field))
            continue;
        if (s.field == f(field::paIdNumber) && !d.paIdNumber.isEmpty())
            continue;
        // A choice (the organization type) is shown by its name in the interface's language.
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            if (const int index = combo->findData(s.value); index >= 0)
                s.display = combo->itemText(index);
        // The place it was read above the words: the whole zone, two lines of text high, or
        // narrower when a long line (a name, an address) would not fit beside the field.
        auto* box = new QWidget(slot);
        auto* row = new QVBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 4);
        row->setSpacing(2);
        auto* picture = new QLabel(box);
        if (!s.picture.isNull()) {
            const QSize most(
                picture->fontMetrics().averageCharWidth() * 48, picture->fontMetrics().height() * 2);
            picture->setPixmap(
                QPixmap::fromImage(s.picture.scaled(most, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            picture->setFrameShape(QFrame::Box);
            picture->setAccessibleName(tr("Where it was read on page %1").arg(s.page));
        }
        auto* text = new QLabel(box);
        text->setWordWrap(true);
        const QString percent = QString::number(qRound(s.confidence * 100));
        text->setTextFormat(Qt::PlainText);
        text->setText(s.confident ? tr("Read: %1 (%2 %) — Enter accepts").arg(s.display, percent)
                                  : tr("Read: %1 (%2 %, check it) — Enter accepts").arg(s.display, percent));
        if (!s.confident)
            text->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        text->setToolTip(
            tr("Read from page %1 of the form. Enter in the empty field accepts it; typing replaces it. "
               "Nothing is saved until you save.")
                .arg(s.page));
        row->addWidget(picture, 0, Qt::AlignLeft);
        row->addWidget(text);
        if (!slot->layout()) {
            auto* l = new QHBoxLayout(slot);
            l->setContentsMargins(0, 0, 0, 0);
        }
        slot->layout()->addWidget(box);
        slot->show();
        s.widget = box;
        editor->installEventFilter(this);
        m_shown.append(s);
    }
}

void FormSuggestions::retry()
{
    if (m_id > 0 && m_shown.isEmpty() && !m_reading) {
        const qint64 id = m_id;
        m_id = 0;
        load(id, m_saved, m_frozen);
    }
}

bool FormSuggestions::accept(const QString& field)
{
    for (Shown& s : m_shown) {
        if (s.field != field || s.accepted)
            continue;
        const QVariant now = m_fields.value(field);
        if (!now.isNull() && !now.toString().trimmed().isEmpty())
            return false; // something was typed: the clerk's value stands
        if (field == f(field::paIdNumber)) {
            // An HKID: the document type follows.
            const QVariant type = m_fields.value(f(field::paIdType));
            if (type.toString().isEmpty())
                m_apply(f(field::paIdType), QStringLiteral("hkid"));
        }
        if (!m_apply(field, s.value))
            return false;
        s.accepted = true;
        if (s.widget)
            s.widget->setEnabled(false);
        return true;
    }
    return false;
}

bool FormSuggestions::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn && m_attachmentId > 0) {
        // Moving to a field with a suggestion brings the page it was read from into view.
        const QString name = m_fields.nameOf(qobject_cast<QWidget*>(watched));
        for (const Shown& s : std::as_const(m_shown))
            if (s.field == name && !s.accepted && s.page > 0)
                Q_EMIT placeRequested(m_attachmentId, s.page);
    }
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            const QString name = m_fields.nameOf(qobject_cast<QWidget*>(watched));
            if (!name.isEmpty() && accept(name)) {
                if (auto* w = qobject_cast<QWidget*>(watched))
                    w->nextInFocusChain()->setFocus(Qt::TabFocusReason);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

Status FormSuggestions::recordSaved(qint64 id, const FormData& saved)
{
    if (id != m_id || m_shown.isEmpty())
        return {};
    QStringList accepted, changed;
    QJsonObject suggested;
    for (const Shown& s : m_shown) {
        const QVariant now = m_fields.value(s.field);
        QString value = now.toString().trimmed();
        if (s.field == f(field::paIdNumber))
            value = saved.paIdNumber;
        if (value.isEmpty())
            continue; // left empty: neither
        suggested.insert(s.field, s.display);
        if (s.accepted && value == s.value.toString().trimmed())
            accepted << s.field;
        else
            changed << s.field;
    }
    Status recorded;
    if (!accepted.isEmpty() || !changed.isEmpty())
        recorded = ocr::SuggestionLog::record(m_db, id, m_actor, accepted, changed, suggested);
    // Recorded once: what is left of them goes.
    clear();
    m_id = 0;
    return recorded;
}

QStringList FormSuggestions::suggestedFields() const
{
    QStringList list;
    for (const Shown& s : m_shown)
        list << s.field;
    return list;
}

QString FormSuggestions::suggestionText(const QString& field) const
{
    for (const Shown& s : m_shown)
        if (s.field == field)
            return s.display;
    return {};
}

QVariant FormSuggestions::suggestionValue(const QString& field) const
{
    for (const Shown& s : m_shown)
        if (s.field == field)
            return s.value;
    return {};
}

} // namespace orgdesk
