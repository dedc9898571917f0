// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenizer.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace Sieve::Ranker {

namespace {

constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr qsizetype LongestStopWord = 9; // "therefore"
constexpr quint64 FnvPrime = 1099511628211ULL;

// The stop words' keys in a table where each sits in its home slot, so that a look-up, made
// for most words of every ranked paper, is one load and one compare without a branch on whether
// a probed slot is taken. Its hash is chosen so that no two stop words share a slot; every other
// slot holds one stop word's key, which a look-up of that word finds in its own home anyway.
class StopWords
{
public:
    StopWords()
    {
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
        std::vector<quint64> keys;
        for (const char *word : list) {
            keys.push_back(termKey(QString::fromLatin1(word)));
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        // A fixed sequence of multipliers, so that the table is the same on every run.
        quint64 multiplier = 0x9e3779b97f4a7c15ULL;
        int bits = SmallestTableBits;
        for (int attempt = 1; !place(keys, bits, multiplier); ++attempt) {
            multiplier = ((multiplier ^ (multiplier >> 29)) * 0xbf58476d1ce4e5b9ULL) | 1U;
            bits += attempt % AttemptsPerSize == 0 ? 1 : 0;
        }
    }

    bool contains(quint64 key) const { return m_slots[home(key)] == key; }

private:
    // 2,048 slots, 16 KB, stay in the first-level cache; a multiplier that spreads the
    // words without a collision turns up within a few thousand tries.
    static constexpr int SmallestTableBits = 11;
    static constexpr int AttemptsPerSize = 20000;

    std::size_t home(quint64 key) const { return std::size_t((key * m_multiplier) >> m_shift); }

    bool place(const std::vector<quint64> &keys, int bits, quint64 multiplier)
    {
        m_multiplier = multiplier;
        m_shift = 64 - bits;
        m_slots.assign(std::size_t(1) << bits, keys.front());
        std::vector<bool> taken(m_slots.size(), false);
        for (const quint64 key : keys) {
            const std::size_t slot = home(key);
            if (taken[slot]) {
                return false;
            }
            taken[slot] = true;
            m_slots[slot] = key;
        }
        return true;
    }

    std::vector<quint64> m_slots;
    quint64 m_multiplier = 0;
    int m_shift = 64;
};

const StopWords &stopWords()
{
    static const StopWords words;
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

// Plain ASCII, most of a text, folds four characters at a time in a 64-bit word, without a
// branch per character (the compiler does not vectorise the character loop at -O2).
constexpr qsizetype FoldBlock = 16;
constexpr quint64 Lanes16 = 0x0001000100010001ULL;

// A word of four UTF-16 characters with neither non-ASCII ones nor the '$' and '\\' that
// start TeX. Every lane is below 0x80 before the tests for zero lanes, so no borrow crosses
// from one lane into the next.
bool isPlainAscii(quint64 word)
{
    if ((word & (0xff80 * Lanes16)) != 0) {
        return false;
    }
    const auto hasZeroLane = [](quint64 x) {
        return ((x - Lanes16) & ~x & (0x8000 * Lanes16)) != 0;
    };
    return !hasZeroLane(word ^ (u'$' * Lanes16)) && !hasZeroLane(word ^ (u'\\' * Lanes16));
}

// ASCII lowercase of four such characters: bit 5 set where a lane holds 'A' to 'Z'.
quint64 foldAscii(quint64 word)
{
    const quint64 fromA = word + (0x80 - u'A') * Lanes16; // bit 7 set from 'A' on
    const quint64 pastZ = word + (0x80 - u'Z' - 1) * Lanes16; // bit 7 set after 'Z'
    return word | ((fromA & ~pastZ & (0x80 * Lanes16)) >> 2);
}

// Folds a block of FoldBlock characters if all of it is plain ASCII.
bool foldPlainBlock(const char16_t *in, char16_t *out)
{
    quint64 words[FoldBlock / 4];
    std::memcpy(words, in, sizeof words);
    bool plain = true;
    for (const quint64 word : words) {
        plain = plain && isPlainAscii(word);
    }
    if (!plain) {
        return false;
    }
    for (quint64 &word : words) {
        word = foldAscii(word);
    }
    std::memcpy(out, words, sizeof words);
    return true;
}

// Case-folds and blanks out $...$ math and \commands in one pass; braces and the like fall
// away when splitting. Characters outside the BMP are kept as they are.
QString foldAndStripTex(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    const char16_t *in = reinterpret_cast<const char16_t *>(text.data());
    bool inMath = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        while (!inMath && i + FoldBlock <= text.size()
               && foldPlainBlock(in + i, reinterpret_cast<char16_t *>(out + i))) {
            i += FoldBlock;
        }
        if (i >= text.size()) {
            break;
        }
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
    bool phraseBreak[128] = {};

    constexpr AsciiClasses()
    {
        for (int c = 0; c < 128; ++c) {
            letter[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            word[c] = letter[c] || (c >= '0' && c <= '9');
        }
        for (const char c : {'.', ',', ';', ':', '(', ')', '?', '!'}) {
            phraseBreak[int(c)] = true;
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

bool isPhraseBreak(char16_t c)
{
    return c < 128 && Ascii.phraseBreak[c];
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

// Where a word's stem ends, and whether its last letter is the "y" that replaces "ies" (then no
// other rule applies: each needs another last letter).
struct StemCut
{
    qsizetype length = 0;
    bool endsInY = false;
};

// Harman's S-stemmer plus -ing, -ed and a final -e. It reads the word where it lies: a stem is
// the word's prefix, save for that "y".
StemCut stemCut(const char16_t *w, qsizetype n)
{
    // The last letter settles most words before any suffix is compared.
    if (n > 3 && w[n - 1] == u's') {
        if (n > 4 && hasSuffix(w, n, "ies") && !hasSuffix(w, n, "eies")
            && !hasSuffix(w, n, "aies")) {
            return StemCut{n - 2, true};
        }
        if (hasSuffix(w, n, "es") && !hasSuffix(w, n, "aes") && !hasSuffix(w, n, "ees")
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
    return StemCut{n, false};
}

// The key of a word's stem, termKey(stem), from the hashes of the word's prefixes
// (prefix[k] hashes the first k characters). Words too long to be ordinary words are not
// stemmed.
quint64 stemKeyOf(QStringView word, const quint64 *prefix)
{
    if (word.size() > MaxStemmed) {
        return termKey(word);
    }
    const StemCut cut = stemCut(reinterpret_cast<const char16_t *>(word.data()), word.size());
    return cut.endsInY ? (prefix[cut.length - 1] ^ u'y') * FnvPrime : prefix[cut.length];
}

} // namespace

QString stem(QStringView word)
{
    if (word.size() > MaxStemmed) {
        return word.toString();
    }
    const StemCut cut = stemCut(reinterpret_cast<const char16_t *>(word.data()), word.size());
    QString result = word.first(cut.length).toString();
    if (cut.endsInY) {
        result.back() = QLatin1Char('y');
    }
    return result;
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

QString TokenizedText::surface(const Token &first, const Token &last) const
{
    const auto isPart = [this](qsizetype i) {
        return i >= 0 && i < text.size() && text.at(i).isLetterOrNumber();
    };
    const auto isHyphen = [this](qsizetype i) {
        return i >= 0 && i < text.size() && text.at(i) == QLatin1Char('-');
    };
    qsizetype from = first.from;
    while (isHyphen(from - 1) && isPart(from - 2)) {
        from -= 2;
        while (isPart(from - 1)) {
            --from;
        }
    }
    qsizetype to = last.from + last.length;
    while (isHyphen(to) && isPart(to + 1)) {
        to += 2;
        while (isPart(to)) {
            ++to;
        }
    }
    return text.mid(from, to - from).simplified();
}

TokenizedText tokenize(QStringView text)
{
    TokenizedText result;
    result.text = foldAndStripTex(text);
    const QString &plain = result.text;
    const char16_t *chars = reinterpret_cast<const char16_t *>(plain.constData());
    const qsizetype size = plain.size();
    const StopWords &stop = stopWords();
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
            phraseBreak = phraseBreak || isPhraseBreak(chars[i]);
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
        if (!hasLetter || word.size() < 2
            || (word.size() <= LongestStopWord && stop.contains(hash))) {
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
