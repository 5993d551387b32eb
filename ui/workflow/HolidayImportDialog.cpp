// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/HolidayImportDialog.h"

#include "widgets/DialogParts.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace orgdesk {

HolidayImportDialog::HolidayImportDialog(QSqlDatabase db, Actor actor, QByteArray ics, QString fileName, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_ics(std::move(ics))
    , m_fileName(std::move(fileName))
{
    setWindowTitle(tr("Import public holidays from %1").arg(m_fileName));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Change"), tr("Name") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Holidays to add or rename"));
    layout->addWidget(m_table, 1);
    m_message = addErrorLabel(this, layout);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &HolidayImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumSize(560, 380);

    const auto preview = HolidayImport::preview(m_db, m_ics);
    if (!preview) {
        m_summary->setText(tr("Nothing can be imported from this file."));
        showError(m_message, preview.message());
        m_table->hide();
        m_save->setEnabled(false);
        return;
    }
    m_plan = *preview;
    QStringList years;
    for (int y : m_plan->years)
        years << QString::number(y);
    const QString listed = years.join(QStringLiteral(", "));
    m_summary->setText(m_plan->changesNothing()
                           ? tr("The calendar already has every holiday this file lists for %1.").arg(listed)
                           : tr("For %1 this file adds %2 day(s) and names %3 day(s) differently from the calendar; "
                                "%4 day(s) are already in it. Days the file does not list are kept.")
                                 .arg(listed)
                                 .arg(m_plan->toAdd.size())
                                 .arg(m_plan->differing.size())
                                 .arg(m_plan->unchanged));
    const QLocale locale;
    auto addRow = [&](QDate day, const QString& change, const QString& name) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* date = new QTableWidgetItem(locale.toString(day, QLocale::ShortFormat));
        date->setData(Qt::UserRole, day);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(change));
        m_table->setItem(row, 2, new QTableWidgetItem(name));
    };
    for (const HolidayEntry& e : m_plan->toAdd)
        addRow(e.day, tr("add"), e.nameEn);
    for (const HolidayImportPlan::Change& c : m_plan->differing)
        addRow(c.day, tr("rename"), tr("%1 (now: %2)").arg(c.newName, c.currentName));
    m_table->sortItems(0);
    m_table->resizeColumnsToContents();
    m_save->setEnabled(!m_plan->changesNothing() && m_actor.role == u"admin");
    if (m_actor.role != u"admin")
        showError(m_message, tr("Only an administrator can change the holiday calendar."));
}

QString HolidayImportDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void HolidayImportDialog::accept()
{
    if (!m_plan)
        return;
    const auto saved = HolidayImport::apply(m_db, m_ics, m_fileName, m_actor);
    if (!saved) {
        showError(m_message, saved.message());
        return;
    }
    m_plan = *saved;
    QDialog::accept();
}

} // namespace orgdesk
