// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "namematcher.h"

#include <QCoreApplication>
#include <QHash>

namespace Sieve::Authors {

namespace {

QChar combiningMarkFor(QStringView command)
{
    static const QHash<QString, char16_t> marks = {
        {QStringLiteral("'"), u'\u0301'},
        {QStringLiteral("`"), u'\u0300'},
        {QStringLiteral("^"), u'\u0302'},
        {QStringLiteral("\""), u'\u0308'},
        {QStringLiteral("~"), u'\u0303'},
        {QStringLiteral("="), u'\u0304'},
        {QStringLiteral("."), u'\u0307'},
        {QStringLiteral("c"), u'\u0327'},
        {QStringLiteral("v"), u'\u030C'},
        {QStringLiteral("u"), u'\u0306'},
        {QStringLiteral("H"), u'\u030B'},
        {QStringLiteral("k"), u'\u0328'},
        {QStringLiteral("r"), u'\u030A'},
        {QStringLiteral("d"), u'\u0323'},
        {QStringLiteral("b"), u'\u0331'},
    };
    return QChar(marks.value(command.toString(), 0));
}

QString specialLetterFor(QStringView command)
{
    static const QHash<QString, QString> letters = {
        {QStringLiteral("ss"), QStringLiteral("ß")},
        {QStringLiteral("o"), QStringLiteral("ø")},
        {QStringLiteral("O"), QStringLiteral("Ø")},
        {QStringLiteral("l"), QStringLiteral("ł")},
        {QStringLiteral("L"), QStringLiteral("Ł")},
        {QStringLiteral("ae"), QStringLiteral("æ")},
        {QStringLiteral("AE"), QStringLiteral("Æ")},
        {QStringLiteral("oe"), QStringLiteral("œ")},
        {QStringLiteral("OE"), QStringLiteral("Œ")},
        {QStringLiteral("aa"), QStringLiteral("å")},
        {QStringLiteral("AA"), QStringLiteral("Å")},
        {QStringLiteral("i"), QStringLiteral("i")},
        {QStringLiteral("j"), QStringLiteral("j")},
    };
    return letters.value(command.toString());
}

bool isSymbolAccent(QChar c)
{
    return QStringView(u"'`^\"~=.").contains(c);
}

// Reads one TeX command after the backslash at `pos`; `pos` ends past it.
QString readCommand(const QString &text, qsizetype &pos)
{
    if (pos < text.size() && isSymbolAccent(text.at(pos))) {
        return QString(text.at(pos++));
    }
    const qsizetype start = pos;
    while (pos < text.size() && text.at(pos).isLetter() && text.at(pos).unicode() < 128) {
        ++pos;
    }
    return text.mid(start, pos - start);
}

// The argument of an accent: a {group}, a \command or one character.
QString readArgument(const QString &text, qsizetype &pos, bool skipSpaces)
{
    while (skipSpaces && pos < text.size() && text.at(pos) == QLatin1Char(' ')) {
        ++pos;
    }
    if (pos >= text.size()) {
        return {};
    }
    if (text.at(pos) == QLatin1Char('{')) {
        const qsizetype close = text.indexOf(QLatin1Char('}'), pos);
        const qsizetype end = close < 0 ? text.size() : close;
        const QString group = text.mid(pos + 1, end - pos - 1);
        pos = end + 1;
        return NameMatcher::decodeTex(group);
    }
    if (text.at(pos) == QLatin1Char('\\')) {
        ++pos;
        return specialLetterFor(readCommand(text, pos));
    }
    return QString(text.at(pos++));
}

QString withoutParentheses(const QString &name)
{
    QString out;
    int depth = 0;
    for (const QChar c : name) {
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            depth = std::max(0, depth - 1);
        } else if (depth == 0) {
            out.append(c);
        }
    }
    return out.simplified();
}

QString folded(const QString &cleanName)
{
    return NameMatcher::foldAccents(NameMatcher::decodeTex(cleanName)).toLower().simplified();
}

bool isNameSuffix(const QString &word)
{
    static const QStringList suffixes = {QStringLiteral("jr"),
                                         QStringLiteral("sr"),
                                         QStringLiteral("ii"),
                                         QStringLiteral("iii"),
                                         QStringLiteral("iv")};
    QString bare = word;
    bare.remove(QLatin1Char('.'));
    return suffixes.contains(bare.trimmed().toLower());
}

// "Last, First" as "First Last"; "Last, Jr., First" and "First Last, Jr." lose the suffix.
QString turnedRound(const QString &name)
{
    QStringList parts = name.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &part : parts) {
        part = part.trimmed();
    }
    parts.removeIf([](const QString &part) {
        return part.isEmpty() || isNameSuffix(part);
    });
    if (parts.size() < 2) {
        return parts.value(0);
    }
    const QString last = parts.takeFirst();
    return QString(parts.join(QLatin1Char(' ')) + QLatin1Char(' ') + last).simplified();
}

QStringList words(const QString &foldedName)
{
    QString spaced;
    spaced.reserve(foldedName.size());
    for (const QChar c : turnedRound(foldedName)) {
        if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // O'Brien and OBrien are the same person
        }
        spaced.append(c.isLetterOrNumber() ? c : QLatin1Char(' '));
    }
    return spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A hyphenated last word is one surname: "Hernandez-Lobato" must not match a plain "Lobato".
int hyphenatedSurnameWords(const QString &foldedName)
{
    const QStringList spaced = turnedRound(foldedName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (spaced.isEmpty()) {
        return 0;
    }
    return int(spaced.last().split(QLatin1Char('-'), Qt::SkipEmptyParts).size());
}

bool isInitial(const QString &word)
{
    return word.size() == 1;
}

bool sameGivenName(const QString &a, const QString &b)
{
    if (a == b) {
        return true;
    }
    return (isInitial(a) && b.startsWith(a)) || (isInitial(b) && a.startsWith(b));
}

// Whether `shorter` can be read, in order, inside `longer`.
bool isSubsequence(const QStringList &shorter, const QStringList &longer)
{
    qsizetype at = 0;
    for (const QString &word : shorter) {
        while (at < longer.size() && !sameGivenName(word, longer.at(at))) {
            ++at;
        }
        if (at == longer.size()) {
            return false;
        }
        ++at;
    }
    return true;
}

// Same surname word for word, then compatible given names (full, initials or a middle name
// missing). The surname is the longest common tail of full words, so "J. M. Hernandez Lobato"
// and "Jose Miguel Hernandez Lobato" share "hernandez lobato" and compare "j m" with "jose miguel".
std::optional<MatchKind> compareWords(QStringList a, QStringList b, int minSurnameWords)
{
    int surnameWords = 0;
    bool surnameHasFullWord = false;
    while (!a.isEmpty() && !b.isEmpty() && a.last() == b.last()) {
        surnameHasFullWord = surnameHasFullWord || !isInitial(a.last());
        a.removeLast();
        b.removeLast();
        ++surnameWords;
    }
    if (surnameWords < std::max(1, minSurnameWords) || !surnameHasFullWord || a.isEmpty()
        || b.isEmpty()) {
        return std::nullopt;
    }
    if (!sameGivenName(a.first(), b.first())) {
        return std::nullopt;
    }

    const QStringList restA = a.mid(1);
    const QStringList restB = b.mid(1);
    if (restA.size() == restB.size()) {
        for (qsizetype i = 0; i < restA.size(); ++i) {
            if (!sameGivenName(restA.at(i), restB.at(i))) {
                return std::nullopt;
            }
        }
        return MatchKind::Initials;
    }

    const bool aIsShorter = restA.size() < restB.size();
    const QStringList &shorter = aIsShorter ? restA : restB;
    const QStringList &longer = aIsShorter ? restB : restA;
    if (!isSubsequence(shorter, longer)) {
        return std::nullopt;
    }
    return MatchKind::MiddleNameOmitted;
}

} // namespace

QString AuthorMatch::reason() const
{
    const char *context = "Sieve::Authors::AuthorMatch";
    switch (kind) {
    case MatchKind::Exact:
        //: %1 is an author's name as a paper lists it
        return QCoreApplication::translate(context, "Listed as \"%1\".").arg(paperAuthor);
    case MatchKind::AccentFolded:
        //: %1 is an author's name as a paper lists it, %2 as the user follows it
        return QCoreApplication::translate(context,
                                           "Listed as \"%1\", the same as \"%2\" apart from "
                                           "accents and capitals.")
            .arg(paperAuthor, followed);
    case MatchKind::Reordered:
        return QCoreApplication::translate(context,
                                           "Listed as \"%1\", the same as \"%2\" with the "
                                           "surname first.")
            .arg(paperAuthor, followed);
    case MatchKind::HyphenVariant:
        return QCoreApplication::translate(context,
                                           "Listed as \"%1\", the same as \"%2\" apart from "
                                           "hyphens, dots or spaces.")
            .arg(paperAuthor, followed);
    case MatchKind::Initials:
        return QCoreApplication::translate(context,
                                           "Listed as \"%1\": same surname as \"%2\", and the "
                                           "initials agree.")
            .arg(paperAuthor, followed);
    case MatchKind::MiddleNameOmitted:
        return QCoreApplication::translate(context,
                                           "Listed as \"%1\": same surname and first name as "
                                           "\"%2\", one of them without a middle name.")
            .arg(paperAuthor, followed);
    case MatchKind::SemanticScholarId:
        //: %2 is a Semantic Scholar author id such as s2:1741101
        return QCoreApplication::translate(context,
                                           "Listed as \"%1\", whom Semantic Scholar identifies "
                                           "as %2.")
            .arg(paperAuthor, followed);
    }
    return {};
}

QString NameMatcher::normalize(const QString &name)
{
    return words(folded(withoutParentheses(name))).join(QLatin1Char(' '));
}

QString NameMatcher::decodeTex(const QString &text)
{
    if (!text.contains(QLatin1Char('\\')) && !text.contains(QLatin1Char('{'))
        && !text.contains(QLatin1Char('~'))) {
        return text;
    }

    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QChar c = text.at(pos++);
        if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
            continue;
        }
        if (c == QLatin1Char('~')) {
            out.append(QLatin1Char(' ')); // a TeX tie, an unbreakable space
            continue;
        }
        if (c != QLatin1Char('\\')) {
            out.append(c);
            continue;
        }

        const QString command = readCommand(text, pos);
        const QChar mark = combiningMarkFor(command);
        if (!mark.isNull()) {
            const bool letterCommand = command.at(0).isLetter();
            const QString argument = readArgument(text, pos, letterCommand);
            out.append(argument.left(1));
            out.append(mark);
            out.append(argument.mid(1));
            continue;
        }
        out.append(specialLetterFor(command));
        if (pos < text.size() && text.at(pos) == QLatin1Char(' ') && !command.isEmpty()
            && command.at(0).isLetter()) {
            ++pos; // the space that ends a command such as "\ss "
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString NameMatcher::foldAccents(const QString &text)
{
    static const QHash<QChar, QString> undecomposable = {
        {QChar(u'ø'), QStringLiteral("o")},
        {QChar(u'Ø'), QStringLiteral("O")},
        {QChar(u'ł'), QStringLiteral("l")},
        {QChar(u'Ł'), QStringLiteral("L")},
        {QChar(u'ß'), QStringLiteral("ss")},
        {QChar(u'æ'), QStringLiteral("ae")},
        {QChar(u'Æ'), QStringLiteral("AE")},
        {QChar(u'œ'), QStringLiteral("oe")},
        {QChar(u'Œ'), QStringLiteral("OE")},
        {QChar(u'đ'), QStringLiteral("d")},
        {QChar(u'Đ'), QStringLiteral("D")},
        {QChar(u'ı'), QStringLiteral("i")},
        {QChar(u'þ'), QStringLiteral("th")},
    };

    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            continue;
        }
        const auto replacement = undecomposable.constFind(c);
        if (replacement != undecomposable.constEnd()) {
            out.append(*replacement);
        } else {
            out.append(c);
        }
    }
    return out;
}

std::optional<AuthorMatch> NameMatcher::match(const QString &followed, const QString &paperAuthor)
{
    const QString cleanFollowed = withoutParentheses(followed);
    const QString cleanPaper = withoutParentheses(paperAuthor);
    if (cleanFollowed.isEmpty() || cleanPaper.isEmpty()) {
        return std::nullopt;
    }

    const auto found = [&](MatchKind kind) {
        return AuthorMatch{followed, paperAuthor, kind};
    };
    if (cleanFollowed == cleanPaper) {
        return found(MatchKind::Exact);
    }
    const QString foldedFollowed = folded(cleanFollowed);
    const QString foldedPaper = folded(cleanPaper);
    if (foldedFollowed == foldedPaper) {
        return found(MatchKind::AccentFolded);
    }
    if (turnedRound(foldedFollowed) == turnedRound(foldedPaper)) {
        return found(MatchKind::Reordered);
    }

    const QStringList wordsFollowed = words(foldedFollowed);
    const QStringList wordsPaper = words(foldedPaper);
    if (wordsFollowed.isEmpty()) {
        return std::nullopt;
    }
    if (wordsFollowed == wordsPaper) {
        return found(MatchKind::HyphenVariant);
    }
    const int minSurnameWords =
        std::max(hyphenatedSurnameWords(foldedFollowed), hyphenatedSurnameWords(foldedPaper));
    const std::optional<MatchKind> kind = compareWords(wordsFollowed, wordsPaper, minSurnameWords);
    if (!kind) {
        return std::nullopt;
    }
    return found(*kind);
}

std::optional<AuthorMatch> NameMatcher::match(const QString &followed,
                                              const QStringList &paperAuthors)
{
    std::optional<AuthorMatch> best;
    for (const QString &author : paperAuthors) {
        const std::optional<AuthorMatch> candidate = match(followed, author);
        if (candidate && (!best || candidate->kind < best->kind)) {
            best = candidate;
        }
    }
    return best;
}

} // namespace Sieve::Authors
