// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/sampledays.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>

#include <QTemporaryDir>
#include <QTest>

using Sieve::Digest::SampleDays;

class TstSampleDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesAreBundled();
    void importFillsAnEmptyLibraryOnce();
    void seededProfileIsKnownUntilTheReaderChangesIt_data();
    void seededProfileIsKnownUntilTheReaderChangesIt();
};

void TstSampleDays::samplesAreBundled()
{
    const QList<QDate> dates = SampleDays::dates();
    QCOMPARE(dates.size(), 3);
    QCOMPARE(dates.first(), QDate(2026, 3, 9));
}

void TstSampleDays::importFillsAnEmptyLibraryOnce()
{
    QTemporaryDir dir;
    auto library = Sieve::Library::Library::open(dir.filePath(QStringLiteral("lib.sqlite")));
    QVERIFY(library);

    const auto first = SampleDays::importInto(*library.value());
    QVERIFY(first);
    QCOMPARE(first.value(), 3);
    const auto again = SampleDays::importInto(*library.value());
    QVERIFY(again);
    QCOMPARE(again.value(), 0);

    const QList<Sieve::DaySummary> days = library.value()->days();
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.first().date, QDate(2026, 3, 11));
    QCOMPARE(days.first().source, QStringLiteral("sample"));
    QCOMPARE(days.first().status, Sieve::DayStatus::Announced);
    // 81 + 52 listings on 2026-03-11, cross-listed papers merged into one record each.
    QVERIFY(days.first().paperCount > 81 && days.first().paperCount < 133);
}

void TstSampleDays::seededProfileIsKnownUntilTheReaderChangesIt_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("criteria"); // empty: as seeded
    QTest::addColumn<bool>("seed");
    QTest::newRow("as seeded") << QStringList() << QString() << true;
    QTest::newRow("own categories") << QStringList{QStringLiteral("cs.LG")} << QString() << false;
    QTest::newRow("own criteria") << QStringList() << QStringLiteral("1. Bars") << false;
}

void TstSampleDays::seededProfileIsKnownUntilTheReaderChangesIt()
{
    QFETCH(QStringList, categories);
    QFETCH(QString, criteria);
    QFETCH(bool, seed);

    QTemporaryDir dir;
    auto library = Sieve::Library::Library::open(dir.filePath(QStringLiteral("lib.sqlite")));
    QVERIFY(library);
    QVERIFY(SampleDays::seedProfile(*library.value()));
    Sieve::Library::ProfileStore profiles(*library.value());
    auto stored = profiles.profile(QStringLiteral("default"));
    QVERIFY(stored);
    QVERIFY(SampleDays::isSeedProfile(*stored));

    if (!categories.isEmpty()) {
        stored->categories = categories;
    }
    if (!criteria.isEmpty()) {
        stored->criteria = criteria;
    }
    QVERIFY(profiles.save(*stored));
    QCOMPARE(SampleDays::isSeedProfile(*profiles.profile(QStringLiteral("default"))), seed);
}

QTEST_GUILESS_MAIN(TstSampleDays)

#include "tst_sampledays.moc"
