// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserService.h"
#include "oversight/QualitySampler.h"

#include <QSqlDatabase>
#include <QWidget>

class QButtonGroup;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace orgdesk {

// The console's quality-sampling page: draw a sample of the decisions in a period (the recorded
// seed is shown), list the samples, and review each drawn decision (agree / disagree with a note;
// Ctrl+Enter records). Permissions and four-eyes are QualitySampler's; the page explains them.
//
// Thread rules: GUI thread only.
class SamplingPage : public QWidget
{
    Q_OBJECT
public:
    SamplingPage(QSqlDatabase db, Actor actor, QWidget* parent = nullptr);

    QDateEdit* periodFrom() const { return m_from; }
    QDateEdit* periodTo() const { return m_to; }
    QDoubleSpinBox* percent() const { return m_percent; }
    QLineEdit* seed() const { return m_seed; }
    QPushButton* drawButton() const { return m_draw; }
    QTableWidget* samplesTable() const { return m_samples; }
    QTableWidget* itemsTable() const { return m_items; }
    QRadioButton* agreeButton() const { return m_agree; }
    QRadioButton* disagreeButton() const { return m_disagree; }
    QPlainTextEdit* note() const { return m_note; }
    QPushButton* recordButton() const { return m_record; }
    QLabel* drawMessage() const { return m_drawMessage; }
    QLabel* reviewMessage() const { return m_reviewMessage; }
    QLabel* progress() const { return m_progress; }
    qint64 currentSampleId() const { return m_sampleId; }

    void reloadSamples(qint64 select = 0);

public Q_SLOTS:
    void drawSample();
    void recordVerdict();
    void verifySample();

Q_SIGNALS:
    void openApplication(qint64 applicationId);
    void showTimelineRequested(qint64 applicationId);

private:
    void showSample(qint64 sampleId);
    void itemChanged();
    const SampleItem* currentItem() const;

    QSqlDatabase m_db;
    Actor m_actor;
    QualitySampler m_sampler;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QDoubleSpinBox* m_percent = nullptr;
    QLineEdit* m_seed = nullptr;
    QPushButton* m_draw = nullptr;
    QLabel* m_drawMessage = nullptr;
    QTableWidget* m_samples = nullptr;
    QTableWidget* m_items = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_verify = nullptr;
    QRadioButton* m_agree = nullptr;
    QRadioButton* m_disagree = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_reviewMessage = nullptr;
    qint64 m_sampleId = 0;
    QualitySample m_current;
};

} // namespace orgdesk
