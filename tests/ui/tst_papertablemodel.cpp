// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <ui/papertablemodel.h>

#include <QTest>

using Sieve::Digest::DayListing;
using Sieve::Digest::ListedPaper;
using Sieve::Ui::PaperTableModel;

class TstPaperTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorsShowLettersNotTexAccents_data();
    void authorsShowLettersNotTexAccents();
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

QTEST_MAIN(TstPaperTableModel)
#include "tst_papertablemodel.moc"
