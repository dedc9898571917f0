// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TESTS_PLATFORM_SECRETSTORECHECKS_H
#define SIEVE_TESTS_PLATFORM_SECRETSTORECHECKS_H

#include <app/platform/secretstore.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QTest>

#include <memory>

// The behaviour every SecretStore must show, shared by the tests of each implementation so the
// memory store cannot drift from the keychain store it stands in for.
namespace SecretStoreChecks {

struct Outcome
{
    int finishedCount = 0;
    int failedCount = 0;
    std::optional<QString> secret;
    Sieve::Error error;
};

// Spins the event loop until the job has reported and gone, or the deadline passes; fine in a
// test, never in the app. Counting both signals lets a test prove exactly one of them came.
inline std::shared_ptr<Outcome> await(Sieve::Platform::SecretJob *job, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job,
                     &Sieve::Platform::SecretJob::finished,
                     [outcome](const std::optional<QString> &secret) {
                         ++outcome->finishedCount;
                         outcome->secret = secret;
                     });
    QObject::connect(
        job, &Sieve::Platform::SecretJob::failed, [outcome](const Sieve::Error &error) {
            ++outcome->failedCount;
            outcome->error = error;
        });

    QPointer<Sieve::Platform::SecretJob> guard(job);
    QDeadlineTimer deadline(timeoutMs);
    while (guard && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    // The job is gone once it has reported; give a stray second signal the chance to show up.
    QCoreApplication::processEvents();
    return outcome;
}

inline QString describe(const Outcome &outcome)
{
    return QStringLiteral("finished %1 time(s), failed %2 time(s): %3")
        .arg(outcome.finishedCount)
        .arg(outcome.failedCount)
        .arg(outcome.error.detail());
}

inline bool succeeded(const Outcome &outcome)
{
    return outcome.finishedCount == 1 && outcome.failedCount == 0;
}

inline void
writeThenReadBack(Sieve::Platform::SecretStore &store, const QString &key, const QString &secret)
{
    const auto written = await(store.write(key, secret));
    QVERIFY2(succeeded(*written), qPrintable(describe(*written)));
    QVERIFY(!written->secret.has_value());

    const auto read = await(store.read(key));
    QVERIFY2(succeeded(*read), qPrintable(describe(*read)));
    QVERIFY(read->secret.has_value());
    QCOMPARE(*read->secret, secret);
}

inline void overwriteReplaces(Sieve::Platform::SecretStore &store, const QString &key)
{
    writeThenReadBack(store, key, QStringLiteral("first-secret"));
    if (QTest::currentTestFailed()) {
        return;
    }
    writeThenReadBack(store, key, QStringLiteral("second-secret"));
}

inline void expectNotFound(Sieve::Platform::SecretStore &store, const QString &key)
{
    const auto read = await(store.read(key));
    QVERIFY2(succeeded(*read), qPrintable(describe(*read)));
    QVERIFY2(!read->secret.has_value(), "a missing key must read as an empty optional");
}

inline void removeMakesNotFound(Sieve::Platform::SecretStore &store, const QString &key)
{
    writeThenReadBack(store, key, QStringLiteral("short-lived"));
    if (QTest::currentTestFailed()) {
        return;
    }

    const auto removed = await(store.remove(key));
    QVERIFY2(succeeded(*removed), qPrintable(describe(*removed)));
    expectNotFound(store, key);
}

inline void removeMissingSucceeds(Sieve::Platform::SecretStore &store, const QString &key)
{
    const auto removed = await(store.remove(key));
    QVERIFY2(succeeded(*removed), qPrintable(describe(*removed)));
}

// Rows shared by both stores: secrets that must survive a round trip unchanged.
inline void addSecretRows()
{
    QTest::addColumn<QString>("secret");

    QTest::newRow("ascii api key") << QStringLiteral("sk-test-0123456789abcdef");
    QTest::newRow("non-ascii") << QStringLiteral(u"clé-ünïcödé-密钥-🔑");
    QTest::newRow("spaces and punctuation") << QStringLiteral(" a b\t\"quoted\" ;=&% ");
    QTest::newRow("long") << QString(4096, QLatin1Char('x'));
}

} // namespace SecretStoreChecks

#endif // SIEVE_TESTS_PLATFORM_SECRETSTORECHECKS_H
