// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/core/textext.h>

#include <QTest>

using Sieve::TexText;

Q_DECLARE_METATYPE(QList<TexText::Run>)

namespace {

QList<TexText::Run> runs(std::initializer_list<std::pair<const char *, bool>> parts)
{
    QList<TexText::Run> out;
    for (const auto &[text, italic] : parts) {
        out.append({QString::fromUtf8(text), italic});
    }
    return out;
}

QString describe(const QList<TexText::Run> &list)
{
    QStringList parts;
    for (const TexText::Run &run : list) {
        parts.append((run.italic ? QStringLiteral("/") : QStringLiteral("|")) + run.text);
    }
    return parts.join(QStringLiteral(" "));
}

} // namespace

class TstTexText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titlesReadAsPlainText_data();
    void titlesReadAsPlainText();
    void italicsAreCutIntoRuns_data();
    void italicsAreCutIntoRuns();
};

void TstTexText::titlesReadAsPlainText_data()
{
    QTest::addColumn<QString>("tex");
    QTest::addColumn<QString>("plain");

    const auto row = [](const char *name, const char *tex, const char *plain) {
        QTest::newRow(name) << QString::fromUtf8(tex) << QString::fromUtf8(plain);
    };
    // Titles of the sample days, as arXiv sent them.
    row("subscript digit", "Exploring the $S_8$ Tension", "Exploring the S₈ Tension");
    row("greek letter",
        "ODIN: Spectroscopic Validation of Ly$\\alpha$-Emitting Galaxy Samples",
        "ODIN: Spectroscopic Validation of Lyα-Emitting Galaxy Samples");
    row("capital greek",
        "$\\Lambda$ effect in rotating hydrodynamic convection",
        "Λ effect in rotating hydrodynamic convection");
    row("sim without spaces",
        "Compact Group CGG-z7 at $z\\sim7.04$",
        "Compact Group CGG-z7 at z~7.04");
    row("sim with spaces", "at $z \\sim 7$", "at z ~ 7");
    row("isotopes",
        "by the $^{13}$C($\\alpha$,n)$^{16}$O neutron source",
        "by the ¹³C(α,n)¹⁶O neutron source");
    row("molecule",
        "An Alternate Pathway for H$_2$ Formation",
        "An Alternate Pathway for H₂ Formation");
    row("plain title", "Galaxy clusters: X-ray morphology", "Galaxy clusters: X-ray morphology");
    // Common astronomy and physics notation.
    row("solar mass", "$10^{10}\\,M_\\odot$ haloes", "10¹⁰ M⊙ haloes");
    row("solar mass, braced", "$M_{\\odot}$", "M⊙");
    row("superscript letters", "$0.1\\,{\\rm km\\,s^{-1}}$ flows", "0.1 km s⁻¹ flows");
    row("roman subscript word", "$M_{\\rm BH}$ and $\\Omega_{\\rm m}$", "M_BH and Ωₘ");
    row("mathrm", "$\\mathrm{H}\\alpha$ emitters", "Hα emitters");
    row("degrees", "a $30^\\circ$ tilt", "a 30° tilt");
    row("squared", "$\\chi^{2}$ fits", "χ² fits");
    row("prime", "$f^{\\prime}$", "f′");
    row("relations", "$z\\gtrsim 6$ and $T\\leq 10^4$ K", "z≳6 and T≤10⁴ K");
    row("fraction", "$\\frac{1}{2}$ and $\\frac{a+b}{c}$", "1/2 and (a+b)/c");
    row("square root", "$\\sqrt{s}=13$ TeV", "√s=13 TeV");
    row("text inside math", "$\\text{km}~\\text{s}^{-1}$", "km s⁻¹");
    row("no small form keeps the marker", "$f_{\\rm NL}$ and $x^{q}$", "f_NL and x^q");
    row("font switch in text", "The {\\it Planck} satellite", "The Planck satellite");
    row("italic command", "\\textit{Gaia} DR3 and \\emph{JWST}", "Gaia DR3 and JWST");
    row("accents", "Schr\\\"odinger and Poincar\\'{e}", "Schrödinger and Poincaré");
    row("escaped specials", "R\\&D at 50\\% cost, \\$5", "R&D at 50% cost, $5");
    row("dashes", "Type-Ia---and II--P", "Type-Ia—and II–P");
    row("tie", "Fig.~1", "Fig. 1");
    row("unknown command keeps its name", "A \\LaTeX{} title", "A LaTeX title");
    row("display math delimiters", "\\(x^2\\) and $$y_1$$", "x² and y₁");
    row("stray brace", "odd } brace", "odd brace");
    row("unclosed math", "costs $5 and more", "costs 5 and more");
    row("empty", "", "");
}

void TstTexText::titlesReadAsPlainText()
{
    QFETCH(QString, tex);
    QFETCH(QString, plain);
    QCOMPARE(TexText::toPlainText(tex), plain);
}

void TstTexText::italicsAreCutIntoRuns_data()
{
    QTest::addColumn<QString>("tex");
    QTest::addColumn<QList<TexText::Run>>("expected");

    QTest::newRow("no italics") << QStringLiteral("Plain $x_1$ text")
                                << runs({{"Plain $x_1$ text", false}});
    QTest::newRow("font switch group")
        << QStringLiteral("The {\\it Planck} satellite")
        << runs({{"The ", false}, {"Planck", true}, {" satellite", false}});
    QTest::newRow("em group") << QStringLiteral("{\\em very} faint")
                              << runs({{"very", true}, {" faint", false}});
    QTest::newRow("textit") << QStringLiteral("\\textit{Gaia} DR3")
                            << runs({{"Gaia", true}, {" DR3", false}});
    QTest::newRow("emph with math inside")
        << QStringLiteral("a \\emph{$z\\sim 2$ galaxy} here")
        << runs({{"a ", false}, {"$z\\sim 2$ galaxy", true}, {" here", false}});
    QTest::newRow("italic command inside math stays for KaTeX")
        << QStringLiteral("$\\textit{x}$ and \\emph{y}")
        << runs({{"$\\textit{x}$ and ", false}, {"y", true}});
    QTest::newRow("escaped dollar is no math") << QStringLiteral("\\$5 and \\textit{cheap}")
                                               << runs({{"\\$5 and ", false}, {"cheap", true}});
    QTest::newRow("italic correction dropped")
        << QStringLiteral("{\\it Planck\\/} data") << runs({{"Planck", true}, {" data", false}});
    QTest::newRow("other groups kept")
        << QStringLiteral("{\\bf bold} and {it}") << runs({{"{\\bf bold} and {it}", false}});
    QTest::newRow("markup stays text")
        << QStringLiteral("\\emph{<b>x</b>}") << runs({{"<b>x</b>", true}});
    QTest::newRow("unclosed group") << QStringLiteral("\\textit{open") << runs({{"open", true}});
    QTest::newRow("empty") << QString() << QList<TexText::Run>();
}

void TstTexText::italicsAreCutIntoRuns()
{
    QFETCH(QString, tex);
    QFETCH(QList<TexText::Run>, expected);

    const QList<TexText::Run> actual = TexText::italicRuns(tex);
    QVERIFY2(actual == expected,
             qPrintable(describe(actual) + QStringLiteral(" != ") + describe(expected)));
}

QTEST_GUILESS_MAIN(TstTexText)
#include "tst_textext.moc"
