// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/platform/translations.h>
#include <ui/daylistmodel.h>

#include <QTest>

using Sieve::DayStatus;
using Sieve::DaySummary;
using Sieve::Ui::DayListModel;

class TstDayListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusReadsAsEnglish_data();
    void statusReadsAsEnglish();
    void countsShowOnceTheEngineHasThem();
    void failedDayExplainsWhy();
};

void TstDayListModel::initTestCase()
{
    QVERIFY(Sieve::Platform::installTranslators(QLocale(QLocale::C)) >= 1);
}

void TstDayListModel::statusReadsAsEnglish_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("papers");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one paper") << int(DayStatus::Announced) << 1 << QStringLiteral("rss")
                               << QStringLiteral("1 paper · unscored");
    QTest::newRow("many papers") << int(DayStatus::Announced) << 212 << QStringLiteral("rss")
                                 << QStringLiteral("212 papers · unscored");
    QTest::newRow("sample day") << int(DayStatus::Announced) << 89 << QStringLiteral("sample")
                                << QStringLiteral("89 papers · sample");
    QTest::newRow("holiday") << int(DayStatus::NoAnnouncement) << 0 << QStringLiteral("rss")
                             << QStringLiteral("No announcement");
    QTest::newRow("feed behind") << int(DayStatus::NotYetAnnounced) << 0 << QStringLiteral("rss")
                                 << QStringLiteral("Not announced yet");
}

void TstDayListModel::statusReadsAsEnglish()
{
    QFETCH(int, status);
    QFETCH(int, papers);
    QFETCH(QString, source);
    QFETCH(QString, expected);

    DaySummary day;
    day.date = QDate(2026, 3, 10);
    day.status = DayStatus(status);
    day.paperCount = papers;
    day.source = source;
    DayListModel model;
    model.setDays({day});

    const QString text = model.index(0).data().toString();
    QVERIFY2(text.endsWith(QLatin1Char('\n') + expected), qPrintable(text));
    QCOMPARE(model.index(0).data(DayListModel::DateRole).toDate(), day.date);
}

void TstDayListModel::countsShowOnceTheEngineHasThem()
{
    DaySummary day;
    day.date = QDate(2026, 3, 10);
    day.paperCount = 412;
    day.source = QStringLiteral("rss");
    DayListModel model;
    model.setDays({day});
    QCOMPARE(model.index(0).data(DayListModel::RelevantRole).toInt(), -1);

    model.setCount(day.date, 37, true);

    QCOMPARE(model.index(0).data(DayListModel::DetailRole).toString(),
             QStringLiteral("412 papers · 37 relevant · scored"));
    QCOMPARE(model.index(0).data(DayListModel::RelevantRole).toInt(), 37);
    QVERIFY(model.index(0).data(DayListModel::ScoredRole).toBool());
}

void TstDayListModel::failedDayExplainsWhy()
{
    DaySummary day;
    day.date = QDate(2026, 3, 10);
    day.status = DayStatus::Failed;
    day.reason = QStringLiteral("arXiv answered 503");
    day.categories = {QStringLiteral("cs.LG")};
    DayListModel model;
    model.setDays({day});

    QCOMPARE(model.index(0).data(DayListModel::DetailRole).toString(),
             QStringLiteral("Failed: arXiv answered 503"));
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(day.reason));
    QVERIFY(!model.index(0).data(DayListModel::ScoredRole).toBool());
}

QTEST_MAIN(TstDayListModel)

#include "tst_daylistmodel.moc"
