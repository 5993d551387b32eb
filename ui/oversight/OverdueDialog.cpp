// SPDX-License-Identifier: GPL-3.0-or-later
#include "oversight/OverdueDialog.h"

#include "ApplicationStore.h"
#include "workflow/ServiceLevels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace orgdesk {

OverdueDialog::OverdueDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Overdue applications"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({ tr("Reference"), tr("Organization"), tr("Status"), tr("Due"),
                                         tr("Business days overdue") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Overdue applications"));
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto levels = ServiceLevels::load(db);
    const auto late = levels ? levels->overdue() : Result<QList<OverdueCase>>(levels.error());
    if (!late) {
        intro->setText(late.message());
    } else {
        intro->setText(late->isEmpty() ? tr("No application is past its due date.")
                                       : tr("%n application(s) past the service level of %1 business days.", nullptr,
                                            int(late->size()))
                                             .arg(levels->targetBusinessDays()));
        for (const OverdueCase& c : *late) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto* ref = new QTableWidgetItem(c.reference);
            ref->setData(Qt::UserRole, c.id);
            m_table->setItem(row, 0, ref);
            m_table->setItem(row, 1, new QTableWidgetItem(c.orgNameEn.isEmpty() ? c.orgNameZh : c.orgNameEn));
            m_table->setItem(row, 2, new QTableWidgetItem(statusLabel(c.status)));
            const QString due = QLocale().toString(c.due, QLocale::ShortFormat);
            m_table->setItem(row, 3, new QTableWidgetItem(c.provisional ? tr("%1 (provisional)").arg(due) : due));
            auto* days = new QTableWidgetItem(QString::number(c.businessDaysOverdue));
            days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 4, days);
        }
        m_table->resizeColumnsToContents();
    }
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        Q_EMIT openApplication(m_table->item(item->row(), 0)->data(Qt::UserRole).toLongLong());
    });
    resize(760, 420);
}

int OverdueDialog::overdueCount() const
{
    return m_table->rowCount();
}

} // namespace orgdesk
