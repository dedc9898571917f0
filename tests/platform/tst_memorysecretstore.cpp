// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secretstorechecks.h"

#include <app/platform/memorysecretstore.h>

#include <QTest>

using Sieve::Platform::MemorySecretStore;
using namespace SecretStoreChecks;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void writtenSecretReadsBackUnchanged_data() { addSecretRows(); }

    void writtenSecretReadsBackUnchanged()
    {
        QFETCH(QString, secret);
        MemorySecretStore store;
        writeThenReadBack(store, QStringLiteral("llm/openai"), secret);
    }

    void overwriteReplacesPreviousSecret()
    {
        MemorySecretStore store;
        overwriteReplaces(store, QStringLiteral("s2"));
    }

    void missingKeyReadsAsNotFound()
    {
        MemorySecretStore store;
        expectNotFound(store, QStringLiteral("llm/never-written"));
    }

    void removedKeyReadsAsNotFound()
    {
        MemorySecretStore store;
        removeMakesNotFound(store, QStringLiteral("llm/anthropic"));
    }

    void removingMissingKeySucceeds()
    {
        MemorySecretStore store;
        removeMissingSucceeds(store, QStringLiteral("llm/never-written"));
    }

    void keysAreIndependent()
    {
        MemorySecretStore store;
        writeThenReadBack(store, QStringLiteral("llm/openai"), QStringLiteral("one"));
        writeThenReadBack(store, QStringLiteral("s2"), QStringLiteral("two"));
        writeThenReadBack(store, QStringLiteral("llm/openai"), QStringLiteral("one"));
    }

    // A caller connects after the call returns; a job that reported synchronously would be lost.
    void jobReportsOnlyAfterTheCallReturns()
    {
        MemorySecretStore store;
        bool reported = false;
        auto *job = store.read(QStringLiteral("s2"));
        connect(job, &Sieve::Platform::SecretJob::finished, this, [&] {
            reported = true;
        });
        QVERIFY(!reported);
        QTRY_VERIFY(reported);
    }

    void environmentApiKeyIsTrimmedAndBlankMeansNone_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<std::optional<QString>>("expected");

        QTest::newRow("unset") << QByteArray() << std::optional<QString>();
        QTest::newRow("blank") << QByteArray("  ") << std::optional<QString>();
        QTest::newRow("trimmed") << QByteArray(" sk-env \n")
                                 << std::optional<QString>(QStringLiteral("sk-env"));
    }

    void environmentApiKeyIsTrimmedAndBlankMeansNone()
    {
        QFETCH(QByteArray, value);
        QFETCH(std::optional<QString>, expected);

        if (value.isNull()) {
            qunsetenv("PAPERSIEVE_API_KEY");
        } else {
            qputenv("PAPERSIEVE_API_KEY", value);
        }
        QCOMPARE(Sieve::Platform::environmentApiKey(), expected);
        qunsetenv("PAPERSIEVE_API_KEY");
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
