// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/FaxInbox.h"

#include <QDialog>

#include <memory>

class QListWidget;

namespace orgdesk {

class Document;

// Arranging a received fax before it is filed: drag pages into order, turn them (Ctrl+R), and
// take out blank ones (Delete). Nothing changes on disk; the arrangement is applied when filing.
//
// Thread rules: GUI thread only.
class PageArrangeDialog : public QDialog
{
    Q_OBJECT
public:
    PageArrangeDialog(std::shared_ptr<Document> doc, const QList<FaxInbox::PagePlan>& current, QWidget* parent = nullptr);

    QList<FaxInbox::PagePlan> arrangement() const;
    QListWidget* pages() const { return m_list; }

public Q_SLOTS:
    void rotateSelected();
    void removeSelected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshIcon(int row);

    std::shared_ptr<Document> m_doc;
    QListWidget* m_list = nullptr;
};

} // namespace orgdesk
