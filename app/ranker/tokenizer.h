// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_RANKER_TOKENIZER_H
#define SIEVE_RANKER_TOKENIZER_H

#include <QList>
#include <QString>

namespace Sieve::Ranker {

// A term as the ranker matches it: `key` identifies the stem (a 64-bit FNV-1a hash, stable
// across runs and machines); `from` and `length` locate the word in TokenizedText::text.
struct Token
{
    quint64 key = 0;
    qsizetype from = 0;
    qsizetype length = 0;
    // True when punctuation or a dropped word separates it from the previous token.
    bool startsPhrase = false;
};

struct TokenizedText
{
    QString text; // the input case-folded, TeX math and commands blanked out
    QList<Token> tokens;

    // The text from `first` to `last` as written (case-folded), widened over the parts a hyphen
    // joins to either end: tokenize() splits "X-ray" and "N-body", and a word shown to the reader
    // should be "x-ray", not "ray".
    QString surface(const Token &first, const Token &last) const;
};

// Lowercases (Unicode case folding), drops TeX math and commands, splits on anything that is
// not a letter or digit, removes English function words and applies a light suffix stemmer.
// Allocates per text, not per word: it runs on every paper of every day.
TokenizedText tokenize(QStringView text);

// The stem of one lowercase word, e.g. "galaxies" -> "galaxy", "quenched" -> "quench".
QString stem(QStringView word);

quint64 termKey(QStringView stem);
// The key of two adjacent stems, so that phrases such as "star formation" count on their own.
quint64 pairKey(quint64 first, quint64 second);

} // namespace Sieve::Ranker

#endif // SIEVE_RANKER_TOKENIZER_H
