// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/authors/namematcher.h>

#include <QTest>

using Sieve::Authors::MatchKind;
using Sieve::Authors::NameMatcher;

Q_DECLARE_METATYPE(std::optional<MatchKind>)

class TstNameMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesTexAccents_data();
    void decodesTexAccents();
    void normalizes_data();
    void normalizes();
    void matchesNameVariants_data();
    void matchesNameVariants();
    void findsEveryAuthorOfTheReferenceDigest_data();
    void findsEveryAuthorOfTheReferenceDigest();
    void prefersTheStrongestMatchInAList();
    void explainsTheMatch();
};

void TstNameMatcher::decodesTexAccents_data()
{
    QTest::addColumn<QString>("tex");
    QTest::addColumn<QString>("expected");
    QTest::newRow("acute") << QStringLiteral("Jos\\'e") << QStringLiteral("José");
    QTest::newRow("acute in braces") << QStringLiteral("Jos{\\'e}") << QStringLiteral("José");
    QTest::newRow("acute with braced argument")
        << QStringLiteral("Hern\\'{a}ndez") << QStringLiteral("Hernández");
    QTest::newRow("umlaut") << QStringLiteral("M\\\"oller") << QStringLiteral("Möller");
    QTest::newRow("umlaut in braces") << QStringLiteral("M{\\\"u}ller") << QStringLiteral("Müller");
    QTest::newRow("cedilla") << QStringLiteral("Fran\\c{c}ois") << QStringLiteral("François");
    QTest::newRow("cedilla with space")
        << QStringLiteral("Fran\\c cois") << QStringLiteral("François");
    QTest::newRow("tilde") << QStringLiteral("Pe\\~na") << QStringLiteral("Peña");
    QTest::newRow("caron") << QStringLiteral("\\v{S}koda") << QStringLiteral("Škoda");
    QTest::newRow("dotless i") << QStringLiteral("Y\\i{}lmaz") << QStringLiteral("Yilmaz");
    QTest::newRow("acute on dotless i")
        << QStringLiteral("Mart\\'{\\i}n") << QStringLiteral("Martín");
    QTest::newRow("slashed o") << QStringLiteral("J{\\o}rgensen") << QStringLiteral("Jørgensen");
    QTest::newRow("stroke l") << QStringLiteral("\\L{}ukasz") << QStringLiteral("Łukasz");
    QTest::newRow("sharp s") << QStringLiteral("Stra\\ss e") << QStringLiteral("Straße");
    QTest::newRow("tie is a space") << QStringLiteral("J.~Smith") << QStringLiteral("J. Smith");
    QTest::newRow("plain text untouched")
        << QStringLiteral("Eric Vanden-Eijnden") << QStringLiteral("Eric Vanden-Eijnden");
}

void TstNameMatcher::decodesTexAccents()
{
    QFETCH(QString, tex);
    QFETCH(QString, expected);
    QCOMPARE(NameMatcher::decodeTex(tex), expected);
}

void TstNameMatcher::normalizes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("TeX accents and hyphen") << QStringLiteral("Jos\\'e Miguel Hern\\'andez-Lobato")
                                            << QStringLiteral("jose miguel hernandez lobato");
    QTest::newRow("Unicode accents") << QStringLiteral("José Miguel Hernández-Lobato")
                                     << QStringLiteral("jose miguel hernandez lobato");
    QTest::newRow("last name first") << QStringLiteral("Hernández-Lobato, José Miguel")
                                     << QStringLiteral("jose miguel hernandez lobato");
    QTest::newRow("initials with dots")
        << QStringLiteral("J.M. Hern\\'andez-Lobato") << QStringLiteral("j m hernandez lobato");
    QTest::newRow("affiliation removed")
        << QStringLiteral("Carla P. Gomes (Cornell University, Ithaca)")
        << QStringLiteral("carla p gomes");
    QTest::newRow("suffix dropped")
        << QStringLiteral("Martin Luther King, Jr.") << QStringLiteral("martin luther king");
    QTest::newRow("apostrophe") << QStringLiteral("Conor O'Brien")
                                << QStringLiteral("conor obrien");
    QTest::newRow("letters that do not decompose")
        << QStringLiteral("Søren Łukasz Weiß") << QStringLiteral("soren lukasz weiss");
    QTest::newRow("compatibility characters")
        << QStringLiteral("ﬁlip Novák") << QStringLiteral("filip novak");
}

void TstNameMatcher::normalizes()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(NameMatcher::normalize(name), expected);
}

void TstNameMatcher::matchesNameVariants_data()
{
    QTest::addColumn<QString>("followed");
    QTest::addColumn<QString>("paperAuthor");
    QTest::addColumn<std::optional<MatchKind>>("expected");

    const QString jml = QStringLiteral("José Miguel Hernández-Lobato");
    QTest::newRow("exact") << jml << jml << std::optional(MatchKind::Exact);
    QTest::newRow("TeX accents as arXiv writes them")
        << jml << QStringLiteral("Jos\\'e Miguel Hern\\'andez-Lobato")
        << std::optional(MatchKind::AccentFolded);
    QTest::newRow("followed without accents") << QStringLiteral("jose miguel hernandez-lobato")
                                              << jml << std::optional(MatchKind::AccentFolded);
    QTest::newRow("affiliation in the creator string")
        << jml << QStringLiteral("José Miguel Hernández-Lobato (University of Cambridge)")
        << std::optional(MatchKind::Exact);
    QTest::newRow("last name first") << jml << QStringLiteral("Hernández-Lobato, José Miguel")
                                     << std::optional(MatchKind::Reordered);
    QTest::newRow("space instead of hyphen")
        << jml << QStringLiteral("Jose Miguel Hernandez Lobato")
        << std::optional(MatchKind::HyphenVariant);
    QTest::newRow("initials") << jml << QStringLiteral("J. M. Hernández-Lobato")
                              << std::optional(MatchKind::Initials);
    QTest::newRow("initials without spaces")
        << jml << QStringLiteral("J.M. Hern\\'andez-Lobato") << std::optional(MatchKind::Initials);
    QTest::newRow("followed by initials")
        << QStringLiteral("J. M. Hernandez-Lobato") << jml << std::optional(MatchKind::Initials);
    QTest::newRow("initials, last name first")
        << jml << QStringLiteral("Hernández-Lobato, J. M.") << std::optional(MatchKind::Initials);
    QTest::newRow("hyphenated first name as initials")
        << QStringLiteral("Jean-Philippe Bouchaud") << QStringLiteral("J.-P. Bouchaud")
        << std::optional(MatchKind::Initials);
    QTest::newRow("middle name left out")
        << QStringLiteral("Carla Gomes") << QStringLiteral("Carla P. Gomes")
        << std::optional(MatchKind::MiddleNameOmitted);
    QTest::newRow("middle initial added by the user")
        << QStringLiteral("Gary W. Delaney") << QStringLiteral("Gary Delaney")
        << std::optional(MatchKind::MiddleNameOmitted);
    QTest::newRow("particle and hyphen")
        << QStringLiteral("Eric Vanden Eijnden") << QStringLiteral("Eric Vanden-Eijnden")
        << std::optional(MatchKind::HyphenVariant);
    QTest::newRow("umlaut in TeX braces")
        << QStringLiteral("Bernhard Schölkopf") << QStringLiteral("Bernhard Sch{\\\"o}lkopf")
        << std::optional(MatchKind::AccentFolded);

    const std::optional<MatchKind> none;
    QTest::newRow("same surname, other initial")
        << jml << QStringLiteral("D. Hernández-Lobato") << none;
    QTest::newRow("same surname, other first name")
        << QStringLiteral("Yang Wang") << QStringLiteral("Yi Wang") << none;
    QTest::newRow("same surname, other middle initial")
        << QStringLiteral("Gemma E. Moran") << QStringLiteral("Gemma F. Moran") << none;
    QTest::newRow("first and last swapped without a comma")
        << QStringLiteral("Yang Wang") << QStringLiteral("Wang Yang") << none;
    QTest::newRow("half of a double surname")
        << jml << QStringLiteral("José Miguel Lobato") << none;
    QTest::newRow("surname only on the paper") << jml << QStringLiteral("Hernández-Lobato") << none;
    QTest::newRow("other surname, same first names")
        << QStringLiteral("Tianyi Zhang") << QStringLiteral("Tianyi Zhong") << none;
    QTest::newRow("followed by middle name only")
        << QStringLiteral("Miguel Hernández-Lobato") << jml << none;
    QTest::newRow("empty paper author") << jml << QString() << none;
}

void TstNameMatcher::matchesNameVariants()
{
    QFETCH(QString, followed);
    QFETCH(QString, paperAuthor);
    QFETCH(std::optional<MatchKind>, expected);

    const auto match = NameMatcher::match(followed, paperAuthor);
    QCOMPARE(match.has_value(), expected.has_value());
    if (match) {
        QCOMPARE(int(match->kind), int(*expected));
        QCOMPARE(match->followed, followed);
        QCOMPARE(match->paperAuthor, paperAuthor);
    }
}

// Every author of the 2025-04-17 reference digest, as the digest writes them (TeX included),
// followed by the way a user would type the name.
void TstNameMatcher::findsEveryAuthorOfTheReferenceDigest_data()
{
    QTest::addColumn<QString>("followed");
    QTest::addColumn<QString>("listedAs");

    const QList<std::pair<const char *, const char *>> authors = {
        {"Tianyi Zhang", "Tianyi Zhang"},
        {"Yang Sui", "Yang Sui"},
        {"Shaochen Zhong", "Shaochen Zhong"},
        {"Vipin Chaudhary", "Vipin Chaudhary"},
        {"Xia Hu", "Xia Hu"},
        {"Anshumali Shrivastava", "Anshumali Shrivastava"},
        {"Jiajun He", "Jiajun He"},
        {"Yuanqi Du", "Yuanqi Du"},
        {"Francisco Vargas", "Francisco Vargas"},
        {"Yuanqing Wang", "Yuanqing Wang"},
        {"Carla Gomes", "Carla P. Gomes"},
        {"José Miguel Hernández-Lobato", "Jos\\'e Miguel Hern\\'andez-Lobato"},
        {"Vanden-Eijnden, Eric", "Eric Vanden-Eijnden"},
        {"Mete Erdogan", "Mete Erdogan"},
        {"Cengiz Pehlevan", "Cengiz Pehlevan"},
        {"A. T. Erdogan", "Alper T. Erdogan"},
        {"Yuling Jiao", "Yuling Jiao"},
        {"Yanming Lai", "Yanming Lai"},
        {"Defeng Sun", "Defeng Sun"},
        {"Yang Wang", "Yang Wang"},
        {"Bokai Yan", "Bokai Yan"},
        {"Gemma Moran", "Gemma E. Moran"},
        {"Bryon Aragam", "Bryon Aragam"},
        {"Huizhe Zhang", "Huizhe Zhang"},
        {"Jintang Li", "Jintang Li"},
        {"Yuchang Zhu", "Yuchang Zhu"},
        {"Liang Chen", "Liang Chen"},
        {"Zibin Zheng", "Zibin Zheng"},
        {"Yahya Sattar", "Yahya Sattar"},
        {"Sunmook Choi", "Sunmook Choi"},
        {"Yassir Jedra", "Yassir Jedra"},
        {"Maryam Fazel", "Maryam Fazel"},
        {"Sarah Dean", "Sarah Dean"},
        {"Rohan Hitchcock", "Rohan Hitchcock"},
        {"G. W. Delaney", "Gary W. Delaney"},
        {"Jonathan H. Manton", "Jonathan H. Manton"},
        {"Richard Scalzo", "Richard Scalzo"},
        {"Jingge Zhu", "Jingge Zhu"},
        {"Prabhu Vellaisamy", "Prabhu Vellaisamy"},
        {"Thomas Labonte", "Thomas Labonte"},
        {"Sourav Chakraborty", "Sourav Chakraborty"},
        {"Matt Turner", "Matt Turner"},
        {"Samantika Sury", "Samantika Sury"},
        {"John Paul Shen", "John Paul Shen"},
    };
    for (const auto &[followed, listedAs] : authors) {
        QTest::newRow(listedAs) << QString::fromUtf8(followed) << QString::fromUtf8(listedAs);
    }
}

void TstNameMatcher::findsEveryAuthorOfTheReferenceDigest()
{
    QFETCH(QString, followed);
    QFETCH(QString, listedAs);

    const QStringList paper = {QStringLiteral("Someone Else"), listedAs, QStringLiteral("Xi Yu")};
    const auto match = NameMatcher::match(followed, paper);
    QVERIFY(match);
    QCOMPARE(match->paperAuthor, listedAs);
}

void TstNameMatcher::prefersTheStrongestMatchInAList()
{
    const QStringList paper = {QStringLiteral("J. Smith"), QStringLiteral("John Smith")};
    const auto match = NameMatcher::match(QStringLiteral("John Smith"), paper);
    QVERIFY(match);
    QCOMPARE(match->paperAuthor, QStringLiteral("John Smith"));
    QCOMPARE(int(match->kind), int(MatchKind::Exact));
}

void TstNameMatcher::explainsTheMatch()
{
    const auto match = NameMatcher::match(QStringLiteral("José Miguel Hernández-Lobato"),
                                          QStringLiteral("J. M. Hernández-Lobato"));
    QVERIFY(match);
    QVERIFY(match->reason().contains(QStringLiteral("J. M. Hernández-Lobato")));
    QVERIFY(match->reason().contains(QStringLiteral("initials")));
}

QTEST_GUILESS_MAIN(TstNameMatcher)
#include "tst_namematcher.moc"
