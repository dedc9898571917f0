// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/taxonomy.h>

#include <QSet>
#include <QTest>

using Sieve::Arxiv::Category;
using Sieve::Arxiv::Taxonomy;

namespace {

QStringList codesOf(const QList<Category> &categories)
{
    QStringList codes;
    for (const Category &category : categories) {
        codes.append(category.code);
    }
    return codes;
}

} // namespace

class TstTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInHasEveryArchive_data();
    void builtInHasEveryArchive();
    void codesAreUnique();
    void categoryLooksUpCodesWithoutCase();
    void searchRanksTheIntendedCategoryFirst_data();
    void searchRanksTheIntendedCategoryFirst();
    void searchFindsAllOf_data();
    void searchFindsAllOf();
    void searchFindsNothingFor_data();
    void searchFindsNothingFor();
    void codeQueriesFindOnlyCodes();
    void blankQueryListsEverythingInOrder();
    void foldIgnoresCaseAccentsAndSpacing();
    void malformedDocumentsAreRefused_data();
    void malformedDocumentsAreRefused();
};

void TstTaxonomy::builtInHasEveryArchive_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("group");
    QTest::newRow("cosmology") << "astro-ph.CO"
                               << "Cosmology and Nongalactic Astrophysics"
                               << "Physics";
    QTest::newRow("galaxies") << "astro-ph.GA"
                              << "Astrophysics of Galaxies"
                              << "Physics";
    QTest::newRow("machine learning") << "cs.LG"
                                      << "Machine Learning"
                                      << "Computer Science";
    QTest::newRow("stat machine learning") << "stat.ML"
                                           << "Machine Learning"
                                           << "Statistics";
    QTest::newRow("number theory") << "math.NT"
                                   << "Number Theory"
                                   << "Mathematics";
    QTest::newRow("optics") << "physics.optics"
                            << "Optics"
                            << "Physics";
    QTest::newRow("neurons") << "q-bio.NC"
                             << "Neurons and Cognition"
                             << "Quantitative Biology";
    QTest::newRow("finance") << "q-fin.ST"
                             << "Statistical Finance"
                             << "Quantitative Finance";
    QTest::newRow("econometrics") << "econ.EM"
                                  << "Econometrics"
                                  << "Economics";
    QTest::newRow("signal") << "eess.SP"
                            << "Signal Processing"
                            << "Electrical Engineering and Systems Science";
    QTest::newRow("hep-th") << "hep-th"
                            << "High Energy Physics - Theory"
                            << "Physics";
    QTest::newRow("gr-qc") << "gr-qc"
                           << "General Relativity and Quantum Cosmology"
                           << "Physics";
    QTest::newRow("quant-ph") << "quant-ph"
                              << "Quantum Physics"
                              << "Physics";
    QTest::newRow("nlin") << "nlin.CD"
                          << "Chaotic Dynamics"
                          << "Physics";
    QTest::newRow("cond-mat") << "cond-mat.str-el"
                              << "Strongly Correlated Electrons"
                              << "Physics";
    QTest::newRow("nucl-th") << "nucl-th"
                             << "Nuclear Theory"
                             << "Physics";
}

void TstTaxonomy::builtInHasEveryArchive()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, group);

    const auto category = Taxonomy::builtIn().category(code);
    QVERIFY(category);
    QCOMPARE(category->code, code);
    QCOMPARE(category->name, name);
    QCOMPARE(category->group, group);
}

void TstTaxonomy::codesAreUnique()
{
    const QStringList codes = codesOf(Taxonomy::builtIn().categories());
    QVERIFY(codes.size() > 150);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
}

void TstTaxonomy::categoryLooksUpCodesWithoutCase()
{
    QCOMPARE(Taxonomy::builtIn().category(QStringLiteral(" cs.lg "))->code,
             QStringLiteral("cs.LG"));
    QVERIFY(!Taxonomy::builtIn().category(QStringLiteral("cs.XX")));
}

void TstTaxonomy::searchRanksTheIntendedCategoryFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::newRow("exact code") << "cs.LG"
                                << "cs.LG";
    QTest::newRow("code in lower case") << "astro-ph.ga"
                                        << "astro-ph.GA";
    QTest::newRow("code prefix") << "astro-ph.G"
                                 << "astro-ph.GA";
    QTest::newRow("subject class alone") << "LG"
                                         << "cs.LG";
    QTest::newRow("archive without classes") << "gr-qc"
                                             << "gr-qc";
    QTest::newRow("name") << "machine learning"
                          << "cs.LG";
    QTest::newRow("name in capitals") << "MACHINE LEARNING"
                                      << "cs.LG";
    QTest::newRow("name word") << "galaxies"
                               << "astro-ph.GA";
    QTest::newRow("singular of a name word") << "galaxy"
                                             << "astro-ph.GA";
    QTest::newRow("accented") << "Galàxiés"
                              << "astro-ph.GA";
    QTest::newRow("name start beats name middle") << "cosmology"
                                                  << "astro-ph.CO";
    QTest::newRow("word prefixes") << "cosmo nongal"
                                   << "astro-ph.CO";
    QTest::newRow("link word left in") << "astrophysics of galaxies"
                                       << "astro-ph.GA";
    QTest::newRow("alias") << "natural language processing"
                           << "cs.CL";
    QTest::newRow("alias abbreviation") << "nlp"
                                        << "cs.CL";
    QTest::newRow("archive narrows") << "cs machine learning"
                                     << "cs.LG";
    QTest::newRow("group narrows") << "statistics machine learning"
                                   << "stat.ML";
    QTest::newRow("exoplanets") << "exoplanets"
                                << "astro-ph.EP";
    QTest::newRow("hyphenated name") << "human-computer"
                                     << "cs.HC";
}

void TstTaxonomy::searchRanksTheIntendedCategoryFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, first);

    const QStringList found = codesOf(Taxonomy::builtIn().search(query));
    QVERIFY2(!found.isEmpty(), qPrintable(query));
    QCOMPARE(found.constFirst(), first);
}

void TstTaxonomy::searchFindsAllOf_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("machine learning in two archives")
        << "machine learning" << QStringList{"cs.LG", "stat.ML"};
    QTest::newRow("cosmology in two archives")
        << "cosmology" << QStringList{"astro-ph.CO", "gr-qc"};
    QTest::newRow("archive code") << "astro-ph"
                                  << QStringList{"astro-ph.CO",
                                                 "astro-ph.EP",
                                                 "astro-ph.GA",
                                                 "astro-ph.HE",
                                                 "astro-ph.IM",
                                                 "astro-ph.SR"};
    QTest::newRow("hep prefix") << "hep" << QStringList{"hep-ex", "hep-lat", "hep-ph", "hep-th"};
    QTest::newRow("group name") << "quantitative finance" << QStringList{"q-fin.CP", "q-fin.TR"};
}

void TstTaxonomy::searchFindsAllOf()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    const QStringList found = codesOf(Taxonomy::builtIn().search(query));
    for (const QString &code : std::as_const(expected)) {
        QVERIFY2(found.contains(code), qPrintable(code + QLatin1String(" missing")));
    }
}

void TstTaxonomy::searchFindsNothingFor_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("unknown word") << "zzyzx";
    QTest::newRow("one word unknown") << "machine zzyzx";
    QTest::newRow("unknown code") << "cs.ZZ";
    QTest::newRow("only a link word") << "of";
}

void TstTaxonomy::searchFindsNothingFor()
{
    QFETCH(QString, query);
    QVERIFY(Taxonomy::builtIn().search(query).isEmpty());
}

void TstTaxonomy::codeQueriesFindOnlyCodes()
{
    QCOMPARE(codesOf(Taxonomy::builtIn().search(QStringLiteral("astro-ph.GA"))),
             QStringList{QStringLiteral("astro-ph.GA")});
    const QStringList found = codesOf(Taxonomy::builtIn().search(QStringLiteral("cs.")));
    QCOMPARE(found.size(), 40);
    QVERIFY(std::all_of(found.cbegin(), found.cend(), [](const QString &code) {
        return code.startsWith(QLatin1String("cs."));
    }));
}

void TstTaxonomy::blankQueryListsEverythingInOrder()
{
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    QCOMPARE(codesOf(taxonomy.search(QStringLiteral("  "))), codesOf(taxonomy.categories()));
    QCOMPARE(taxonomy.categories().constFirst().code, QStringLiteral("cs.AI"));
}

void TstTaxonomy::foldIgnoresCaseAccentsAndSpacing()
{
    QCOMPARE(Taxonomy::fold(QStringLiteral("  Économie\t ÅNGSTRÖM  ")),
             QStringLiteral("economie angstrom"));
}

void TstTaxonomy::malformedDocumentsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{groups");
    QTest::newRow("no categories") << QByteArray(R"({"groups": []})");
    QTest::newRow("category without name") << QByteArray(
        R"({"groups": [{"name": "G", "archives": [{"code": "a", "categories": [{"code": "a"}]}]}]})");
}

void TstTaxonomy::malformedDocumentsAreRefused()
{
    QFETCH(QByteArray, json);
    const auto read = Taxonomy::fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().code(), Sieve::Error::Code::BadData);
}

QTEST_GUILESS_MAIN(TstTaxonomy)
#include "tst_taxonomy.moc"
