// SPDX-License-Identifier: GPL-3.0-or-later
#include "form/ConflictDialog.h"

#include "HongKongTime.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace orgdesk {

namespace {

    // The form's fields in the order of the paper form.
    const QStringList& formOrder()
    {
        static const QStringList order {
            QString::fromUtf16(field::orgNameEn),
            QString::fromUtf16(field::orgNameZh),
            QString::fromUtf16(field::orgType),
            QString::fromUtf16(field::brNumber),
            QString::fromUtf16(field::registeredAddress),
            QString::fromUtf16(field::correspondenceAddress),
            QString::fromUtf16(field::caseNumbers),
            QString::fromUtf16(field::lshkConfirmed),
            QString::fromUtf16(field::lshkConfirmedHow),
            QString::fromUtf16(field::paNameEn),
            QString::fromUtf16(field::paNameZh),
            QString::fromUtf16(field::paIdType),
            QString::fromUtf16(field::paIdNumber),
            QString::fromUtf16(field::paPosition),
            QString::fromUtf16(field::phone),
            QString::fromUtf16(field::fax),
            QString::fromUtf16(field::email),
            QString::fromUtf16(field::formSigned),
            QString::fromUtf16(field::formDate),
            QString::fromUtf16(field::remarks),
        };
        return order;
    }

    QLabel* valueLabel(const QString& text, QWidget* parent)
    {
        auto* label = new QLabel(text, parent);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
        label->setFrameShape(QFrame::StyledPanel);
        label->setMargin(4);
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 22);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        return label;
    }

} // namespace

QString ConflictDialog::fieldLabel(const QString& f)
{
    static const QHash<QString, const char*> labels {
        { QString::fromUtf16(field::orgNameEn), QT_TR_NOOP("Organization name (English)") },
        { QString::fromUtf16(field::orgNameZh), QT_TR_NOOP("Organization name (Chinese)") },
        { QString::fromUtf16(field::orgType), QT_TR_NOOP("Type of organization") },
        { QString::fromUtf16(field::brNumber), QT_TR_NOOP("BR number") },
        { QString::fromUtf16(field::registeredAddress), QT_TR_NOOP("Registered address") },
        { QString::fromUtf16(field::correspondenceAddress), QT_TR_NOOP("Correspondence address") },
        { QString::fromUtf16(field::caseNumbers), QT_TR_NOOP("Case numbers") },
        { QString::fromUtf16(field::lshkConfirmed), QT_TR_NOOP("Law Society registration confirmed") },
        { QString::fromUtf16(field::lshkConfirmedHow), QT_TR_NOOP("How it was confirmed") },
        { QString::fromUtf16(field::paNameEn), QT_TR_NOOP("Principal Administrator's name (English)") },
        { QString::fromUtf16(field::paNameZh), QT_TR_NOOP("Principal Administrator's name (Chinese)") },
        { QString::fromUtf16(field::paIdType), QT_TR_NOOP("Identity document") },
        { QString::fromUtf16(field::paIdNumber), QT_TR_NOOP("Identity document number") },
        { QString::fromUtf16(field::paPosition), QT_TR_NOOP("Position") },
        { QString::fromUtf16(field::phone), QT_TR_NOOP("Telephone") },
        { QString::fromUtf16(field::fax), QT_TR_NOOP("Fax") },
        { QString::fromUtf16(field::email), QT_TR_NOOP("E-mail") },
        { QString::fromUtf16(field::formSigned), QT_TR_NOOP("Form signed") },
        { QString::fromUtf16(field::formDate), QT_TR_NOOP("Date on the form") },
        { QString::fromUtf16(field::remarks), QT_TR_NOOP("Remarks") },
    };
    const auto it = labels.constFind(f);
    return it == labels.constEnd() ? f : tr(it.value());
}

QString ConflictDialog::valueText(const QString& f, const QJsonValue& v)
{
    if (v.isBool()) {
        if (f == QString::fromUtf16(field::lshkConfirmed))
            return v.toBool() ? tr("Confirmed") : tr("Not confirmed");
        return v.toBool() ? tr("Yes") : tr("No");
    }
    if (v.isArray()) {
        QStringList lines;
        for (const QJsonValue& item : v.toArray()) {
            const QJsonObject o = item.toObject();
            const QString note = o.value(QStringLiteral("note")).toString();
            lines << (note.isEmpty() ? o.value(QStringLiteral("text")).toString()
                                     : tr("%1 (%2)").arg(o.value(QStringLiteral("text")).toString(), note));
        }
        return lines.isEmpty() ? tr("(none)") : lines.join(u'\n');
    }
    if (v.isUndefined() || v.isNull() || v.toString().isEmpty())
        return tr("(empty)");
    if (f == QString::fromUtf16(field::paIdType))
        return v.toString() == u"hkid"    ? tr("HKID card")
            : v.toString() == u"passport" ? tr("Passport")
                                          : v.toString();
    return v.toString();
}

ConflictDialog::ConflictDialog(
    const SaveConflict& conflict, const FormData& mine, const FormData& base, QWidget* parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_mine(mine)
{
    setWindowTitle(tr("Changed at another desk"));
    setAccessibleName(windowTitle());
    auto* outer = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Someone else saved this application after you opened it. For each field below they "
                        "changed it to something other than what you are saving. Choose which value to keep; "
                        "nothing you typed is lost until you save. All times are Hong Kong time."),
            this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto* area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(area);
    auto* grid = new QGridLayout(body);
    grid->setHorizontalSpacing(12);
    const QStringList heads { tr("Field"), tr("Changed by"), tr("Their value (saved now)"), tr("Your value"),
        tr("Keep") };
    for (int c = 0; c < heads.size(); ++c) {
        auto* h = new QLabel(QStringLiteral("<b>%1</b>").arg(heads.at(c).toHtmlEscaped()), body);
        grid->addWidget(h, 0, c);
    }

    QList<FieldConflict> sorted = m_conflict.fields;
    std::stable_sort(sorted.begin(), sorted.end(), [](const FieldConflict& a, const FieldConflict& b) {
        const qsizetype ia = formOrder().indexOf(a.field), ib = formOrder().indexOf(b.field);
        return (ia < 0 ? 1000 : ia) < (ib < 0 ? 1000 : ib);
    });
    const QJsonObject mineJson = mine.toJson();
    const QJsonObject baseJson = base.toJson();
    int row = 1;
    for (const FieldConflict& c : sorted) {
        m_order << c.field;
        auto* name = new QLabel(fieldLabel(c.field), body);
        name->setWordWrap(true);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        auto* who = new QLabel(c.changedBy.isEmpty()
                ? tr("someone")
                : tr("%1\n%2").arg(c.changedBy, HongKongTime::display(c.changedAt)),
            body);
        grid->addWidget(who, row, 1, Qt::AlignTop);
        grid->addWidget(valueLabel(valueText(c.field, c.theirs), body), row, 2);
        grid->addWidget(valueLabel(valueText(c.field, c.mine), body), row, 3);
        auto* choice = new QWidget(body);
        auto* v = new QVBoxLayout(choice);
        v->setContentsMargins(0, 0, 0, 0);
        auto* keepMine = new QRadioButton(tr("Mine"), choice);
        auto* takeTheirs = new QRadioButton(tr("Theirs"), choice);
        keepMine->setAccessibleName(tr("Keep my value of %1").arg(fieldLabel(c.field)));
        takeTheirs->setAccessibleName(tr("Take their value of %1").arg(fieldLabel(c.field)));
        auto* group = new QButtonGroup(choice);
        group->addButton(keepMine);
        group->addButton(takeTheirs);
        v->addWidget(keepMine);
        v->addWidget(takeTheirs);
        // Untouched here: theirs is the newer value. Typed here: the clerk's value stays unless chosen.
        bool untouched = mineJson.value(c.field) == baseJson.value(c.field);
        if (c.field == QString::fromUtf16(field::lshkConfirmed))
            untouched = mine.lshkConfirmed == base.lshkConfirmed
                && mine.lshkConfirmedHow == base.lshkConfirmedHow
                && mine.lshkConfirmedOn == base.lshkConfirmedOn;
        (untouched ? takeTheirs : keepMine)->setChecked(true);
        m_theirs.insert(c.field, takeTheirs);
        grid->addWidget(choice, row, 4, Qt::AlignTop);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(row, 1);
    area->setWidget(body);
    outer->addWidget(area, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save with these choices"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Back to the form"), QDialogButtonBox::RejectRole);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
    resize(std::max(760, sizeHint().width()), std::min(620, std::max(360, sizeHint().height() + 40)));
}

bool ConflictDialog::takesTheirs(const QString& f) const
{
    const QRadioButton* b = m_theirs.value(f);
    return b && b->isChecked();
}

void ConflictDialog::setTakeTheirs(const QString& f, bool theirs)
{
    QRadioButton* b = m_theirs.value(f);
    if (!b)
        return;
    if (theirs) {
        b->setChecked(true);
    } else if (auto* group = b->group()) {
        for (QAbstractButton* other : group->buttons()) {
            if (other != b)
                other->setChecked(true);
        }
    }
}

FormData ConflictDialog::merged() const
{
    QStringList theirs;
    for (const QString& f : m_order) {
        if (takesTheirs(f))
            theirs << f;
    }
    return mergeForms(m_mine, m_conflict.theirs, theirs);
}

} // namespace orgdesk
