// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_MARKDOWNEXPORTER_H
#define SIEVE_DIGEST_MARKDOWNEXPORTER_H

#include <app/core/error.h>
#include <app/digest/digest.h>

#include <QString>

namespace Sieve::Digest {

// Writes a digest as Markdown in the layout of the daily digests PaperSieve grew out of: a
// token/cost table, the totals, a table of contents, one section per paper, then the prompt.
// When the run had an author stage, one line after the totals says what it found.
// The layout and its labels are a file format, kept in English like the reference, so that
// scripts reading older digests keep working; only the errors of write() are translated.
//
// Text is written as arXiv sent it (TeX stays TeX); only what would break the document is
// escaped: brackets in link text and "<" where it would open an HTML tag.
class MarkdownExporter
{
public:
    static QString render(const Digest &digest);
    // UTF-8 without BOM, LF line ends, replaced atomically.
    static Result<void> write(const Digest &digest, const QString &path);

    // "$0.07": rounded to cents, trailing zeros dropped but one decimal kept ("$0.1", "$2.0");
    // below a cent, two significant digits ("$0.0034", "$0.003").
    static QString formatCost(double usd);
    // Link text that cannot close the link early, on one line.
    static QString escapeLinkText(const QString &text);
    // Running text on one line that cannot open an HTML tag.
    static QString escapeText(const QString &text);
};

} // namespace Sieve::Digest

#endif // SIEVE_DIGEST_MARKDOWNEXPORTER_H
