// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/sampledays.h>
#include <app/library/library.h>

#include <QTemporaryDir>
#include <QTest>

using Sieve::Digest::SampleDays;

class TstSampleDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesAreBundled();
    void importFillsAnEmptyLibraryOnce();
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

QTEST_GUILESS_MAIN(TstSampleDays)

#include "tst_sampledays.moc"
