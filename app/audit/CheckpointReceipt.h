// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "audit/AuditCheckpoints.h"

#include <QByteArray>
#include <QImage>

namespace orgdesk {

// The one-page printable receipt of a checkpoint (A4 PDF) for the paper file: what it names, in
// English and Chinese, and a QR code holding the whole checkpoint file, so the paper alone can be
// checked against the database later. Needs a program with fonts (QGuiApplication), as letters do.
class CheckpointReceipt
{
public:
    static Result<QByteArray> pdf(const Checkpoint& checkpoint, const QString& storeLabel = {});
    // The QR code of `text` (error correction M), one pixel per module with a 4-module quiet zone.
    static Result<QImage> qrCode(const QByteArray& text);
};

} // namespace orgdesk
