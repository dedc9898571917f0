// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/ranker/semanticspace.h>

#include <QTest>

using Sieve::Ranker::SemanticSpace;
using Sieve::Ranker::SparseVector;

namespace {

// Two fields with their own words, 0-4 and 5-9, and a bridge: word 10 occurs with 0-2 and
// with 3-4, which never occur together themselves.
std::vector<SparseVector> twoFields()
{
    std::vector<SparseVector> documents;
    for (int i = 0; i < 12; ++i) {
        documents.push_back({{0, 1.0F}, {1, 0.8F}, {2, 0.6F}, {10, 0.5F}});
        documents.push_back({{3, 1.0F}, {4, 0.7F}, {10, 0.5F}});
        documents.push_back({{5, 1.0F}, {6, 0.9F}, {7, 0.4F}});
        documents.push_back({{8, 1.0F}, {9, 0.6F}, {7, 0.5F}});
    }
    return documents;
}

} // namespace

class TestSemanticSpace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closenessFollowsSharedContext_data();
    void closenessFollowsSharedContext();
    void fittingTwiceGivesTheSameSpace();
    void positionsHaveUnitLength();
    void emptyOrUnknownInputGivesNoPosition_data();
    void emptyOrUnknownInputGivesNoPosition();
    void dimensionsAreCappedByTheCollection();
};

void TestSemanticSpace::closenessFollowsSharedContext_data()
{
    QTest::addColumn<int>("wordA");
    QTest::addColumn<int>("wordB");
    QTest::addColumn<bool>("close");

    QTest::newRow("words of one paper") << 0 << 1 << true;
    QTest::newRow("words linked only through a shared word") << 0 << 3 << true;
    QTest::newRow("words of one field, different papers") << 5 << 9 << true;
    QTest::newRow("words of two fields") << 0 << 6 << false;
    QTest::newRow("the bridge and the other field") << 10 << 8 << false;
}

void TestSemanticSpace::closenessFollowsSharedContext()
{
    QFETCH(int, wordA);
    QFETCH(int, wordB);
    QFETCH(bool, close);
    const SemanticSpace space = SemanticSpace::fit(twoFields(), 11, 2);

    const double closeness =
        SemanticSpace::dot(space.embed({{wordA, 1.0F}}), space.embed({{wordB, 1.0F}}));

    if (close) {
        QVERIFY2(closeness > 0.8, qPrintable(QString::number(closeness)));
    } else {
        QVERIFY2(std::abs(closeness) < 0.2, qPrintable(QString::number(closeness)));
    }
}

void TestSemanticSpace::fittingTwiceGivesTheSameSpace()
{
    const SemanticSpace first = SemanticSpace::fit(twoFields(), 11, 4);
    const SemanticSpace second = SemanticSpace::fit(twoFields(), 11, 4);

    for (int word = 0; word < 11; ++word) {
        QCOMPARE(first.embed({{word, 1.0F}}), second.embed({{word, 1.0F}}));
    }
}

void TestSemanticSpace::positionsHaveUnitLength()
{
    const SemanticSpace space = SemanticSpace::fit(twoFields(), 11, 3);
    const std::vector<float> position = space.embed({{1, 0.3F}, {4, 2.0F}, {9, 0.1F}});

    QCOMPARE(int(position.size()), space.stride());
    QVERIFY(std::abs(SemanticSpace::dot(position, position) - 1.0) < 1e-5);
}

void TestSemanticSpace::emptyOrUnknownInputGivesNoPosition_data()
{
    QTest::addColumn<bool>("emptyCollection");
    QTest::addColumn<int>("word");

    QTest::newRow("no documents") << true << 0;
    QTest::newRow("a word past the last column") << false << 11;
    QTest::newRow("a negative column") << false << -1;
}

void TestSemanticSpace::emptyOrUnknownInputGivesNoPosition()
{
    QFETCH(bool, emptyCollection);
    QFETCH(int, word);
    const SemanticSpace space =
        SemanticSpace::fit(emptyCollection ? std::vector<SparseVector>() : twoFields(), 11, 4);

    const std::vector<float> position = space.embed({{word, 1.0F}});

    QCOMPARE(space.isEmpty(), emptyCollection);
    QCOMPARE(SemanticSpace::dot(position, position), 0.0);
}

void TestSemanticSpace::dimensionsAreCappedByTheCollection()
{
    const std::vector<SparseVector> documents{{{0, 1.0F}}, {{1, 1.0F}}, {{0, 1.0F}, {1, 1.0F}}};

    const SemanticSpace space = SemanticSpace::fit(documents, 2, 64);

    QCOMPARE(space.dimensions(), 2);
    QCOMPARE(space.stride(), SemanticSpace::Lanes);
}

QTEST_APPLESS_MAIN(TestSemanticSpace)

#include "tst_semanticspace.moc"
