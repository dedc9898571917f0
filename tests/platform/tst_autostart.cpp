// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/platform/autostart.h>

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Sieve::Platform::Autostart;

class TstAutostart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void enablingWritesAnEntryThatStartsMinimized();
    void argumentsWithSpacesAreQuoted();
    void disablingRemovesTheEntry();

private:
    QTemporaryDir m_config;
};

void TstAutostart::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
}

void TstAutostart::cleanup()
{
    QVERIFY(Autostart::disable());
}

void TstAutostart::enablingWritesAnEntryThatStartsMinimized()
{
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(Autostart::enable(QStringLiteral("/usr/bin/papersieve"), {"--minimized"}));
    QVERIFY(Autostart::isEnabled());

    QFile entry(Autostart::location());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    QVERIFY(text.contains(QStringLiteral("\nExec=/usr/bin/papersieve --minimized\n")));
    QVERIFY(text.contains(QStringLiteral("\nType=Application\n")));
}

void TstAutostart::argumentsWithSpacesAreQuoted()
{
    QVERIFY(
        Autostart::enable(QStringLiteral("/opt/Paper Sieve/papersieve"),
                          {QStringLiteral("--data-dir"), QStringLiteral("/home/me/my \"lib\"")}));
    QFile entry(Autostart::location());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QVERIFY(
        QString::fromUtf8(entry.readAll())
            .contains(QStringLiteral(
                "Exec=\"/opt/Paper Sieve/papersieve\" --data-dir \"/home/me/my \\\"lib\\\"\"")));
}

void TstAutostart::disablingRemovesTheEntry()
{
    QVERIFY(Autostart::enable(QStringLiteral("/usr/bin/papersieve"), {}));
    QVERIFY(Autostart::disable());
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(Autostart::disable()); // nothing to remove is fine
}

QTEST_GUILESS_MAIN(TstAutostart)
#include "tst_autostart.moc"
