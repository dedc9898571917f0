// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/platform/appsettings.h>

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using Sieve::AnnounceType;
using Sieve::Platform::AppSettings;
using Provider = AppSettings::Provider;

class TstAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyFileGivesDefaults();
    void valuesSurviveAReopen();
    void eachProviderKeepsItsEndpointAndModel();
    void emptyValuesGoBackToDefaults();
    void outOfRangeNumbersAreClamped_data();
    void outOfRangeNumbersAreClamped();
    void unusableStoredValuesReadAsDefaults();
    void noAnnounceTypeIsKeptAsNone();
    void credentialsInABaseUrlAreNotWritten();
    void providerNamesRoundTrip_data();
    void providerNamesRoundTrip();
    void defaultConstructorUsesTheTestModeConfigFolder();

private:
    QString fileName() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstAppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstAppSettings::cleanup()
{
    m_dir.reset();
}

void TstAppSettings::emptyFileGivesDefaults()
{
    const AppSettings settings(fileName());

    QCOMPARE(settings.provider(), Provider::OpenAi);
    QCOMPARE(settings.baseUrl(Provider::OpenAi), QUrl(QStringLiteral("https://api.openai.com")));
    QCOMPARE(settings.baseUrl(Provider::Anthropic),
             QUrl(QStringLiteral("https://api.anthropic.com")));
    QCOMPARE(settings.model(Provider::OpenAi), QStringLiteral("gpt-4.1-mini"));
    QCOMPARE(settings.concurrency(), AppSettings::DefaultConcurrency);
    QCOMPARE(settings.budgetUsd(), 0.0);
    QCOMPARE(settings.requestsPerMinute(), 0);
    QVERIFY(settings.dataDirOverride().isEmpty());
    QCOMPARE(settings.pdfCacheLimitMb(), AppSettings::DefaultPdfCacheLimitMb);
    QCOMPARE(settings.announceTypes(),
             (QList<AnnounceType>{AnnounceType::New, AnnounceType::Cross}));
    QVERIFY(!settings.isPrimaryOnly());
    QVERIFY(settings.language().isEmpty());
    QVERIFY(settings.startsMinimized());
    QCOMPARE(settings.tokensPerMinute(), 0);
    QCOMPARE(settings.markReadAfterMs(), AppSettings::DefaultMarkReadAfterMs);
}

void TstAppSettings::valuesSurviveAReopen()
{
    {
        AppSettings settings(fileName());
        settings.setProvider(Provider::Anthropic);
        settings.setBaseUrl(Provider::Anthropic, QUrl(QStringLiteral("http://127.0.0.1:8080")));
        settings.setModel(Provider::Anthropic, QStringLiteral("claude-test"));
        settings.setConcurrency(8);
        settings.setBudgetUsd(0.75);
        settings.setRequestsPerMinute(50);
        settings.setDataDirOverride(QStringLiteral("/tmp/sieve-data"));
        settings.setPdfCacheLimitMb(200);
        settings.setAnnounceTypes({AnnounceType::New, AnnounceType::Replace});
        settings.setPrimaryOnly(true);
        settings.setLanguage(QStringLiteral("de"));
        settings.setStartsMinimized(false);
        settings.setTokensPerMinute(200000);
        settings.setMarkReadAfterMs(500);
        QVERIFY(settings.sync());
    }

    const AppSettings settings(fileName());
    QCOMPARE(settings.provider(), Provider::Anthropic);
    QCOMPARE(settings.baseUrl(Provider::Anthropic), QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(settings.model(Provider::Anthropic), QStringLiteral("claude-test"));
    QCOMPARE(settings.concurrency(), 8);
    QCOMPARE(settings.budgetUsd(), 0.75);
    QCOMPARE(settings.requestsPerMinute(), 50);
    QCOMPARE(settings.dataDirOverride(), QStringLiteral("/tmp/sieve-data"));
    QCOMPARE(settings.pdfCacheLimitMb(), 200);
    QCOMPARE(settings.announceTypes(),
             (QList<AnnounceType>{AnnounceType::New, AnnounceType::Replace}));
    QVERIFY(settings.isPrimaryOnly());
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QVERIFY(!settings.startsMinimized());
    QCOMPARE(settings.tokensPerMinute(), 200000);
    QCOMPARE(settings.markReadAfterMs(), 500);
}

void TstAppSettings::eachProviderKeepsItsEndpointAndModel()
{
    AppSettings settings(fileName());
    settings.setModel(Provider::OpenAi, QStringLiteral("gpt-4o"));
    settings.setModel(Provider::Anthropic, QStringLiteral("claude-x"));

    QCOMPARE(settings.model(Provider::OpenAi), QStringLiteral("gpt-4o"));
    QCOMPARE(settings.model(Provider::Anthropic), QStringLiteral("claude-x"));
}

void TstAppSettings::emptyValuesGoBackToDefaults()
{
    AppSettings settings(fileName());
    settings.setBaseUrl(Provider::OpenAi, QUrl(QStringLiteral("https://example.org/v1")));
    settings.setModel(Provider::OpenAi, QStringLiteral("other"));
    settings.setDataDirOverride(QStringLiteral("/tmp/x"));

    settings.setBaseUrl(Provider::OpenAi, QUrl());
    settings.setModel(Provider::OpenAi, QStringLiteral("  "));
    settings.setDataDirOverride(QString());

    QCOMPARE(settings.baseUrl(Provider::OpenAi), AppSettings::defaultBaseUrl(Provider::OpenAi));
    QCOMPARE(settings.model(Provider::OpenAi), AppSettings::defaultModel(Provider::OpenAi));
    QVERIFY(settings.dataDirOverride().isEmpty());
}

void TstAppSettings::outOfRangeNumbersAreClamped_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("expectedConcurrency");
    QTest::addColumn<int>("rpm");
    QTest::addColumn<int>("expectedRpm");
    QTest::newRow("zero") << 0 << 1 << 0 << 0;
    QTest::newRow("negative") << -3 << 1 << -5 << 0;
    QTest::newRow("too many") << 1000 << AppSettings::MaxConcurrency << 1000 << 1000;
}

void TstAppSettings::outOfRangeNumbersAreClamped()
{
    QFETCH(int, concurrency);
    QFETCH(int, expectedConcurrency);
    QFETCH(int, rpm);
    QFETCH(int, expectedRpm);

    AppSettings settings(fileName());
    settings.setConcurrency(concurrency);
    settings.setRequestsPerMinute(rpm);
    settings.setBudgetUsd(-1);
    settings.setPdfCacheLimitMb(-1);
    settings.setTokensPerMinute(-1);
    settings.setMarkReadAfterMs(concurrency * 1000);

    QCOMPARE(settings.concurrency(), expectedConcurrency);
    QCOMPARE(settings.requestsPerMinute(), expectedRpm);
    QCOMPARE(settings.budgetUsd(), 0.0);
    QCOMPARE(settings.pdfCacheLimitMb(), 0);
    QCOMPARE(settings.tokensPerMinute(), 0);
    QCOMPARE(settings.markReadAfterMs(),
             std::clamp(concurrency * 1000, 0, AppSettings::MaxMarkReadAfterMs));
}

void TstAppSettings::unusableStoredValuesReadAsDefaults()
{
    {
        QSettings raw(fileName(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("llm/provider"), QStringLiteral("nonsense"));
        raw.setValue(QStringLiteral("llm/concurrency"), QStringLiteral("many"));
        raw.setValue(QStringLiteral("llm/openai/baseUrl"), QStringLiteral("::not a url"));
    }

    const AppSettings settings(fileName());
    QCOMPARE(settings.provider(), Provider::OpenAi);
    QCOMPARE(settings.concurrency(), AppSettings::DefaultConcurrency);
    QCOMPARE(settings.baseUrl(Provider::OpenAi), AppSettings::defaultBaseUrl(Provider::OpenAi));
}

void TstAppSettings::noAnnounceTypeIsKeptAsNone()
{
    {
        AppSettings settings(fileName());
        settings.setAnnounceTypes({});
        QVERIFY(settings.sync());
    }
    QVERIFY(AppSettings(fileName()).announceTypes().isEmpty());
}

void TstAppSettings::credentialsInABaseUrlAreNotWritten()
{
    {
        AppSettings settings(fileName());
        settings.setBaseUrl(Provider::OpenAi,
                            QUrl(QStringLiteral("https://user:sk-secret@example.org/v1")));
        QVERIFY(settings.sync());
    }

    QFile file(fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sk-secret"));
    QCOMPARE(AppSettings(fileName()).baseUrl(Provider::OpenAi),
             QUrl(QStringLiteral("https://example.org/v1")));
}

void TstAppSettings::providerNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<QString>("secretKey");
    QTest::newRow("openai") << "openai" << Provider::OpenAi << "llm/openai";
    QTest::newRow("anthropic") << "Anthropic" << Provider::Anthropic << "llm/anthropic";
}

void TstAppSettings::providerNamesRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(Provider, provider);
    QFETCH(QString, secretKey);

    QCOMPARE(AppSettings::providerFromName(name).value(), provider);
    QCOMPARE(AppSettings::providerName(provider), name.toLower());
    QCOMPARE(AppSettings::secretKey(provider), secretKey);
}

void TstAppSettings::defaultConstructorUsesTheTestModeConfigFolder()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY(AppSettings().fileName().startsWith(config));
}

QTEST_GUILESS_MAIN(TstAppSettings)
#include "tst_appsettings.moc"
