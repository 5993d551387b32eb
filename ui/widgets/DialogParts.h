// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDialog;
class QLabel;
class QVBoxLayout;

namespace orgdesk {

// Pieces every OrgDesk dialog shares, so they look and behave alike.

// A hidden, word-wrapped label for what went wrong, read by screen readers; added to `layout`.
QLabel* addErrorLabel(QDialog* dialog, QVBoxLayout* layout);
// Shows `text` in an error label made by addErrorLabel.
void showError(QLabel* label, const QString& text);
// OK/Cancel buttons with `okText` on OK, wired to the dialog's accept()/reject(); added to `layout`.
void addOkCancel(QDialog* dialog, QVBoxLayout* layout, const QString& okText);

} // namespace orgdesk
