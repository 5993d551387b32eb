// SPDX-License-Identifier: GPL-3.0-or-later
#include "oversight/RetentionDialog.h"

#include "oversight/DatabaseTasks.h"
#include "Database.h"
#include "HongKongTime.h"
#include "widgets/DialogParts.h"
#include "Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace orgdesk {

namespace {

QTableWidget* itemTable(QWidget* parent, const QStringList& headers, const QString& name)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch); // the file name
    table->setAccessibleName(name);
    return table;
}

void fill(QTableWidget* table, const QList<RetentionService::Item>& items, bool withReason)
{
    table->setRowCount(0);
    const QLocale locale;
    for (const RetentionService::Item& item : items) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(item.reference));
        table->setItem(row, 1, new QTableWidgetItem(item.originalName));
        table->setItem(row, 2, new QTableWidgetItem(HongKongTime::displayDate(item.closedAt, QLocale::ShortFormat, locale)));
        auto* size = new QTableWidgetItem(locale.formattedDataSize(item.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 3, size);
        if (withReason)
            table->setItem(row, 4, new QTableWidgetItem(item.heldReason));
    }
}

void fillNumbers(QTableWidget* table, const QList<RetentionService::IdNumberItem>& items)
{
    table->setRowCount(0);
    const QLocale locale;
    for (const RetentionService::IdNumberItem& item : items) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(item.reference));
        table->setItem(row, 1, new QTableWidgetItem(item.idType == u"passport"
                                                        ? RetentionDialog::tr("Passport number")
                                                        : RetentionDialog::tr("HKID number")));
        table->setItem(row, 2, new QTableWidgetItem(HongKongTime::displayDate(item.closedAt, QLocale::ShortFormat, locale)));
    }
}

} // namespace

RetentionDialog::RetentionDialog(QSqlDatabase db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Personal data retention"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Copies of the Principal Administrator's identity document are kept while they are "
                                "needed. Once a case has been closed for longer than the retention period, the copy "
                                "ticked in its checklist can be purged: the file is removed, its record and the audit "
                                "trail stay. The identity number keyed on the form goes too; the form then shows it "
                                "as purged."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_months = new QSpinBox(this);
    m_months->setRange(1, 600);
    m_months->setSuffix(tr(" months after closure"));
    m_months->setValue(Settings(m_db).identityRetentionMonths());
    m_months->setAccessibleName(tr("Retention period in months"));
    m_months->setMaximumWidth(m_months->fontMetrics().horizontalAdvance(m_months->suffix()) * 2);
    form->addRow(tr("&Keep identity documents for:"), m_months);
    layout->addLayout(form);
    connect(m_months, &QSpinBox::editingFinished, this, &RetentionDialog::saveMonths);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_due = itemTable(this, { tr("Reference"), tr("File"), tr("Closed"), tr("Size") }, tr("Files due for purging"));
    layout->addWidget(m_due, 2);
    m_numbers = itemTable(this, { tr("Reference"), tr("Identity number"), tr("Closed") },
                          tr("Identity numbers due for purging"));
    layout->addWidget(m_numbers, 1);
    m_heldLabel = new QLabel(tr("Held back (the file may hold other evidence; split it out to purge it):"), this);
    m_heldLabel->setWordWrap(true);
    layout->addWidget(m_heldLabel);
    m_held = itemTable(this, { tr("Reference"), tr("File"), tr("Closed"), tr("Size"), tr("Why it is kept") },
                       tr("Identity documents held back"));
    m_held->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_held, 1);
    m_error = addErrorLabel(this, layout);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_purge = buttons->addButton(tr("&Purge…"), QDialogButtonBox::DestructiveRole);
    connect(m_purge, &QPushButton::clicked, this, [this] { purge(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refresh();
    resize(820, 540);
}

QString RetentionDialog::summary() const
{
    return m_summary->text();
}

void RetentionDialog::saveMonths()
{
    if (m_months->value() == Settings(m_db).identityRetentionMonths())
        return;
    if (Status s = Settings(m_db).setIdentityRetentionMonths(m_months->value(), m_actor); !s) {
        showError(m_error, s.message());
        m_months->setValue(Settings(m_db).identityRetentionMonths());
        return;
    }
    refresh();
}

void RetentionDialog::refresh()
{
    const Result<RetentionService::Plan> plan = RetentionService(m_db).plan();
    if (!plan) {
        m_plan.reset();
        showError(m_error, plan.message());
        m_purge->setEnabled(false);
        return;
    }
    m_plan = *plan;
    const QLocale locale;
    m_summary->setText(
        plan->due.isEmpty()
            ? tr("Nothing is due: no identity document of a case closed before %1 is still stored.")
                  .arg(HongKongTime::displayDate(plan->closedBefore, QLocale::LongFormat, locale))
            : tr("%n file(s) (%1) of cases closed before %2 can be purged now:", nullptr, int(plan->due.size()))
                  .arg(locale.formattedDataSize(plan->dueBytes),
                       HongKongTime::displayDate(plan->closedBefore, QLocale::LongFormat, locale)));
    fill(m_due, plan->due, false);
    fill(m_held, plan->held, true);
    fillNumbers(m_numbers, plan->idNumbers);
    if (!plan->idNumbers.isEmpty())
        m_summary->setText(m_summary->text() + u' '
                           + tr("%n identity number(s) of such cases can be purged too.", nullptr,
                                int(plan->idNumbers.size())));
    m_numbers->setVisible(!plan->idNumbers.isEmpty());
    // Held-back files are the exception: their list appears only when there are some.
    m_heldLabel->setVisible(!plan->held.isEmpty());
    m_held->setVisible(!plan->held.isEmpty());
    m_purge->setEnabled(!plan->empty());
}

bool RetentionDialog::purge(bool confirmed)
{
    if (!m_plan || m_plan->empty())
        return false;
    if (!confirmed
        && QMessageBox::warning(this, tr("Purge identity documents"),
                                tr("Remove %n identity document file(s) for good? Their records and the audit "
                                   "trail remain; the files cannot be brought back (except from an older backup).",
                                   nullptr, int(m_plan->due.size()))
                                    + u' '
                                    + tr("%n identity number(s) will be removed from their forms too.", nullptr,
                                         int(m_plan->idNumbers.size())),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return false;
    // Removing many large files takes a while: on a worker with its own connection, with progress;
    // cancelling removes nothing.
    m_purge->setEnabled(false);
    const QString path = m_db.databaseName();
    const RetentionService::Plan plan = *m_plan;
    const Actor actor = m_actor;
    const QPointer<RetentionDialog> self(this);
    DatabaseTasks::runWithProgress<RetentionService::Outcome>(
        this, tr("Purge identity documents"), tr("Removing identity documents…"),
        [path, plan, actor](const DatabaseTasks::Progress& progress) -> Result<RetentionService::Outcome> {
            Result<Database> db = Database::open(path, Database::OpenMode::ExistingOnly);
            if (!db)
                return db.error();
            const QString label = QCoreApplication::translate("orgdesk::RetentionDialog", "Removing identity documents…");
            return RetentionService(db->connection()).purge(plan, actor, [&](qint64 done, qint64 total) {
                return progress(label, done, total);
            });
        },
        [self](const Result<RetentionService::Outcome>& done) {
            if (self)
                self->purgeDone(done);
        });
    return true;
}

void RetentionDialog::purgeDone(const Result<RetentionService::Outcome>& done)
{
    refresh();
    if (!done) {
        showError(m_error, done.message());
    } else {
        QString text = tr("%n file(s) purged (%1).", nullptr, done->purged).arg(QLocale().formattedDataSize(done->bytes));
        if (done->idNumbers > 0)
            text += u' ' + tr("%n identity number(s) purged.", nullptr, done->idNumbers);
        if (done->skipped > 0)
            text += u' ' + tr("%n file(s) were no longer due and were left alone.", nullptr, done->skipped);
        m_summary->setText(text + u' ' + m_summary->text());
    }
    Q_EMIT purgeFinished(done.ok());
}

} // namespace orgdesk
