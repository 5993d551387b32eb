// SPDX-License-Identifier: GPL-3.0-or-later
#include "oversight/DashboardView.h"

#include "ApplicationStore.h"
#include "Database.h"
#include "Settings.h"
#include "reports/DashboardService.h"
#include "reports/ReportPdf.h"
#include "reports/ReportWriter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace orgdesk {

namespace {

// A large figure with a caption of up to three lines under it.
QFrame* tile(QWidget* parent, QLabel*& big, QLabel*& caption, const QString& title)
{
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    auto* heading = new QLabel(title, frame);
    QFont hf = heading->font();
    hf.setBold(true);
    heading->setFont(hf);
    big = new QLabel(QStringLiteral("–"), frame);
    QFont f = big->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    big->setFont(f);
    caption = new QLabel(frame);
    caption->setWordWrap(true);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    caption->setMinimumHeight(caption->fontMetrics().lineSpacing() * 3 + 2);
    layout->addWidget(heading);
    layout->addWidget(big);
    layout->addWidget(caption);
    frame->setAccessibleName(title);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred); // the row's tiles share one height
    return frame;
}

QChartView* chartView(QChart* chart, QWidget* parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

// A value axis from 0 with whole-number labels and a rounded top.
QValueAxis* countAxis(int max)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(max, 1));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    if (axis->max() < 4)
        axis->setTickCount(int(axis->max()) + 1);
    return axis;
}

} // namespace

DashboardView::DashboardView(QSqlDatabase db, QString databasePath, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_databasePath(std::move(databasePath))
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Dashboard"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_picker = [this](const QString& title, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    };
    auto* layout = new QVBoxLayout(this);
    m_periodLabel = new QLabel(this);
    QFont pf = m_periodLabel->font();
    pf.setPointSizeF(pf.pointSizeF() * 1.15);
    pf.setBold(true);
    m_periodLabel->setFont(pf);
    m_periodLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_periodLabel);
    layout->addWidget(createPeriodBar());
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(createFigures(), 1);

    auto* buttons = new QDialogButtonBox(this);
    m_csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    m_pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    m_csv->setToolTip(tr("Save the figures of this period as a spreadsheet (CSV)"));
    m_pdf->setToolTip(tr("Save the supervision report of this period as PDF"));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_csv, &QPushButton::clicked, this, &DashboardView::exportCsv);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardView::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    // Tab order: period, quick choices, refresh (set in createPeriodBar), then the exports.
    setTabOrder(m_csv, m_pdf);
    setTabOrder(m_pdf, close);

    // The size it was drawn for, within the screen's room (a 1280×800 laptop, its title bar and panel).
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1120, 800);
    resize(std::min(1120, room.width()), std::min(800, room.height() * 92 / 100));
    const auto [from, to] = DashboardService::lastDays(90, DashboardService::today());
    setPeriod(from, to);
}

DashboardView::~DashboardView() = default;

QWidget* DashboardView::createPeriodBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto dateEdit = [bar](const QString& name) {
        auto* e = new QDateEdit(bar);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setAccessibleName(name);
        return e;
    };
    m_from = dateEdit(tr("First day"));
    m_to = dateEdit(tr("Last day"));
    auto* fromLabel = new QLabel(tr("&From"), bar);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), bar);
    toLabel->setBuddy(m_to);
    for (QLabel* l : { fromLabel, toLabel })
        l->setMinimumWidth(l->fontMetrics().horizontalAdvance(l->text().remove(u'&')) + 6);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    auto quick = [this, bar, row](const QString& text, const std::function<std::pair<QDate, QDate>(QDate)>& period) {
        auto* b = new QPushButton(text, bar);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, period] {
            const auto [from, to] = period(DashboardService::today());
            setPeriod(from, to);
        });
        row->addWidget(b);
        return b;
    };
    QPushButton* last30 = quick(tr("Last &30 days"), [](QDate t) { return DashboardService::lastDays(30, t); });
    QPushButton* last90 = quick(tr("Last &90 days"), [](QDate t) { return DashboardService::lastDays(90, t); });
    QPushButton* year = quick(tr("This &year"), [](QDate t) { return DashboardService::thisYear(t); });
    auto* refresh = new QPushButton(tr("&Refresh"), bar);
    refresh->setAutoDefault(false);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &DashboardView::reload);
    row->addWidget(refresh);
    m_busy = new QProgressBar(bar);
    m_busy->setRange(0, 0); // busy, no known end
    m_busy->setMaximumWidth(140);
    m_busy->setFormat(tr("Loading…"));
    m_busy->setTextVisible(true);
    m_busy->setAccessibleName(tr("Loading the figures"));
    m_busy->hide();
    row->addWidget(m_busy);
    row->addStretch(1);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(400); // typing a date changes it digit by digit
    connect(m_delay, &QTimer::timeout, this, &DashboardView::reload);
    for (QDateEdit* e : { m_from, m_to })
        connect(e, &QDateEdit::dateChanged, this, &DashboardView::scheduleReload);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, last30);
    setTabOrder(last30, last90);
    setTabOrder(last90, year);
    setTabOrder(year, refresh);
    return bar;
}

QWidget* DashboardView::createFigures()
{
    auto* area = new QWidget(this);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* tiles = new QHBoxLayout;
    tiles->addWidget(tile(area, m_share, m_shareCaption, tr("Service level")));
    tiles->addWidget(tile(area, m_median, m_medianCaption, tr("Processing time, median")));
    tiles->addWidget(tile(area, m_received, m_receivedCaption, tr("Received")));
    tiles->addWidget(tile(area, m_overdue, m_overdueCaption, tr("Open cases overdue today")));
    layout->addLayout(tiles);

    m_pages = new QStackedWidget(area);
    m_chartPage = new QWidget(m_pages);
    m_charts = new QGridLayout(m_chartPage);
    m_charts->setContentsMargins(0, 0, 0, 0);
    m_pages->addWidget(m_chartPage);
    m_empty = new QLabel(m_pages);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont f = m_empty->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_empty->setFont(f);
    m_pages->addWidget(m_empty);
    layout->addWidget(m_pages, 1);
    return area;
}

void DashboardView::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_delay->stop();
    reload();
}

QDate DashboardView::from() const
{
    return m_from->date();
}

QDate DashboardView::to() const
{
    return m_to->date();
}

QString DashboardView::messageText() const
{
    return m_message->text();
}

void DashboardView::scheduleReload()
{
    m_delay->start();
}

void DashboardView::reload()
{
    m_delay->stop();
    const QDate from = m_from->date(), to = m_to->date();
    if (Status s = DashboardService::checkPeriod(from, to); !s) {
        showFailure(s.message());
        return;
    }
    if (m_loading) {
        m_reloadPending = true; // loaded when the one under way ends
        return;
    }
    m_loading = true;
    m_reloadPending = false;
    m_busy->show();
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    m_periodLabel->setText(tr("Loading %1 to %2…").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    auto* watcher = new QFutureWatcher<Result<Dashboard>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<Dashboard> result = watcher->result();
        watcher->deleteLater();
        m_loading = false;
        m_busy->hide();
        const bool current = result && result->from == m_from->date() && result->to == m_to->date();
        if (m_reloadPending || (result && !current)) {
            reload(); // the period changed meanwhile
            return;
        }
        if (!result)
            showFailure(result.message());
        else
            showDashboard(*result);
        Q_EMIT loaded();
    });
    const QString path = m_databasePath;
    watcher->setFuture(QtConcurrent::run([path, from, to]() -> Result<Dashboard> {
        // A connection of its own: connections belong to one thread.
        Result<Database> db = Database::open(path, Database::OpenMode::ReadOnlyNoMigrate);
        if (!db)
            return db.error();
        return DashboardService(db->connection()).compute(from, to);
    }));
}

void DashboardView::showFailure(const QString& message)
{
    m_dashboard.reset();
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
    m_periodLabel->clear();
    showMessage(message, true);
    m_empty->setText(tr("No figures to show."));
    m_pages->setCurrentWidget(m_empty);
    for (QLabel* l : { m_share, m_median, m_received, m_overdue }) {
        l->setText(QStringLiteral("–"));
        l->setStyleSheet(QString());
    }
    for (QLabel* l : { m_shareCaption, m_medianCaption, m_receivedCaption, m_overdueCaption })
        l->clear();
}

void DashboardView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_message->setVisible(!text.isEmpty());
    m_message->setAccessibleName(error ? tr("Problem") : tr("Message"));
}

void DashboardView::showDashboard(const Dashboard& d)
{
    m_dashboard = d;
    showMessage(QString(), false);
    QLocale locale;
    const QString head = [this] {
        const Settings::Letterhead letterhead = Settings(m_db).letterhead();
        return QStringLiteral("%1 %2").arg(letterhead.officeEn, letterhead.officeZh).trimmed();
    }();
    m_periodLabel->setText(tr("%1 · %2 to %3 (%4)")
                               .arg(head, d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate),
                                    ReportWriter::dayCount(d.days())));
    const double share = d.compliance.share();
    m_share->setText(ReportWriter::percent(share));
    m_share->setStyleSheet(std::isnan(share) ? QString()
                           : share >= 0.9    ? QStringLiteral("color: #2c7a2c;")
                                             : QStringLiteral("color: #b00020;"));
    m_shareCaption->setText(tr("decided within the target: %1 of %2 cases approved or rejected, target %3")
                                .arg(locale.toString(d.compliance.withinTarget), locale.toString(d.compliance.decided),
                                     ReportWriter::businessDayCount(d.targetBusinessDays)));
    if (d.processing.cases > 0) {
        m_median->setText(ReportWriter::number(d.processing.median));
        m_medianCaption->setText(tr("business days from receipt to decision; mean %1, 90th percentile %2 (%3 cases)")
                                     .arg(QString::number(d.processing.mean, 'f', 1))
                                     .arg(d.processing.percentile90)
                                     .arg(locale.toString(d.processing.cases)));
    } else {
        m_median->setText(QStringLiteral("–"));
        m_medianCaption->setText(tr("no case approved or rejected in the period"));
    }
    m_received->setText(locale.toString(d.intakeTotal.total()));
    QStringList channels;
    for (const QString& c : Dashboard::channels())
        channels << QStringLiteral("%1 %2").arg(channelLabel(c), locale.toString(d.intakeTotal.count(c)));
    m_receivedCaption->setText(channels.join(QStringLiteral(" · ")));
    m_overdue->setText(locale.toString(d.compliance.openOverdue));
    m_overdue->setStyleSheet(d.compliance.openOverdue > 0 ? QStringLiteral("color: #b00020;") : QString());
    m_overdueCaption->setText(
        tr("of %1 open cases on %2").arg(locale.toString(d.compliance.openCases), d.today.toString(Qt::ISODate)));

    if (d.periodEmpty()) {
        m_empty->setText(tr("Nothing was received, decided or closed from %1 to %2.\nChoose another period above.")
                             .arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate)));
        m_pages->setCurrentWidget(m_empty);
    } else {
        rebuildCharts(d);
        m_pages->setCurrentWidget(m_chartPage);
    }
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
}

void DashboardView::rebuildCharts(const Dashboard& d)
{
    while (QLayoutItem* item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QLocale locale;

    // Intake per day (or per week) by channel, stacked.
    const QList<DayIntake> bars = d.intakeBars(31);
    const int span = bars.isEmpty() ? 1 : int(bars.first().day.daysTo(bars.first().last)) + 1;
    auto* intake = new QChart;
    intake->setTitle(span == 1   ? tr("Applications received per day, by channel")
                     : span == 7 ? tr("Applications received per week, by channel (each bar from the day under it)")
                                 : tr("Applications received per %1, by channel (each bar from the day under it)")
                                       .arg(ReportWriter::dayCount(span)));
    auto* stacked = new QStackedBarSeries;
    int maxBar = 0;
    for (const DayIntake& b : bars)
        maxBar = std::max(maxBar, b.total());
    for (const QString& c : Dashboard::channels()) {
        if (c == u"online" && d.intakeTotal.online == 0)
            continue; // not keyed at the desk; shown when there are any
        auto* set = new QBarSet(channelLabel(c));
        set->setColor(ReportPdf::colour(c));
        set->setBorderColor(ReportPdf::colour(c));
        for (const DayIntake& b : bars)
            *set << b.count(c);
        stacked->append(set);
    }
    stacked->setBarWidth(0.8);
    intake->addSeries(stacked);
    QStringList days;
    for (const DayIntake& b : bars)
        days << b.day.toString(QStringLiteral("MM-dd"));
    auto* dayAxis = new QBarCategoryAxis;
    dayAxis->append(days);
    if (bars.size() > 16)
        dayAxis->setLabelsAngle(-90);
    intake->addAxis(dayAxis, Qt::AlignBottom);
    stacked->attachAxis(dayAxis);
    QValueAxis* intakeAxis = countAxis(maxBar);
    // No vertical axis titles: the chart titles say what is counted, and Qt Charts elides a
    // rotated title set in Chinese to "⋮".
    intake->addAxis(intakeAxis, Qt::AlignLeft);
    stacked->attachAxis(intakeAxis);
    m_charts->addWidget(chartView(intake, m_chartPage), 0, 0, 1, 2);

    // Outcomes.
    auto* outcomes = new QChart;
    outcomes->setTitle(tr("Decisions and other outcomes"));
    // One set per outcome (each with its value in its own row only), so each has its colour.
    auto* outcomeSeries = new QHorizontalStackedBarSeries;
    QStringList outcomeLabels;
    int maxOutcome = 0;
    // Listed bottom to top, so approved is on top.
    QStringList codes = Dashboard::outcomeCodes();
    std::reverse(codes.begin(), codes.end());
    for (int i = 0; i < codes.size(); ++i) {
        const QString& o = codes.at(i);
        outcomeLabels << QStringLiteral("%1 (%2)").arg(statusLabel(o), locale.toString(d.outcomeCount(o)));
        maxOutcome = std::max(maxOutcome, d.outcomeCount(o));
        auto* set = new QBarSet(statusLabel(o));
        set->setColor(ReportPdf::colour(o));
        set->setBorderColor(ReportPdf::colour(o));
        for (int k = 0; k < codes.size(); ++k)
            *set << (k == i ? d.outcomeCount(o) : 0);
        outcomeSeries->append(set);
    }
    outcomeSeries->setBarWidth(0.6);
    outcomes->addSeries(outcomeSeries);
    auto* outcomeAxis = new QBarCategoryAxis;
    outcomeAxis->append(outcomeLabels);
    outcomes->addAxis(outcomeAxis, Qt::AlignLeft);
    outcomeSeries->attachAxis(outcomeAxis);
    QValueAxis* outcomeCount = countAxis(maxOutcome);
    outcomes->addAxis(outcomeCount, Qt::AlignBottom);
    outcomeSeries->attachAxis(outcomeCount);
    outcomes->legend()->hide();
    m_charts->addWidget(chartView(outcomes, m_chartPage), 1, 0);

    // Processing-time histogram: within the target in blue, beyond it in red.
    auto* histogram = new QChart;
    histogram->setTitle(tr("Cases decided, by processing time (business days)"));
    auto* within = new QBarSet(tr("Within the target of %1").arg(ReportWriter::businessDayCount(d.targetBusinessDays)));
    auto* beyond = new QBarSet(tr("Beyond the target"));
    within->setColor(ReportPdf::colour(QStringLiteral("fax")));
    beyond->setColor(ReportPdf::colour(QStringLiteral("rejected")));
    QStringList buckets;
    int maxBucket = 0;
    for (const ProcessingBucket& b : d.processing.histogram) {
        const bool late = b.fromDays > d.targetBusinessDays;
        *within << (late ? 0 : b.cases);
        *beyond << (late ? b.cases : 0);
        buckets << (b.toDays < 0 ? QStringLiteral("%1+").arg(b.fromDays) : b.label()); // "61 or more" is too wide
        maxBucket = std::max(maxBucket, b.cases);
    }
    auto* histogramSeries = new QStackedBarSeries;
    histogramSeries->append(within);
    histogramSeries->append(beyond);
    histogramSeries->setBarWidth(0.7);
    histogram->addSeries(histogramSeries);
    auto* bucketAxis = new QBarCategoryAxis;
    bucketAxis->append(buckets);
    bucketAxis->setTitleText(tr("Business days from receipt to decision"));
    histogram->addAxis(bucketAxis, Qt::AlignBottom);
    histogramSeries->attachAxis(bucketAxis);
    QValueAxis* bucketCount = countAxis(maxBucket);
    histogram->addAxis(bucketCount, Qt::AlignLeft);
    histogramSeries->attachAxis(bucketCount);
    m_charts->addWidget(chartView(histogram, m_chartPage), 1, 1);
    m_charts->setRowStretch(0, 1);
    m_charts->setRowStretch(1, 1);
    for (QChartView* v : m_chartPage->findChildren<QChartView*>())
        v->show(); // at once, not when the layout next gets round to it (screenshots, tests)
}

void DashboardView::exportCsv()
{
    exportAs(QStringLiteral("csv"));
}

void DashboardView::exportPdf()
{
    exportAs(QStringLiteral("pdf"));
}

void DashboardView::exportAs(const QString& format)
{
    if (!m_dashboard) {
        showMessage(tr("There are no figures to export yet."), true);
        return;
    }
    const Dashboard d = *m_dashboard;
    const bool csv = format == u"csv";
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(ReportWriter::suggestedFileName(d.from, d.to, format));
    const QString path = m_picker(csv ? tr("Export the report as CSV") : tr("Export the report as PDF"), suggested,
                                  csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return; // cancelled
    const ReportWriter writer(d, Settings(m_db).letterhead());
    QByteArray bytes;
    if (csv) {
        bytes = writer.csv();
    } else {
        const Result<QByteArray> pdf = writer.pdf();
        if (!pdf) {
            showMessage(tr("The PDF report could not be made: %1").arg(pdf.message()), true);
            return;
        }
        bytes = *pdf;
    }
    if (Status s = ReportWriter::writeFile(path, bytes); !s) {
        showMessage(tr("Nothing was exported. %1").arg(s.message()), true);
        return;
    }
    if (Status s = ReportWriter::recordExport(m_db, m_actor, d, format, path); !s) {
        showMessage(tr("The report was saved to %1, but the export could not be recorded in the audit trail: %2")
                        .arg(QDir::toNativeSeparators(path), s.message()),
                    true);
        return;
    }
    showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace orgdesk
