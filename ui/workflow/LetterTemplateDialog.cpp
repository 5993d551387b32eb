// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/LetterTemplateDialog.h"

#include "widgets/DialogParts.h"
#include "letters/LetterService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace orgdesk {

LetterTemplateDialog::LetterTemplateDialog(QSqlDatabase db, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Letter templates"));
    auto* layout = new QVBoxLayout(this);
    auto* pick = new QHBoxLayout;
    m_kind = new QComboBox(this);
    for (const QString& k : LetterService::kinds())
        m_kind->addItem(LetterService::kindLabel(k), k);
    m_lang = new QComboBox(this);
    m_lang->addItem(tr("English"), QStringLiteral("en"));
    m_lang->addItem(tr("Traditional Chinese"), QStringLiteral("zh"));
    m_kind->setAccessibleName(tr("Letter type"));
    m_lang->setAccessibleName(tr("Language"));
    pick->addWidget(m_kind);
    pick->addWidget(m_lang);
    pick->addStretch(1);
    layout->addLayout(pick);
    auto* form = new QFormLayout;
    m_subject = new QLineEdit(this);
    m_body = new QPlainTextEdit(this);
    m_body->setTabChangesFocus(true);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Body:"), m_body);
    layout->addLayout(form, 1);
    auto* fields = new QLabel(tr("Merge fields: %1. A blank line starts a new paragraph; {{reasons}} and "
                                 "{{missing_items}} alone in a paragraph become numbered lists.")
                                  .arg(QStringLiteral("{{") + LetterService::mergeFields().join(QStringLiteral("}}, {{"))
                                       + QStringLiteral("}}")),
                              this);
    fields->setWordWrap(true);
    layout->addWidget(fields);
    m_message = addErrorLabel(this, layout);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
        [this] { (void)save(); }); // it says in the dialog how it went
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterTemplateDialog::load);
    connect(m_lang, &QComboBox::currentIndexChanged, this, &LetterTemplateDialog::load);
    resize(760, 560);
    load();
}

void LetterTemplateDialog::select(const QString& kind, const QString& lang)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
    m_lang->setCurrentIndex(m_lang->findData(lang));
    load();
}

void LetterTemplateDialog::load()
{
    const auto t = LetterService(m_db).letterTemplate(m_kind->currentData().toString(), m_lang->currentData().toString());
    m_message->hide();
    if (!t) {
        showError(m_message, t.message());
        return;
    }
    m_subject->setText(t->subject);
    m_body->setPlainText(t->body);
}

Status LetterTemplateDialog::save()
{
    const Status s = LetterService(m_db).setTemplate(
        LetterTemplate { m_kind->currentData().toString(), m_lang->currentData().toString(), m_subject->text(),
                         m_body->toPlainText() },
        m_actor);
    if (!s) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        showError(m_message, s.message());
    } else {
        m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_message->setText(tr("Saved. New letters use this template."));
        m_message->show();
    }
    return s;
}

QString LetterTemplateDialog::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace orgdesk
