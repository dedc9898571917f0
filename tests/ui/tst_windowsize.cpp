// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <ui/windowsize.h>

#include <QScreen>
#include <QTest>
#include <QWidget>

using Sieve::Ui::resizeWithinScreen;

class TstWindowSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWindowGetsItsSizeWhereTheScreenHasRoom_data();
    void aWindowGetsItsSizeWhereTheScreenHasRoom();
};

void TstWindowSize::aWindowGetsItsSizeWhereTheScreenHasRoom_data()
{
    QTest::addColumn<QSize>("extra"); // added to the screen's free area to make `preferred`
    QTest::addColumn<bool>("fits");

    QTest::newRow("small: as asked") << QSize(-600, -400) << true;
    QTest::newRow("as large as the screen: room left for the frame") << QSize(0, 0) << false;
    QTest::newRow("taller than the screen") << QSize(-600, 300) << false;
    QTest::newRow("wider than the screen") << QSize(300, -400) << false;
}

void TstWindowSize::aWindowGetsItsSizeWhereTheScreenHasRoom()
{
    QFETCH(QSize, extra);
    QFETCH(bool, fits);

    QWidget window;
    const QSize available = window.screen()->availableGeometry().size();
    const QSize preferred = available + extra;

    resizeWithinScreen(window, preferred);

    if (fits) {
        QCOMPARE(window.size(), preferred);
    } else {
        QVERIFY(window.width() < available.width());
        QVERIFY(window.height() < available.height());
        // Only what is too large shrinks.
        QCOMPARE(window.width() == preferred.width(), extra.width() < 0);
        QCOMPARE(window.height() == preferred.height(), extra.height() < 0);
    }
}

QTEST_MAIN(TstWindowSize)
#include "tst_windowsize.moc"
