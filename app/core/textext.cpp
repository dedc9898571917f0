// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "textext.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace Sieve {

namespace {

enum class Mode { Text, Math };

// Commands that stand for one character (or a short word) in text or math.
const QHash<QString, QString> &symbols()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("alpha"), QStringLiteral("α")},
        {QStringLiteral("beta"), QStringLiteral("β")},
        {QStringLiteral("gamma"), QStringLiteral("γ")},
        {QStringLiteral("delta"), QStringLiteral("δ")},
        {QStringLiteral("epsilon"), QStringLiteral("ε")},
        {QStringLiteral("varepsilon"), QStringLiteral("ε")},
        {QStringLiteral("zeta"), QStringLiteral("ζ")},
        {QStringLiteral("eta"), QStringLiteral("η")},
        {QStringLiteral("theta"), QStringLiteral("θ")},
        {QStringLiteral("vartheta"), QStringLiteral("ϑ")},
        {QStringLiteral("iota"), QStringLiteral("ι")},
        {QStringLiteral("kappa"), QStringLiteral("κ")},
        {QStringLiteral("lambda"), QStringLiteral("λ")},
        {QStringLiteral("mu"), QStringLiteral("μ")},
        {QStringLiteral("nu"), QStringLiteral("ν")},
        {QStringLiteral("xi"), QStringLiteral("ξ")},
        {QStringLiteral("pi"), QStringLiteral("π")},
        {QStringLiteral("varpi"), QStringLiteral("ϖ")},
        {QStringLiteral("rho"), QStringLiteral("ρ")},
        {QStringLiteral("varrho"), QStringLiteral("ϱ")},
        {QStringLiteral("sigma"), QStringLiteral("σ")},
        {QStringLiteral("varsigma"), QStringLiteral("ς")},
        {QStringLiteral("tau"), QStringLiteral("τ")},
        {QStringLiteral("upsilon"), QStringLiteral("υ")},
        {QStringLiteral("phi"), QStringLiteral("ϕ")},
        {QStringLiteral("varphi"), QStringLiteral("φ")},
        {QStringLiteral("chi"), QStringLiteral("χ")},
        {QStringLiteral("psi"), QStringLiteral("ψ")},
        {QStringLiteral("omega"), QStringLiteral("ω")},
        {QStringLiteral("Gamma"), QStringLiteral("Γ")},
        {QStringLiteral("Delta"), QStringLiteral("Δ")},
        {QStringLiteral("Theta"), QStringLiteral("Θ")},
        {QStringLiteral("Lambda"), QStringLiteral("Λ")},
        {QStringLiteral("Xi"), QStringLiteral("Ξ")},
        {QStringLiteral("Pi"), QStringLiteral("Π")},
        {QStringLiteral("Sigma"), QStringLiteral("Σ")},
        {QStringLiteral("Upsilon"), QStringLiteral("Υ")},
        {QStringLiteral("Phi"), QStringLiteral("Φ")},
        {QStringLiteral("Psi"), QStringLiteral("Ψ")},
        {QStringLiteral("Omega"), QStringLiteral("Ω")},
        {QStringLiteral("sim"), QStringLiteral("~")},
        {QStringLiteral("odot"), QStringLiteral("⊙")},
        {QStringLiteral("sun"), QStringLiteral("☉")},
        {QStringLiteral("oplus"), QStringLiteral("⊕")},
        {QStringLiteral("earth"), QStringLiteral("⊕")},
        {QStringLiteral("otimes"), QStringLiteral("⊗")},
        {QStringLiteral("pm"), QStringLiteral("±")},
        {QStringLiteral("mp"), QStringLiteral("∓")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("div"), QStringLiteral("÷")},
        {QStringLiteral("cdot"), QStringLiteral("·")},
        {QStringLiteral("cdots"), QStringLiteral("⋯")},
        {QStringLiteral("ldots"), QStringLiteral("…")},
        {QStringLiteral("dots"), QStringLiteral("…")},
        {QStringLiteral("le"), QStringLiteral("≤")},
        {QStringLiteral("leq"), QStringLiteral("≤")},
        {QStringLiteral("ge"), QStringLiteral("≥")},
        {QStringLiteral("geq"), QStringLiteral("≥")},
        {QStringLiteral("lesssim"), QStringLiteral("≲")},
        {QStringLiteral("gtrsim"), QStringLiteral("≳")},
        {QStringLiteral("la"), QStringLiteral("≲")},
        {QStringLiteral("ga"), QStringLiteral("≳")},
        {QStringLiteral("ll"), QStringLiteral("≪")},
        {QStringLiteral("gg"), QStringLiteral("≫")},
        {QStringLiteral("approx"), QStringLiteral("≈")},
        {QStringLiteral("simeq"), QStringLiteral("≃")},
        {QStringLiteral("equiv"), QStringLiteral("≡")},
        {QStringLiteral("propto"), QStringLiteral("∝")},
        {QStringLiteral("neq"), QStringLiteral("≠")},
        {QStringLiteral("ne"), QStringLiteral("≠")},
        {QStringLiteral("infty"), QStringLiteral("∞")},
        {QStringLiteral("to"), QStringLiteral("→")},
        {QStringLiteral("rightarrow"), QStringLiteral("→")},
        {QStringLiteral("leftarrow"), QStringLiteral("←")},
        {QStringLiteral("leftrightarrow"), QStringLiteral("↔")},
        {QStringLiteral("Rightarrow"), QStringLiteral("⇒")},
        {QStringLiteral("uparrow"), QStringLiteral("↑")},
        {QStringLiteral("downarrow"), QStringLiteral("↓")},
        {QStringLiteral("partial"), QStringLiteral("∂")},
        {QStringLiteral("nabla"), QStringLiteral("∇")},
        {QStringLiteral("ell"), QStringLiteral("ℓ")},
        {QStringLiteral("hbar"), QStringLiteral("ℏ")},
        {QStringLiteral("prime"), QStringLiteral("′")},
        {QStringLiteral("circ"), QStringLiteral("∘")},
        {QStringLiteral("star"), QStringLiteral("⋆")},
        {QStringLiteral("ast"), QStringLiteral("∗")},
        {QStringLiteral("in"), QStringLiteral("∈")},
        {QStringLiteral("subset"), QStringLiteral("⊂")},
        {QStringLiteral("cup"), QStringLiteral("∪")},
        {QStringLiteral("cap"), QStringLiteral("∩")},
        {QStringLiteral("sum"), QStringLiteral("∑")},
        {QStringLiteral("prod"), QStringLiteral("∏")},
        {QStringLiteral("int"), QStringLiteral("∫")},
        {QStringLiteral("langle"), QStringLiteral("⟨")},
        {QStringLiteral("rangle"), QStringLiteral("⟩")},
        {QStringLiteral("mid"), QStringLiteral("|")},
        {QStringLiteral("vert"), QStringLiteral("|")},
        {QStringLiteral("Vert"), QStringLiteral("‖")},
        {QStringLiteral("perp"), QStringLiteral("⊥")},
        {QStringLiteral("parallel"), QStringLiteral("∥")},
        {QStringLiteral("emptyset"), QStringLiteral("∅")},
        {QStringLiteral("dagger"), QStringLiteral("†")},
        {QStringLiteral("bullet"), QStringLiteral("•")},
        {QStringLiteral("degree"), QStringLiteral("°")},
        {QStringLiteral("textdegree"), QStringLiteral("°")},
        {QStringLiteral("AA"), QStringLiteral("Å")},
        {QStringLiteral("aa"), QStringLiteral("å")},
        {QStringLiteral("o"), QStringLiteral("ø")},
        {QStringLiteral("O"), QStringLiteral("Ø")},
        {QStringLiteral("ss"), QStringLiteral("ß")},
        {QStringLiteral("ae"), QStringLiteral("æ")},
        {QStringLiteral("oe"), QStringLiteral("œ")},
        {QStringLiteral("l"), QStringLiteral("ł")},
        {QStringLiteral("L"), QStringLiteral("Ł")},
        {QStringLiteral("i"), QStringLiteral("ı")},
        {QStringLiteral("textendash"), QStringLiteral("–")},
        {QStringLiteral("textemdash"), QStringLiteral("—")},
        {QStringLiteral("&"), QStringLiteral("&")},
        {QStringLiteral("%"), QStringLiteral("%")},
        {QStringLiteral("$"), QStringLiteral("$")},
        {QStringLiteral("#"), QStringLiteral("#")},
        {QStringLiteral("_"), QStringLiteral("_")},
        {QStringLiteral("{"), QStringLiteral("{")},
        {QStringLiteral("}"), QStringLiteral("}")},
        {QStringLiteral("|"), QStringLiteral("‖")},
    };
    return table;
}

// Commands that only change the look (fonts, sizes, delimiter sizes): their text stays.
bool isDropped(const QString &command)
{
    static const QStringList dropped = {
        QStringLiteral("rm"),           QStringLiteral("it"),
        QStringLiteral("bf"),           QStringLiteral("sl"),
        QStringLiteral("sf"),           QStringLiteral("tt"),
        QStringLiteral("em"),           QStringLiteral("cal"),
        QStringLiteral("rmfamily"),     QStringLiteral("itshape"),
        QStringLiteral("bfseries"),     QStringLiteral("slshape"),
        QStringLiteral("normalfont"),   QStringLiteral("mathrm"),
        QStringLiteral("mathbf"),       QStringLiteral("mathit"),
        QStringLiteral("mathcal"),      QStringLiteral("mathsf"),
        QStringLiteral("mathtt"),       QStringLiteral("mathbb"),
        QStringLiteral("mathscr"),      QStringLiteral("mathfrak"),
        QStringLiteral("boldsymbol"),   QStringLiteral("bm"),
        QStringLiteral("operatorname"), QStringLiteral("ensuremath"),
        QStringLiteral("displaystyle"), QStringLiteral("textstyle"),
        QStringLiteral("scriptstyle"),  QStringLiteral("left"),
        QStringLiteral("right"),        QStringLiteral("big"),
        QStringLiteral("Big"),          QStringLiteral("bigg"),
        QStringLiteral("Bigg"),         QStringLiteral("bigl"),
        QStringLiteral("bigr"),         QStringLiteral("Bigl"),
        QStringLiteral("Bigr"),         QStringLiteral("limits"),
        QStringLiteral("nolimits"),     QStringLiteral("protect"),
        QStringLiteral("relax"),        QStringLiteral("underline"),
        QStringLiteral("overline"),
    };
    return dropped.contains(command);
}

// Commands whose argument is text even inside math.
bool isTextWrapper(const QString &command)
{
    static const QStringList wrappers = {
        QStringLiteral("text"),
        QStringLiteral("textrm"),
        QStringLiteral("textit"),
        QStringLiteral("textbf"),
        QStringLiteral("textsl"),
        QStringLiteral("textsf"),
        QStringLiteral("texttt"),
        QStringLiteral("textup"),
        QStringLiteral("textnormal"),
        QStringLiteral("emph"),
        QStringLiteral("mbox"),
        QStringLiteral("hbox"),
    };
    return wrappers.contains(command);
}

bool isSpace(const QString &command)
{
    static const QStringList spaces = {
        QStringLiteral(","),
        QStringLiteral(";"),
        QStringLiteral(":"),
        QStringLiteral(" "),
        QStringLiteral("\\"),
        QStringLiteral("quad"),
        QStringLiteral("qquad"),
        QStringLiteral("enspace"),
        QStringLiteral("thinspace"),
    };
    return spaces.contains(command);
}

// The combining mark an accent command puts on its letter; null when it is no accent.
QChar accentMark(const QString &command)
{
    static const QHash<QString, char16_t> marks = {
        {QStringLiteral("\""), u'\u0308'},    {QStringLiteral("'"), u'\u0301'},
        {QStringLiteral("`"), u'\u0300'},     {QStringLiteral("^"), u'\u0302'},
        {QStringLiteral("~"), u'\u0303'},     {QStringLiteral("="), u'\u0304'},
        {QStringLiteral("."), u'\u0307'},     {QStringLiteral("u"), u'\u0306'},
        {QStringLiteral("v"), u'\u030C'},     {QStringLiteral("H"), u'\u030B'},
        {QStringLiteral("c"), u'\u0327'},     {QStringLiteral("k"), u'\u0328'},
        {QStringLiteral("r"), u'\u030A'},     {QStringLiteral("d"), u'\u0323'},
        {QStringLiteral("hat"), u'\u0302'},   {QStringLiteral("widehat"), u'\u0302'},
        {QStringLiteral("tilde"), u'\u0303'}, {QStringLiteral("widetilde"), u'\u0303'},
        {QStringLiteral("bar"), u'\u0304'},   {QStringLiteral("dot"), u'\u0307'},
        {QStringLiteral("ddot"), u'\u0308'},  {QStringLiteral("vec"), u'\u20D7'},
        {QStringLiteral("acute"), u'\u0301'}, {QStringLiteral("grave"), u'\u0300'},
        {QStringLiteral("breve"), u'\u0306'}, {QStringLiteral("check"), u'\u030C'},
    };
    return QChar(marks.value(command, 0));
}

QChar superscriptOf(QChar c)
{
    static const QHash<char16_t, char16_t> table = {
        {u'0', u'⁰'}, {u'1', u'¹'}, {u'2', u'²'}, {u'3', u'³'}, {u'4', u'⁴'}, {u'5', u'⁵'},
        {u'6', u'⁶'}, {u'7', u'⁷'}, {u'8', u'⁸'}, {u'9', u'⁹'}, {u'+', u'⁺'}, {u'-', u'⁻'},
        {u'−', u'⁻'}, {u'=', u'⁼'}, {u'(', u'⁽'}, {u')', u'⁾'}, {u'a', u'ᵃ'}, {u'b', u'ᵇ'},
        {u'c', u'ᶜ'}, {u'd', u'ᵈ'}, {u'e', u'ᵉ'}, {u'f', u'ᶠ'}, {u'g', u'ᵍ'}, {u'h', u'ʰ'},
        {u'i', u'ⁱ'}, {u'j', u'ʲ'}, {u'k', u'ᵏ'}, {u'l', u'ˡ'}, {u'm', u'ᵐ'}, {u'n', u'ⁿ'},
        {u'o', u'ᵒ'}, {u'p', u'ᵖ'}, {u'r', u'ʳ'}, {u's', u'ˢ'}, {u't', u'ᵗ'}, {u'u', u'ᵘ'},
        {u'v', u'ᵛ'}, {u'w', u'ʷ'}, {u'x', u'ˣ'}, {u'y', u'ʸ'}, {u'z', u'ᶻ'}, {u'∘', u'°'},
    };
    return QChar(table.value(c.unicode(), 0));
}

QChar subscriptOf(QChar c)
{
    static const QHash<char16_t, char16_t> table = {
        {u'0', u'₀'}, {u'1', u'₁'}, {u'2', u'₂'}, {u'3', u'₃'}, {u'4', u'₄'}, {u'5', u'₅'},
        {u'6', u'₆'}, {u'7', u'₇'}, {u'8', u'₈'}, {u'9', u'₉'}, {u'+', u'₊'}, {u'-', u'₋'},
        {u'−', u'₋'}, {u'=', u'₌'}, {u'(', u'₍'}, {u')', u'₎'}, {u'a', u'ₐ'}, {u'e', u'ₑ'},
        {u'h', u'ₕ'}, {u'i', u'ᵢ'}, {u'j', u'ⱼ'}, {u'k', u'ₖ'}, {u'l', u'ₗ'}, {u'm', u'ₘ'},
        {u'n', u'ₙ'}, {u'o', u'ₒ'}, {u'p', u'ₚ'}, {u'r', u'ᵣ'}, {u's', u'ₛ'}, {u't', u'ₜ'},
        {u'u', u'ᵤ'}, {u'v', u'ᵥ'}, {u'x', u'ₓ'}, {u'β', u'ᵦ'}, {u'γ', u'ᵧ'}, {u'ρ', u'ᵨ'},
        {u'φ', u'ᵩ'}, {u'χ', u'ᵪ'},
    };
    return QChar(table.value(c.unicode(), 0));
}

// `text` raised or lowered with Unicode's small forms when each character has one. A lone
// symbol without one (⊙, *, ′) simply follows; anything else keeps its TeX marker.
QString shifted(const QString &text, QChar (*map)(QChar), QChar marker)
{
    QString out;
    for (const QChar c : text) {
        const QChar small = map(c);
        if (small.isNull()) {
            out.clear();
            break;
        }
        out.append(small);
    }
    if (!out.isEmpty() || text.isEmpty()) {
        return text.isEmpty() ? QString(marker) : out;
    }
    if (text.size() == 1 && !text.at(0).isLetterOrNumber()) {
        return text;
    }
    return QString(marker) + text;
}

// A command's name after its backslash: a run of letters, or one other character.
QString readCommand(const QString &tex, qsizetype &pos)
{
    if (pos >= tex.size()) {
        return {};
    }
    if (!tex.at(pos).isLetter()) {
        return QString(tex.at(pos++));
    }
    const qsizetype start = pos;
    while (pos < tex.size() && tex.at(pos).isLetter()) {
        ++pos;
    }
    return tex.mid(start, pos - start);
}

// The inside of a {group} starting at `pos` (at its opening brace), up to its matching brace
// or the end.
QString readGroup(const QString &tex, qsizetype &pos)
{
    const qsizetype start = ++pos;
    int depth = 1;
    while (pos < tex.size()) {
        const QChar c = tex.at(pos);
        if (c == QLatin1Char('\\')) {
            pos += 2;
            continue;
        }
        if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && --depth == 0) {
            return tex.mid(start, pos++ - start);
        }
        ++pos;
    }
    return tex.mid(start);
}

void skipSpaces(const QString &tex, qsizetype &pos)
{
    while (pos < tex.size() && tex.at(pos).isSpace()) {
        ++pos;
    }
}

// A command's argument as TeX source: a {group}, a \command or one character.
QString readArgument(const QString &tex, qsizetype &pos)
{
    skipSpaces(tex, pos);
    if (pos >= tex.size()) {
        return {};
    }
    if (tex.at(pos) == QLatin1Char('{')) {
        return readGroup(tex, pos);
    }
    if (tex.at(pos) == QLatin1Char('\\')) {
        ++pos;
        return QLatin1Char('\\') + readCommand(tex, pos);
    }
    return QString(tex.at(pos++));
}

bool needsParentheses(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || QStringLiteral("+-−=/·×").contains(c)) {
            return true;
        }
    }
    return false;
}

QString plain(const QString &tex, Mode mode);

QString fraction(const QString &tex, qsizetype &pos, Mode mode)
{
    const auto part = [](const QString &text) {
        return needsParentheses(text) ? QString(QLatin1Char('(') + text + QLatin1Char(')')) : text;
    };
    const QString numerator = plain(readArgument(tex, pos), mode);
    const QString denominator = plain(readArgument(tex, pos), mode);
    return part(numerator) + QLatin1Char('/') + part(denominator);
}

QString root(const QString &tex, qsizetype &pos, Mode mode)
{
    QString sign = QStringLiteral("√");
    if (pos < tex.size() && tex.at(pos) == QLatin1Char('[')) {
        const qsizetype end = tex.indexOf(QLatin1Char(']'), pos);
        const QString degree = tex.mid(pos + 1, end < 0 ? -1 : end - pos - 1).trimmed();
        pos = end < 0 ? tex.size() : end + 1;
        sign = degree == QLatin1String("3") ? QStringLiteral("∛")
            : degree == QLatin1String("4")  ? QStringLiteral("∜")
                                            : shifted(degree, superscriptOf, u'^') + sign;
    }
    const QString radicand = plain(readArgument(tex, pos), mode);
    if (radicand.size() > 1) {
        return sign + QLatin1Char('(') + radicand + QLatin1Char(')');
    }
    return sign + radicand;
}

// The plain form of one command whose name was read up to `pos`.
QString command(const QString &name, const QString &tex, qsizetype &pos, Mode mode, QString &out)
{
    if (name == QLatin1String("(") || name == QLatin1String("[")) {
        return {}; // math begins; its delimiters leave no trace
    }
    if (name == QLatin1String(")") || name == QLatin1String("]") || name == QLatin1String("/")
        || name == QLatin1String("!") || name == QLatin1String("-") || name == QLatin1String("@")) {
        return {};
    }
    if (isSpace(name)) {
        return QStringLiteral(" ");
    }
    if (const QChar mark = accentMark(name); !mark.isNull()) {
        const QString letters = plain(readArgument(tex, pos), mode);
        return letters.isEmpty() ? QString() : letters.left(1) + mark + letters.mid(1);
    }
    if (name == QLatin1String("frac") || name == QLatin1String("dfrac")
        || name == QLatin1String("tfrac")) {
        return fraction(tex, pos, mode);
    }
    if (name == QLatin1String("sqrt")) {
        return root(tex, pos, mode);
    }
    if (name == QLatin1String("textsuperscript")) {
        return shifted(plain(readArgument(tex, pos), Mode::Text), superscriptOf, u'^');
    }
    if (name == QLatin1String("textsubscript")) {
        return shifted(plain(readArgument(tex, pos), Mode::Text), subscriptOf, u'_');
    }
    if (isTextWrapper(name)) {
        return plain(readArgument(tex, pos), Mode::Text);
    }

    const bool letters = name.at(0).isLetter();
    const auto symbol = symbols().constFind(name);
    if (symbol != symbols().cend() || isDropped(name)) {
        // TeX eats the spaces after a command's name; keep one only when one came before it.
        if (letters && (out.isEmpty() || !out.back().isSpace())) {
            skipSpaces(tex, pos);
        }
        return symbol != symbols().cend() ? *symbol : QString();
    }
    return name; // \LaTeX, \log, a macro of the author's: its name reads well enough
}

QString plain(const QString &tex, Mode mode)
{
    QString out;
    qsizetype pos = 0;
    while (pos < tex.size()) {
        const QChar c = tex.at(pos++);
        if (c == QLatin1Char('\\')) {
            const QString name = readCommand(tex, pos);
            if (name == QLatin1String("(") || name == QLatin1String("[")) {
                mode = Mode::Math;
            } else if (name == QLatin1String(")") || name == QLatin1String("]")) {
                mode = Mode::Text;
            }
            out += command(name, tex, pos, mode, out);
        } else if (c == QLatin1Char('$')) {
            if (pos < tex.size() && tex.at(pos) == QLatin1Char('$')) {
                ++pos;
            }
            mode = mode == Mode::Math ? Mode::Text : Mode::Math;
        } else if (c == QLatin1Char('{')) {
            --pos;
            out += plain(readGroup(tex, pos), mode);
        } else if (c == QLatin1Char('}')) {
            continue; // a stray closing brace
        } else if (c == QLatin1Char('~')) {
            out += QLatin1Char(' '); // a tie: a space that does not break
        } else if (mode == Mode::Math && (c == QLatin1Char('^') || c == QLatin1Char('_'))) {
            const QString argument = plain(readArgument(tex, pos), mode);
            out += c == QLatin1Char('^') ? shifted(argument, superscriptOf, c)
                                         : shifted(argument, subscriptOf, c);
        } else if (mode == Mode::Text && tex.mid(pos - 1, 3) == QLatin1String("---")) {
            out += QStringLiteral("—");
            pos += 2;
        } else if (mode == Mode::Text && tex.mid(pos - 1, 2) == QLatin1String("--")) {
            out += QStringLiteral("–");
            ++pos;
        } else if (mode == Mode::Text && tex.mid(pos - 1, 2) == QLatin1String("``")) {
            out += QStringLiteral("“");
            ++pos;
        } else if (mode == Mode::Text && tex.mid(pos - 1, 2) == QLatin1String("''")) {
            out += QStringLiteral("”");
            ++pos;
        } else {
            out += c;
        }
    }
    return out;
}

// Text-mode commands and declarations that set their text in italics.
bool isItalicCommand(const QString &name)
{
    return name == QLatin1String("textit") || name == QLatin1String("emph")
        || name == QLatin1String("textsl");
}

bool isItalicDeclaration(const QString &name)
{
    return name == QLatin1String("it") || name == QLatin1String("em") || name == QLatin1String("sl")
        || name == QLatin1String("itshape") || name == QLatin1String("slshape");
}

void append(QList<TexText::Run> &runs, const QString &text, bool italic)
{
    if (text.isEmpty()) {
        return;
    }
    if (!runs.isEmpty() && runs.last().italic == italic) {
        runs.last().text += text;
        return;
    }
    runs.append({text, italic});
}

// Where the math that starts at `pos` ends (after its closing delimiter), or the end.
qsizetype mathEnd(const QString &tex, qsizetype pos)
{
    QString close;
    if (tex.at(pos) == QLatin1Char('$')) {
        close = tex.mid(pos, 2) == QLatin1String("$$") ? QStringLiteral("$$") : QStringLiteral("$");
    } else {
        close = tex.at(pos + 1) == QLatin1Char('(') ? QStringLiteral("\\)") : QStringLiteral("\\]");
    }
    qsizetype at = pos + close.size();
    while (at < tex.size()) {
        if (tex.mid(at, close.size()) == close) {
            return at + close.size();
        }
        at += tex.at(at) == QLatin1Char('\\') && close.startsWith(QLatin1Char('$')) ? 2 : 1;
    }
    return tex.size();
}

// The body of "{\it …}" when the group at `pos` is one; nullopt otherwise.
std::optional<QString> italicGroup(const QString &tex, qsizetype pos)
{
    qsizetype at = pos + 1;
    skipSpaces(tex, at);
    if (at >= tex.size() || tex.at(at) != QLatin1Char('\\')) {
        return std::nullopt;
    }
    ++at;
    if (!isItalicDeclaration(readCommand(tex, at))) {
        return std::nullopt;
    }
    qsizetype end = pos;
    const QString group = readGroup(tex, end);
    const qsizetype bodyStart = at - pos - 1;
    qsizetype skip = bodyStart;
    skipSpaces(group, skip);
    return group.mid(skip);
}

void splitItalics(const QString &tex, bool italic, QList<TexText::Run> &runs)
{
    QString text;
    qsizetype pos = 0;
    const auto flush = [&] {
        append(runs, text, italic);
        text.clear();
    };
    while (pos < tex.size()) {
        const QChar c = tex.at(pos);
        const QChar next = pos + 1 < tex.size() ? tex.at(pos + 1) : QChar();
        const bool mathStart = c == QLatin1Char('$')
            || (c == QLatin1Char('\\') && (next == QLatin1Char('(') || next == QLatin1Char('[')));
        if (mathStart) {
            const qsizetype end = mathEnd(tex, pos);
            text += tex.mid(pos, end - pos);
            pos = end;
            continue;
        }
        if (c == QLatin1Char('\\')) {
            qsizetype at = pos + 1;
            const QString name = readCommand(tex, at);
            qsizetype argument = at;
            skipSpaces(tex, argument);
            if (isItalicCommand(name) && argument < tex.size()
                && tex.at(argument) == QLatin1Char('{')) {
                flush();
                splitItalics(readGroup(tex, argument), true, runs);
                pos = argument;
                continue;
            }
            if (name != QLatin1String("/")) { // an italic correction has nothing to show
                text += tex.mid(pos, at - pos);
            }
            pos = at;
            continue;
        }
        if (c == QLatin1Char('{')) {
            if (const std::optional<QString> body = italicGroup(tex, pos)) {
                flush();
                splitItalics(*body, true, runs);
                readGroup(tex, pos);
                continue;
            }
        }
        text += c;
        ++pos;
    }
    flush();
}

} // namespace

QString TexText::toPlainText(const QString &tex)
{
    const bool hasTex = std::any_of(tex.cbegin(), tex.cend(), [](QChar c) {
        return QStringLiteral("\\${}~").contains(c);
    });
    if (!hasTex && !tex.contains(QLatin1String("--")) && !tex.contains(QLatin1String("``"))
        && !tex.contains(QLatin1String("''"))) {
        return tex.simplified(); // most titles: nothing to read
    }
    return plain(tex, Mode::Text).normalized(QString::NormalizationForm_C).simplified();
}

QList<TexText::Run> TexText::italicRuns(const QString &tex)
{
    QList<Run> runs;
    splitItalics(tex, false, runs);
    return runs;
}

} // namespace Sieve
