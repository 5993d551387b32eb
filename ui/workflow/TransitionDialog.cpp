// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/TransitionDialog.h"

#include "widgets/DialogParts.h"
#include "widgets/HkidTextWarning.h"
#include "workflow/WorkflowService.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace orgdesk {

TransitionDialog::TransitionDialog(QSqlDatabase db, Actor actor, qint64 applicationId, workflow::Rule rule,
                                   QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_applicationId(applicationId)
    , m_rule(std::move(rule))
{
    setWindowTitle(workflow::actionLabel(m_rule.from, m_rule.to));
    auto* layout = new QVBoxLayout(this);

    if (m_rule.to == u"recommended") {
        layout->addWidget(new QLabel(tr("Recommendation:"), this));
        auto* row = new QHBoxLayout;
        m_approve = new QRadioButton(tr("&Approve"), this);
        m_reject = new QRadioButton(tr("&Reject"), this);
        row->addWidget(m_approve);
        row->addWidget(m_reject);
        row->addStretch(1);
        layout->addLayout(row);
    }
    // Reason codes: required for requisitions and rejections; offered with a recommendation.
    QString kind = m_rule.reasonKind;
    if (m_rule.to == u"recommended")
        kind = QStringLiteral("rejection");
    if (!kind.isEmpty()) {
        layout->addWidget(new QLabel(m_rule.reasonKind.isEmpty() ? tr("Reasons for a rejection (if recommending one):")
                                                                 : tr("Reasons (at least one):"),
                                     this));
        m_reasons = new QListWidget(this);
        m_reasons->setAccessibleName(tr("Reason codes"));
        const auto codes = WorkflowService(m_db).reasonCodes(kind);
        if (codes) {
            for (const ReasonCode& c : *codes) {
                auto* item = new QListWidgetItem(QStringLiteral("%1  %2\n%3").arg(c.code, c.textEn, c.textZh), m_reasons);
                item->setData(Qt::UserRole, c.code);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
        m_reasons->setWordWrap(true);
        m_reasons->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_reasons->setResizeMode(QListView::Adjust);
        m_reasons->setMinimumHeight(200);
        layout->addWidget(m_reasons, 1);
    }
    if (m_rule.to == u"awaiting_applicant") {
        layout->addWidget(new QLabel(tr("Documents or items missing (one per line):"), this));
        m_missing = new QPlainTextEdit(this);
        m_missing->setAccessibleName(tr("Missing items"));
        m_missing->setTabChangesFocus(true);
        m_missing->setMaximumHeight(90);
        layout->addWidget(m_missing);
        layout->addWidget(new HkidTextWarning(m_missing, this));
    }
    const bool caseByCase = m_rule.from == u"case_by_case" || m_rule.to == u"case_by_case";
    layout->addWidget(new QLabel(m_rule.noteRequired ? (caseByCase ? tr("Written reasons (required):")
                                                                   : tr("Note (required):"))
                                                     : tr("Note (optional):"),
                                 this));
    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(110);
    layout->addWidget(m_note);
    m_noteWarning = new HkidTextWarning(m_note, this);
    layout->addWidget(m_noteWarning);
    m_message = addErrorLabel(this, layout);
    addOkCancel(this, layout, workflow::actionLabel(m_rule.from, m_rule.to));
    setMinimumWidth(640);
}

void TransitionDialog::checkReason(const QString& code)
{
    if (!m_reasons)
        return;
    for (int i = 0; i < m_reasons->count(); ++i) {
        if (m_reasons->item(i)->data(Qt::UserRole).toString() == code)
            m_reasons->item(i)->setCheckState(Qt::Checked);
    }
}

void TransitionDialog::setRecommendation(const QString& recommendation)
{
    if (m_approve && recommendation == u"approve")
        m_approve->setChecked(true);
    if (m_reject && recommendation == u"reject")
        m_reject->setChecked(true);
}

void TransitionDialog::setNote(const QString& note)
{
    m_note->setPlainText(note);
}

void TransitionDialog::setMissingItems(const QStringList& items)
{
    if (m_missing)
        m_missing->setPlainText(items.join(u'\n'));
}

QString TransitionDialog::errorText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void TransitionDialog::accept()
{
    TransitionRequest r;
    r.applicationId = m_applicationId;
    r.to = m_rule.to;
    r.expectedFrom = m_rule.from;
    r.note = m_note->toPlainText();
    if (m_reasons) {
        for (int i = 0; i < m_reasons->count(); ++i) {
            if (m_reasons->item(i)->checkState() == Qt::Checked)
                r.reasonCodes << m_reasons->item(i)->data(Qt::UserRole).toString();
        }
    }
    if (m_approve)
        r.recommendation = m_approve->isChecked() ? QStringLiteral("approve")
                           : m_reject->isChecked() ? QStringLiteral("reject")
                                                   : QString();
    if (m_missing)
        r.missingItems = m_missing->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    const auto done = WorkflowService(m_db).transition(r, m_actor);
    if (!done) {
        showError(m_message, done.message());
        return;
    }
    QDialog::accept();
}

} // namespace orgdesk
