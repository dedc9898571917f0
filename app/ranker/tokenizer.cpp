// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenizer.h"

#include <app/ranker/termmap.h>

#include <cstring>
#include <vector>

namespace Sieve::Ranker {

namespace {

constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr qsizetype LongestStopWord = 9; // "therefore"
constexpr quint64 FnvPrime = 1099511628211ULL;

// A TermMap rather than a QSet: it is looked up for most words of every ranked paper.
const TermMap<bool> &stopWords()
{
    static const TermMap<bool> words = [] {
        const char *const list[] = {
            "a",      "about",   "above",   "after",     "again",    "all",    "also",    "am",
            "an",     "and",     "any",     "are",       "as",       "at",     "be",      "been",
            "being",  "between", "both",    "but",       "by",       "can",    "could",   "did",
            "do",     "does",    "doing",   "down",      "during",   "each",   "few",     "for",
            "from",   "further", "had",     "has",       "have",     "having", "he",      "her",
            "here",   "hers",    "him",     "his",       "how",      "i",      "if",      "in",
            "into",   "is",      "it",      "its",       "itself",   "just",   "more",    "most",
            "much",   "must",    "my",      "no",        "nor",      "not",    "now",     "of",
            "off",    "on",      "once",    "one",       "only",     "or",     "other",   "our",
            "ours",   "out",     "over",    "own",       "same",     "she",    "should",  "so",
            "some",   "such",    "than",    "that",      "the",      "their",  "theirs",  "them",
            "then",   "there",   "these",   "they",      "this",     "those",  "through", "thus",
            "to",     "too",     "two",     "under",     "until",    "up",     "upon",    "us",
            "use",    "used",    "using",   "very",      "via",      "was",    "we",      "were",
            "what",   "when",    "where",   "which",     "while",    "who",    "whom",    "why",
            "will",   "with",    "within",  "without",   "would",    "you",    "your",    "yet",
            "may",    "might",   "however", "therefore", "et",       "al",     "eg",      "ie",
            "e",      "g",       "etc",     "vs",        "per",      "here",   "show",    "shows",
            "shown",  "find",    "found",   "present",   "presents", "paper",  "work",    "study",
            "result", "results", "new",     "based",     "well",     "our",    "two",     "three",
            "first",  "also",
        };
        TermMap<bool> set;
        for (const char *word : list) {
            set[termKey(QString::fromLatin1(word))] = true;
        }
        return set;
    }();
    return words;
}

// ASCII case folding, with 0 for the two characters that start TeX: '$' and '\\'.
struct AsciiFoldTable
{
    char16_t map[128] = {};

    constexpr AsciiFoldTable()
    {
        for (int c = 0; c < 128; ++c) {
            map[c] = char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        map[int('$')] = 0;
        map[int('\\')] = 0;
    }
};

constexpr AsciiFoldTable AsciiFold;

// Case-folds and blanks out $...$ math and \commands in one pass; braces and the like fall
// away when splitting. Characters outside the BMP are kept as they are.
QString foldAndStripTex(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    bool inMath = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // Most characters are ASCII outside math: one table look-up, no chain of tests.
        if (c.unicode() < 0x80 && !inMath) {
            const char16_t folded = AsciiFold.map[c.unicode()];
            if (folded != 0) {
                out[i] = QChar(folded);
                continue;
            }
        }
        if (c == QLatin1Char('$')) {
            inMath = !inMath;
            out[i] = QLatin1Char(' ');
        } else if (inMath) {
            out[i] = QLatin1Char(' ');
        } else if (c == QLatin1Char('\\')) {
            out[i] = QLatin1Char(' ');
            while (i + 1 < text.size() && text.at(i + 1).isLetter()) {
                out[++i] = QLatin1Char(' ');
            }
        } else if (c.unicode() < 0x80) {
            out[i] = c.unicode() >= 'A' && c.unicode() <= 'Z' ? QChar(c.unicode() + 32) : c;
        } else {
            out[i] = c.isSurrogate() ? c : c.toCaseFolded();
        }
    }
    return result;
}

// QChar::isLetterOrNumber() and isLetter(), with the ASCII answers from a table: these run on
// every character of every ranked paper.
struct AsciiClasses
{
    bool word[128] = {};
    bool letter[128] = {};

    constexpr AsciiClasses()
    {
        for (int c = 0; c < 128; ++c) {
            letter[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            word[c] = letter[c] || (c >= '0' && c <= '9');
        }
    }
};

constexpr AsciiClasses Ascii;

bool isWordChar(char16_t c)
{
    return c < 128 ? Ascii.word[c] : QChar::isLetterOrNumber(char32_t(c));
}

bool isLetterChar(char16_t c)
{
    return c < 128 ? Ascii.letter[c] : QChar::isLetter(char32_t(c));
}

bool isPhraseBreak(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(';')
        || c == QLatin1Char(':') || c == QLatin1Char('(') || c == QLatin1Char(')')
        || c == QLatin1Char('?') || c == QLatin1Char('!');
}

} // namespace

namespace {

constexpr qsizetype MaxStemmed = 64;

bool hasSuffix(const char16_t *w, qsizetype n, const char *suffix)
{
    const qsizetype m = qsizetype(std::strlen(suffix));
    if (m > n) {
        return false;
    }
    for (qsizetype i = 0; i < m; ++i) {
        if (w[n - m + i] != char16_t(suffix[i])) {
            return false;
        }
    }
    return true;
}

// Harman's S-stemmer plus -ing, -ed and a final -e, on a buffer; returns the new length.
qsizetype stemInPlace(char16_t *w, qsizetype n)
{
    // The last letter settles most words before any suffix is compared.
    if (n > 3 && w[n - 1] == u's') {
        if (n > 4 && hasSuffix(w, n, "ies") && !hasSuffix(w, n, "eies")
            && !hasSuffix(w, n, "aies")) {
            n -= 2;
            w[n - 1] = u'y';
        } else if (hasSuffix(w, n, "es") && !hasSuffix(w, n, "aes") && !hasSuffix(w, n, "ees")
                   && !hasSuffix(w, n, "oes")) {
            n -= 1;
        } else if (!hasSuffix(w, n, "us") && !hasSuffix(w, n, "ss") && !hasSuffix(w, n, "is")) {
            n -= 1;
        }
    }
    if (n > 5 && w[n - 1] == u'g' && hasSuffix(w, n, "ing")) {
        n -= 3;
    } else if (n > 5 && w[n - 1] == u'd' && hasSuffix(w, n, "ed") && !hasSuffix(w, n, "eed")) {
        n -= 2;
    }
    if (n > 4 && hasSuffix(w, n, "e")) {
        n -= 1;
    }
    return n;
}

// The key of a word's stem, termKey(stem), from the hashes of the word's prefixes
// (prefix[k] hashes the first k characters): a stem is a prefix of its word, save for the "y"
// that replaces "ies". Words too long to be ordinary words are not stemmed.
quint64 stemKeyOf(QStringView word, const quint64 *prefix)
{
    if (word.size() > MaxStemmed) {
        return termKey(word);
    }
    char16_t buffer[MaxStemmed];
    for (qsizetype i = 0; i < word.size(); ++i) {
        buffer[i] = word.at(i).unicode();
    }
    const qsizetype length = stemInPlace(buffer, word.size());
    if (buffer[length - 1] == word.at(length - 1).unicode()) {
        return prefix[length];
    }
    return (prefix[length - 1] ^ buffer[length - 1]) * FnvPrime;
}

} // namespace

QString stem(QStringView word)
{
    if (word.size() > MaxStemmed) {
        return word.toString();
    }
    char16_t buffer[MaxStemmed];
    for (qsizetype i = 0; i < word.size(); ++i) {
        buffer[i] = word.at(i).unicode();
    }
    const qsizetype length = stemInPlace(buffer, word.size());
    return QString(reinterpret_cast<const QChar *>(buffer), length);
}

quint64 termKey(QStringView stem)
{
    quint64 hash = FnvOffset;
    for (const QChar c : stem) {
        hash = (hash ^ c.unicode()) * FnvPrime;
    }
    return hash;
}

quint64 pairKey(quint64 first, quint64 second)
{
    quint64 hash = (first ^ 0x9e3779b97f4a7c15ULL) * FnvPrime;
    return (hash ^ second) * FnvPrime;
}

TokenizedText tokenize(QStringView text)
{
    TokenizedText result;
    result.text = foldAndStripTex(text);
    const QString &plain = result.text;
    const char16_t *chars = reinterpret_cast<const char16_t *>(plain.constData());
    const qsizetype size = plain.size();
    const TermMap<bool> &stop = stopWords();
    quint64 prefix[MaxStemmed + 1];
    // A token takes two characters and a separator at least; writing into a buffer of that
    // size, kept per thread, and copying it once is cheaper than growing the list word by word.
    thread_local std::vector<Token> buffer;
    if (buffer.size() < std::size_t(size / 3 + 1)) {
        buffer.resize(std::size_t(size / 3 + 1));
    }
    Token *tokens = buffer.data();
    qsizetype count = 0;
    bool phraseBreak = true;
    qsizetype i = 0;
    while (i < size) {
        if (!isWordChar(chars[i])) {
            phraseBreak = phraseBreak || isPhraseBreak(QChar(chars[i]));
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool hasLetter = false;
        // The word's termKey(), computed on the way, decides whether it is a stop word; its
        // prefixes' hashes give the stem's key without hashing the word twice.
        quint64 hash = FnvOffset;
        prefix[0] = hash;
        while (i < size && isWordChar(chars[i])) {
            hasLetter = hasLetter || isLetterChar(chars[i]);
            hash = (hash ^ chars[i]) * FnvPrime;
            ++i;
            if (i - start <= MaxStemmed) {
                prefix[i - start] = hash;
            }
        }
        const QStringView word = QStringView(plain).mid(start, i - start);
        if (!hasLetter || word.size() < 2 || (word.size() <= LongestStopWord && stop.value(hash))) {
            phraseBreak = true;
            continue;
        }
        tokens[count++] = Token{stemKeyOf(word, prefix), start, word.size(), phraseBreak};
        phraseBreak = false;
    }
    result.tokens = QList<Token>(tokens, tokens + count);
    return result;
}

} // namespace Sieve::Ranker
