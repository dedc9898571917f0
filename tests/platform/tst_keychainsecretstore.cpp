// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secretstorechecks.h"

#include <app/platform/keychainsecretstore.h>

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>
#include <QUuid>

using Sieve::Platform::KeychainSecretStore;
using namespace SecretStoreChecks;

// Runs against the real Secret Service. Every key carries a fresh prefix so parallel or earlier
// runs cannot interfere, and cleanup() removes what a test wrote.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset), so no Secret "
                  "Service to test against; run through tools/dev.sh test.");
        }
        QStandardPaths::setTestModeEnabled(true);
        m_prefix = QStringLiteral("papersieve-test-%1/")
                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    void cleanup()
    {
        for (const QString &key : std::as_const(m_written)) {
            await(m_store.remove(key));
        }
        m_written.clear();
    }

    void writtenSecretReadsBackUnchanged_data() { addSecretRows(); }

    void writtenSecretReadsBackUnchanged()
    {
        QFETCH(QString, secret);
        writeThenReadBack(m_store, key(QStringLiteral("llm/openai")), secret);
    }

    void overwriteReplacesPreviousSecret()
    {
        overwriteReplaces(m_store, key(QStringLiteral("s2")));
    }

    void missingKeyReadsAsNotFound()
    {
        expectNotFound(m_store, m_prefix + QStringLiteral("llm/never-written"));
    }

    void removedKeyReadsAsNotFound()
    {
        removeMakesNotFound(m_store, key(QStringLiteral("llm/anthropic")));
    }

    void removingMissingKeySucceeds()
    {
        removeMissingSucceeds(m_store, m_prefix + QStringLiteral("llm/never-written"));
    }

    // The keychain must be the only place a secret goes: no settings file, no cache, no fallback.
    void secretIsInNoDataOrConfigFile()
    {
        const QString secret = QStringLiteral(u"sk-scan-%1-ключ")
                                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        writeThenReadBack(m_store, key(QStringLiteral("llm/scan")), secret);
        if (QTest::currentTestFailed()) {
            return;
        }

        const QStringList folders = foldersToScan();
        QVERIFY(!folders.isEmpty());
        const QList<QByteArray> needles{
            secret.toUtf8(),
            QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)};
        int scanned = 0;
        for (const QString &folder : folders) {
            QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    continue;
                }
                const QByteArray content = file.readAll();
                ++scanned;
                for (const QByteArray &needle : needles) {
                    QVERIFY2(!content.contains(needle),
                             qPrintable(QStringLiteral("secret found in %1").arg(path)));
                }
            }
        }
        qInfo("scanned %d files under %s", scanned, qPrintable(folders.join(QLatin1String(", "))));
    }

    // A keychain that never answers (a prompt nobody sees) must end in an error, not a hang.
    void unansweredKeychainTimesOut()
    {
        KeychainSecretStore store;
        store.setTimeout(std::chrono::milliseconds(1));
        const auto outcome = await(store.read(m_prefix + QStringLiteral("llm/slow")));

        QCOMPARE(outcome->finishedCount + outcome->failedCount, 1);
        if (outcome->failedCount == 1) {
            QVERIFY(outcome->error.userMessage().contains(QLatin1String("did not answer")));
        }
    }

private:
    QString key(const QString &name)
    {
        const QString full = m_prefix + name;
        m_written.append(full);
        return full;
    }

    // The test-mode data, config and cache folders, plus the real data and config folders when
    // HOME is a throw-away folder (as under tools/dev.sh test), where the keyring itself lives.
    static QStringList foldersToScan()
    {
        QStringList folders;
        for (const auto location : {QStandardPaths::GenericDataLocation,
                                    QStandardPaths::GenericConfigLocation,
                                    QStandardPaths::GenericCacheLocation}) {
            const QString folder = QStandardPaths::writableLocation(location);
            QDir().mkpath(folder);
            folders.append(folder);
        }

        const QString home = QDir::homePath();
        if (home.startsWith(QDir::tempPath()) && home != QDir::tempPath()) {
            folders.append(home);
        }
        return folders;
    }

    KeychainSecretStore m_store;
    QString m_prefix;
    QStringList m_written;
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
