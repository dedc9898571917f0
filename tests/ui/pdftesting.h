// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TEST_PDFTESTING_H
#define SIEVE_TEST_PDFTESTING_H

#include <QBuffer>
#include <QByteArray>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

#include <initializer_list>

namespace Sieve::Test {

// A small real PDF of `pages` A4 pages, each with a heading and a filled box. Needs a
// QGuiApplication (fonts).
inline QByteArray generatedPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(QStringLiteral("PaperSieve test PDF"));

    QPainter painter(&writer);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1) {
            writer.newPage();
        }
        QFont font = painter.font();
        font.setPointSize(28);
        painter.setFont(font);
        painter.drawText(QPointF(60, 100), QStringLiteral("Page %1 of a test paper").arg(page));
        painter.fillRect(QRectF(60, 160, 400, 200), QColor(0x30, 0x60, 0xc0));
    }
    painter.end();
    return bytes;
}

// A PDF written by hand, as LaTeX with hyperref writes papers: one page per section, headed by
// the section's name, and an outline (the PDF's table of contents) that lists the sections,
// each pointing at its page. Titles must be plain ASCII without parentheses or backslashes.
inline QByteArray outlinedPdf(const QStringList &sections)
{
    // Joined piece by piece: QStringBuilder's lazy concatenation of temporaries trips GCC's
    // maybe-uninitialized warning.
    const auto join = [](std::initializer_list<QByteArray> parts) {
        QByteArray joined;
        for (const QByteArray &part : parts) {
            joined.append(part);
        }
        return joined;
    };
    const auto number = [](qsizetype value) {
        return QByteArray::number(value);
    };
    const auto ref = [&number](int object) {
        return number(object).append(" 0 R");
    };

    const int n = int(sections.size());
    // Objects: 1 catalog, 2 page tree, 3 outline root, 4 font, then per section a page, its
    // content stream and its outline item.
    const auto pageObject = [](int i) {
        return 5 + 3 * i;
    };
    const auto contentObject = [](int i) {
        return 6 + 3 * i;
    };
    const auto itemObject = [](int i) {
        return 7 + 3 * i;
    };

    QList<QByteArray> objects(4 + 3 * n);
    QByteArray kids;
    for (int i = 0; i < n; ++i) {
        kids.append(ref(pageObject(i))).append(' ');
    }
    objects[0] = "<< /Type /Catalog /Pages 2 0 R /Outlines 3 0 R >>";
    objects[1] = join({"<< /Type /Pages /Kids [", kids, "] /Count ", number(n), " >>"});
    objects[2] = join({"<< /Type /Outlines /First ",
                       ref(itemObject(0)),
                       " /Last ",
                       ref(itemObject(n - 1)),
                       " /Count ",
                       number(n),
                       " >>"});
    objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    for (int i = 0; i < n; ++i) {
        const QByteArray title = sections.at(i).toLatin1();
        const QByteArray text = join({"BT /F1 28 Tf 60 742 Td (", title, ") Tj ET"});
        objects[pageObject(i) - 1] =
            join({"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                  "/F1 4 0 R >> >> /Contents ",
                  ref(contentObject(i)),
                  " >>"});
        objects[contentObject(i) - 1] =
            join({"<< /Length ", number(text.size()), " >>\nstream\n", text, "\nendstream"});
        QByteArray item = join({"<< /Title (",
                                title,
                                ") /Parent 3 0 R /Dest [",
                                ref(pageObject(i)),
                                " /XYZ 0 842 0]"});
        if (i > 0) {
            item.append(" /Prev ").append(ref(itemObject(i - 1)));
        }
        if (i + 1 < n) {
            item.append(" /Next ").append(ref(itemObject(i + 1)));
        }
        objects[itemObject(i) - 1] = item.append(" >>");
    }

    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf.append(join({number(i + 1), " 0 obj\n", objects.at(i), "\nendobj\n"}));
    }
    const qsizetype xref = pdf.size();
    pdf.append(join({"xref\n0 ", number(objects.size() + 1), "\n0000000000 65535 f \n"}));
    for (const qsizetype offset : offsets) {
        pdf.append(number(offset).rightJustified(10, '0')).append(" 00000 n \n");
    }
    pdf.append(join({"trailer\n<< /Size ",
                     number(objects.size() + 1),
                     " /Root 1 0 R >>\nstartxref\n",
                     number(xref),
                     "\n%%EOF\n"}));
    return pdf;
}

} // namespace Sieve::Test

#endif // SIEVE_TEST_PDFTESTING_H
