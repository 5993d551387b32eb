// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/ChecklistPanel.h"

#include "AttachmentStore.h"
#include "form/ChecklistService.h"
#include "form/FormFreeze.h"

#include <QAccessible>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace orgdesk {

namespace {
constexpr int kCodeRole = Qt::UserRole;
constexpr int kAttachmentRole = Qt::UserRole + 1;
constexpr int kPageRole = Qt::UserRole + 2;
} // namespace

ChecklistPanel::ChecklistPanel(QSqlDatabase db, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Evidence checklist"));
    m_list->setMinimumHeight(110);
    layout->addWidget(m_list, 1);

    auto* row = new QHBoxLayout;
    m_attachment = new QComboBox(this);
    m_attachment->setAccessibleName(tr("Attachment holding the evidence"));
    m_page = new QSpinBox(this);
    m_page->setRange(1, 9999);
    m_page->setPrefix(tr("page "));
    m_page->setAccessibleName(tr("Page of the attachment"));
    m_tick = new QPushButton(tr("&Tick"), this);
    m_tick->setAccessibleName(tr("Tick the selected item against this page"));
    m_untick = new QPushButton(tr("&Untick"), this);
    row->addWidget(m_attachment, 1);
    row->addWidget(m_page);
    row->addWidget(m_tick);
    row->addWidget(m_untick);
    layout->addLayout(row);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_tick, &QPushButton::clicked, this, &ChecklistPanel::tickSelected);
    connect(m_untick, &QPushButton::clicked, this, &ChecklistPanel::untickSelected);
    connect(m_list, &QListWidget::itemActivated, this, &ChecklistPanel::activated);
    connect(m_attachment, &QComboBox::currentIndexChanged, this, [this] {
        const int pages = m_attachment->currentData(Qt::UserRole + 1).toInt();
        m_page->setMaximum(std::max(1, pages));
    });
}

void ChecklistPanel::showApplication(qint64 id)
{
    m_id = id;
    m_attachment->clear();
    m_error->hide();
    const Result<FormFreezeState> freeze = id > 0 ? FormFreeze::of(m_db, id) : Result<FormFreezeState>(FormFreezeState {});
    m_frozen = !freeze || freeze->frozen;
    const QString why = m_frozen ? (freeze ? freeze->message : freeze.message()) : QString();
    for (QWidget* w : { static_cast<QWidget*>(m_attachment), static_cast<QWidget*>(m_page),
                        static_cast<QWidget*>(m_tick), static_cast<QWidget*>(m_untick) }) {
        w->setEnabled(!m_frozen);
        w->setToolTip(why);
    }
    if (id > 0) {
        const auto attachments = AttachmentStore(m_db).forApplication(id);
        if (attachments) {
            int n = 0;
            for (const AttachmentInfo& a : *attachments) {
                m_attachment->addItem(tr("%1. %2 (%n page(s))", nullptr, a.pageCount).arg(++n).arg(a.originalName), a.id);
                m_attachment->setItemData(m_attachment->count() - 1, a.pageCount, Qt::UserRole + 1);
            }
        }
    }
    refresh();
}

void ChecklistPanel::refresh()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(kCodeRole).toString() : QString();
    m_list->clear();
    m_missing = 0;
    if (m_id <= 0)
        return;
    const auto items = ChecklistService(m_db).items(m_id);
    if (!items) {
        m_summary->setText(items.message());
        return;
    }
    QHash<qint64, int> attachmentNumber;
    for (int i = 0; i < m_attachment->count(); ++i)
        attachmentNumber.insert(m_attachment->itemData(i).toLongLong(), i + 1);
    for (const ChecklistItem& item : *items) {
        QString text;
        if (item.ticked()) {
            text = tr("✔ %1 — attachment %2, page %3")
                       .arg(item.label())
                       .arg(attachmentNumber.value(*item.attachmentId, 0))
                       .arg(*item.pageNo);
        } else {
            text = tr("✘ %1 — missing").arg(item.label());
            ++m_missing;
        }
        auto* w = new QListWidgetItem(text, m_list);
        w->setData(kCodeRole, item.itemCode);
        if (item.ticked()) {
            w->setData(kAttachmentRole, *item.attachmentId);
            w->setData(kPageRole, *item.pageNo);
        } else {
            w->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        if (item.itemCode == current)
            m_list->setCurrentItem(w);
    }
    m_summary->setText(items->isEmpty() ? tr("Choose the organization type and save to get its checklist.")
                       : m_missing == 0 ? tr("All expected documents are ticked.")
                                        : tr("%n document(s) missing: a requisition can ask for them.", nullptr, m_missing));
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

bool ChecklistPanel::tickSelected()
{
    m_error->hide();
    if (m_frozen) {
        // Why the case is frozen, as the disabled controls' tooltips say, rather than what to select.
        m_error->setText(m_tick->toolTip());
        m_error->show();
        return false;
    }
    QListWidgetItem* item = m_list->currentItem();
    if (!item || m_attachment->currentIndex() < 0) {
        m_error->setText(tr("Select an item and an attachment first."));
        m_error->show();
        return false;
    }
    const qint64 attachmentId = m_attachment->currentData().toLongLong();
    const int page = m_page->value();
    const Status s = ChecklistService(m_db).tick(m_id, item->data(kCodeRole).toString(), attachmentId, page, m_actor);
    if (!s) {
        m_error->setText(s.message());
        m_error->show();
        QAccessibleEvent event(m_error, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
        return false;
    }
    refresh();
    // The page ticked against comes into view ("attachment 2, page 1").
    Q_EMIT pageRequested(attachmentId, page);
    return true;
}

bool ChecklistPanel::untickSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    const Status s = ChecklistService(m_db).untick(m_id, item->data(kCodeRole).toString(), m_actor);
    refresh();
    return s.ok();
}

void ChecklistPanel::activated()
{
    QListWidgetItem* item = m_list->currentItem();
    if (item && item->data(kAttachmentRole).isValid())
        Q_EMIT pageRequested(item->data(kAttachmentRole).toLongLong(), item->data(kPageRole).toInt());
}

} // namespace orgdesk
