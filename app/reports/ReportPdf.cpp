// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPdf.h"

#include "ApplicationStore.h"
#include "HongKongTime.h"
#include "letters/LetterService.h"
#include "reports/ReportWriter.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <functional>

namespace orgdesk {

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 18;
constexpr double kFooterMm = 8;

// A "nice" axis: steps of 1, 2 or 5 times a power of ten, about four of them up to `max`.
double niceStep(double max)
{
    if (max <= 0)
        return 1;
    const double raw = max / 4.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (m * power >= raw)
            return std::max(1.0, m * power);
    }
    return std::max(1.0, 10 * power);
}

// Where the next thing goes on the page, and the drawing helpers. Lengths are millimetres.
class Canvas
{
public:
    Canvas(QPdfWriter& writer, QPainter& painter, QString footer)
        : m_writer(writer)
        , m_p(painter)
        , m_footer(std::move(footer))
    {
        m_width = writer.width() / dpmm();
        m_height = writer.height() / dpmm() - kFooterMm;
        drawFooter();
    }

    static double dpmm() { return kDpi / 25.4; }
    static double px(double mm) { return mm * dpmm(); }
    double width() const { return m_width; }
    double y() const { return m_y; }
    void skip(double mm) { m_y += mm; }

    QFont font(double pt, bool bold = false) const
    {
        QFont f = LetterService::documentFont(pt);
        f.setBold(bold);
        return f;
    }
    double lineHeight(const QFont& f) const { return QFontMetricsF(f, &m_writer).height() / dpmm(); }
    double textWidth(const QFont& f, const QString& text) const
    {
        return QFontMetricsF(f, &m_writer).horizontalAdvance(text) / dpmm();
    }

    // A caption stays on the page of what follows it.
    void keepWithNext(double mm) { ensure(mm); }

    // Starts a new page unless `mm` more fit on this one.
    void ensure(double mm)
    {
        if (m_y + mm <= m_height)
            return;
        m_writer.newPage();
        ++m_page;
        m_y = 0;
        drawFooter();
    }

    void text(double x, double y, double w, double h, const QString& s, const QFont& f, int flags,
              const QColor& colour = Qt::black)
    {
        m_p.setFont(f);
        m_p.setPen(colour);
        m_p.drawText(QRectF(px(x), px(y), px(w), px(h)), flags, s);
    }

    // One line (wrapped when long) across the page; advances.
    void paragraph(const QString& s, const QFont& f, const QColor& colour = Qt::black, int align = Qt::AlignLeft)
    {
        m_p.setFont(f);
        const QRectF bound = m_p.boundingRect(QRectF(0, 0, px(m_width), px(200)), align | Qt::TextWordWrap, s);
        const double h = bound.height() / dpmm();
        ensure(h);
        text(0, m_y, m_width, h, s, f, align | Qt::TextWordWrap, colour);
        m_y += h;
    }

    void heading(const QString& s)
    {
        ensure(40); // a heading is never alone at the foot of a page
        m_y += 3;
        paragraph(s, font(12.5, true), QColor(0x1f, 0x3a, 0x5f));
        m_p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), px(0.3)));
        m_p.drawLine(QPointF(0, px(m_y + 0.5)), QPointF(px(m_width), px(m_y + 0.5)));
        m_y += 2.5;
    }

    // A table: columns of the given widths (mm); numeric columns right-aligned. The header row is
    // repeated on every page the table runs onto.
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<double>& widths,
               const QList<bool>& right, const QList<int>& boldRows = {})
    {
        const QFont body = font(9);
        const QFont bold = font(9, true);
        const double h = lineHeight(body) + 1.2;
        auto drawRow = [&](const QStringList& cells, const QFont& f, bool shaded) {
            double x = 0;
            if (shaded) {
                double total = 0;
                for (double w : widths)
                    total += w;
                m_p.fillRect(QRectF(0, px(m_y), px(total), px(h)), QColor(0xee, 0xf2, 0xf7));
            }
            for (int c = 0; c < cells.size() && c < widths.size(); ++c) {
                text(x + 1.5, m_y, widths.at(c) - 3, h, cells.at(c), f,
                     Qt::AlignVCenter | (right.value(c) ? Qt::AlignRight : Qt::AlignLeft));
                x += widths.at(c);
            }
            m_y += h;
        };
        ensure(h * std::min<qsizetype>(3, rows.size() + 1));
        drawRow(header, bold, true);
        for (int r = 0; r < rows.size(); ++r) {
            if (m_y + h > m_height) {
                ensure(m_height); // new page
                drawRow(header, bold, true);
            }
            drawRow(rows.at(r), boldRows.contains(r) ? bold : body, false);
        }
        m_y += 2;
    }

    // Vertical bars, each a stack of (value, colour) parts, with a value axis, gridlines and a
    // label under every `labelEvery`-th bar.
    void bars(const QList<QList<std::pair<int, QColor>>>& stacks, const QStringList& labels, double heightMm,
              bool valuesOnTop)
    {
        const QFont small = font(7.5);
        const double labelH = lineHeight(small) + 1;
        ensure(heightMm + labelH + 4);
        const double top = m_y + 2 + (valuesOnTop ? labelH : 0);
        const double axisW = 12;
        const double plotW = m_width - axisW;
        const double plotH = heightMm - (valuesOnTop ? labelH : 0);
        double max = 0;
        for (const auto& stack : stacks) {
            double sum = 0;
            for (const auto& part : stack)
                sum += part.first;
            max = std::max(max, sum);
        }
        const double step = niceStep(max);
        const double axisMax = std::max(step, std::ceil(max / step) * step);
        QLocale locale;
        for (double v = 0; v <= axisMax + step / 2; v += step) {
            const double y = top + plotH - plotH * v / axisMax;
            m_p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), px(0.15)));
            m_p.drawLine(QPointF(px(axisW), px(y)), QPointF(px(m_width), px(y)));
            text(0, y - labelH / 2, axisW - 1.5, labelH, locale.toString(qint64(v)), small,
                 Qt::AlignRight | Qt::AlignVCenter, QColor(0x55, 0x55, 0x55));
        }
        const double slot = plotW / std::max<qsizetype>(1, stacks.size());
        const double barW = slot * 0.72;
        double widest = 0;
        for (const QString& l : labels)
            widest = std::max(widest, textWidth(small, l));
        const int labelEvery = std::max(1, int(std::ceil((widest + 2) / slot)));
        for (int i = 0; i < stacks.size(); ++i) {
            const double x = axisW + slot * i + (slot - barW) / 2;
            double base = top + plotH;
            int sum = 0;
            for (const auto& part : stacks.at(i)) {
                const double h = plotH * part.first / axisMax;
                m_p.fillRect(QRectF(px(x), px(base - h), px(barW), px(h)), part.second);
                base -= h;
                sum += part.first;
            }
            if (valuesOnTop)
                text(x - slot, base - labelH, barW + 2 * slot, labelH, locale.toString(sum), small,
                     Qt::AlignHCenter | Qt::AlignBottom);
            if (i % labelEvery == 0 && i < labels.size())
                text(axisW + slot * i + slot / 2 - 15, top + plotH + 0.8, 30, labelH, labels.at(i), small,
                     Qt::AlignHCenter | Qt::AlignTop);
        }
        m_p.setPen(QPen(QColor(0x88, 0x88, 0x88), px(0.25)));
        m_p.drawLine(QPointF(px(axisW), px(top + plotH)), QPointF(px(m_width), px(top + plotH)));
        m_y = top + plotH + labelH + 2;
    }

    // Horizontal bars with their label on the left and their count on the right.
    void horizontalBars(const QList<std::tuple<QString, int, QColor>>& rows)
    {
        const QFont f = font(9);
        const double h = lineHeight(f) + 1.5;
        ensure(h * rows.size() + 2);
        double max = 1;
        for (const auto& r : rows)
            max = std::max<double>(max, std::get<1>(r));
        const double labelW = 36, countW = 20;
        const double barMax = m_width - labelW - countW;
        QLocale locale;
        for (const auto& [label, value, colour] : rows) {
            text(0, m_y, labelW - 2, h, label, f, Qt::AlignVCenter | Qt::AlignRight);
            const double w = barMax * value / max;
            m_p.fillRect(QRectF(px(labelW), px(m_y + 0.6), px(std::max(w, 0.3)), px(h - 1.2)), colour);
            text(labelW + w + 1.5, m_y, countW, h, locale.toString(value), f, Qt::AlignVCenter | Qt::AlignLeft);
            m_y += h;
        }
        m_y += 2;
    }

    // Coloured squares with labels, in a row.
    void legend(const QList<std::pair<QString, QColor>>& items)
    {
        const QFont f = font(8.5);
        const double h = lineHeight(f);
        ensure(h + 2);
        double x = 12;
        for (const auto& [label, colour] : items) {
            m_p.fillRect(QRectF(px(x), px(m_y + h * 0.2), px(h * 0.6), px(h * 0.6)), colour);
            x += h * 0.6 + 1.5;
            text(x, m_y, 60, h, label, f, Qt::AlignVCenter | Qt::AlignLeft);
            x += textWidth(f, label) + 6;
        }
        m_y += h + 2;
    }

    // A large figure with a caption under it, in a box `w` wide at `x`; does not advance.
    void figure(double x, double w, const QString& big, const QString& caption, const QColor& colour)
    {
        const QFont bigFont = font(22, true);
        const QFont small = font(8.5);
        const double bh = lineHeight(bigFont);
        m_p.setPen(QPen(QColor(0xcc, 0xd5, 0xe0), px(0.3)));
        m_p.drawRect(QRectF(px(x), px(m_y), px(w), px(bh + 12)));
        text(x, m_y + 1.5, w, bh, big, bigFont, Qt::AlignHCenter | Qt::AlignVCenter, colour);
        text(x + 2, m_y + 1.5 + bh, w - 4, 9, caption, small, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap);
    }
    double figureHeight() const { return lineHeight(font(22, true)) + 12; }

private:
    void drawFooter()
    {
        const QFont f = font(7.5);
        text(0, m_height + 2, m_width, kFooterMm - 2, m_footer, f, Qt::AlignLeft | Qt::AlignBottom,
             QColor(0x66, 0x66, 0x66));
        text(0, m_height + 2, m_width, kFooterMm - 2, ReportPdf::tr("Page %1").arg(m_page), f,
             Qt::AlignRight | Qt::AlignBottom, QColor(0x66, 0x66, 0x66));
    }

    QPdfWriter& m_writer;
    QPainter& m_p;
    QString m_footer;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 1;
};

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

QColor ReportPdf::colour(const QString& code)
{
    static const QHash<QString, QColor> colours {
        { QStringLiteral("fax"), QColor(0x1f, 0x77, 0xb4) },     { QStringLiteral("post"), QColor(0xff, 0x7f, 0x0e) },
        { QStringLiteral("hand"), QColor(0x2c, 0xa0, 0x2c) },    { QStringLiteral("online"), QColor(0x94, 0x67, 0xbd) },
        { QStringLiteral("approved"), QColor(0x2c, 0xa0, 0x2c) }, { QStringLiteral("rejected"), QColor(0xd6, 0x27, 0x28) },
        { QStringLiteral("withdrawn"), QColor(0x7f, 0x7f, 0x7f) }, { QStringLiteral("duplicate"), QColor(0x8c, 0x56, 0x4b) },
    };
    return colours.value(code, QColor(0x1f, 0x3a, 0x5f));
}

Result<QByteArray> ReportPdf::render() const
{
    if (Status fonts = LetterService::checkDocumentFonts(); !fonts)
        return fonts.error();
    const Dashboard& d = m_dashboard;
    QLocale locale;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm - 6), QPageLayout::Millimeter);
        writer.setResolution(kDpi);
        writer.setCreator(QStringLiteral("OrgDesk"));
        writer.setTitle(QStringLiteral("%1 %2 – %3").arg(ReportWriter::title(), iso(d.from), iso(d.to)));
        QPainter painter(&writer);
        if (!painter.isActive())
            return makeError(ErrorCode::Io, tr("The report could not be written as PDF."));
        Canvas c(writer, painter, tr("%1 · %2 to %3").arg(ReportWriter::title(), iso(d.from), iso(d.to)));

        // Title block.
        c.paragraph(ReportWriter::title(), c.font(18, true), QColor(0x1f, 0x3a, 0x5f));
        QStringList office;
        for (const QString& n : { m_letterhead.officeEn, m_letterhead.officeZh }) {
            if (!n.trimmed().isEmpty())
                office << n.trimmed();
        }
        if (!office.isEmpty())
            c.paragraph(office.join(QStringLiteral("  ")), c.font(12));
        c.skip(1);
        c.paragraph(tr("Period: %1 to %2 (%3, Hong Kong calendar days)")
                        .arg(iso(d.from), iso(d.to), ReportWriter::dayCount(d.days())),
                    c.font(10.5, true));
        const QString made = HongKongTime::isoMinutes(d.computedAtUtc);
        c.paragraph(tr("Made at %1 (Hong Kong time). Service-level target: %2 from receipt, days waiting for the "
                       "applicant not counted.")
                        .arg(made, ReportWriter::businessDayCount(d.targetBusinessDays)),
                    c.font(9), QColor(0x44, 0x44, 0x44));
        if (d.periodEmpty()) {
            c.skip(2);
            c.paragraph(tr("Nothing was received, decided or closed in this period."), c.font(10.5, true),
                        QColor(0xd6, 0x27, 0x28));
        }

        // Service level first: the figures a supervisor looks for.
        c.heading(tr("Service level"));
        {
            const double w = (c.width() - 8) / 3;
            c.ensure(c.figureHeight() + 2);
            const double share = d.compliance.share();
            c.figure(0, w, ReportWriter::percent(share),
                     tr("decided within %1 (%2 of %3)")
                         .arg(ReportWriter::businessDayCount(d.targetBusinessDays),
                              locale.toString(d.compliance.withinTarget), locale.toString(d.compliance.decided)),
                     std::isnan(share) ? QColor(0x55, 0x55, 0x55)
                     : share >= 0.9    ? QColor(0x2c, 0xa0, 0x2c)
                                       : QColor(0xd6, 0x27, 0x28));
            c.figure(w + 4, w, locale.toString(d.compliance.openCases), tr("open cases on %1").arg(iso(d.today)),
                     QColor(0x1f, 0x3a, 0x5f));
            c.figure(2 * (w + 4), w, locale.toString(d.compliance.openOverdue),
                     tr("open cases overdue on %1").arg(iso(d.today)),
                     d.compliance.openOverdue > 0 ? QColor(0xd6, 0x27, 0x28) : QColor(0x2c, 0xa0, 0x2c));
            c.skip(c.figureHeight() + 3);
        }

        // Intake.
        c.heading(tr("Applications received, by channel"));
        {
            QList<QStringList> rows;
            for (const QString& ch : Dashboard::channels()) {
                const int n = d.intakeTotal.count(ch);
                rows << QStringList { channelLabel(ch), locale.toString(n),
                                      d.intakeTotal.total() > 0 ? ReportWriter::percent(double(n) / d.intakeTotal.total())
                                                                : QStringLiteral("–") };
            }
            rows << QStringList { tr("Total"), locale.toString(d.intakeTotal.total()), QString() };
            c.table({ tr("Channel"), tr("Applications"), tr("Share") }, rows, { 45, 35, 30 }, { false, true, true },
                    { int(rows.size()) - 1 });
            const QList<DayIntake> bars = d.intakeBars(62);
            const int span = bars.isEmpty() ? 1 : int(bars.first().day.daysTo(bars.first().last)) + 1;
            c.keepWithNext(58);
            c.paragraph(span == 1   ? tr("Received per day")
                        : span == 7 ? tr("Received per week (each bar starts on the day under it)")
                                    : tr("Received per %1 (each bar starts on the day under it)")
                                          .arg(ReportWriter::dayCount(span)),
                        c.font(9, true));
            QList<QList<std::pair<int, QColor>>> stacks;
            QStringList labels;
            for (const DayIntake& bar : bars) {
                QList<std::pair<int, QColor>> stack;
                for (const QString& ch : Dashboard::channels())
                    stack << std::pair(bar.count(ch), colour(ch));
                stacks << stack;
                labels << bar.day.toString(QStringLiteral("MM-dd"));
            }
            c.bars(stacks, labels, 48, false);
            QList<std::pair<QString, QColor>> legend;
            for (const QString& ch : Dashboard::channels())
                legend << std::pair(channelLabel(ch), colour(ch));
            c.legend(legend);
        }

        // Outcomes.
        c.heading(tr("Decisions and other outcomes (by the day of the move)"));
        {
            QList<std::tuple<QString, int, QColor>> rows;
            for (const QString& o : Dashboard::outcomeCodes())
                rows << std::tuple(statusLabel(o), d.outcomeCount(o), colour(o));
            c.horizontalBars(rows);
        }

        // Processing time.
        c.heading(tr("Processing time: business days from receipt to decision"));
        {
            c.paragraph(tr("Cases approved or rejected in the period; days waiting for the applicant are not counted "
                           "(cases that waited: %1).")
                            .arg(locale.toString(d.processing.casesPaused)),
                        c.font(9), QColor(0x44, 0x44, 0x44));
            c.skip(1);
            const bool any = d.processing.cases > 0;
            auto value = [any](const QString& s) { return any ? s : QStringLiteral("–"); };
            c.table({ tr("Figure"), tr("Business days") },
                    { { tr("Cases decided"), locale.toString(d.processing.cases) },
                      { tr("Median"), value(ReportWriter::number(d.processing.median)) },
                      { tr("Mean"), value(QString::number(d.processing.mean, 'f', 1)) },
                      { tr("90th percentile"), value(QString::number(d.processing.percentile90)) },
                      { tr("Shortest – longest"),
                        value(QStringLiteral("%1 – %2").arg(d.processing.minimum).arg(d.processing.maximum)) } },
                    { 55, 35 }, { false, true });
            QList<QList<std::pair<int, QColor>>> stacks;
            QStringList labels;
            for (const ProcessingBucket& b : d.processing.histogram) {
                const bool late = b.fromDays > d.targetBusinessDays;
                stacks << QList<std::pair<int, QColor>> { { b.cases, late ? colour(QStringLiteral("rejected"))
                                                                           : colour(QStringLiteral("fax")) } };
                labels << b.label();
            }
            c.keepWithNext(50);
            c.paragraph(tr("Cases by business days taken (red: more than the target)"), c.font(9, true));
            c.bars(stacks, labels, 40, true);
        }

        // The intake day by day.
        c.heading(tr("Applications received per day"));
        {
            QList<QStringList> rows;
            for (const DayIntake& day : d.intake) {
                QStringList row { iso(day.day), locale.dayName(day.day.dayOfWeek(), QLocale::ShortFormat) };
                for (const QString& ch : Dashboard::channels())
                    row << locale.toString(day.count(ch));
                row << locale.toString(day.total());
                rows << row;
            }
            QStringList total { tr("Total"), QString() };
            for (const QString& ch : Dashboard::channels())
                total << locale.toString(d.intakeTotal.count(ch));
            total << locale.toString(d.intakeTotal.total());
            rows << total;
            QStringList header { tr("Date"), tr("Day") };
            for (const QString& ch : Dashboard::channels())
                header << channelLabel(ch);
            header << tr("Total");
            c.table(header, rows, { 28, 16, 22, 22, 22, 22, 22 }, { false, false, true, true, true, true, true },
                    { int(rows.size()) - 1 });
        }
        painter.end();
    }
    buffer.close();
    if (bytes.isEmpty())
        return makeError(ErrorCode::Io, tr("The report could not be written as PDF."));
    return bytes;
}

} // namespace orgdesk
