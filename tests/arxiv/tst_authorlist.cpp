// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/authorlist.h>

#include <QTest>

using namespace Sieve::Arxiv;

class TstAuthorList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsCreatorIntoAuthors_data();
    void splitsCreatorIntoAuthors();
};

void TstAuthorList::splitsCreatorIntoAuthors_data()
{
    QTest::addColumn<QString>("creator");
    QTest::addColumn<QStringList>("authors");

    QTest::newRow("plain names") << QStringLiteral("Taichi Ueyama, Hodaka Tamura, Hideki Asada")
                                 << QStringList{QStringLiteral("Taichi Ueyama"),
                                                QStringLiteral("Hodaka Tamura"),
                                                QStringLiteral("Hideki Asada")};
    QTest::newRow("single author")
        << QStringLiteral("Sambaran Banerjee") << QStringList{QStringLiteral("Sambaran Banerjee")};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringList();
    QTest::newRow("TeX accent kept")
        << QStringLiteral("Anirban Karan, Julio Leite, Jos\\'e W. F. Valle")
        << QStringList{QStringLiteral("Anirban Karan"),
                       QStringLiteral("Julio Leite"),
                       QStringLiteral("Jos\\'e W. F. Valle")};
    QTest::newRow("TeX cedilla in braces")
        << QStringLiteral("Erwan Allys, Fran\\c{c}ois Boulanger")
        << QStringList{QStringLiteral("Erwan Allys"), QStringLiteral("Fran\\c{c}ois Boulanger")};
    QTest::newRow("comma inside an affiliation")
        << QStringLiteral("T. Laitinen (Jeremiah Horrocks Institute, University of Lancashire, "
                          "UK), S. Dalla (Jeremiah Horrocks Institute, University of Lancashire, "
                          "UK)")
        << QStringList{
               QStringLiteral(
                   "T. Laitinen (Jeremiah Horrocks Institute, University of Lancashire, UK)"),
               QStringLiteral(
                   "S. Dalla (Jeremiah Horrocks Institute, University of Lancashire, UK)")};
    QTest::newRow("'and' inside an affiliation")
        << QStringLiteral("Srijita Sinha (National Institute of Science Education and Research, "
                          "Odisha, India), Jean-Marc Delouis (Laboratoire d'Oc\\'eanographie "
                          "Physique et Spatiale)")
        << QStringList{QStringLiteral("Srijita Sinha (National Institute of Science Education "
                                      "and Research, Odisha, India)"),
                       QStringLiteral("Jean-Marc Delouis (Laboratoire d'Oc\\'eanographie "
                                      "Physique et Spatiale)")};
    QTest::newRow("affiliation ending in 'and'")
        << QStringLiteral("Erwan Allys (ENS, Universit\\'e PSL, F-75005 Paris, France and), "
                          "Jean-Marc Delouis (LOPS)")
        << QStringList{QStringLiteral("Erwan Allys (ENS, Universit\\'e PSL, F-75005 Paris, "
                                      "France and)"),
                       QStringLiteral("Jean-Marc Delouis (LOPS)")};
    QTest::newRow("affiliation-only piece as arXiv sent it")
        << QStringLiteral("David J. Thoen (Ton), A. J. (Ton), van der Linden, Akira Endo")
        << QStringList{QStringLiteral("David J. Thoen (Ton)"),
                       QStringLiteral("A. J. (Ton)"),
                       QStringLiteral("van der Linden"),
                       QStringLiteral("Akira Endo")};
    QTest::newRow("'and' before the last author")
        << QStringLiteral("A. Author, B. Author and C. Author")
        << QStringList{QStringLiteral("A. Author"),
                       QStringLiteral("B. Author"),
                       QStringLiteral("C. Author")};
    QTest::newRow("Oxford comma") << QStringLiteral("A. Author, B. Author, and C. Author")
                                  << QStringList{QStringLiteral("A. Author"),
                                                 QStringLiteral("B. Author"),
                                                 QStringLiteral("C. Author")};
    QTest::newRow("two authors joined by 'and'")
        << QStringLiteral("A. Author and B. Author (Uni A and Uni B)")
        << QStringList{QStringLiteral("A. Author"), QStringLiteral("B. Author (Uni A and Uni B)")};
    QTest::newRow("non-ASCII names")
        << QStringLiteral("A. Andrés, J. C. Arteaga-Velázquez")
        << QStringList{QStringLiteral("A. Andrés"), QStringLiteral("J. C. Arteaga-Velázquez")};
    QTest::newRow("stray spaces and empty pieces")
        << QStringLiteral("  A. Author ,, B. Author,  ")
        << QStringList{QStringLiteral("A. Author"), QStringLiteral("B. Author")};
    QTest::newRow("unbalanced closing parenthesis")
        << QStringLiteral("A. Author (X)), B. Author")
        << QStringList{QStringLiteral("A. Author (X))"), QStringLiteral("B. Author")};
}

void TstAuthorList::splitsCreatorIntoAuthors()
{
    QFETCH(QString, creator);
    QFETCH(QStringList, authors);

    QCOMPARE(AuthorList::split(creator), authors);
}

QTEST_GUILESS_MAIN(TstAuthorList)
#include "tst_authorlist.moc"
