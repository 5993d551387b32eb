// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "form/DraftStore.h"

#include <QObject>
#include <QSqlDatabase>
#include <optional>

class QFrame;
class QLabel;
class QTimer;
class QWidget;

namespace orgdesk {

// Autosave and drafts of the application form: keeps the form's unsaved edits as the clerk's
// draft (a few seconds after an edit, or when the form asks), and offers a draft left by a
// closed or killed program back in a banner with Restore and Discard. The form decides what is
// dirty; this class only keeps, offers and removes drafts. Its strings belong to the form's
// translation context.
//
// Thread rules: GUI thread only; uses `db` from that thread.
class DraftKeeper : public QObject
{
    Q_OBJECT
public:
    DraftKeeper(QSqlDatabase db, qint64 userId, int autosaveMs, QWidget* bannerParent);

    QFrame* banner() const { return m_banner; }

    // Edits not yet kept in a draft.
    bool isPending() const { return m_pending; }
    void setPending(bool pending) { m_pending = pending; }
    void markEdited(); // pending, and the autosave runs a few seconds from the first such edit
    void restartAutosave();

    // Keeps `data` as the draft of `applicationId`; no data means nothing differs from the saved
    // form, so its draft goes. Nothing is pending afterwards unless keeping failed.
    Status keep(qint64 applicationId, const std::optional<FormData>& data);

    // Offers the stored draft of `applicationId` when it differs from `saved`.
    void offer(qint64 applicationId, const FormData& saved);
    bool isOffered() const;
    std::optional<FormData> takeOffered(); // the offered draft's data; the banner goes
    void withdrawOffer();
    void discard(qint64 applicationId); // withdraws the offer and removes the stored draft

Q_SIGNALS:
    void autosaveDue();
    void restoreRequested();
    void discardRequested();

private:
    DraftStore m_store;
    qint64 m_userId = 0;
    bool m_pending = false;
    std::optional<Draft> m_offered;
    QTimer* m_autosave = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace orgdesk
