// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_CORE_TEXTEXT_H
#define SIEVE_CORE_TEXTEXT_H

#include <QList>
#include <QString>

namespace Sieve {

// Readable forms of the TeX in paper text (titles, abstracts), for places that cannot typeset
// it. The paper keeps its text as arXiv sent it: search and export use that, never these forms.
class TexText
{
public:
    // Plain Unicode text for a list or a tool tip: "$M_\odot$ at $z\sim 2$" becomes
    // "M⊙ at z~2". Math delimiters and braces go, Greek letters and common symbols become their
    // characters, sub- and superscripts become Unicode ones where every character has one
    // (otherwise "_" or "^" stays before them), font commands (\rm, \mathrm{…}, \textit{…})
    // keep only their text, accents (\"o) are composed. Commands it does not know lose their
    // backslash.
    static QString toPlainText(const QString &tex);

    // A stretch of text that is set in italics (\textit{…}, \emph{…}, {\it …}) or not.
    struct Run
    {
        QString text;
        bool italic = false;

        bool operator==(const Run &other) const = default;
    };

    // The text cut where text-mode italics begin and end; the italic commands and their braces
    // are gone, everything else (math included, which is never cut) is left as it was. Adjacent
    // runs differ in `italic`; empty text gives no run.
    static QList<Run> italicRuns(const QString &tex);
};

} // namespace Sieve

#endif // SIEVE_CORE_TEXTEXT_H
