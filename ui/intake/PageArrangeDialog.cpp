// SPDX-License-Identifier: GPL-3.0-or-later
#include "intake/PageArrangeDialog.h"

#include "widgets/DialogParts.h"
#include "documents/Document.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace orgdesk {

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
constexpr int kRotationRole = Qt::UserRole + 2;
constexpr int kThumb = 110;
} // namespace

PageArrangeDialog::PageArrangeDialog(std::shared_ptr<Document> doc, const QList<FaxInbox::PagePlan>& current,
                                     QWidget* parent)
    : QDialog(parent)
    , m_doc(std::move(doc))
{
    setWindowTitle(tr("Arrange pages"));
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(tr("Drag pages into order. Ctrl+R turns the selected pages; Delete takes out blank "
                               "pages. The fax itself is not changed until it is filed."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Pages of the fax"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumb, kThumb * 14 / 10));
    m_list->setGridSize(QSize(kThumb + 24, kThumb * 14 / 10 + 30));
    m_list->setMovement(QListView::Snap);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setResizeMode(QListView::Adjust);
    layout->addWidget(m_list, 1);
    m_list->installEventFilter(this); // Delete/Backspace take pages out, Ctrl+R turns them

    QList<FaxInbox::PagePlan> plan = current;
    if (plan.isEmpty()) {
        for (int p = 0; p < m_doc->pageCount(); ++p)
            plan.append(FaxInbox::PagePlan { p, 0 });
    }
    for (const FaxInbox::PagePlan& p : plan) {
        auto* item = new QListWidgetItem(tr("Page %1").arg(p.page + 1), m_list);
        item->setData(kPageRole, p.page);
        item->setData(kRotationRole, p.rotation);
        refreshIcon(m_list->row(item));
    }

    auto* buttons = new QHBoxLayout;
    auto* rotate = new QPushButton(tr("&Turn clockwise"), this);
    rotate->setToolTip(tr("Ctrl+R"));
    connect(rotate, &QPushButton::clicked, this, &PageArrangeDialog::rotateSelected);
    auto* remove = new QPushButton(tr("Take &out"), this);
    remove->setToolTip(tr("Delete"));
    connect(remove, &QPushButton::clicked, this, &PageArrangeDialog::removeSelected);
    buttons->addWidget(rotate);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    addOkCancel(this, layout, tr("&Use this order"));
    resize(720, 520);
}

bool PageArrangeDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
        if (key->key() == Qt::Key_R && key->modifiers() == Qt::ControlModifier) {
            rotateSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PageArrangeDialog::refreshIcon(int row)
{
    QListWidgetItem* item = m_list->item(row);
    RenderRequest r;
    r.page = item->data(kPageRole).toInt();
    r.rotation = item->data(kRotationRole).toInt();
    const QSizeF size = m_doc->pageSize(r.page);
    r.dpi = kThumb * 72.0 / std::max(1.0, r.rotation % 180 == 0 ? size.width() : size.height());
    r.timeoutMs = 3000;
    if (const auto image = m_doc->render(r))
        item->setIcon(QIcon(QPixmap::fromImage(*image)));
}

void PageArrangeDialog::rotateSelected()
{
    for (QListWidgetItem* item : m_list->selectedItems()) {
        item->setData(kRotationRole, (item->data(kRotationRole).toInt() + 90) % 360);
        refreshIcon(m_list->row(item));
    }
}

void PageArrangeDialog::removeSelected()
{
    // At least one page must stay: an application needs its form.
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.size() >= m_list->count())
        return;
    for (QListWidgetItem* item : selected)
        delete item;
}

QList<FaxInbox::PagePlan> PageArrangeDialog::arrangement() const
{
    QList<FaxInbox::PagePlan> plan;
    for (int i = 0; i < m_list->count(); ++i)
        plan.append(FaxInbox::PagePlan { m_list->item(i)->data(kPageRole).toInt(),
                                         m_list->item(i)->data(kRotationRole).toInt() });
    return plan;
}

} // namespace orgdesk
