// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pricing.h"

#include <QRegularExpression>

namespace Sieve::Scoring {

namespace {

constexpr double TokensPerMillion = 1'000'000.0;

QString withoutDateSuffix(const QString &model)
{
    static const QRegularExpression suffix(
        QStringLiteral(R"(-(?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|latest)$)"));
    QString name = model;
    name.remove(suffix);
    return name;
}

} // namespace

TokenUsage &TokenUsage::operator+=(const TokenUsage &other)
{
    input += other.input;
    cachedInput += other.cachedInput;
    output += other.output;
    cacheWriteInput += other.cacheWriteInput;
    return *this;
}

PriceTable PriceTable::defaults()
{
    PriceTable table;
    table.setPrice(QStringLiteral("gpt-4.1"), {2.00, 0.50, 8.00});
    table.setPrice(QStringLiteral("gpt-4.1-mini"), {0.40, 0.10, 1.60});
    table.setPrice(QStringLiteral("gpt-4.1-nano"), {0.10, 0.025, 0.40});
    table.setPrice(QStringLiteral("gpt-4o"), {2.50, 1.25, 10.00});
    table.setPrice(QStringLiteral("gpt-4o-mini"), {0.15, 0.075, 0.60});
    table.setPrice(QStringLiteral("claude-haiku-4-5"), {1.00, 0.10, 5.00});
    table.setPrice(QStringLiteral("claude-3-5-haiku"), {0.80, 0.08, 4.00});
    table.setPrice(QStringLiteral("claude-sonnet-4"), {3.00, 0.30, 15.00});
    table.setPrice(QStringLiteral("claude-sonnet-4-5"), {3.00, 0.30, 15.00});
    table.setPrice(QStringLiteral("deepseek-chat"), {0.27, 0.07, 1.10});
    return table;
}

void PriceTable::setPrice(const QString &model, const ModelPrice &price)
{
    m_prices.insert(model.trimmed().toLower(), price);
}

void PriceTable::removePrice(const QString &model)
{
    m_prices.remove(model.trimmed().toLower());
}

std::optional<ModelPrice> PriceTable::price(const QString &model) const
{
    QString name = model.trimmed().toLower();
    for (int step = 0; step < 3; ++step) {
        const auto it = m_prices.constFind(name);
        if (it != m_prices.constEnd()) {
            return *it;
        }
        name = step == 0 ? name.section(QLatin1Char('/'), -1) : withoutDateSuffix(name);
    }
    return std::nullopt;
}

std::optional<double> PriceTable::cost(const QString &model, const TokenUsage &usage) const
{
    const std::optional<ModelPrice> modelPrice = price(model);
    if (!modelPrice) {
        return std::nullopt;
    }
    return costOf(*modelPrice, usage);
}

double costOf(const ModelPrice &price, const TokenUsage &usage)
{
    const qint64 cached = std::clamp<qint64>(usage.cachedInput, 0, usage.input);
    const qint64 written = std::clamp<qint64>(usage.cacheWriteInput, 0, usage.input - cached);
    const double dollars = double(usage.input - cached - written) * price.inputPerMTok
        + double(cached) * price.cachedInputPerMTok
        + double(written) * price.inputPerMTok * CacheWriteFactor
        + double(usage.output) * price.outputPerMTok;
    return dollars / TokensPerMillion;
}

qint64 CostEstimator::tokens(const QString &text)
{
    return (text.size() + CharsPerToken - 1) / CharsPerToken;
}

RunEstimate CostEstimator::estimate(const QString &promptPrefix,
                                    const QStringList &paperBlocks,
                                    const QList<QList<int>> &batches,
                                    const QString &model,
                                    const PriceTable &prices,
                                    int outputTokensPerPaper)
{
    const qint64 prefixTokens = tokens(promptPrefix);

    RunEstimate estimate;
    for (const QList<int> &batch : batches) {
        if (batch.isEmpty()) {
            continue;
        }
        ++estimate.requests;
        estimate.usage.input += prefixTokens;
        for (const int index : batch) {
            estimate.usage.input += tokens(paperBlocks.value(index));
        }
        estimate.usage.output += qint64(batch.size()) * outputTokensPerPaper;
    }

    estimate.cost = prices.cost(model, estimate.usage);
    return estimate;
}

RunEstimate CostEstimator::combined(const RunEstimate &first, const RunEstimate &second)
{
    RunEstimate sum;
    sum.requests = first.requests + second.requests;
    sum.usage = first.usage + second.usage;
    if (first.cost && second.cost) {
        sum.cost = *first.cost + *second.cost;
    }
    return sum;
}

} // namespace Sieve::Scoring
