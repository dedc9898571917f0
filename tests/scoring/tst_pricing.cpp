// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/scoring/batchplanner.h>
#include <app/scoring/pricing.h>

#include <QTest>

#include <cmath>

using namespace Sieve::Scoring;

Q_DECLARE_METATYPE(Sieve::Scoring::TokenUsage)

class TstPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesReferenceDigestCosts_data();
    void matchesReferenceDigestCosts();
    void findsModelUnderOtherSpellings_data();
    void findsModelUnderOtherSpellings();
    void reportsUnknownModelAsNoCost();
    void chargesCachedInputAtItsOwnPrice();
    void chargesCacheWritesAQuarterAboveInput();
    void pricesTheDefaultAnthropicModels_data();
    void pricesTheDefaultAnthropicModels();
    void sumsUsageExactly();
    void usesEditedPrices();
    void estimatesTokensFromText_data();
    void estimatesTokensFromText();
    void estimatesPlannedRun();
};

void TstPricing::matchesReferenceDigestCosts_data()
{
    QTest::addColumn<TokenUsage>("usage");
    QTest::addColumn<QString>("shown");

    // The reference digest of 2025-04-17: gpt-4o, 26967 prompt and 3126 completion tokens.
    QTest::newRow("prompt") << TokenUsage{26967, 0, 0} << QStringLiteral("0.07");
    QTest::newRow("completion") << TokenUsage{0, 0, 3126} << QStringLiteral("0.03");
    QTest::newRow("total") << TokenUsage{26967, 0, 3126} << QStringLiteral("0.10");
}

void TstPricing::matchesReferenceDigestCosts()
{
    QFETCH(TokenUsage, usage);
    QFETCH(QString, shown);

    const std::optional<double> dollars =
        PriceTable::defaults().cost(QStringLiteral("gpt-4o"), usage);
    QVERIFY(dollars.has_value());
    QCOMPARE(QString::number(*dollars, 'f', 2), shown);
}

void TstPricing::findsModelUnderOtherSpellings_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("inputPrice");

    QTest::newRow("exact") << QStringLiteral("gpt-4.1") << 2.00;
    QTest::newRow("upper case") << QStringLiteral("GPT-4o") << 2.50;
    QTest::newRow("provider prefix") << QStringLiteral("openai/gpt-4.1") << 2.00;
    QTest::newRow("dated snapshot") << QStringLiteral("gpt-4o-2024-08-06") << 2.50;
    QTest::newRow("mini is not 4o") << QStringLiteral("gpt-4o-mini-2024-07-18") << 0.15;
    QTest::newRow("claude with date") << QStringLiteral("claude-sonnet-4-20250514") << 3.00;
    QTest::newRow("deepseek") << QStringLiteral("deepseek-chat") << 0.27;
}

void TstPricing::findsModelUnderOtherSpellings()
{
    QFETCH(QString, model);
    QFETCH(double, inputPrice);

    const std::optional<ModelPrice> price = PriceTable::defaults().price(model);
    QVERIFY(price.has_value());
    QCOMPARE(price->inputPerMTok, inputPrice);
}

void TstPricing::reportsUnknownModelAsNoCost()
{
    const PriceTable table = PriceTable::defaults();
    QVERIFY(!table.cost(QStringLiteral("llama3.1:8b"), {1000, 0, 100}).has_value());
    QVERIFY(!table.cost(QString(), {}).has_value());
    QVERIFY(!PriceTable().cost(QStringLiteral("gpt-4o"), {1, 0, 1}).has_value());
}

void TstPricing::chargesCachedInputAtItsOwnPrice()
{
    const ModelPrice price{2.00, 0.50, 8.00};
    QCOMPARE(costOf(price, {1'000'000, 0, 0}), 2.00);
    QCOMPARE(costOf(price, {1'000'000, 1'000'000, 0}), 0.50);
    QCOMPARE(costOf(price, {1'000'000, 400'000, 1'000'000}), 1.20 + 0.20 + 8.00);
    QCOMPARE(costOf(price, {100, 500, 0}), costOf(price, {100, 100, 0}));
}

void TstPricing::chargesCacheWritesAQuarterAboveInput()
{
    // Anthropic's first request writes a 2,000-token prefix; later ones read it.
    const ModelPrice haiku{1.00, 0.10, 5.00};
    const TokenUsage first{2'500, 0, 100, 2'000};
    const TokenUsage later{2'500, 2'000, 100, 0};
    QCOMPARE(costOf(haiku, first), (500 * 1.00 + 2'000 * 1.25 + 100 * 5.00) / 1e6);
    QCOMPARE(costOf(haiku, later), (500 * 1.00 + 2'000 * 0.10 + 100 * 5.00) / 1e6);
    // Counts a server got wrong never make a token cost twice or less than nothing.
    QCOMPARE(costOf(haiku, {1'000, 800, 0, 800}), (800 * 0.10 + 200 * 1.25) / 1e6);
    QCOMPARE((TokenUsage{1, 0, 0, 1} + TokenUsage{2, 0, 0, 2}).cacheWriteInput, qint64(3));
}

void TstPricing::pricesTheDefaultAnthropicModels_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("inputPerMTok");
    QTest::addColumn<double>("cachedPerMTok");
    QTest::addColumn<double>("outputPerMTok");

    QTest::newRow("Haiku 4.5, the CLI's default")
        << QStringLiteral("claude-haiku-4-5") << 1.00 << 0.10 << 5.00;
    QTest::newRow("Haiku 4.5, dated")
        << QStringLiteral("claude-haiku-4-5-20251001") << 1.00 << 0.10 << 5.00;
    QTest::newRow("Haiku 3.5, latest")
        << QStringLiteral("claude-3-5-haiku-latest") << 0.80 << 0.08 << 4.00;
    QTest::newRow("Sonnet 4, the window's default")
        << QStringLiteral("claude-sonnet-4-20250514") << 3.00 << 0.30 << 15.00;
    QTest::newRow("Sonnet 4.5") << QStringLiteral("claude-sonnet-4-5") << 3.00 << 0.30 << 15.00;
}

void TstPricing::pricesTheDefaultAnthropicModels()
{
    QFETCH(QString, model);
    QFETCH(double, inputPerMTok);
    QFETCH(double, cachedPerMTok);
    QFETCH(double, outputPerMTok);

    const auto price = PriceTable::defaults().price(model);
    QVERIFY(price);
    QCOMPARE(price->inputPerMTok, inputPerMTok);
    QCOMPARE(price->cachedInputPerMTok, cachedPerMTok);
    QCOMPARE(price->outputPerMTok, outputPerMTok);
}

void TstPricing::sumsUsageExactly()
{
    TokenUsage run;
    for (int request = 0; request < 100'000; ++request) {
        run += TokenUsage{2697, 1024, 31};
    }
    QCOMPARE(run, (TokenUsage{269'700'000, 102'400'000, 3'100'000}));
    QCOMPARE(run.total(), qint64(272'800'000));
    QCOMPARE(TokenUsage({1, 2, 3}) + TokenUsage({4, 5, 6}), (TokenUsage{5, 7, 9}));
}

void TstPricing::usesEditedPrices()
{
    PriceTable table = PriceTable::defaults();
    table.setPrice(QStringLiteral("my-local-model"), {0, 0, 0});
    table.setPrice(QStringLiteral("gpt-4o"), {5.00, 2.50, 20.00});
    table.removePrice(QStringLiteral("deepseek-chat"));

    QCOMPARE(table.cost(QStringLiteral("my-local-model"), {1000, 0, 1000}), 0.0);
    QCOMPARE(table.cost(QStringLiteral("gpt-4o"), {1'000'000, 0, 0}), 5.0);
    QVERIFY(!table.cost(QStringLiteral("deepseek-chat"), {1, 0, 1}).has_value());
}

void TstPricing::estimatesTokensFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("tokens");
    QTest::newRow("empty") << QString() << qint64(0);
    QTest::newRow("one char") << QStringLiteral("a") << qint64(1);
    QTest::newRow("four chars") << QStringLiteral("abcd") << qint64(1);
    QTest::newRow("five chars") << QStringLiteral("abcde") << qint64(2);
    QTest::newRow("an abstract") << QString(1500, QLatin1Char('x')) << qint64(375);
}

void TstPricing::estimatesTokensFromText()
{
    QFETCH(QString, text);
    QFETCH(qint64, tokens);
    QCOMPARE(CostEstimator::tokens(text), tokens);
}

void TstPricing::estimatesPlannedRun()
{
    const QString prefix(4000, QLatin1Char('p')); // 1000 tokens repeated by every request
    const QStringList blocks(10, QString(400, QLatin1Char('b'))); // 100 tokens each

    const RunEstimate estimate = CostEstimator::estimate(prefix,
                                                         blocks,
                                                         batches(10, 4, std::nullopt),
                                                         QStringLiteral("gpt-4o"),
                                                         PriceTable::defaults());
    QCOMPARE(estimate.requests, 3);
    QCOMPARE(estimate.usage, (TokenUsage{3 * 1000 + 10 * 100, 0, 10 * 60}));
    QVERIFY(estimate.cost.has_value());
    QVERIFY(std::abs(*estimate.cost - (4000 * 2.50 + 600 * 10.0) / 1e6) < 1e-12);

    const RunEstimate unknown = CostEstimator::estimate(
        prefix, blocks, batches(10, 4, std::nullopt), QStringLiteral("local"), {});
    QCOMPARE(unknown.usage, estimate.usage);
    QVERIFY(!unknown.cost.has_value());
}

QTEST_GUILESS_MAIN(TstPricing)
#include "tst_pricing.moc"
