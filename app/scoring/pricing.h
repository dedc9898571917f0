// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_PRICING_H
#define SIEVE_SCORING_PRICING_H

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace Sieve::Scoring {

// Dollars per million tokens.
struct ModelPrice
{
    double inputPerMTok = 0;
    double cachedInputPerMTok = 0;
    double outputPerMTok = 0;
};

// Tokens are counted as integers and summed exactly; dollars are computed once, at the end.
// `input` counts every prompt token, including the `cachedInput` ones a provider served from its
// prompt cache and the `cacheWriteInput` ones it wrote to it (OpenAI's usage reads this way;
// Anthropic reports both apart from its input_tokens, so they are added to input).
struct TokenUsage
{
    qint64 input = 0;
    qint64 cachedInput = 0;
    qint64 output = 0;
    qint64 cacheWriteInput = 0; // billed at CacheWriteFactor times the input price

    qint64 total() const { return input + output; }

    TokenUsage &operator+=(const TokenUsage &other);

    friend TokenUsage operator+(TokenUsage a, const TokenUsage &b) { return a += b; }

    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};

// Prices per model. A user's edited table replaces defaults() wholesale; storing it in the
// library belongs to the run, not to this class.
class PriceTable
{
public:
    // Editable defaults: list prices of a few well-known models (OpenAI's and DeepSeek's as we
    // knew them in 2025, Anthropic's as its pricing page gave them in December 2026). They
    // change; the user corrects them in the table, which is what cost() reads.
    static PriceTable defaults();

    void setPrice(const QString &model, const ModelPrice &price);
    void removePrice(const QString &model);

    QStringList models() const { return m_prices.keys(); }

    // Exact name first, in any case; then without a provider prefix ("openai/gpt-4.1") and
    // without a date or "-latest" suffix ("gpt-4o-2024-08-06", "claude-sonnet-4-20250514").
    std::optional<ModelPrice> price(const QString &model) const;

    // Dollars, or nullopt for a model the table does not know: show "cost unknown".
    std::optional<double> cost(const QString &model, const TokenUsage &usage) const;

private:
    QMap<QString, ModelPrice> m_prices; // keys in lower case
};

// Anthropic bills a prompt-cache write (5-minute lifetime, the kind we ask for) at 1.25 times
// the model's input price; OpenAI-compatible servers report no writes.
constexpr double CacheWriteFactor = 1.25;

double costOf(const ModelPrice &price, const TokenUsage &usage);

// Before a run: tokens and cost of sending `paperBlocks` in the given batches.
struct RunEstimate
{
    int requests = 0;
    // No cached input assumed: about an upper bound when a provider caches (Anthropic's first
    // request of a run pays a quarter more for the prefix it writes to the cache).
    TokenUsage usage;
    std::optional<double> cost; // nullopt for a model without a price
};

class CostEstimator
{
public:
    // About four characters of English per token for GPT- and Claude-style tokenizers; TeX and
    // names run a little denser, so the estimate is rough by some ten per cent either way.
    static constexpr int CharsPerToken = 4;
    static constexpr int OutputTokensPerPaper = 60; // one JSON line with a short comment
    static constexpr int OutputTokensPerTitle = 8; // the title filter names ids, at most

    static qint64 tokens(const QString &text);

    // `promptPrefix` is what every request repeats (system prompt and cacheable prefix); each
    // batch lists indexes into `paperBlocks`.
    static RunEstimate estimate(const QString &promptPrefix,
                                const QStringList &paperBlocks,
                                const QList<QList<int>> &batches,
                                const QString &model,
                                const PriceTable &prices,
                                int outputTokensPerPaper = OutputTokensPerPaper);
    // Two stages of one run: requests and tokens add up; the cost is known when both are.
    static RunEstimate combined(const RunEstimate &first, const RunEstimate &second);
};

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_PRICING_H
