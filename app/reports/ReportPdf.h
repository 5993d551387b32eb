// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Settings.h"
#include "reports/Dashboard.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>

namespace orgdesk {

// The supervision report as an A4 PDF, drawn with QPainter on a QPdfWriter (no widgets, no
// chart library, so orgdesk-cli can write it too): title, Help Centre, period; intake by channel
// (table and stacked bars per day, or per week for long periods); outcomes (table and bars);
// processing time (table and histogram); service level (large figures); then the intake day by
// day on as many pages as needed, every page with a footer naming the report, period and page.
// Text is set in the letters' font (LetterService::documentFont: AR PL UMing HK for Chinese), so
// the text layer extracts exactly.
//
// Thread rules: needs a QGuiApplication (fonts); render() may run on any thread once it exists.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    ReportPdf(const Dashboard& dashboard, const Settings::Letterhead& letterhead)
        : m_dashboard(dashboard)
        , m_letterhead(letterhead)
    {
    }

    Result<QByteArray> render() const;

    // The colour of a channel (fax, post, hand, online) or outcome code in every chart.
    static QColor colour(const QString& code);

private:
    const Dashboard& m_dashboard;
    const Settings::Letterhead& m_letterhead;
};

} // namespace orgdesk
