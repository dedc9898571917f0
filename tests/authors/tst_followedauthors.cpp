// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/authors/followedauthors.h>

#include <QTest>

using Sieve::Authors::FollowedAuthors;
using Sieve::Authors::MatchKind;
using Sieve::Authors::S2Author;

Q_DECLARE_METATYPE(Sieve::Authors::MatchKind)

class TstFollowedAuthors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOnePersonPerLine();
    void matchesTheStrongestWay_data();
    void matchesTheStrongestWay();
    void anIdMatchesWhateverTheSpelling();
};

void TstFollowedAuthors::readsOnePersonPerLine()
{
    const FollowedAuthors followed = FollowedAuthors::parse(QStringLiteral(
        "# colleagues\n\nGemma E. Moran\n  s2:1741101  \nS2:42 Eric Vanden-Eijnden\r\n"));
    QCOMPARE(followed.authors().size(), 3);
    QCOMPARE(followed.entries(),
             QStringList({QStringLiteral("Gemma E. Moran"),
                          QStringLiteral("s2:1741101"),
                          QStringLiteral("s2:42 Eric Vanden-Eijnden")}));
    QVERIFY(followed.hasSemanticScholarIds());
    QCOMPARE(FollowedAuthors::fromEntries(followed.entries()).entries(), followed.entries());
}

void TstFollowedAuthors::matchesTheStrongestWay_data()
{
    QTest::addColumn<QString>("followed");
    QTest::addColumn<QStringList>("paperAuthors");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<MatchKind>("kind");

    // Authors of the reference digest, as arXiv listed them there.
    const QStringList feat{QStringLiteral("Jiajun He"),
                           QStringLiteral("Jos\\'e Miguel Hern\\'andez-Lobato"),
                           QStringLiteral("Eric Vanden-Eijnden")};
    QTest::newRow("TeX accents") << "José Miguel Hernández-Lobato" << feat << true
                                 << MatchKind::AccentFolded;
    QTest::newRow("surname first")
        << "Vanden-Eijnden, Eric" << feat << true << MatchKind::Reordered;
    QTest::newRow("initials") << "J. M. Hernandez-Lobato" << feat << true << MatchKind::Initials;
    QTest::newRow("someone else") << "Jiajun Hu" << feat << false << MatchKind::Exact;
    QTest::newRow("exact beats initials")
        << "Gemma E. Moran"
        << QStringList{QStringLiteral("G. E. Moran"), QStringLiteral("Gemma E. Moran")} << true
        << MatchKind::Exact;
}

void TstFollowedAuthors::matchesTheStrongestWay()
{
    QFETCH(QString, followed);
    QFETCH(QStringList, paperAuthors);
    QFETCH(bool, matches);
    QFETCH(MatchKind, kind);

    const auto match = FollowedAuthors::parse(followed).match(paperAuthors);
    QCOMPARE(match.has_value(), matches);
    if (matches) {
        QCOMPARE(match->kind, kind);
        QVERIFY(!match->reason().isEmpty());
    }
}

void TstFollowedAuthors::anIdMatchesWhateverTheSpelling()
{
    const FollowedAuthors followed = FollowedAuthors::parse(QStringLiteral("s2:1005"));
    const QList<S2Author> s2{{QStringLiteral("1005"), QStringLiteral("Gemma E. Moran"), 9, 30}};

    const auto match = followed.match({QStringLiteral("G. Moran-Smith")}, s2);
    QVERIFY(match);
    QCOMPARE(match->kind, MatchKind::SemanticScholarId);
    QVERIFY(match->reason().contains(QStringLiteral("Gemma E. Moran")));
    QVERIFY(!followed.match({QStringLiteral("Gemma E. Moran")}));
}

QTEST_GUILESS_MAIN(TstFollowedAuthors)
#include "tst_followedauthors.moc"
