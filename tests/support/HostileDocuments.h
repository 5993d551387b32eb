// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hostile files written by the tests themselves, for the document worker's tests.
//
// Thread rules: plain functions.

#include <QByteArray>
#include <QList>

#include <cstdlib>

namespace orgdesk::test {

// A PDF from numbered object bodies (object 1 is the catalog), with a correct xref table;
// `trailer` is added to the trailer dictionary.
inline QByteArray pdfFromObjects(const QList<QByteArray>& objects, const QByteArray& trailer = {})
{
    QByteArray out = "%PDF-1.7\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R" + trailer
        + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// One page whose AcroForm field tree loops (the field's /Kids holds the field itself, and its
// widget's /Parent points back to it) and whose content draws a form XObject that draws the next
// one ten times over, `depth` levels deep: 10^(depth-1) text drawings from a file of 2 KB.
// Poppler 22.12 notices the loop; reading the page's text takes minutes (pdftotext too).
inline QByteArray hostilePdf(int depth = 8)
{
    QList<QByteArray> objects {
        "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Annots [5 0 R] "
        "/Resources << /XObject << /X 8 0 R >> >> >>",
        "<< /FT /Tx /T (loop) /Kids [4 0 R 5 0 R] >>",
        "<< /Type /Annot /Subtype /Widget /Rect [10 10 200 30] /P 3 0 R /Parent 4 0 R /Kids [4 0 R] >>",
        "<< /Length 5 >>\nstream\n/X Do\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    for (int level = 0; level < depth; ++level) {
        const int self = 8 + level;
        QByteArray content;
        QByteArray resources;
        if (level + 1 < depth) {
            content = QByteArray("/X Do ").repeated(10);
            resources = "<< /XObject << /X " + QByteArray::number(self + 1) + " 0 R >> >>";
        } else {
            content = "BT /F1 1 Tf (x) Tj ET";
            resources = "<< /Font << /F1 7 0 R >> >>";
        }
        objects << "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources " + resources + " /Length "
                       + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
    }
    return pdfFromObjects(objects);
}

// One page locked by a security handler that no password opens (/Filter /FOPN_foweb, as some
// e-book and rights-management programs write), instead of the standard password handler.
inline QByteArray pdfWithForeignEncryption()
{
    return pdfFromObjects({ "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                              "<< /Filter /FOPN_foweb /V 1 /R 2 /Length 40 /INFO (opaque) >>" },
        " /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
}

// The first bytes of a HEIC photo as an iPhone writes it (an ISO media "ftyp" box of brand
// heic, then the start of its "meta" box), padded out with data.
inline QByteArray heicPhoto()
{
    QByteArray b("\x00\x00\x00\x18"
                 "ftypheic"
                 "\x00\x00\x00\x00"
                 "mif1heic",
        24);
    b += QByteArray("\x00\x00\x01\x00"
                    "meta",
             8)
        + QByteArray(2048, '\x5A');
    return b;
}

// Sets an environment variable for the guard's scope (the document worker inherits it).
struct EnvironmentGuard
{
    EnvironmentGuard(const char* name, const QByteArray& value) : m_name(name) { qputenv(name, value); }
    ~EnvironmentGuard() { qunsetenv(m_name); }
    EnvironmentGuard(const EnvironmentGuard&) = delete;
    EnvironmentGuard& operator=(const EnvironmentGuard&) = delete;

private:
    const char* m_name;
};

} // namespace orgdesk::test
