// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace orgdesk {

// A small, valid PDF with one A4 page per entry of `pages`, each page a few lines of Latin-1
// text in Helvetica. Used for fictional demo attachments and in tests; cheap enough to make
// thousands of.
QByteArray makeTextPdf(const QList<QStringList>& pages);

} // namespace orgdesk
