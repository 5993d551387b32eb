// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/WorkflowPanel.h"

#include "ApplicationStore.h"
#include "HongKongTime.h"
#include "workflow/TransitionDialog.h"
#include "letters/LetterService.h"
#include "workflow/ServiceLevels.h"
#include "workflow/WorkflowService.h"
#include "widgets/FlowLayout.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace orgdesk {

WorkflowPanel::WorkflowPanel(QSqlDatabase db, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    layout->addWidget(m_status);
    m_actions = new QWidget(this);
    m_actionsLayout = new FlowLayout(m_actions);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_actions);
    m_history = new QTreeWidget(this);
    m_history->setHeaderLabels({ tr("When"), tr("Move"), tr("By"), tr("Reasons"), tr("Note") });
    m_history->setRootIsDecorated(false);
    m_history->setAccessibleName(tr("Workflow history"));
    m_history->viewport()->installEventFilter(this);
    m_history->header()->setStretchLastSection(true);
    layout->addWidget(m_history, 1);

    // A flow, like the moves above: on a narrow panel the button goes to the next line instead of
    // out of sight.
    auto* letterRow = new QWidget(this);
    auto* letters = new FlowLayout(letterRow);
    letters->setContentsMargins(0, 0, 0, 0);
    auto* letterLabel = new QLabel(tr("Letter:"), this);
    letters->addWidget(letterLabel);
    m_letterKind = new QComboBox(this);
    for (const QString& k : LetterService::kinds())
        m_letterKind->addItem(LetterService::kindLabel(k), k);
    m_letterKind->setAccessibleName(tr("Letter type"));
    m_letterLang = new QComboBox(this);
    m_letterLang->addItem(tr("English"), QStringLiteral("en"));
    m_letterLang->addItem(tr("Traditional Chinese"), QStringLiteral("zh"));
    m_letterLang->setAccessibleName(tr("Letter language"));
    m_letterButton = new QPushButton(tr("Save &letter to case"), this);
    letters->addWidget(m_letterKind);
    letters->addWidget(m_letterLang);
    letters->addWidget(m_letterButton);
    // As tall as the boxes beside it, so that its text sits on their line in the flow.
    letterLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    letterLabel->setMinimumHeight(m_letterKind->sizeHint().height());
    letterLabel->setBuddy(m_letterKind);
    layout->addWidget(letterRow);
    m_letterResult = new QLabel(this);
    m_letterResult->setWordWrap(true);
    layout->addWidget(m_letterResult);
    connect(m_letterButton, &QPushButton::clicked, this, &WorkflowPanel::generateLetter);
    setApplication(0);
}

void WorkflowPanel::setApplication(qint64 applicationId)
{
    m_applicationId = applicationId;
    m_letterResult->clear();
    refresh();
}

QPushButton* WorkflowPanel::actionButton(const QString& toStatus) const
{
    return m_actions->findChild<QPushButton*>(QStringLiteral("action-") + toStatus);
}

QString WorkflowPanel::statusText() const
{
    return m_status->text();
}

void WorkflowPanel::refresh()
{
    for (QPushButton* b : m_actions->findChildren<QPushButton*>())
        delete b;
    m_history->clear();
    const bool any = m_applicationId > 0;
    m_letterButton->setEnabled(any);
    if (!any) {
        m_status->setText(tr("Select an application to see its workflow."));
        return;
    }
    const auto app = ApplicationStore(m_db).get(m_applicationId);
    if (!app) {
        m_status->setText(app.message().toHtmlEscaped());
        return;
    }
    QString due;
    if (const auto levels = ServiceLevels::load(m_db); levels) {
        if (const auto sl = levels->forApplication(m_applicationId); sl && sl->applies) {
            due = sl->paused ? tr("service clock paused while awaiting the applicant")
                  : sl->overdue ? tr("<span style=\"color:#b00020\"><b>overdue</b> since %1</span>")
                                      .arg(QLocale().toString(sl->due, QLocale::ShortFormat))
                  : sl->dueSoon ? tr("<span style=\"color:#8a5300\"><b>due soon</b>: %1</span>")
                                      .arg(QLocale().toString(sl->due, QLocale::ShortFormat))
                                : tr("due %1").arg(QLocale().toString(sl->due, QLocale::ShortFormat));
            if (sl->provisional)
                due += tr(" (<i>provisional</i>: a year it counts through has no public holidays entered)");
        }
    }
    m_status->setText(tr("<b>%1</b> is <b>%2</b>%3")
                          .arg(app->reference.toHtmlEscaped(), statusLabel(app->status).toHtmlEscaped(),
                               due.isEmpty() ? QString() : QStringLiteral("; ") + due));
    WorkflowService wf(m_db);
    if (const auto actions = wf.actionsFor(m_applicationId, m_actor); actions) {
        for (const AvailableAction& a : *actions) {
            auto* b = new QPushButton(workflow::actionLabel(a.rule.from, a.rule.to) + QStringLiteral("…"), m_actions);
            b->setObjectName(QStringLiteral("action-") + a.rule.to);
            b->setEnabled(a.allowed);
            b->setToolTip(a.whyNot);
            const QString to = a.rule.to;
            connect(b, &QPushButton::clicked, this, [this, to] { startAction(to); });
            m_actionsLayout->addWidget(b);
        }
    }
    if (const auto history = wf.history(m_applicationId); history) {
        for (const TransitionRecord& t : *history) {
            auto* item = new QTreeWidgetItem(m_history);
            item->setText(0, HongKongTime::display(t.at));
            item->setText(1, QStringLiteral("%1 → %2").arg(statusLabel(t.from), statusLabel(t.to)));
            item->setText(2, t.actorName);
            item->setText(3, t.reasonCodes.join(QStringLiteral(", "))
                                 + (t.recommendation.isEmpty() ? QString()
                                                               : (t.reasonCodes.isEmpty() ? QString() : QStringLiteral("; "))
                                                                     + (t.recommendation == u"approve" ? tr("recommends approval")
                                                                                                       : tr("recommends rejection"))));
            item->setText(4, t.note);
            // The reasons and the note also where their columns are hidden (fitHistory).
            QStringList details;
            for (const QString& part : { item->text(3), t.note }) {
                if (!part.trimmed().isEmpty())
                    details << part;
            }
            for (int c = 0; c < m_history->columnCount(); ++c)
                item->setToolTip(c, details.join(u'\n'));
        }
        // What the history needs side by side: each column at its content (the reasons at most 30
        // characters, the rest in the tooltip) and a little of the note.
        const int chars = fontMetrics().averageCharWidth();
        m_historyWidth = chars * 16;
        for (int c = 0; c < m_history->columnCount(); ++c)
            m_history->setColumnHidden(c, false); // the note last again, the one that stretches
        for (int c = 0; c < 4; ++c) {
            m_history->resizeColumnToContents(c);
            if (c == 3)
                m_history->setColumnWidth(c, std::min(m_history->columnWidth(c), chars * 30));
            m_historyWidth += m_history->columnWidth(c);
        }
    }
    fitHistory();
}

bool WorkflowPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The history's own width (it is laid out only once the tab shows), not the panel's.
    if (watched == m_history->viewport() && event->type() == QEvent::Resize)
        fitHistory();
    return QWidget::eventFilter(watched, event);
}

void WorkflowPanel::fitHistory()
{
    // Where the panel is narrow (beside the queue on a 1280 px screen) the reasons and the note go
    // to each row's tooltip instead of making the history scroll sideways.
    const int width = m_history->viewport()->width();
    const bool narrow = width < m_historyWidth;
    m_history->setColumnHidden(3, narrow);
    m_history->setColumnHidden(4, narrow);
    // Who made the move then takes the rest of the width (and is cut short if need be).
    if (narrow)
        m_history->setColumnWidth(2, std::max(fontMetrics().averageCharWidth() * 6,
                                              width - m_history->columnWidth(0) - m_history->columnWidth(1)));
    else
        m_history->resizeColumnToContents(2);
}

void WorkflowPanel::startAction(const QString& toStatus)
{
    const auto app = ApplicationStore(m_db).get(m_applicationId);
    if (!app)
        return;
    const workflow::Rule* rule = workflow::findRule(app->status, toStatus);
    if (!rule)
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new TransitionDialog(m_db, m_actor, m_applicationId, *rule, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT applicationChanged(m_applicationId);
    });
    m_dialog->open();
}

TransitionDialog* WorkflowPanel::currentDialog() const
{
    return m_dialog;
}

void WorkflowPanel::generateLetter()
{
    if (m_applicationId <= 0)
        return;
    const auto letter = LetterService(m_db).generate(m_applicationId, m_letterKind->currentData().toString(),
                                                     m_letterLang->currentData().toString(), m_actor);
    if (!letter) {
        m_letterResult->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_letterResult->setText(letter.message());
        return;
    }
    m_letterResult->setStyleSheet(QString());
    m_letterResult->setText(tr("Saved %1 with the case (SHA-256 %2…).").arg(letter->fileName, letter->sha256.left(12)));
    Q_EMIT applicationChanged(m_applicationId);
}

} // namespace orgdesk
