// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <ui/paperfilterproxy.h>
#include <ui/papertablemodel.h>

#include <QLocale>
#include <QTest>

using Sieve::Digest::DayListing;
using Sieve::Digest::ListedPaper;
using Sieve::Ui::PaperFilterProxy;
using Sieve::Ui::PaperTableModel;

namespace {

DayListing listingWithTitle(const QString &title)
{
    DayListing listing;
    ListedPaper paper;
    paper.paper.id = QStringLiteral("2603.00001");
    paper.paper.title = title;
    paper.paper.authors = {QStringLiteral("Ada Lovelace")};
    paper.rank = 1;
    listing.papers = {paper};
    return listing;
}

} // namespace

class TstPaperTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorsShowLettersNotTexAccents_data();
    void authorsShowLettersNotTexAccents();
    void titlesShowTexAsReadableText_data();
    void titlesShowTexAsReadableText();
    void filterFindsTheOriginalAndTheShownTitle_data();
    void filterFindsTheOriginalAndTheShownTitle();
    void localColumnShowsTheScoreAndSortsByIt_data();
    void localColumnShowsTheScoreAndSortsByIt();
};

void TstPaperTableModel::authorsShowLettersNotTexAccents_data()
{
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("shown");
    QTest::newRow("acute accents") << QStringList{QStringLiteral("L. N. Mart\\'inez-Ram\\'irez")}
                                   << QStringLiteral("L. N. Martínez-Ramírez");
    QTest::newRow("braced umlaut")
        << QStringList{QStringLiteral("J. M{\\\"u}ller")} << QStringLiteral("J. Müller");
    QTest::newRow("plain names") << QStringList{QStringLiteral("Ada Lovelace")}
                                 << QStringLiteral("Ada Lovelace");
}

void TstPaperTableModel::authorsShowLettersNotTexAccents()
{
    QFETCH(QStringList, authors);
    QFETCH(QString, shown);

    DayListing listing;
    ListedPaper paper;
    paper.paper.id = QStringLiteral("2603.00001");
    paper.paper.title = QStringLiteral("A paper");
    paper.paper.authors = authors;
    paper.rank = 1;
    listing.papers = {paper};

    PaperTableModel model;
    model.setListing(listing);
    QCOMPARE(model.index(0, PaperTableModel::AuthorsColumn).data().toString(), shown);
    QCOMPARE(model.index(0, PaperTableModel::AuthorsColumn).data(Qt::ToolTipRole).toString(),
             shown);
}

void TstPaperTableModel::titlesShowTexAsReadableText_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("shown");
    QTest::newRow("subscript") << QStringLiteral("Exploring the $S_8$ Tension")
                               << QStringLiteral("Exploring the S₈ Tension");
    QTest::newRow("greek and sim") << QStringLiteral("Ly$\\alpha$ emitters at $z\\sim7$")
                                   << QStringLiteral("Lyα emitters at z~7");
    QTest::newRow("font switch") << QStringLiteral("The {\\it Planck}\n  satellite")
                                 << QStringLiteral("The Planck satellite");
    QTest::newRow("plain") << QStringLiteral("A paper") << QStringLiteral("A paper");
}

void TstPaperTableModel::titlesShowTexAsReadableText()
{
    QFETCH(QString, title);
    QFETCH(QString, shown);

    PaperTableModel model;
    model.setListing(listingWithTitle(title));
    QCOMPARE(model.index(0, PaperTableModel::TitleColumn).data().toString(), shown);
    QCOMPARE(model.index(0, PaperTableModel::TitleColumn).data(Qt::ToolTipRole).toString(), shown);
    QCOMPARE(model.listedAt(0).paper.title, title); // search and export keep arXiv's text
}

void TstPaperTableModel::filterFindsTheOriginalAndTheShownTitle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("as arXiv wrote it") << QStringLiteral("$S_8$") << true;
    QTest::newRow("as the list shows it") << QStringLiteral("the S₈ tension") << true;
    QTest::newRow("neither") << QStringLiteral("S_9") << false;
}

void TstPaperTableModel::filterFindsTheOriginalAndTheShownTitle()
{
    QFETCH(QString, text);
    QFETCH(bool, found);

    PaperTableModel model;
    model.setListing(listingWithTitle(QStringLiteral("Exploring the $S_8$ Tension")));
    PaperFilterProxy proxy(&model);
    proxy.setText(text);
    QCOMPARE(proxy.rowCount(), found ? 1 : 0);
}

// The column shows the local ranker's score (what the issue asks for), its rank in the tool tip,
// and sorts by the score whatever order the LLM listed the papers in.
void TstPaperTableModel::localColumnShowsTheScoreAndSortsByIt_data()
{
    QTest::addColumn<bool>("llmScored");
    QTest::newRow("a day the LLM scored") << true;
    QTest::newRow("a day only the local ranker ranked") << false;
}

void TstPaperTableModel::localColumnShowsTheScoreAndSortsByIt()
{
    QFETCH(bool, llmScored);

    // Listed by the LLM's order; the local ranker disagrees: 0.10, 0.92, 0.47.
    const double scores[] = {0.10, 0.92, 0.47};
    const int localRanks[] = {3, 1, 2};
    DayListing listing;
    listing.hasLlmScores = llmScored;
    for (int i = 0; i < 3; ++i) {
        ListedPaper paper;
        paper.paper.id = QStringLiteral("2603.0000%1").arg(i + 1);
        paper.paper.title = QStringLiteral("Paper %1").arg(i + 1);
        paper.rank = i + 1;
        paper.localScore = scores[i];
        paper.localRank = localRanks[i];
        if (llmScored) {
            paper.relevance = 9 - i;
            paper.novelty = 5;
        }
        listing.papers.append(paper);
    }

    PaperTableModel model;
    model.setListing(listing);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex local = model.index(row, PaperTableModel::LocalColumn);
        QCOMPARE(local.data().toString(), QLocale().toString(scores[row], 'f', 2));
        QVERIFY2(local.data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("#%1").arg(localRanks[row])),
                 qPrintable(local.data(Qt::ToolTipRole).toString()));
    }

    PaperFilterProxy proxy(&model);
    proxy.sort(PaperTableModel::LocalColumn, Qt::DescendingOrder);
    const QString best[] = {
        QStringLiteral("Paper 2"), QStringLiteral("Paper 3"), QStringLiteral("Paper 1")};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(proxy.index(row, PaperTableModel::TitleColumn).data().toString(), best[row]);
    }
}

QTEST_MAIN(TstPaperTableModel)
#include "tst_papertablemodel.moc"
