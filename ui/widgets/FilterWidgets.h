// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

class QComboBox;
class QDateEdit;
class QWidget;

namespace orgdesk {

// Filter controls the queue and the supervisor console share, so they look and read alike.

// A received-date limit that starts empty ("any date"); dateLimit() reads it back.
QDateEdit* anyDateEdit(QWidget* parent, const QString& accessibleName);
QDate dateLimit(const QDateEdit* edit); // null when the edit says "any date"
void clearDateLimit(QDateEdit* edit);

// Every channel, after a first entry `anyText` (data: empty) that means any channel.
QComboBox* channelCombo(QWidget* parent, const QString& anyText);

// Whether the interface speaks Chinese (names from the reference data are then shown in Chinese).
bool chineseInterface();

} // namespace orgdesk
