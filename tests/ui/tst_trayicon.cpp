// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/platform/translations.h>
#include <ui/trayicon.h>

#include <QImage>
#include <QPainter>
#include <QTest>

using Sieve::Ui::TrayIcon;

namespace {

QIcon plainIcon()
{
    QPixmap pixmap(64, 64);
    pixmap.fill(QColor(0x30, 0x60, 0xa0));
    return QIcon(pixmap);
}

bool hasBadgeRed(const QIcon &icon)
{
    const QImage image = icon.pixmap(64, 64).toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 90 && c.blue() < 80) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

class TstTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drawsTheUnreadCountOnlyWhenThereIsOne_data();
    void drawsTheUnreadCountOnlyWhenThereIsOne();
    void notificationNamesTheCountAndTheBestPaper_data();
    void notificationNamesTheCountAndTheBestPaper();
    void withoutATrayNothingBreaks();
};

void TstTrayIcon::initTestCase()
{
    QVERIFY(Sieve::Platform::installTranslators(QLocale(QLocale::English)) >= 1);
}

void TstTrayIcon::drawsTheUnreadCountOnlyWhenThereIsOne_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("badge");
    QTest::newRow("none") << 0 << false;
    QTest::newRow("one") << 1 << true;
    QTest::newRow("many") << 250 << true;
}

void TstTrayIcon::drawsTheUnreadCountOnlyWhenThereIsOne()
{
    QFETCH(int, count);
    QFETCH(bool, badge);
    QCOMPARE(hasBadgeRed(TrayIcon::badgedIcon(plainIcon(), count)), badge);
}

void TstTrayIcon::notificationNamesTheCountAndTheBestPaper_data()
{
    QTest::addColumn<int>("relevant");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("expected");
    QTest::newRow("several") << 7 << QString()
                             << QStringLiteral("7 relevant papers arrived. Best: Dwarf halos");
    QTest::newRow("one") << 1 << QString()
                         << QStringLiteral("1 relevant paper arrived. Best: Dwarf halos");
    QTest::newRow("none") << 0 << QString() << QStringLiteral("Nothing relevant arrived today.");
    QTest::newRow("with what went wrong")
        << 2 << QStringLiteral("The LLM run failed.")
        << QStringLiteral("2 relevant papers arrived. Best: Dwarf halos\nThe LLM run failed.");
}

void TstTrayIcon::notificationNamesTheCountAndTheBestPaper()
{
    QFETCH(int, relevant);
    QFETCH(QString, note);
    QFETCH(QString, expected);
    QCOMPARE(TrayIcon::notificationText(relevant, QStringLiteral("Dwarf\n  halos"), note),
             expected);
}

void TstTrayIcon::withoutATrayNothingBreaks()
{
    // The offscreen platform has no tray, like some desktops.
    TrayIcon tray(plainIcon());
    tray.setVisible(true);
    tray.setUnreadCount(3);
    tray.notifyDay(QDate(2026, 3, 10), 3, QStringLiteral("Best"), QStringLiteral("2603.00001"), {});
    QCOMPARE(tray.unreadCount(), 3);
    QCOMPARE(tray.isVisible(), TrayIcon::isAvailable());
}

QTEST_MAIN(TstTrayIcon)
#include "tst_trayicon.moc"
