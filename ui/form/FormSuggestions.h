// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "UserService.h"
#include "form/FormData.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>
#include <QVariant>
#include <atomic>
#include <functional>
#include <memory>

class QLabel;

namespace orgdesk {

class FormFields;

// Suggested values for the form, read from the case's fax or scan (app/ocr FormReader, on the
// words read at intake): each under its field with its confidence and a small picture of where on
// the page it was read. Enter in an empty field with a suggestion accepts it (as an edit, undoable
// like typing); typing replaces it; nothing is saved until the clerk saves. After a save, the
// case's events record which fields were saved as suggested and which were changed.
//
// Thread rules: GUI thread; the reading (rendering in the document worker, reading the fields'
// zones) runs on a pool thread of its own with its own connection.
class FormSuggestions : public QObject
{
    Q_OBJECT

public:
    // `apply` puts a value into a field as the clerk's edit; false when the form does not allow it.
    using Apply = std::function<bool(const QString& field, const QVariant& value)>;

    FormSuggestions(FormFields& fields, QSqlDatabase db, Actor actor, Apply apply, QObject* parent = nullptr);
    ~FormSuggestions() override;

    void setDatabasePath(const QString& path) { m_databasePath = path; }
    // Clears the suggestions and reads those of application `id` (0: none) in the background;
    // only fields empty in `saved` get one.
    void load(qint64 id, const FormData& saved, bool frozen);
    // Reads again when nothing was found yet (the pages were still being read at intake).
    void retry();
    // Accepts the suggestion of `field` when it has one and the field is still empty.
    bool accept(const QString& field);
    // After a save of `saved`: records the accepted and changed suggested fields (once).
    Status recordSaved(qint64 id, const FormData& saved);

    bool isReading() const { return m_reading; }
    QStringList suggestedFields() const;
    QString suggestionText(const QString& field) const; // as shown (HKID masked)
    QVariant suggestionValue(const QString& field) const;

Q_SIGNALS:
    void ready(); // the suggestions of the loaded application are shown (possibly none)
    // The clerk moved to a field with a suggestion: page `page` (1-based) of the attachment it
    // was read from.
    void placeRequested(qint64 attachmentId, int page);

private:
    struct Shown
    {
        QString field;
        QVariant value;
        QString display;
        double confidence = 0;
        bool confident = false;
        int page = 0;
        QImage picture;
        bool accepted = false;
        QPointer<QWidget> widget;
    };
    void show(const QList<Shown>& list);
    void clear();
    bool eventFilter(QObject* watched, QEvent* event) override;

    FormFields& m_fields;
    QSqlDatabase m_db;
    Actor m_actor;
    Apply m_apply;
    QString m_databasePath;
    qint64 m_id = 0;
    qint64 m_attachmentId = 0; // where the shown suggestions were read
    quint64 m_generation = 0;
    FormData m_saved;
    bool m_frozen = false;
    bool m_reading = false;
    QList<Shown> m_shown;
    QThreadPool m_pool;
};

} // namespace orgdesk
