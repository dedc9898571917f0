// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/platform/autostart.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
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
    void execFollowsTheDesktopEntrySpec_data();
    void execFollowsTheDesktopEntrySpec();
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

void TstAutostart::execFollowsTheDesktopEntrySpec_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("exec"); // as written in the file, after "Exec="

    const QString papersieve = QStringLiteral("/usr/bin/papersieve");
    const QString dataDir = QStringLiteral("--data-dir");
    QTest::newRow("nothing to escape") << papersieve << QStringList{QStringLiteral("--minimized")}
                                       << QStringLiteral("/usr/bin/papersieve --minimized");
    QTest::newRow("space") << QStringLiteral("/opt/Paper Sieve/papersieve") << QStringList()
                           << QStringLiteral("\"/opt/Paper Sieve/papersieve\"");
    // Inside quotes " ` $ \ take a backslash, which the key file's string escapes double.
    QTest::newRow("double quote")
        << papersieve << QStringList{dataDir, QStringLiteral("/home/me/my \"lib\"")}
        << QStringLiteral(R"(/usr/bin/papersieve --data-dir "/home/me/my \\"lib\\"")");
    QTest::newRow("dollar and backtick")
        << papersieve << QStringList{dataDir, QStringLiteral("/srv/$USER/`lib`")}
        << QStringLiteral(R"(/usr/bin/papersieve --data-dir "/srv/\\$USER/\\`lib\\`")");
    QTest::newRow("backslash") << papersieve << QStringList{dataDir, QStringLiteral(R"(a\b)")}
                               << QStringLiteral(R"(/usr/bin/papersieve --data-dir "a\\\\b")");
    // % starts a field code (%f, %u): a literal one is doubled, and needs no quotes.
    QTest::newRow("percent") << papersieve << QStringList{dataDir, QStringLiteral("/data/100%")}
                             << QStringLiteral("/usr/bin/papersieve --data-dir /data/100%%");
    QTest::newRow("other reserved characters")
        << papersieve << QStringList{dataDir, QStringLiteral("~/a;b&c|d*e?f#g(h)<i>'j'")}
        << QStringLiteral(R"(/usr/bin/papersieve --data-dir "~/a;b&c|d*e?f#g(h)<i>'j'")");
    QTest::newRow("tab") << papersieve << QStringList{dataDir, QStringLiteral("a\tb")}
                         << QStringLiteral(R"(/usr/bin/papersieve --data-dir "a\tb")");
    QTest::newRow("empty argument") << papersieve << QStringList{dataDir, QString()}
                                    << QStringLiteral(R"(/usr/bin/papersieve --data-dir "")");
}

void TstAutostart::execFollowsTheDesktopEntrySpec()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, exec);
    QVERIFY(Autostart::enable(program, arguments));

    QFile entry(Autostart::location());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(entry.readAll()).split(u'\n');
    const QStringList execLines = lines.filter(QRegularExpression(QStringLiteral("^Exec=")));
    QCOMPARE(execLines, QStringList{QStringLiteral("Exec=") + exec});

    // desktop-file-validate (desktop-file-utils) checks the quoting and escapes too.
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (!validator.isEmpty()) {
        QProcess validate;
        validate.setProcessChannelMode(QProcess::MergedChannels);
        validate.start(validator, {Autostart::location()});
        QVERIFY(validate.waitForFinished(10000));
        const QByteArray output = validate.readAll();
        QVERIFY2(validate.exitCode() == 0 && !output.contains("Exec"), output.constData());
    }
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
