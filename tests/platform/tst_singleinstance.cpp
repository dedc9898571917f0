// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/platform/singleinstance.h>

#include <QLocalServer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using Sieve::Platform::SingleInstance;

class TstSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void firstLaunchBecomesTheInstance();
    void secondLaunchHandsItsArgumentsOver();
    void anotherLibraryGetsAWindowOfItsOwn();
    void aSocketLeftByACrashIsTakenOver();

private:
    QString m_key;
};

void TstSingleInstance::init()
{
    m_key = QUuid::createUuid().toString();
}

void TstSingleInstance::firstLaunchBecomesTheInstance()
{
    SingleInstance first(m_key);
    QVERIFY(!first.handOverTo({}, std::chrono::milliseconds(200)));
    QVERIFY(first.isListening());
}

void TstSingleInstance::secondLaunchHandsItsArgumentsOver()
{
    SingleInstance first(m_key);
    QVERIFY(!first.handOverTo({}, std::chrono::milliseconds(200)));
    QSignalSpy activated(&first, &SingleInstance::activationRequested);

    SingleInstance second(m_key);
    const QStringList arguments{
        QStringLiteral("papersieve"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/lib")};
    QVERIFY(second.handOverTo(arguments));
    QVERIFY(!second.isListening());

    QVERIFY(activated.wait(2000));
    QCOMPARE(activated.first().first().toStringList(), arguments);
}

void TstSingleInstance::anotherLibraryGetsAWindowOfItsOwn()
{
    SingleInstance first(m_key);
    QVERIFY(!first.handOverTo({}, std::chrono::milliseconds(200)));
    SingleInstance other(m_key + QStringLiteral("-other"));
    QVERIFY(!other.handOverTo({}, std::chrono::milliseconds(200)));
    QVERIFY(other.isListening());
    QVERIFY(first.serverName() != other.serverName());
}

void TstSingleInstance::aSocketLeftByACrashIsTakenOver()
{
    const QString name = SingleInstance(m_key).serverName();
    {
        // A server that stops accepting without removing its name, as a killed process leaves it.
        QLocalServer stale;
        QVERIFY(stale.listen(name));
        stale.close();
    }
    SingleInstance next(m_key);
    QVERIFY(!next.handOverTo({}, std::chrono::milliseconds(200)));
    QVERIFY(next.isListening());
}

QTEST_GUILESS_MAIN(TstSingleInstance)
#include "tst_singleinstance.moc"
