// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/platform/translations.h>
#include <ui/desktopnotifier.h>
#include <ui/trayicon.h>

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_LINUX
#  include <tests/support/fakenotificationserver.h>
#endif

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
    void withoutATrayTheDesktopShowsTheNotification_data();
    void withoutATrayTheDesktopShowsTheNotification();
    void clickingTheDesktopNotificationAsksForItsPaper();
    void aNewNotificationReplacesTheLastOne();
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

void TstTrayIcon::withoutATrayTheDesktopShowsTheNotification_data()
{
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QString>("body");
    const QString title = QStringLiteral("Dwarf <b>halos</b> & cores");
    QTest::newRow("plain text service")
        << QStringList{QStringLiteral("body"), QStringLiteral("actions")}
        << QStringLiteral("2 relevant papers arrived. Best: ") + title;
    // Paper text is untrusted: a service that reads markup gets it escaped.
    QTest::newRow("markup service")
        << QStringList{QStringLiteral("body"),
                       QStringLiteral("body-markup"),
                       QStringLiteral("actions")}
        << QStringLiteral("2 relevant papers arrived. Best: Dwarf &lt;b&gt;halos&lt;/b&gt; &amp; "
                          "cores");
}

void TstTrayIcon::withoutATrayTheDesktopShowsTheNotification()
{
#ifdef Q_OS_LINUX
    QFETCH(QStringList, capabilities);
    QFETCH(QString, body);
    Sieve::Test::FakeNotificationServer server(capabilities);
    if (!server.isRegistered()) {
        QSKIP("No session bus of our own (tools/dev.sh test provides one)");
    }
    QSignalSpy received(&server, &Sieve::Test::FakeNotificationServer::received);

    TrayIcon tray(plainIcon());
    tray.setVisible(false); // turned off, or no tray on this desktop
    tray.notifyDay(QDate(2026, 3, 10),
                   2,
                   QStringLiteral("Dwarf <b>halos</b> & cores"),
                   QStringLiteral("2603.00001"),
                   {});
    QVERIFY(received.wait(5000));

    const auto shown = server.notifications().constFirst();
    const QString date = QLocale().toString(QDate(2026, 3, 10), QLocale::ShortFormat);
    QCOMPARE(shown.summary, QStringLiteral("New papers for ") + date);
    QCOMPARE(shown.body, body);
    QCOMPARE(shown.replacesId, 0u);
    QCOMPARE(shown.icon, QStringLiteral("org.papersieve.PaperSieve"));
    QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("org.papersieve.PaperSieve"));
    QCOMPARE(shown.actions.value(0), QStringLiteral("default")); // a click on the notification
#else
    QSKIP("Notifications without a tray are for Linux desktops");
#endif
}

void TstTrayIcon::clickingTheDesktopNotificationAsksForItsPaper()
{
#ifdef Q_OS_LINUX
    Sieve::Test::FakeNotificationServer server;
    if (!server.isRegistered()) {
        QSKIP("No session bus of our own (tools/dev.sh test provides one)");
    }
    QSignalSpy received(&server, &Sieve::Test::FakeNotificationServer::received);
    TrayIcon tray(plainIcon());
    QSignalSpy requested(&tray, &TrayIcon::paperRequested);
    tray.notifyDay(QDate(2026, 3, 10), 2, QStringLiteral("Best"), QStringLiteral("2603.00001"), {});
    QVERIFY(received.wait(5000));
    const uint id = server.notifications().constFirst().id;

    server.click(id + 1); // another program's notification
    QTest::qWait(200);
    QCOMPARE(requested.size(), 0);

    server.click(id);
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.constFirst().at(0).toDate(), QDate(2026, 3, 10));
    QCOMPARE(requested.constFirst().at(1).toString(), QStringLiteral("2603.00001"));
#else
    QSKIP("Notifications without a tray are for Linux desktops");
#endif
}

void TstTrayIcon::aNewNotificationReplacesTheLastOne()
{
#ifdef Q_OS_LINUX
    Sieve::Test::FakeNotificationServer server;
    if (!server.isRegistered()) {
        QSKIP("No session bus of our own (tools/dev.sh test provides one)");
    }
    Sieve::Ui::DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &Sieve::Ui::DesktopNotifier::shown);
    notifier.notify(QStringLiteral("New papers"), QStringLiteral("A"));
    QVERIFY(shown.wait(5000));
    const uint first = server.notifications().constFirst().id;

    notifier.notify(QStringLiteral("New papers"), QStringLiteral("B"));
    QVERIFY(shown.wait(5000));
    QCOMPARE(server.notifications().constLast().replacesId, first);

    // Once the reader dismissed it, the next one is new.
    server.close(first);
    QTest::qWait(200);
    notifier.notify(QStringLiteral("New papers"), QStringLiteral("C"));
    QVERIFY(shown.wait(5000));
    QCOMPARE(server.notifications().constLast().replacesId, 0u);
    QCOMPARE(server.notifications().size(), 3);
#else
    QSKIP("Notifications without a tray are for Linux desktops");
#endif
}

QTEST_MAIN(TstTrayIcon)
#include "tst_trayicon.moc"
