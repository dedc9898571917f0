// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TEST_PDFTESTING_H
#define SIEVE_TEST_PDFTESTING_H

#include <QBuffer>
#include <QByteArray>
#include <QPainter>
#include <QPdfWriter>

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

} // namespace Sieve::Test

#endif // SIEVE_TEST_PDFTESTING_H
