// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPdf.h"

namespace orgdesk {

namespace {
QByteArray escapePdfText(const QString& s)
{
    QByteArray out;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == u')' || u == u'\\')
            out += '\\';
        out += (u >= 32 && u < 127) ? char(u) : '?';
    }
    return out;
}
} // namespace

QByteArray makeTextPdf(const QList<QStringList>& pages)
{
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    auto object = [&](const QByteArray& body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int n = int(pages.size());
    // 1: catalog, 2: pages, 3: font, then per page: page object and content stream.
    object("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int i = 0; i < n; ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(n) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (int i = 0; i < n; ++i) {
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
               "/Contents "
               + QByteArray::number(5 + 2 * i) + " 0 R >>");
        QByteArray stream = "BT /F1 12 Tf 72 770 Td 16 TL\n";
        for (const QString& line : pages.at(i))
            stream += "(" + escapePdfText(line) + ") Tj T*\n";
        stream += "ET";
        object("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace orgdesk
