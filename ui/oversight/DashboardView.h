// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"
#include "reports/Dashboard.h"

#include <QDialog>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace orgdesk {

// The supervisors' dashboard: a period of Hong Kong days (from/to, or last 30 days, last 90 days,
// this year), the service level and processing time as large figures, and charts (Qt Charts) of
// the intake per day by channel, the outcomes and the processing-time histogram. Figures are
// made by DashboardService on a worker thread with its own read-only connection while a busy
// bar shows; a change of period while one is loading is loaded after it (the older figures are
// never shown over the newer choice). Export CSV… and Export PDF… write the report
// (ReportWriter) and record `report.exported`; failures are said in the window.
//
// Thread rules: GUI thread only; the worker touches only its own Database and the Dashboard value.
class DashboardView : public QDialog
{
    Q_OBJECT
public:
    // Asks where to save: (title, suggested path, filter) → chosen path, empty when cancelled.
    using SavePicker = std::function<QString(const QString&, const QString&, const QString&)>;

    DashboardView(QSqlDatabase db, QString databasePath, Actor actor, QWidget* parent = nullptr);
    ~DashboardView() override;

    void setPeriod(QDate from, QDate to); // loads it
    QDate from() const;
    QDate to() const;
    bool isLoading() const { return m_loading; }
    // The figures on show; empty while none (first load, or an error).
    const std::optional<Dashboard>& dashboard() const { return m_dashboard; }
    QString messageText() const; // what the message line says (errors, "saved to …")
    void setSavePicker(SavePicker picker) { m_picker = std::move(picker); }

public Q_SLOTS:
    void reload();
    void exportCsv();
    void exportPdf();

Q_SIGNALS:
    void loaded(); // figures (or an error) are on show for the current period

private:
    QWidget* createPeriodBar();
    QWidget* createFigures();
    void scheduleReload();
    void showDashboard(const Dashboard& d);
    void showFailure(const QString& message);
    void showMessage(const QString& text, bool error);
    void exportAs(const QString& format);
    void rebuildCharts(const Dashboard& d);

    QSqlDatabase m_db;
    QString m_databasePath;
    Actor m_actor;
    SavePicker m_picker;
    std::optional<Dashboard> m_dashboard;
    bool m_loading = false;
    bool m_reloadPending = false;

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTimer* m_delay = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_periodLabel = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_share = nullptr;
    QLabel* m_shareCaption = nullptr;
    QLabel* m_median = nullptr;
    QLabel* m_medianCaption = nullptr;
    QLabel* m_received = nullptr;
    QLabel* m_receivedCaption = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_overdueCaption = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QGridLayout* m_charts = nullptr;
    QWidget* m_chartPage = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;
};

} // namespace orgdesk
