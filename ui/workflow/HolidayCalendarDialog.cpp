// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/HolidayCalendarDialog.h"

#include "HongKongTime.h"
#include "widgets/DialogParts.h"
#include "workflow/BusinessCalendar.h"
#include "workflow/HolidayImportDialog.h"
#include "workflow/ServiceLevels.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace orgdesk {

HolidayCalendarDialog::HolidayCalendarDialog(QSqlDatabase db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Public holidays"));
    const bool admin = m_actor.role == u"admin";
    auto* layout = new QVBoxLayout(this);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("holidayWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
    m_warning->setAccessibleName(tr("Missing holidays"));
    layout->addWidget(m_warning);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({ tr("Date"), tr("Name"), tr("Chinese name") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Public holidays"));
    layout->addWidget(m_table, 1);
    if (admin) {
        auto* row = new QHBoxLayout;
        m_day = new QDateEdit(HongKongTime::today(), this);
        m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_day->setCalendarPopup(true);
        m_day->setAccessibleName(tr("Holiday date"));
        m_name = new QLineEdit(this);
        m_name->setPlaceholderText(tr("name in English"));
        m_name->setAccessibleName(tr("Holiday name"));
        auto* add = new QPushButton(tr("&Add"), this);
        auto* remove = new QPushButton(tr("&Remove selected"), this);
        m_import = new QPushButton(tr("&Import iCalendar…"), this);
        m_import->setToolTip(tr("The Government's list of general holidays as an .ics file; you see the changes "
                                "before they are saved"));
        row->addWidget(m_day);
        row->addWidget(m_name, 1);
        row->addWidget(add);
        row->addWidget(remove);
        row->addWidget(m_import);
        layout->addLayout(row);
        connect(add, &QPushButton::clicked, this, &HolidayCalendarDialog::addDay);
        connect(remove, &QPushButton::clicked, this, &HolidayCalendarDialog::removeSelected);
        connect(m_import, &QPushButton::clicked, this, &HolidayCalendarDialog::chooseFile);
    }
    m_message = addErrorLabel(this, layout);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumSize(620, 480);
    reload();
}

QString HolidayCalendarDialog::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void HolidayCalendarDialog::reload()
{
    m_table->setRowCount(0);
    const auto holidays = BusinessCalendar::holidays(m_db);
    if (!holidays) {
        showError(m_message, holidays.message());
        return;
    }
    const QLocale locale;
    for (const BusinessCalendar::Holiday& h : *holidays) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* date = new QTableWidgetItem(locale.toString(h.day, QLocale::ShortFormat));
        date->setData(Qt::UserRole, h.day);
        m_table->setItem(row, 0, date);
        m_table->setItem(row, 1, new QTableWidgetItem(h.nameEn));
        m_table->setItem(row, 2, new QTableWidgetItem(h.nameZh));
    }
    m_table->resizeColumnsToContents();
    const auto levels = ServiceLevels::load(m_db);
    const auto missing = levels ? levels->missingHolidayYears() : Result<QList<int>>(levels.error());
    const QString warning = missing ? BusinessCalendar::missingYearsWarning(*missing) : missing.message();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

bool HolidayCalendarDialog::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(m_message, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    HolidayImportDialog preview(m_db, m_actor, file.readAll(), QFileInfo(path).fileName(), this);
    const bool saved = preview.exec() == QDialog::Accepted;
    if (saved)
        reload();
    return saved;
}

void HolidayCalendarDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import public holidays"), QString(),
                                                      tr("iCalendar files (*.ics);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void HolidayCalendarDialog::addDay()
{
    if (Status s = BusinessCalendar::addHoliday(m_db, m_day->date(), m_name->text(), QString(), m_actor); !s) {
        showError(m_message, s.message());
        return;
    }
    m_message->hide();
    m_name->clear();
    reload();
}

void HolidayCalendarDialog::removeSelected()
{
    const QList<QTableWidgetItem*> chosen = m_table->selectedItems();
    if (chosen.isEmpty())
        return;
    const QDate day = m_table->item(chosen.first()->row(), 0)->data(Qt::UserRole).toDate();
    if (Status s = BusinessCalendar::removeHoliday(m_db, day, m_actor); !s) {
        showError(m_message, s.message());
        return;
    }
    m_message->hide();
    reload();
}

} // namespace orgdesk
