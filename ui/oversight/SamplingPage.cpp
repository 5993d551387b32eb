// SPDX-License-Identifier: GPL-3.0-or-later
#include "oversight/SamplingPage.h"

#include "Clock.h"
#include "ApplicationStore.h"
#include "oversight/CaseTimeline.h"
#include "workflow/BusinessCalendar.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace orgdesk {

namespace {

QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const QString& name)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    t->setAccessibleName(name);
    return t;
}

QString percentText(double p)
{
    return QLocale().toString(p, 'g', 6) + QStringLiteral(" %");
}

} // namespace

SamplingPage::SamplingPage(QSqlDatabase db, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_sampler(db)
{
    auto* layout = new QVBoxLayout(this);

    // Drawing.
    auto* drawBox = new QGroupBox(tr("Draw a sample of the decisions made in a period"), this);
    auto* dh = new QHBoxLayout(drawBox);
    const QDate today = BusinessCalendar::deskDate(Clock::current().nowUtc());
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-1), drawBox);
    m_to = new QDateEdit(QDate(today.year(), today.month(), 1).addDays(-1), drawBox);
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    m_percent = new QDoubleSpinBox(drawBox);
    m_percent->setRange(0.01, 100);
    m_percent->setDecimals(2);
    m_percent->setValue(10);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setAccessibleName(tr("Share of the decisions to draw"));
    m_seed = new QLineEdit(drawBox);
    m_seed->setPlaceholderText(tr("random"));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,19}")), m_seed));
    m_seed->setAccessibleName(tr("Seed (optional)"));
    m_seed->setToolTip(tr("Leave empty for a random seed; give a recorded seed to repeat a draw."));
    m_draw = new QPushButton(tr("&Draw sample"), drawBox);
    m_draw->setAutoDefault(false);
    auto label = [drawBox](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, drawBox);
        l->setBuddy(buddy);
        return l;
    };
    dh->addWidget(label(tr("&From"), m_from));
    dh->addWidget(m_from);
    dh->addWidget(label(tr("t&o"), m_to));
    dh->addWidget(m_to);
    dh->addWidget(label(tr("S&hare"), m_percent));
    dh->addWidget(m_percent);
    dh->addWidget(label(tr("S&eed"), m_seed));
    m_seed->setMaximumWidth(m_seed->fontMetrics().horizontalAdvance(QStringLiteral("9223372036854775807")) + 24);
    dh->addWidget(m_seed, 1);
    dh->addStretch(1);
    dh->addWidget(m_draw);
    layout->addWidget(drawBox);
    m_drawMessage = new QLabel(this);
    m_drawMessage->setWordWrap(true);
    m_drawMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_drawMessage);
    m_drawMessage->setText(tr("The seed is recorded with the sample, so the same draw can be made again and checked."));
    if (m_actor.role != u"supervisor") {
        m_draw->setEnabled(false);
        m_drawMessage->setText(tr("Only supervisors draw and review samples; you can look at them and verify their draws."));
    }

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    auto* samplesLabel = new QLabel(tr("Sa&mples"), left);
    lv->addWidget(samplesLabel);
    m_samples = makeTable(left, { tr("No."), tr("Period"), tr("Share"), tr("Reviewed"), tr("Seed"), tr("Drawn by") },
                          tr("Quality samples"));
    samplesLabel->setBuddy(m_samples);
    lv->addWidget(m_samples, 1);
    m_verify = new QPushButton(tr("&Verify the draw"), left);
    m_verify->setAutoDefault(false);
    m_verify->setToolTip(tr("Draw again from the recorded seed, period and share, and compare"));
    lv->addWidget(m_verify);

    auto* right = new QWidget(splitter);
    auto* rv = new QVBoxLayout(right);
    rv->setContentsMargins(0, 0, 0, 0);
    m_progress = new QLabel(tr("No sample selected."), right);
    rv->addWidget(m_progress);
    m_items = makeTable(right, { tr("#"), tr("Reference"), tr("Organization"), tr("Decision"), tr("Decided by"),
                                 tr("Verdict"), tr("Reviewer") },
                        tr("Sampled decisions"));
    m_items->horizontalHeader()->setStretchLastSection(false);
    m_items->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    rv->addWidget(m_items, 2);

    auto* reviewBox = new QGroupBox(tr("Review the selected decision"), right);
    auto* form = new QVBoxLayout(reviewBox);
    auto* verdicts = new QHBoxLayout;
    m_agree = new QRadioButton(tr("&Agree with the decision"), reviewBox);
    m_disagree = new QRadioButton(tr("D&isagree"), reviewBox);
    auto* group = new QButtonGroup(reviewBox);
    group->addButton(m_agree);
    group->addButton(m_disagree);
    m_agree->setChecked(true);
    verdicts->addWidget(m_agree);
    verdicts->addWidget(m_disagree);
    verdicts->addStretch(1);
    form->addLayout(verdicts);
    auto* noteLabel = new QLabel(tr("&Note (needed when you disagree)"), reviewBox);
    m_note = new QPlainTextEdit(reviewBox);
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Review note"));
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 5);
    noteLabel->setBuddy(m_note);
    form->addWidget(noteLabel);
    form->addWidget(m_note);
    auto* buttons = new QHBoxLayout;
    m_reviewMessage = new QLabel(reviewBox);
    m_reviewMessage->setWordWrap(true);
    m_record = new QPushButton(tr("&Record verdict"), reviewBox);
    m_record->setAutoDefault(false);
    m_record->setToolTip(tr("Ctrl+Enter"));
    auto* timeline = new QPushButton(tr("Show &timeline"), reviewBox);
    timeline->setAutoDefault(false);
    buttons->addWidget(m_reviewMessage, 1);
    buttons->addWidget(timeline);
    buttons->addWidget(m_record);
    form->addLayout(buttons);
    rv->addWidget(reviewBox);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 560, 900 });
    layout->addWidget(splitter, 1);

    connect(m_draw, &QPushButton::clicked, this, &SamplingPage::drawSample);
    connect(m_verify, &QPushButton::clicked, this, &SamplingPage::verifySample);
    connect(m_record, &QPushButton::clicked, this, &SamplingPage::recordVerdict);
    connect(timeline, &QPushButton::clicked, this, [this] {
        if (const SampleItem* i = currentItem())
            Q_EMIT showTimelineRequested(i->applicationId);
    });
    for (auto* key : { new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this),
                       new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this) }) {
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, &SamplingPage::recordVerdict);
    }
    connect(m_samples, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QTableWidgetItem* item = row >= 0 ? m_samples->item(row, 0) : nullptr;
        showSample(item ? item->data(Qt::UserRole).toLongLong() : 0);
    });
    connect(m_items, &QTableWidget::currentCellChanged, this, &SamplingPage::itemChanged);
    connect(m_items, &QTableWidget::cellActivated, this, [this] {
        if (const SampleItem* i = currentItem())
            Q_EMIT openApplication(i->applicationId);
    });
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_percent);
    setTabOrder(m_percent, m_seed);
    setTabOrder(m_seed, m_draw);
    setTabOrder(m_draw, m_samples);
    setTabOrder(m_samples, m_verify);
    setTabOrder(m_verify, m_items);
    setTabOrder(m_items, m_agree);
    setTabOrder(m_agree, m_disagree);
    setTabOrder(m_disagree, m_note);
    setTabOrder(m_note, timeline);
    setTabOrder(timeline, m_record);
    reloadSamples();
}

void SamplingPage::reloadSamples(qint64 select)
{
    const auto all = m_sampler.samples();
    m_samples->setRowCount(0);
    if (!all) {
        m_drawMessage->setText(all.message());
        return;
    }
    int selectRow = 0;
    for (const QualitySampler::Summary& s : *all) {
        const int row = m_samples->rowCount();
        m_samples->insertRow(row);
        auto* id = new QTableWidgetItem(QString::number(s.id));
        id->setData(Qt::UserRole, s.id);
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_samples->setItem(row, 0, id);
        m_samples->setItem(row, 1, new QTableWidgetItem(QStringLiteral("%1 – %2").arg(s.periodFrom.toString(Qt::ISODate),
                                                                                      s.periodTo.toString(Qt::ISODate))));
        m_samples->setItem(row, 2, new QTableWidgetItem(tr("%1 of %2").arg(percentText(s.percent)).arg(s.population)));
        m_samples->setItem(row, 3, new QTableWidgetItem(tr("%1 of %2").arg(s.reviewed).arg(s.size)));
        m_samples->setItem(row, 4, new QTableWidgetItem(QString::number(s.seed)));
        m_samples->setItem(row, 5, new QTableWidgetItem(s.drawnByName));
        if (s.id == select)
            selectRow = row;
    }
    m_samples->resizeColumnsToContents();
    m_verify->setEnabled(m_samples->rowCount() > 0);
    if (m_samples->rowCount() == 0) {
        showSample(0);
        m_progress->setText(tr("No sample has been drawn yet. Choose a period and a share above, then Draw sample."));
        return;
    }
    m_samples->setCurrentCell(selectRow, 0);
    showSample(m_samples->item(selectRow, 0)->data(Qt::UserRole).toLongLong());
}

void SamplingPage::showSample(qint64 sampleId)
{
    const int keepRow = sampleId == m_sampleId ? m_items->currentRow() : 0;
    m_sampleId = sampleId;
    m_items->setRowCount(0);
    m_current = QualitySample();
    if (sampleId <= 0) {
        m_progress->setText(tr("No sample selected."));
        itemChanged();
        return;
    }
    const auto s = m_sampler.sample(sampleId);
    if (!s) {
        m_progress->setText(s.message());
        itemChanged();
        return;
    }
    m_current = *s;
    for (const SampleItem& i : m_current.items) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        auto* pos = new QTableWidgetItem(QString::number(i.position));
        pos->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_items->setItem(row, 0, pos);
        m_items->setItem(row, 1, new QTableWidgetItem(i.reference));
        m_items->setItem(row, 2, new QTableWidgetItem(i.orgNameEn.isEmpty() ? i.orgNameZh
                                                      : i.orgNameZh.isEmpty() ? i.orgNameEn
                                                                              : i.orgNameEn + QStringLiteral("  ") + i.orgNameZh));
        m_items->setItem(row, 3, new QTableWidgetItem(tr("%1 %2").arg(statusLabel(i.outcome), CaseTimeline::localTime(i.decidedAt))));
        m_items->setItem(row, 4, new QTableWidgetItem(i.decidedByName));
        m_items->setItem(row, 5, new QTableWidgetItem(i.verdict == u"agree"      ? tr("Agree")
                                                      : i.verdict == u"disagree" ? tr("Disagree")
                                                                                 : tr("not reviewed")));
        m_items->setItem(row, 6, new QTableWidgetItem(i.reviewedByName));
        if (!i.note.isEmpty())
            m_items->item(row, 5)->setToolTip(CaseTimeline::maskIdentityNumbers(i.note));
    }
    m_items->resizeColumnsToContents();
    m_items->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    const int total = int(m_current.items.size());
    m_progress->setText(total == 0 ? tr("Sample %1 drew no cases: nothing was decided in %2 – %3.")
                                         .arg(sampleId)
                                         .arg(m_current.periodFrom.toString(Qt::ISODate),
                                              m_current.periodTo.toString(Qt::ISODate))
                                   : tr("Sample %1: %2 of %3 reviewed (seed %4)")
                                         .arg(sampleId)
                                         .arg(m_current.reviewedCount())
                                         .arg(total)
                                         .arg(m_current.seed));
    if (total > 0)
        m_items->setCurrentCell(std::clamp(keepRow, 0, total - 1), 1);
    itemChanged();
}

const SampleItem* SamplingPage::currentItem() const
{
    const int row = m_items->currentRow();
    return row >= 0 && row < m_current.items.size() ? &m_current.items.at(row) : nullptr;
}

void SamplingPage::itemChanged()
{
    const SampleItem* item = currentItem();
    m_note->clear();
    bool may = item && !item->reviewed();
    if (!item) {
        m_reviewMessage->setText(QString());
    } else if (item->reviewed()) {
        m_reviewMessage->setText(tr("Reviewed by %1 on %2: %3.")
                                     .arg(item->reviewedByName, CaseTimeline::localTime(item->reviewedAt),
                                          item->verdict == u"agree" ? tr("agrees") : tr("disagrees")));
        m_note->setPlainText(CaseTimeline::maskIdentityNumbers(item->note));
    } else {
        const auto barred = m_sampler.reviewBarred(m_sampleId, item->position, m_actor);
        const QString why = barred ? *barred : barred.message();
        m_reviewMessage->setText(why.isEmpty() ? tr("Not reviewed yet.") : why);
        may = why.isEmpty();
    }
    for (QWidget* w : std::initializer_list<QWidget*> { m_agree, m_disagree, m_record })
        w->setEnabled(may);
    m_note->setReadOnly(!may);
}

void SamplingPage::drawSample()
{
    std::optional<quint64> seed;
    if (!m_seed->text().trimmed().isEmpty()) {
        bool ok = false;
        seed = m_seed->text().trimmed().toULongLong(&ok);
        if (!ok || *seed > QualitySampler::kMaxSeed) {
            m_drawMessage->setText(tr("A seed is a whole number from 0 to %1.").arg(QualitySampler::kMaxSeed));
            m_seed->setFocus();
            return;
        }
    }
    const auto drawn = m_sampler.draw(m_from->date(), m_to->date(), m_percent->value(), m_actor, seed);
    if (!drawn) {
        m_drawMessage->setText(drawn.message());
        return;
    }
    m_drawMessage->setText(tr("Sample %1 drawn: %2 of %3 decisions (%4), seed %5 — recorded, so the draw can be repeated.")
                               .arg(drawn->id)
                               .arg(drawn->items.size())
                               .arg(drawn->population)
                               .arg(percentText(drawn->percent))
                               .arg(drawn->seed));
    reloadSamples(drawn->id);
    m_items->setFocus();
}

void SamplingPage::recordVerdict()
{
    const SampleItem* item = currentItem();
    if (!item || !m_record->isEnabled())
        return;
    const int position = item->position;
    const Status s = m_sampler.review(m_sampleId, position, m_agree->isChecked() ? QStringLiteral("agree")
                                                                                 : QStringLiteral("disagree"),
                                      m_note->toPlainText(), m_actor);
    if (!s) {
        m_reviewMessage->setText(s.message());
        if (m_disagree->isChecked())
            m_note->setFocus();
        return;
    }
    const int row = m_items->currentRow();
    reloadSamples(m_sampleId);
    // On to the next case not yet reviewed.
    for (int r = row + 1; r < m_current.items.size(); ++r) {
        if (!m_current.items.at(r).reviewed()) {
            m_items->setCurrentCell(r, 1);
            break;
        }
    }
    m_agree->setChecked(true);
    m_items->setFocus();
}

void SamplingPage::verifySample()
{
    if (m_sampleId <= 0)
        return;
    const auto check = m_sampler.redraw(m_sampleId);
    if (!check) {
        m_drawMessage->setText(check.message());
        return;
    }
    m_drawMessage->setText(check->matches
                               ? tr("Sample %1 is reproduced exactly from its recorded seed.").arg(m_sampleId)
                               : tr("Sample %1 does not match a fresh draw from its seed: %2 decisions in the period "
                                    "when drawn, %3 now; %n position(s) differ.",
                                    nullptr, int(check->differingPositions.size()))
                                     .arg(m_sampleId)
                                     .arg(check->populationRecorded)
                                     .arg(check->populationNow));
}

} // namespace orgdesk
