// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/DuplicatesPanel.h"

#include "ApplicationStore.h"
#include "widgets/HkidTextWarning.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace orgdesk {

DuplicatesPanel::DuplicatesPanel(QSqlDatabase db, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_finder(std::make_unique<DuplicateFinder>(m_db))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Applications from the same organization"));
    m_list->setMinimumHeight(90);
    layout->addWidget(m_list, 1);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Note for the link (optional)"));
    m_note->setAccessibleName(tr("Note for the link"));
    layout->addWidget(m_note);
    m_noteWarning = new HkidTextWarning(m_note, this);
    layout->addWidget(m_noteWarning);
    auto* row = new QHBoxLayout;
    m_resubmission = new QPushButton(tr("Link as &resubmission"), this);
    m_duplicate = new QPushButton(tr("Link as d&uplicate"), this);
    row->addWidget(m_resubmission);
    row->addWidget(m_duplicate);
    row->addStretch();
    layout->addLayout(row);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_resubmission, &QPushButton::clicked, this, [this] { linkSelected(QStringLiteral("resubmission_of")); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { linkSelected(QStringLiteral("duplicate_of")); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openApplicationRequested(item->data(Qt::UserRole).toLongLong());
    });
    fill();
}

void DuplicatesPanel::setApplication(qint64 id)
{
    m_id = id;
    m_query = DuplicateQuery {};
    m_matches.clear();
    fill();
}

int DuplicatesPanel::matchCount() const
{
    return int(m_matches.size());
}

void DuplicatesPanel::search(const DuplicateQuery& query)
{
    m_query = query;
    m_query.excludeId = m_id;
    const auto found = m_finder->find(m_query);
    m_error->setVisible(!found.ok());
    m_error->setText(found.message());
    m_matches = found ? *found : QList<DuplicateMatch>();
    fill();
}

void DuplicatesPanel::fill()
{
    m_list->clear();
    const QHash<QString, QString> why { { QStringLiteral("br"), tr("same BR number") },
                                        { QStringLiteral("name"), tr("same name") },
                                        { QStringLiteral("email"), tr("same e-mail") },
                                        { QStringLiteral("phone"), tr("same phone") } };
    for (const DuplicateMatch& m : m_matches) {
        QStringList reasons;
        for (const QString& r : m.reasons)
            reasons << why.value(r, r);
        const QString name = m.orgNameEn.isEmpty() ? m.orgNameZh : m.orgNameEn;
        QString text = tr("%1 · %2 · %3\n%4 (%5)")
                           .arg(m.reference, statusLabel(m.status), m.receivedAt.left(10), name, reasons.join(QStringLiteral(", ")));
        if (m.linkKind == u"resubmission_of")
            text += tr(" — linked as resubmission");
        else if (m.linkKind == u"duplicate_of")
            text += tr(" — linked as duplicate");
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, m.id);
        item->setToolTip(text);
    }
    m_summary->setText(m_matches.isEmpty() ? tr("No other application from this organization found.")
                                           : tr("%n other application(s) may be from this organization.", nullptr,
                                                int(m_matches.size())));
    const bool any = !m_matches.isEmpty() && m_id > 0;
    m_resubmission->setEnabled(any);
    m_duplicate->setEnabled(any);
    if (any && !m_list->currentItem())
        m_list->setCurrentRow(0);
}

bool DuplicatesPanel::linkSelected(const QString& kind)
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || m_id <= 0)
        return false;
    const Status s = m_finder->link(m_id, item->data(Qt::UserRole).toLongLong(), kind, m_note->text().trimmed(), m_actor);
    if (!s) {
        m_error->setText(s.message());
        m_error->show();
        return false;
    }
    m_note->clear();
    search(m_query);
    return true;
}

} // namespace orgdesk
