// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/CheckpointReceipt.h"

#include "HongKongTime.h"
#include "letters/LetterService.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <memory>
#include <qrencode.h>

namespace orgdesk {

namespace {

    QString tr(const char* text)
    {
        return QCoreApplication::translate("orgdesk::CheckpointReceipt", text);
    }

    // Splits a long hex string into lines of `width` characters in groups of 8, for reading aloud.
    QString grouped(const QString& hex, int width)
    {
        QStringList lines;
        for (int i = 0; i < hex.size(); i += width) {
            QStringList groups;
            const QString line = hex.mid(i, width);
            for (int j = 0; j < line.size(); j += 8)
                groups << line.mid(j, 8);
            lines << groups.join(u' ');
        }
        return lines.join(u'\n');
    }

} // namespace

Result<QImage> CheckpointReceipt::qrCode(const QByteArray& text)
{
    const std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        QRcode_encodeData(
            int(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), 0, QR_ECLEVEL_M),
        QRcode_free);
    if (!code)
        return makeError(ErrorCode::Unsupported, tr("The checkpoint does not fit in a QR code."));
    constexpr int kQuiet = 4;
    const int size = code->width + 2 * kQuiet;
    QImage image(size, size, QImage::Format_Mono);
    image.fill(1);
    image.setColorTable({ qRgb(0, 0, 0), qRgb(255, 255, 255) });
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                image.setPixel(x + kQuiet, y + kQuiet, 0);
    return image;
}

Result<QByteArray> CheckpointReceipt::pdf(const Checkpoint& c, const QString& storeLabel)
{
    if (Status fonts = LetterService::checkDocumentFonts(); !fonts)
        return fonts.error();
    const Result<QImage> qr = qrCode(c.qrText());
    if (!qr)
        return qr.error();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("OrgDesk"));
        writer.setTitle(QStringLiteral("Audit checkpoint %1").arg(c.eventId));
        QPainter p(&writer);
        const double mm = writer.resolution() / 25.4;
        const double width = writer.width();
        double y = 0;
        auto line = [&](const QString& text, double pt, bool bold = false, double gapMm = 1.5) {
            QFont f = LetterService::documentFont(pt);
            f.setBold(bold);
            p.setFont(f);
            const QRectF box(0, y, width, writer.height());
            const QRectF used = p.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, text);
            p.drawText(box, Qt::TextWordWrap | Qt::AlignLeft, text);
            y += used.height() + gapMm * mm;
        };
        line(tr("Audit checkpoint receipt"), 18, true, 0.5);
        line(QStringLiteral("審計檢查點收據"), 16, true, 1);
        line(tr("OrgDesk, Judiciary Help Centre. Keep this page in the paper file: it proves later that the "
                "audit trail was not rolled back or rewritten. 請將本頁存於紙本檔案。"),
            10, false, 5);

        // The fields, label beside value.
        QFont labelFont = LetterService::documentFont(10);
        labelFont.setBold(true);
        QFont valueFont = LetterService::documentFont(10);
        QFont mono = valueFont;
        mono.setFamilies({ QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Liberation Mono") });
        mono.setStyleHint(QFont::Monospace);
        const double labelWidth = 62 * mm;
        const QString taken
            = HongKongTime::toHongKong(c.takenAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QList<std::tuple<QString, QString, bool>> rows {
            { tr("Database (store id)\n資料庫"),
                grouped(c.storeId, 32) + (storeLabel.isEmpty() ? QString() : u'\n' + storeLabel), true },
            { tr("Newest event\n最新事件編號"), QString::number(c.eventId), false },
            { tr("Events in the trail\n事件數目"), QString::number(c.eventCount), false },
            { tr("Newest event's hash\n最新事件雜湊值"), grouped(c.headHash, 32), true },
            { tr("Taken (Hong Kong time)\n時間（香港時間）"), taken, false },
            { tr("Supervisor\n主管"), c.supervisor, false },
            { tr("Signing key (fingerprint)\n簽署密鑰指紋"), grouped(c.keyFingerprint(), 32), true },
            { tr("Ed25519 signature\n數碼簽署"), grouped(c.signature, 32), true },
        };
        for (const auto& [label, value, isHex] : rows) {
            p.setFont(labelFont);
            const QRectF labelBox(0, y, labelWidth - 3 * mm, writer.height());
            const QRectF labelUsed = p.boundingRect(labelBox, Qt::TextWordWrap, label);
            p.drawText(labelBox, Qt::TextWordWrap, label);
            p.setFont(isHex ? mono : valueFont);
            const QRectF valueBox(labelWidth, y, width - labelWidth, writer.height());
            const QRectF valueUsed = p.boundingRect(valueBox, Qt::TextWordWrap, value);
            p.drawText(valueBox, Qt::TextWordWrap, value);
            y += std::max(labelUsed.height(), valueUsed.height()) + 2.5 * mm;
            p.setPen(QPen(Qt::lightGray, 0.2 * mm));
            p.drawLine(QPointF(0, y - 1.2 * mm), QPointF(width, y - 1.2 * mm));
            p.setPen(Qt::black);
        }

        // The QR code: the whole checkpoint file.
        y += 3 * mm;
        const double side = 70 * mm;
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(QRectF(0, y, side, side), *qr);
        const double textX = side + 6 * mm;
        p.setFont(valueFont);
        p.drawText(QRectF(textX, y, width - textX, side), Qt::TextWordWrap,
            tr("The QR code holds the whole checkpoint file. To check the trail against it, save the file "
               "(or "
               "the QR code's text) and run:\n\norgdesk-cli audit verify --against FILE\n\nor, on a desk, "
               "Oversight ▸ Verify against checkpoint…\n\nQR 碼載有整個檢查點檔案，可用以核對審計記錄。"));
        y += side + 10 * mm;
        p.drawLine(QPointF(0, y + 10 * mm), QPointF(80 * mm, y + 10 * mm));
        p.drawText(QRectF(0, y + 11 * mm, 120 * mm, 10 * mm), Qt::AlignLeft,
            tr("Supervisor's signature and date  主管簽署及日期"));
        p.end();
    }
    buffer.close();
    if (bytes.isEmpty())
        return makeError(ErrorCode::Io, tr("The receipt could not be written as PDF."));
    return bytes;
}

} // namespace orgdesk
