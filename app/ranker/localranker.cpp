// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localranker.h"

#include <app/ranker/tokenizer.h>

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrentMap>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <functional>
#include <numeric>
#include <span>

namespace Sieve::Ranker {

// A bag of terms of a background paper, kept only while the background is indexed.
struct Bag
{
    std::vector<std::pair<quint64, float>> terms;
    float length = 0.0F;
};

// A paper as bags of weighted term frequencies, words and adjacent word pairs together.
struct Document
{
    TokenizedText title; // kept for naming terms in explanations
    TokenizedText abstract;
    // Words first, then pairs of adjacent words, each once; title words weighted up.
    std::vector<std::pair<quint64, float>> terms;
    std::size_t words = 0; // terms[0, words) are the words
    float length = 0.0F;
};

namespace {

constexpr quint32 FeatureBits = 18;
constexpr quint32 FeatureCount = 1U << FeatureBits;
constexpr int MaxReasons = 6;
constexpr int FeedbackTerms = 30;
constexpr std::size_t ReplayedRatings = 64;
constexpr std::size_t MaxLikedPositions = 500;
constexpr int ReplayEpochs = 3;
constexpr double FeatureClamp = 3.0; // standard deviations, for the criteria model's features

// Words that criteria use to talk about papers rather than about a field of research.
const QSet<quint64> &criteriaWords()
{
    static const QSet<quint64> keys = [] {
        const char *const words[] = {
            "relevant",   "irrelevant",   "relevance",     "paper",       "work",       "topic",
            "focus",      "particularly", "especially",    "weight",      "weighted",   "lower",
            "higher",     "increased",    "example",       "include",     "including",  "given",
            "interest",   "interested",   "related",       "pertain",     "pertains",   "fulfill",
            "criteria",   "consider",     "considered",    "like",        "e.g",        "i.e",
            "unless",     "either",       "focusing",      "discussing",  "presenting", "examining",
            "measuring",  "deriving",     "observational", "theoretical", "analysis",   "analyzing",
            "previously", "published",    "role",          "play",        "source",     "sources",
            "other",      "type",
        };
        QSet<quint64> set;
        for (const char *word : words) {
            set.insert(termKey(stem(QString::fromLatin1(word))));
        }
        return set;
    }();
    return keys;
}

// The share of a text's word vector below which the semantic space is deemed not to know it.
constexpr double LeastCapturedShare = 0.2;

// BackgroundTerm::column while the background is counted: the term is a word, not a pair.
constexpr int WordMark = -2;

void markWords(const TokenizedText &text, TermMap<BackgroundTerm> &background)
{
    for (const Token &token : text.tokens) {
        background[token.key].column = WordMark;
    }
}

float dampedTf(float tf)
{
    return tf == 1.0F ? 1.0F : 1.0F + std::log(tf);
}

void addWords(std::vector<std::pair<quint64, float>> &bag, const QList<Token> &tokens, float weight)
{
    for (const Token &token : tokens) {
        bag.emplace_back(token.key, weight);
    }
}

void addPairs(std::vector<std::pair<quint64, float>> &bag, const QList<Token> &tokens, float weight)
{
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        if (!tokens.at(i).startsPhrase) {
            bag.emplace_back(pairKey(tokens.at(i - 1).key, tokens.at(i).key), weight);
        }
    }
}

// Adds up the weights of repeated keys in place, keeping each key where it first occurs. A
// small open-addressing table per thread, reused across papers, does it in linear time; sorting
// every bag cost a tenth of ranking a day.
void mergeBag(std::vector<std::pair<quint64, float>> &bag)
{
    // Each slot holds the key with its place in `bag`, so that a probe compares in the table
    // rather than loading the bag entry it points to.
    struct Slot
    {
        quint64 key = 0;
        qint32 at = -1;
    };

    thread_local std::vector<Slot> slots;
    std::size_t size = 64;
    while (size < 2 * bag.size()) {
        size *= 2;
    }
    if (slots.size() < size) {
        slots.assign(size, Slot{});
    }
    const std::size_t mask = size - 1;
    const int shift = 64 - std::countr_zero(size);
    std::size_t out = 0;
    for (std::size_t i = 0; i < bag.size(); ++i) {
        const quint64 key = bag[i].first;
        std::size_t slot = std::size_t((key * 0x9e3779b97f4a7c15ULL) >> shift);
        while (slots[slot].at >= 0 && slots[slot].key != key) {
            slot = (slot + 1) & mask;
        }
        if (slots[slot].at >= 0) {
            bag[std::size_t(slots[slot].at)].second += bag[i].second;
        } else {
            slots[slot] = Slot{key, qint32(out)};
            bag[out++] = bag[i];
        }
    }
    // Only the slots of this bag are used: the table stays clean for the next one.
    for (std::size_t i = 0; i < out; ++i) {
        std::size_t slot = std::size_t((bag[i].first * 0x9e3779b97f4a7c15ULL) >> shift);
        while (slots[slot].at >= 0) {
            slots[slot].at = -1;
            slot = (slot + 1) & mask;
        }
    }
    bag.resize(out);
}

Document analyse(const Paper &paper, double titleWeight)
{
    Document doc;
    doc.title = tokenize(paper.title);
    doc.abstract = tokenize(paper.abstract);
    doc.terms.reserve(std::size_t(2 * (doc.title.tokens.size() + doc.abstract.tokens.size())));
    addWords(doc.terms, doc.title.tokens, float(titleWeight));
    addWords(doc.terms, doc.abstract.tokens, 1.0F);
    mergeBag(doc.terms);
    doc.words = doc.terms.size();
    std::vector<std::pair<quint64, float>> pairs;
    pairs.reserve(doc.terms.capacity() - doc.words);
    addPairs(pairs, doc.title.tokens, float(titleWeight));
    addPairs(pairs, doc.abstract.tokens, 1.0F);
    mergeBag(pairs);
    doc.terms.insert(doc.terms.end(), pairs.begin(), pairs.end());
    doc.length =
        float(titleWeight * double(doc.title.tokens.size()) + double(doc.abstract.tokens.size()));
    return doc;
}

QString surfaceIn(const TokenizedText &text, quint64 key)
{
    // Words first: most reasons are single words, and comparing keys is cheaper than forming
    // every pair's key. A key is a word's or a pair's, never both, so the order does not matter.
    const QList<Token> &tokens = text.tokens;
    for (const Token &token : tokens) {
        if (token.key == key) {
            return text.surface(token, token);
        }
    }
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        if (!tokens.at(i).startsPhrase && pairKey(tokens.at(i - 1).key, tokens.at(i).key) == key) {
            return text.surface(tokens.at(i - 1), tokens.at(i));
        }
    }
    return {};
}

QString surfaceOf(const Document &doc, quint64 key)
{
    const QString inTitle = surfaceIn(doc.title, key);
    return inTitle.isEmpty() ? surfaceIn(doc.abstract, key) : inTitle;
}

LocalRanker::Query
buildQuery(const QString &name, const QList<std::pair<QString, double>> &texts, double phraseWeight)
{
    std::vector<std::pair<quint64, double>> raw;
    for (const auto &[text, weight] : texts) {
        QList<Token> tokens = tokenize(text).tokens;
        tokens.removeIf([](const Token &t) {
            return criteriaWords().contains(t.key);
        });
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            raw.emplace_back(tokens.at(i).key, weight);
            if (i > 0 && !tokens.at(i).startsPhrase) {
                const quint64 pair = pairKey(tokens.at(i - 1).key, tokens.at(i).key);
                raw.emplace_back(pair, weight * phraseWeight);
            }
        }
    }
    std::sort(raw.begin(), raw.end());
    LocalRanker::Query query{name, {}};
    for (const auto &[key, weight] : raw) {
        if (!query.terms.empty() && query.terms.back().first == key) {
            query.terms.back().second += weight;
        } else {
            query.terms.emplace_back(key, weight);
        }
    }
    // Repeating a word in the criteria should help, but with diminishing returns.
    for (auto &term : query.terms) {
        term.second = std::sqrt(term.second);
    }
    return query;
}

struct DayStats
{
    // The counts of the background and of the day, added: the day's alone when there is no
    // background.
    const TermMap<BackgroundTerm> *background = nullptr;
    TermMap<int> dayDf;
    double docs = 0.0;
    double averageLength = 1.0;

    double df(quint64 key) const
    {
        return double(background->value(key).df) + double(dayDf.value(key));
    }

    double idf(quint64 key) const
    {
        const double n = df(key);
        return n <= 0.0 ? 0.0 : std::log(1.0 + (docs - n + 0.5) / (n + 0.5));
    }
};

// A query with its idf folded in for one day, and the normaliser that keeps long topics from
// dominating short ones.
struct WeightedQuery
{
    const LocalRanker::Query *query = nullptr;
    std::vector<std::pair<quint64, double>> terms;
    double norm = 1.0;
};

WeightedQuery weigh(const LocalRanker::Query &query, const DayStats &stats, double normPower)
{
    WeightedQuery weighted{&query, {}, 0.0};
    for (const auto &[key, weight] : query.terms) {
        const double idf = stats.idf(key);
        if (idf > 0.0) {
            weighted.terms.emplace_back(key, weight * idf);
            weighted.norm += weight * idf;
        }
    }
    weighted.norm = std::pow(std::max(weighted.norm, 1.0), normPower);
    return weighted;
}

struct Match
{
    double score = 0.0;
    std::vector<std::pair<quint64, double>> terms; // matched keys and their share
};

// Where each criteria term occurs: entries [first, last) of `entries` for a key, sorted by
// query, so that a paper is matched against every query in one pass over its own terms.
struct QueryIndex
{
    struct Entry
    {
        std::size_t query = 0;
        double weight = 0.0;
    };

    TermMap<std::pair<quint32, quint32>> ranges;
    std::vector<Entry> entries;
    // One bit per hash of the keys, small enough for the first-level cache: most of a paper's
    // terms are in no query, and a clear bit says so without probing `ranges`.
    std::vector<quint64> filter;
    int filterShift = 64;

    bool mayContain(quint64 key) const
    {
        const std::size_t bit = std::size_t((key * 0xc2b2ae3d27d4eb4fULL) >> filterShift);
        return (filter[bit / 64] >> (bit % 64) & 1U) != 0;
    }
};

QueryIndex indexQueries(const std::vector<const WeightedQuery *> &queries)
{
    std::vector<std::pair<quint64, QueryIndex::Entry>> all;
    for (std::size_t q = 0; q < queries.size(); ++q) {
        for (const auto &[key, weight] : queries[q]->terms) {
            all.emplace_back(key, QueryIndex::Entry{q, weight});
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    QueryIndex index;
    for (const auto &[key, entry] : all) {
        auto &range = index.ranges[key];
        if (range.second == 0) {
            range.first = quint32(index.entries.size());
        }
        index.entries.push_back(entry);
        range.second = quint32(index.entries.size());
    }
    constexpr int FewestFilterBits = 12;
    constexpr std::size_t FilterBitsPerKey = 16;
    int bits = FewestFilterBits;
    while ((std::size_t(1) << bits) < FilterBitsPerKey * index.ranges.size()) {
        ++bits;
    }
    index.filterShift = 64 - bits;
    index.filter.assign((std::size_t(1) << bits) / 64, 0);
    index.ranges.forEach([&](quint64 key, const std::pair<quint32, quint32> &) {
        const std::size_t bit = std::size_t((key * 0xc2b2ae3d27d4eb4fULL) >> index.filterShift);
        index.filter[bit / 64] |= quint64(1) << (bit % 64);
    });
    return index;
}

// Every query's BM25 score for one paper, in one pass over the paper's own terms.
void matchAll(const std::vector<std::pair<quint64, float>> &terms,
              float length,
              const std::vector<const WeightedQuery *> &queries,
              const QueryIndex &index,
              const DayStats &stats,
              const RankerSettings &settings,
              std::vector<Match> &matches)
{
    for (Match &m : matches) {
        m.score = 0.0;
        m.terms.clear();
    }
    const double lengthFactor = 1.0 - settings.b + settings.b * length / stats.averageLength;
    for (const auto &[key, frequency] : terms) {
        const auto *range = index.mayContain(key) ? index.ranges.find(key) : nullptr;
        if (range == nullptr) {
            continue;
        }
        const double tf = frequency;
        for (quint32 e = range->first; e < range->second; ++e) {
            const QueryIndex::Entry &entry = index.entries[e];
            const double share = entry.weight * tf * (settings.k1 + 1.0)
                / (tf + settings.k1 * lengthFactor) / queries[entry.query]->norm;
            matches[entry.query].score += share;
            matches[entry.query].terms.emplace_back(key, share);
        }
    }
}

void matchAll(const Document &doc,
              const std::vector<const WeightedQuery *> &queries,
              const QueryIndex &index,
              const DayStats &stats,
              const RankerSettings &settings,
              std::vector<Match> &matches)
{
    matchAll(doc.terms, doc.length, queries, index, stats, settings, matches);
}

std::vector<double> standardised(const std::vector<double> &values)
{
    if (values.empty()) {
        return {};
    }
    const double n = double(values.size());
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double variance = 0.0;
    for (const double v : values) {
        variance += (v - mean) * (v - mean);
    }
    const double sd = std::sqrt(variance / n);
    std::vector<double> result(values.size(), 0.0);
    if (sd > 1e-12) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            result[i] = (values[i] - mean) / sd;
        }
    }
    return result;
}

// A Contribution before it is named: terms are named only if they make the final few, since
// finding a term's words in the paper costs more than all the rest of explaining it.
struct Reason
{
    Contribution::Kind kind = Contribution::Kind::Term;
    quint64 key = 0; // the term, for Kind::Term
    const QString *topic = nullptr; // the topic's name, for Kind::Topic
    double weight = 0.0;
};

void addReason(std::vector<Reason> &why, const Reason &reason)
{
    if (std::abs(reason.weight) < 1e-9
        || (reason.kind == Contribution::Kind::Topic && reason.topic->isEmpty())) {
        return;
    }
    for (Reason &r : why) {
        if (r.kind == reason.kind && r.key == reason.key && r.topic == reason.topic) {
            r.weight += reason.weight;
            return;
        }
    }
    why.push_back(reason);
}

// The strongest contributions of one query match.
void addTermReasons(std::vector<Reason> &why,
                    const std::vector<std::pair<quint64, double>> &terms,
                    double scale,
                    int count)
{
    // The first `count` of a stable sort by strength, without sorting a paper's every term.
    const std::size_t k = std::min(std::size_t(std::max(count, 0)), terms.size());
    std::vector<std::size_t> order(terms.size());
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(),
                      order.begin() + std::ptrdiff_t(k),
                      order.end(),
                      [&](std::size_t a, std::size_t b) {
                          const double x = std::abs(terms[a].second);
                          const double y = std::abs(terms[b].second);
                          return x != y ? x > y : a < b;
                      });
    for (std::size_t i = 0; i < k; ++i) {
        const auto &[key, weight] = terms[order[i]];
        addReason(why, Reason{Contribution::Kind::Term, key, nullptr, weight * scale});
    }
}

// The strongest reasons, terms named with the paper's own words.
QList<Contribution> explain(std::vector<Reason> &why, const Document &doc)
{
    std::stable_sort(why.begin(), why.end(), [](const auto &a, const auto &b) {
        return std::abs(a.weight) > std::abs(b.weight);
    });
    QList<Contribution> result;
    for (const Reason &reason : why) {
        if (result.size() >= MaxReasons) {
            break;
        }
        const QString label =
            reason.kind == Contribution::Kind::Topic ? *reason.topic : surfaceOf(doc, reason.key);
        if (!label.isEmpty()) {
            result.append(Contribution{reason.kind, label, reason.weight});
        }
    }
    return result;
}

// Terms that stand out in the day's best papers: the query-expansion step of pseudo-relevance
// feedback, which finds the vocabulary the criteria did not spell out.
LocalRanker::Query feedbackQuery(const std::vector<Document> &docs,
                                 const std::vector<double> &prior,
                                 const DayStats &stats)
{
    std::vector<std::size_t> order(docs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return prior[a] > prior[b];
    });
    const std::size_t top = std::min(order.size(), std::max<std::size_t>(3, order.size() / 10));

    TermMap<double> weights;
    for (std::size_t i = 0; i < top; ++i) {
        for (const auto &[key, tf] : docs[order[i]].terms) {
            weights[key] += (1.0 + std::log(double(tf))) * stats.idf(key);
        }
    }
    std::vector<std::pair<quint64, double>> ranked;
    ranked.reserve(weights.size());
    weights.forEach([&](quint64 key, double weight) {
        ranked.emplace_back(key, weight);
    });
    const std::size_t kept = std::min<std::size_t>(ranked.size(), FeedbackTerms);
    std::partial_sort(ranked.begin(),
                      ranked.begin() + std::ptrdiff_t(kept),
                      ranked.end(),
                      [](const auto &a, const auto &b) {
                          return a.second != b.second ? a.second > b.second : a.first < b.first;
                      });
    ranked.resize(kept);
    std::sort(ranked.begin(), ranked.end());
    for (auto &term : ranked) {
        term.second = 1.0;
    }
    return LocalRanker::Query{QString(), ranked};
}

// Every query's match of every paper of a day, from one pass over the papers: the scores set
// the topics' scales, the matched terms explain the papers.
struct DayMatches
{
    struct Term
    {
        std::size_t query = 0;
        quint64 key = 0;
        double share = 0.0;
    };

    std::size_t queryCount = 0;
    std::vector<double> scores; // paper-major: scores[paper * queryCount + query]
    std::vector<std::size_t> firstTerm; // paper i's terms are [firstTerm[i], firstTerm[i + 1])
    std::vector<Term> terms;

    double score(std::size_t paper, std::size_t query) const
    {
        return scores[paper * queryCount + query];
    }

    // The terms paper `paper` matched of query `query`, with their shares.
    void termsOf(std::size_t paper,
                 std::size_t query,
                 std::vector<std::pair<quint64, double>> &out) const
    {
        out.clear();
        for (std::size_t t = firstTerm[paper]; t < firstTerm[paper + 1]; ++t) {
            if (terms[t].query == query) {
                out.emplace_back(terms[t].key, terms[t].share);
            }
        }
    }
};

DayMatches matchDay(const std::vector<Document> &docs,
                    const std::vector<const WeightedQuery *> &queries,
                    const QueryIndex &index,
                    const DayStats &stats,
                    const RankerSettings &settings)
{
    DayMatches day;
    day.queryCount = queries.size();
    day.scores.assign(docs.size() * queries.size(), 0.0);
    day.firstTerm.reserve(docs.size() + 1);
    for (std::size_t i = 0; i < docs.size(); ++i) {
        day.firstTerm.push_back(day.terms.size());
        const Document &doc = docs[i];
        double *scores = day.scores.data() + i * queries.size();
        const double lengthFactor =
            1.0 - settings.b + settings.b * doc.length / stats.averageLength;
        for (const auto &[key, frequency] : doc.terms) {
            const auto *range = index.mayContain(key) ? index.ranges.find(key) : nullptr;
            if (range == nullptr) {
                continue;
            }
            const double tf = frequency;
            const double saturation = tf * (settings.k1 + 1.0) / (tf + settings.k1 * lengthFactor);
            for (quint32 e = range->first; e < range->second; ++e) {
                const QueryIndex::Entry &entry = index.entries[e];
                const double share = entry.weight * saturation / queries[entry.query]->norm;
                scores[entry.query] += share;
                day.terms.push_back(DayMatches::Term{entry.query, key, share});
            }
        }
    }
    day.firstTerm.push_back(day.terms.size());
    return day;
}

// Each topic's level on the day: its score at the settings' quantile of the day, what a good
// match to that topic scores today. Empty for a day too small to tell it reliably.
std::vector<double> topicLevels(const DayMatches &day,
                                std::size_t paperCount,
                                std::size_t topicCount,
                                const RankerSettings &settings)
{
    constexpr std::size_t FewestPapers = 20;
    const std::size_t n = paperCount;
    if (settings.topicLevel <= 0.0 || n < FewestPapers || topicCount == 0) {
        return {};
    }
    const std::size_t at = std::min(n - 1, std::size_t(settings.topicLevel * double(n)));
    std::vector<double> levels(topicCount, 0.0);
    std::vector<double> column(n, 0.0);
    for (std::size_t t = 0; t < topicCount; ++t) {
        for (std::size_t i = 0; i < n; ++i) {
            column[i] = day.score(i, t);
        }
        std::nth_element(column.begin(), column.begin() + std::ptrdiff_t(at), column.end());
        levels[t] = column[at] + 1e-6;
    }
    return levels;
}

// A factor per topic that brings the topics' scores on the day to one level: a topic with long
// notes matches many papers a little and would otherwise crowd out a terse one.
std::vector<double> topicScales(const std::vector<double> &levels, std::size_t topicCount)
{
    std::vector<double> scales(topicCount, 1.0);
    if (levels.size() < topicCount || topicCount < 2) {
        return scales;
    }
    double mean = 0.0;
    for (std::size_t t = 0; t < topicCount; ++t) {
        mean += levels[t] / double(topicCount);
    }
    for (std::size_t t = 0; t < topicCount; ++t) {
        scales[t] = mean / levels[t];
    }
    return scales;
}

// A reader who follows several topics wants each one's clear best paper of the day in sight,
// though ratings mostly about another topic pull the rest of the day towards that one. Such a
// paper rises to just above the one at the settings' share of the day. A best paper that does
// not stand out from the topic's level is left where it is, and so is one that stands out as
// much for a negative note (queries from firstNegative on): the reader said it is not wanted.
void keepTopicBestsInSight(const DayMatches &day,
                           const std::vector<double> &levels,
                           const std::vector<WeightedQuery> &topics,
                           std::size_t criteriaCount,
                           std::size_t firstNegative,
                           const RankerSettings &settings,
                           std::vector<double> &score,
                           std::vector<std::vector<Reason>> &why)
{
    const std::size_t n = score.size();
    if (settings.topicBestShare <= 0.0 || n == 0 || levels.size() < criteriaCount) {
        return;
    }

    std::vector<double> sorted = score;
    const std::size_t at = std::min(n - 1, std::size_t(settings.topicBestShare * double(n)));
    std::nth_element(
        sorted.begin(), sorted.begin() + std::ptrdiff_t(at), sorted.end(), std::greater<>());
    const double floor = sorted[at];

    for (std::size_t t = 0; t < criteriaCount; ++t) {
        std::size_t best = 0;
        for (std::size_t i = 1; i < n; ++i) {
            if (day.score(i, t) > day.score(best, t)) {
                best = i;
            }
        }
        const auto standsOut = [&](std::size_t query) {
            return day.score(best, query) > settings.topicBestRatio * levels[query];
        };
        if (!standsOut(t) || score[best] > floor) {
            continue;
        }
        bool unwanted = false;
        for (std::size_t q = firstNegative; q < levels.size(); ++q) {
            unwanted = unwanted || standsOut(q);
        }
        if (unwanted) {
            continue;
        }
        const double lift = floor - score[best] + 1e-6;
        score[best] += lift;
        addReason(why[best], Reason{Contribution::Kind::Topic, 0, &topics[t].query->name, lift});
    }
}

// Pseudo-relevance feedback per topic over the background: the words that stand out in the
// papers a topic matches best join the topic, so that a topic written in a few words also finds
// papers that use the field's other words for it. The background is larger and steadier than a
// day, and each topic gets its own vocabulary instead of the day's best papers lending theirs
// to every topic.
std::vector<LocalRanker::Query> expandTopics(const std::vector<LocalRanker::Query> &topics,
                                             const std::vector<Bag> &bags,
                                             const DayStats &stats,
                                             const RankerSettings &settings)
{
    std::vector<WeightedQuery> weighted;
    for (const LocalRanker::Query &topic : topics) {
        weighted.push_back(weigh(topic, stats, settings.normPower));
    }
    std::vector<const WeightedQuery *> queries;
    for (const WeightedQuery &query : weighted) {
        queries.push_back(&query);
    }
    const QueryIndex index = indexQueries(queries);
    std::vector<std::vector<std::pair<double, std::size_t>>> best(topics.size());
    std::vector<Match> matches(queries.size());
    for (std::size_t i = 0; i < bags.size(); ++i) {
        matchAll(bags[i].terms, bags[i].length, queries, index, stats, settings, matches);
        for (std::size_t t = 0; t < topics.size(); ++t) {
            if (matches[t].score > 0.0) {
                best[t].emplace_back(matches[t].score, i);
            }
        }
    }

    const std::size_t feedbackDocs = std::size_t(std::max(settings.expansionDocs, 0));
    std::vector<LocalRanker::Query> expanded;
    for (std::size_t t = 0; t < topics.size(); ++t) {
        std::vector<std::pair<double, std::size_t>> &ranked = best[t];
        const std::size_t k = std::min(feedbackDocs, ranked.size());
        std::partial_sort(ranked.begin(),
                          ranked.begin() + std::ptrdiff_t(k),
                          ranked.end(),
                          [](const auto &a, const auto &b) {
                              return a.first != b.first ? a.first > b.first : a.second < b.second;
                          });
        TermMap<double> weights;
        for (std::size_t r = 0; r < k; ++r) {
            for (const auto &[key, tf] : bags[ranked[r].second].terms) {
                // Words of one or two papers say more about those papers than about the topic.
                if (stats.df(key) >= 3.0) {
                    weights[key] += (1.0 + std::log(double(tf))) * stats.idf(key);
                }
            }
        }
        std::vector<std::pair<quint64, double>> terms;
        weights.forEach([&](quint64 key, double weight) {
            terms.emplace_back(key, weight);
        });
        std::sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        terms.resize(std::min<std::size_t>(terms.size(), std::size_t(settings.expansionTerms)));
        LocalRanker::Query query = topics[t];
        const double top = terms.empty() ? 1.0 : terms.front().second;
        for (const auto &[key, weight] : terms) {
            query.terms.emplace_back(key, settings.expansionWeight * weight / top);
        }
        std::sort(query.terms.begin(), query.terms.end());
        std::size_t out = 0;
        for (std::size_t i = 0; i < query.terms.size(); ++i) {
            if (out > 0 && query.terms[out - 1].first == query.terms[i].first) {
                query.terms[out - 1].second += query.terms[i].second;
            } else {
                query.terms[out++] = query.terms[i];
            }
        }
        query.terms.resize(out);
        expanded.push_back(std::move(query));
    }
    return expanded;
}

// Calls f(i) for every i below `count`, in chunks over the global thread pool, this thread
// taking its share. Each f(i) must write only what belongs to paper i: then the result is the
// same as in one thread, whichever thread runs which chunk.
template <typename F>
void forEachPaper(std::size_t count, F f)
{
    constexpr std::size_t ChunkSize = 64;
    if (count < 2 * ChunkSize) {
        for (std::size_t i = 0; i < count; ++i) {
            f(i);
        }
        return;
    }
    std::vector<std::pair<std::size_t, std::size_t>> chunks;
    for (std::size_t first = 0; first < count; first += ChunkSize) {
        chunks.emplace_back(first, std::min(count, first + ChunkSize));
    }
    QtConcurrent::blockingMap(chunks, [&f](const std::pair<std::size_t, std::size_t> &chunk) {
        for (std::size_t i = chunk.first; i < chunk.second; ++i) {
            f(i);
        }
    });
}

// The dot product of two places in the semantic space, summed in eight lanes: unlike one
// running sum, the compiler may vectorise it without -ffast-math, and a large day compares each
// paper with hundreds of liked ones. Same lanes in the same order on every thread.
double dotInLanes(const std::vector<float> &a, const std::vector<float> &b)
{
    constexpr std::size_t Lanes = 8;
    const std::size_t n = std::min(a.size(), b.size());
    std::array<float, Lanes> sums{};
    std::size_t i = 0;
    for (; i + Lanes <= n; i += Lanes) {
        for (std::size_t lane = 0; lane < Lanes; ++lane) {
            sums[lane] += a[i + lane] * b[i + lane];
        }
    }
    double sum = 0.0;
    for (const float lane : sums) {
        sum += double(lane);
    }
    for (; i < n; ++i) {
        sum += double(a[i]) * double(b[i]);
    }
    return sum;
}

float ratingLabel(Rating rating)
{
    return rating == Rating::ThumbsUp || rating == Rating::Star ? 1.0F : 0.0F;
}

// What each dismissed paper counts against the liked papers' mean in Rocchio feedback: a share
// of the dismissed papers' mean, shrunk while they are few, since a handful of them says little
// about what the reader does not want (their mean is then mostly the noise of a few papers).
double dismissedScale(const RankerSettings &settings, int dismissed)
{
    return dismissed > 0 ? settings.dismissedShare / (double(dismissed) + settings.dismissedHalf)
                         : 0.0;
}

// A star or "not interested" says more than a thumb.
float ratingWeight(Rating rating)
{
    return rating == Rating::Star || rating == Rating::NotInterested ? 1.5F : 1.0F;
}

} // namespace

LocalRanker::LocalRanker(Criteria criteria, RankerSettings settings)
    : m_criteria(std::move(criteria))
    , m_settings(settings)
    , m_weights(FeatureCount, 0.0F)
{
    for (const Topic &topic : m_criteria.topics) {
        const Query query =
            buildQuery(topic.title,
                       {{topic.title, m_settings.topicTitleWeight}, {topic.relevant, 1.0}},
                       m_settings.phraseWeight);
        if (!query.terms.empty()) {
            m_topics.push_back(query);
        }
        if (!topic.irrelevant.isEmpty()) {
            m_negative.push_back(
                buildQuery(topic.title, {{topic.irrelevant, 1.0}}, m_settings.phraseWeight));
        }
    }
    if (!m_criteria.keywords.isEmpty()) {
        const QString text = m_criteria.keywords.join(QStringLiteral(", "));
        //: Shown when a paper matched the keyword list of the criteria.
        const QString name = QCoreApplication::translate("Sieve::Ranker::LocalRanker", "Keywords");
        m_topics.push_back(buildQuery(name, {{text, m_settings.topicTitleWeight}}, 1.0));
    }
    if (!m_criteria.negativeKeywords.isEmpty()) {
        const QString text = m_criteria.negativeKeywords.join(QStringLiteral(", "));
        m_negative.push_back(buildQuery(text, {{text, m_settings.topicTitleWeight}}, 1.0));
    }
    dropSharedTerms();
}

// "Irrelevant" notes often restate the topic ("outflows driven by AGN rather than by star
// formation"); only the words the positive side never uses are evidence against a paper.
void LocalRanker::dropSharedTerms()
{
    QSet<quint64> positive;
    for (const Query &query : m_topics) {
        for (const auto &term : query.terms) {
            positive.insert(term.first);
        }
    }
    for (Query &query : m_negative) {
        std::erase_if(query.terms, [&](const auto &term) {
            return positive.contains(term.first);
        });
    }
}

void LocalRanker::setBackground(const QList<Paper> &papers)
{
    m_background.clear();
    m_expandedTopics.clear();
    m_backgroundDocs = int(papers.size());
    std::vector<Bag> bags;
    bags.reserve(std::size_t(papers.size()));
    double totalLength = 0.0;
    for (const Paper &paper : papers) {
        Document doc = analyse(paper, m_settings.titleWeight);
        for (const auto &term : doc.terms) {
            ++m_background[term.first].df;
        }
        markWords(doc.title, m_background);
        markWords(doc.abstract, m_background);
        totalLength += doc.length;
        bags.push_back(Bag{std::move(doc.terms), doc.length});
    }
    const double docs = double(std::max(m_backgroundDocs, 1));
    m_background.forEachValue([&](BackgroundTerm &term) {
        term.featureIdf = float(std::log((docs + 1.0) / (double(term.df) + 1.0)));
    });
    fitSpace(bags);
    m_backgroundLength = bags.empty() ? 1.0 : std::max(1.0, totalLength / double(bags.size()));

    if (m_settings.expansionWeight > 0.0 && !bags.empty()) {
        DayStats stats;
        stats.background = &m_background;
        stats.docs = docs;
        stats.averageLength = m_backgroundLength;
        m_expandedTopics = expandTopics(m_topics, bags, stats, m_settings);
    }
    refitRatings();
}

// One day as rank() works through it: the papers as analysed, their matches of every query, and
// the score each step adds to with the reasons it gives.
struct LocalRanker::DayWork
{
    std::vector<Document> docs;
    DayStats stats;
    // The criteria topics, then the ratings' topic when the reader liked something.
    std::vector<WeightedQuery> topics;
    std::size_t criteriaCount = 0;
    std::vector<WeightedQuery> negatives;
    DayMatches matches; // of the topics, then of the negative notes
    std::vector<double> levels; // per query, see topicLevels()
    std::vector<double> prior; // the criteria's score
    std::vector<double> score;
    std::vector<std::vector<Reason>> why;

    std::size_t size() const { return docs.size(); }
};

QList<RankedPaper> LocalRanker::rank(const QList<Paper> &papers) const
{
    DayWork day;
    analyseDay(papers, day);
    matchCriteria(day);
    day.score = standardised(day.prior);
    addFeedback(day);

    // Each paper's place in the space and the word model's margin in one pass: both look the
    // paper's words up in the background, and the second look-up then finds them in the cache.
    const std::size_t n = day.size();
    std::vector<std::vector<float>> positions(m_space.isEmpty() ? 0 : n);
    std::vector<double> modelMargin(m_examples.empty() ? 0 : n, 0.0);
    std::vector<std::vector<std::pair<quint64, double>>> strongest(modelMargin.size());
    forEachPaper(n, [&](std::size_t i) {
        const Document &doc = day.docs[i];
        if (!positions.empty()) {
            positions[i] = positionOf(std::span(doc.terms.data(), doc.words));
        }
        if (!modelMargin.empty()) {
            modelMargin[i] = marginOf(doc, strongest[i]);
        }
    });
    const Closeness closeness = closenessOf(std::move(positions));
    addCloseness(day, closeness);
    addCriteriaModel(day, closeness);
    addWordModel(day, modelMargin, strongest);
    keepTopicBestsInSight(day.matches,
                          day.levels,
                          day.topics,
                          day.criteriaCount,
                          day.topics.size(),
                          m_settings,
                          day.score,
                          day.why);

    QList<RankedPaper> ranked;
    ranked.reserve(qsizetype(n));
    for (std::size_t i = 0; i < n; ++i) {
        ranked.append(RankedPaper{
            papers.at(qsizetype(i)).id, day.score[i], explain(day.why[i], day.docs[i])});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    return ranked;
}

void LocalRanker::analyseDay(const QList<Paper> &papers, DayWork &day) const
{
    // Analysing the papers is half of the work and each paper stands alone: it is spread over
    // the thread pool. Everything summed over papers below runs on this thread, in input order.
    day.docs.resize(std::size_t(papers.size()));
    forEachPaper(day.docs.size(), [&](std::size_t i) {
        day.docs[i] = analyse(papers.at(qsizetype(i)), m_settings.titleWeight);
    });

    day.stats.background = &m_background;
    double totalLength = 0.0;
    for (const Document &doc : day.docs) {
        // A background (the library) normally holds the day already; counting the day again
        // would cost more than ranking.
        if (m_backgroundDocs == 0) {
            for (const auto &term : doc.terms) {
                ++day.stats.dayDf[term.first];
            }
        }
        totalLength += doc.length;
    }
    const double n = double(day.size());
    day.stats.docs = m_backgroundDocs > 0 ? double(m_backgroundDocs) : n;
    day.stats.averageLength = n == 0.0 ? 1.0 : std::max(1.0, totalLength / n);
    day.why.resize(day.size());
}

// The criteria's score of every paper: its best topic's match and a share of the others', each
// topic brought to the day's level, less its matches of the "irrelevant" notes.
void LocalRanker::matchCriteria(DayWork &day) const
{
    for (const Query &query : criteriaTopics()) {
        day.topics.push_back(weigh(query, day.stats, m_settings.normPower));
    }
    day.criteriaCount = day.topics.size();
    std::vector<double> topicWeight(day.topics.size(), 1.0);
    if (!m_ratingsQuery.terms.empty()) {
        const double ratings = double(m_examples.size());
        day.topics.push_back(weigh(m_ratingsQuery, day.stats, m_settings.normPower));
        topicWeight.push_back(m_settings.ratingsTopicWeight * ratings
                              / (ratings + m_settings.modelHalfRatings));
    }
    for (const Query &query : m_negative) {
        day.negatives.push_back(weigh(query, day.stats, m_settings.normPower));
    }

    std::vector<const WeightedQuery *> queries;
    for (const WeightedQuery &query : day.topics) {
        queries.push_back(&query);
    }
    for (const WeightedQuery &query : day.negatives) {
        queries.push_back(&query);
    }
    const QueryIndex index = indexQueries(queries);
    day.matches = matchDay(day.docs, queries, index, day.stats, m_settings);
    // The negative notes' levels too: keepTopicBestsInSight() reads them.
    day.levels = topicLevels(day.matches, day.size(), queries.size(), m_settings);
    const std::vector<double> topicScale = topicScales(day.levels, day.topics.size());

    day.prior.assign(day.size(), 0.0);
    std::vector<std::pair<double, std::size_t>> topicScores;
    std::vector<std::pair<quint64, double>> matched;
    for (std::size_t i = 0; i < day.size(); ++i) {
        std::vector<Reason> &why = day.why[i];
        topicScores.clear();
        for (std::size_t t = 0; t < day.topics.size(); ++t) {
            topicScores.emplace_back(day.matches.score(i, t) * topicScale[t] * topicWeight[t], t);
        }
        std::stable_sort(topicScores.begin(), topicScores.end(), [](const auto &a, const auto &b) {
            return a.first > b.first;
        });
        for (std::size_t k = 0; k < topicScores.size(); ++k) {
            const double share = k == 0 ? 1.0 : m_settings.otherTopics;
            const auto &[score, t] = topicScores[k];
            day.prior[i] += share * score;
            if (k < 2 && score > 0.0) {
                const Reason topic{
                    Contribution::Kind::Topic, 0, &day.topics[t].query->name, share * score};
                addReason(why, topic);
                day.matches.termsOf(i, t, matched);
                addTermReasons(why, matched, share * topicScale[t] * topicWeight[t], 3);
            }
        }
        for (std::size_t q = day.topics.size(); q < queries.size(); ++q) {
            const double score = day.matches.score(i, q);
            day.prior[i] -= m_settings.negativeWeight * score;
            if (score > 0.0) {
                day.matches.termsOf(i, q, matched);
                addTermReasons(why, matched, -m_settings.negativeWeight, 2);
            }
        }
    }
}

// Pseudo-relevance feedback from the day's best papers by the criteria.
void LocalRanker::addFeedback(DayWork &day) const
{
    const std::size_t n = day.size();
    if (m_settings.feedbackWeight <= 0.0 || day.topics.empty() || n <= 3) {
        return;
    }
    const Query expansion = feedbackQuery(day.docs, day.prior, day.stats);
    const WeightedQuery weighted = weigh(expansion, day.stats, m_settings.normPower);
    const std::vector<const WeightedQuery *> one{&weighted};
    const QueryIndex index = indexQueries(one);
    std::vector<Match> matches(1);
    std::vector<double> feedback(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        matchAll(day.docs[i], one, index, day.stats, m_settings, matches);
        feedback[i] = matches.front().score;
    }
    const std::vector<double> z = standardised(feedback);
    for (std::size_t i = 0; i < n; ++i) {
        day.score[i] += m_settings.feedbackWeight * z[i];
    }
}

// Closeness in the semantic space: to the nearest criteria topic, and once the reader liked
// papers, to all of them and to the nearest few.
void LocalRanker::addCloseness(DayWork &day, const Closeness &closeness) const
{
    const std::size_t n = day.size();
    if (!closeness.topic.empty() && m_settings.semanticTopicWeight > 0.0) {
        const std::vector<double> z = standardised(closeness.topic);
        for (std::size_t i = 0; i < n; ++i) {
            const double share = m_settings.semanticTopicWeight * z[i];
            day.score[i] += share;
            const int t = closeness.nearestTopic[i];
            if (share > 0.0 && t >= 0) {
                const QString *name = &day.topics[std::size_t(t)].query->name;
                addReason(day.why[i], Reason{Contribution::Kind::Topic, 0, name, share});
            }
        }
    }

    // What the reader liked sets the direction, so their number sets the confidence.
    const double liked = double(m_likedCount);
    if (!closeness.ratings.empty()) {
        const double weight =
            m_settings.semanticRatingsWeight * liked / (liked + m_settings.semanticHalfRatings);
        addCrediting(day, closeness.ratings, weight, m_ratingsQuery.name);
    }

    // With no more liked papers than it averages, the nearest ones are all of them: the mean
    // direction again, which the closeness to the ratings above already counts.
    const double beyondNearest = liked - double(m_settings.nearestLiked);
    if (!closeness.nearestLiked.empty() && m_settings.nearestLikedWeight > 0.0
        && beyondNearest > 0.0) {
        const double weight = m_settings.nearestLikedWeight * beyondNearest
            / (beyondNearest + m_settings.nearestLikedHalf);
        addCrediting(day, closeness.nearestLiked, weight, m_ratingsQuery.name);
    }
}

// Adds `values`, standardised over the day and scaled by `weight`, to the papers' scores; a
// paper they raise credits the topic `name`.
void LocalRanker::addCrediting(DayWork &day,
                               const std::vector<double> &values,
                               double weight,
                               const QString &name) const
{
    const std::vector<double> z = standardised(values);
    for (std::size_t i = 0; i < day.size(); ++i) {
        day.score[i] += weight * z[i];
        if (weight * z[i] > 0.0) {
            addReason(day.why[i], Reason{Contribution::Kind::Topic, 0, &name, weight * z[i]});
        }
    }
}

// The criteria model's margin for every paper, from the same features as the ratings were fitted
// on: the day's topic and negative matches, closeness to each topic, place in the space.
void LocalRanker::addCriteriaModel(DayWork &day, const Closeness &closeness) const
{
    const bool semantic = !m_topicPositions.empty() && !closeness.perTopic.empty();
    if (m_criteriaWeights.empty() || (!semantic && !m_topicPositions.empty())) {
        return;
    }

    const std::size_t n = day.size();
    const std::size_t topics = day.criteriaCount;
    const std::size_t negatives = m_negative.size();
    const std::size_t spaceFrom = topics * 2 + negatives;
    std::vector<double> margin(n, 0.0);
    std::vector<int> strongest(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        double best = 0.0;
        for (std::size_t j = 0; j < m_criteriaWeights.size(); ++j) {
            double value = 0.0;
            if (j < topics) {
                value = std::log1p(day.matches.score(i, j));
            } else if (j < topics + negatives) {
                value = std::log1p(day.matches.score(i, day.topics.size() + j - topics));
            } else if (j < spaceFrom) {
                value = closeness.perTopic[i * topics + (j - topics - negatives)];
            } else {
                value = closeness.positions[i][j - spaceFrom];
            }
            // Clamped: a paper far outside what the reader rated must not ride on one
            // extrapolated coordinate.
            const double standard = std::clamp(
                (value - m_featureMean[j]) * m_featureScale[j], -FeatureClamp, FeatureClamp);
            const double part = m_criteriaWeights[j] * standard;
            margin[i] += part;
            if (j < topics && part > best) {
                best = part;
                strongest[i] = int(j);
            }
        }
    }

    const double ratings = double(m_ratedTexts.size());
    const double share =
        m_settings.criteriaModelWeight * ratings / (ratings + m_settings.criteriaModelHalfRatings);
    const std::vector<double> z = standardised(margin);
    for (std::size_t i = 0; i < n; ++i) {
        day.score[i] += share * z[i];
        if (strongest[i] >= 0 && share * z[i] > 0.0) {
            const QString *name = &day.topics[std::size_t(strongest[i])].query->name;
            addReason(day.why[i], Reason{Contribution::Kind::Topic, 0, name, share * z[i]});
        }
    }
}

// The word model's margins, standardised, with the two terms that weigh most in each paper.
void LocalRanker::addWordModel(
    DayWork &day,
    const std::vector<double> &margin,
    const std::vector<std::vector<std::pair<quint64, double>>> &strongest) const
{
    if (m_examples.empty()) {
        return;
    }
    const double ratings = double(m_examples.size());
    const double share = m_settings.modelWeight * ratings / (ratings + m_settings.modelHalfRatings);
    const std::vector<double> z = standardised(margin);
    for (std::size_t i = 0; i < day.size(); ++i) {
        day.score[i] += share * z[i];
        addTermReasons(day.why[i], strongest[i], share, 2);
    }
}

// Latent semantic analysis over the background's words (pairs add little there and double
// the matrix): each word that occurs in two papers or more gets a column.
void LocalRanker::fitSpace(const std::vector<Bag> &bags)
{
    m_space = SemanticSpace();
    int columns = 0;
    m_background.forEachValue([&](BackgroundTerm &term) {
        term.column = term.column == WordMark && term.df >= 2 ? columns++ : -1;
    });
    if (m_settings.semanticDimensions > 0 && columns > 0) {
        std::vector<SparseVector> rows;
        rows.reserve(bags.size());
        for (const Bag &bag : bags) {
            SparseVector row;
            double norm = 0.0;
            for (const auto &[key, tf] : bag.terms) {
                const BackgroundTerm *term = m_background.find(key);
                if (term != nullptr && term->column >= 0 && term->featureIdf > 0.0F) {
                    const float value = dampedTf(tf) * term->featureIdf;
                    row.emplace_back(term->column, value);
                    norm += double(value) * double(value);
                }
            }
            for (auto &entry : row) {
                entry.second = float(double(entry.second) / std::sqrt(norm));
            }
            rows.push_back(std::move(row));
        }
        m_space = SemanticSpace::fit(rows, columns, m_settings.semanticDimensions);
    }
    placeTopics();
}

// A paper's (or any text's) place in the semantic space, from its tf-idf weighted words.
std::vector<float> LocalRanker::positionOf(std::span<const std::pair<quint64, float>> terms) const
{
    constexpr std::size_t PrefetchAhead = 8;
    constexpr std::size_t PrefetchRowsAhead = 4;
    // First the words' columns, then their rows: the rows are a few cache lines each and most
    // are misses, so each is requested a few words before it is added in.
    thread_local std::vector<std::pair<int, float>> columns;
    columns.clear();
    double norm = 0.0;
    for (std::size_t t = 0; t < terms.size(); ++t) {
        if (t + PrefetchAhead < terms.size()) {
            m_background.prefetch(terms[t + PrefetchAhead].first);
        }
        const auto &[key, tf] = terms[t];
        const BackgroundTerm *term = m_background.find(key);
        if (term != nullptr && term->column >= 0) {
            const float weight = dampedTf(tf) * term->featureIdf;
            columns.emplace_back(term->column, weight);
            norm += double(weight) * double(weight);
        }
    }
    std::vector<float> position(std::size_t(m_space.stride()), 0.0F);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (c + PrefetchRowsAhead < columns.size()) {
            m_space.prefetch(columns[c + PrefetchRowsAhead].first);
        }
        m_space.accumulate(columns[c].first, columns[c].second, position);
    }
    // Unit length, as the direction is what matters; but a text whose words the space hardly
    // captures stays short rather than being blown up in a direction that is mostly noise.
    double length = 0.0;
    for (const float x : position) {
        length += double(x) * double(x);
    }
    const double divisor = std::max(std::sqrt(length), LeastCapturedShare * std::sqrt(norm));
    if (divisor > 0.0) {
        const float scale = float(1.0 / divisor);
        for (float &x : position) {
            x *= scale;
        }
    }
    return position;
}

void LocalRanker::placeTopics()
{
    m_topicPositions.clear();
    if (m_space.isEmpty()) {
        return;
    }
    for (const Query &topic : m_topics) {
        std::vector<std::pair<quint64, float>> terms;
        for (const auto &[key, weight] : topic.terms) {
            terms.emplace_back(key, float(weight));
        }
        m_topicPositions.push_back(positionOf(terms));
    }
}

// The sums of the liked and of the dismissed papers' places, from the words kept of each
// rated paper.
void LocalRanker::placeRatings()
{
    const std::size_t dims = std::size_t(m_space.stride());
    m_likedSum.assign(dims, 0.0F);
    m_dismissedSum.assign(dims, 0.0F);
    m_likedPositions.clear();
    m_likedCount = 0;
    m_dismissedCount = 0;
    for (const RatedText &text : m_ratedTexts) {
        placeRating(text);
    }
}

void LocalRanker::placeRating(const RatedText &text)
{
    if (m_space.isEmpty()) {
        return;
    }
    const bool liked = text.label > 0.5F;
    const std::vector<float> position = positionOf(std::span(text.terms.data(), text.words));
    std::vector<float> &sum = liked ? m_likedSum : m_dismissedSum;
    for (std::size_t j = 0; j < sum.size(); ++j) {
        sum[j] += position[j];
    }
    ++(liked ? m_likedCount : m_dismissedCount);
    if (liked) {
        // Comparing every paper with every liked one grows with the reader's history; the most
        // recent ones say best what the reader reads now.
        if (m_likedPositions.size() >= MaxLikedPositions) {
            m_likedPositions.erase(m_likedPositions.begin());
        }
        m_likedPositions.push_back(position);
    }
}

LocalRanker::Closeness LocalRanker::closenessOf(std::vector<std::vector<float>> positions) const
{
    Closeness result;
    if (m_space.isEmpty()) {
        return result;
    }
    const std::size_t n = positions.size();
    result.topic.assign(n, 0.0);
    result.nearestTopic.assign(n, -1);
    result.perTopic.assign(n * m_topicPositions.size(), 0.0);
    // Rocchio in the semantic space: towards the liked papers' mean, away from a share of the
    // dismissed papers' mean.
    std::vector<float> direction;
    if (m_likedCount > 0) {
        const float dismissed = float(dismissedScale(m_settings, m_dismissedCount));
        direction.resize(m_likedSum.size());
        for (std::size_t j = 0; j < direction.size(); ++j) {
            direction[j] = m_likedSum[j] / float(m_likedCount) - dismissed * m_dismissedSum[j];
        }
        result.ratings.assign(n, 0.0);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::vector<float> &position = positions[i];
        for (std::size_t t = 0; t < m_topicPositions.size(); ++t) {
            const double closeness = SemanticSpace::dot(position, m_topicPositions[t]);
            result.perTopic[i * m_topicPositions.size() + t] = closeness;
            if (result.nearestTopic[i] < 0 || closeness > result.topic[i]) {
                result.topic[i] = closeness;
                result.nearestTopic[i] = int(t);
            }
        }
        if (!result.ratings.empty()) {
            result.ratings[i] = SemanticSpace::dot(position, direction);
        }
    }
    if (!m_likedPositions.empty()) {
        result.nearestLiked.assign(n, 0.0);
        const std::size_t k =
            std::min(std::size_t(std::max(1, m_settings.nearestLiked)), m_likedPositions.size());
        forEachPaper(n, [&](std::size_t i) {
            thread_local std::vector<double> closeness;
            closeness.clear();
            for (const std::vector<float> &liked : m_likedPositions) {
                closeness.push_back(dotInLanes(positions[i], liked));
            }
            const auto kth = closeness.begin() + std::ptrdiff_t(k);
            std::nth_element(closeness.begin(), kth - 1, closeness.end(), std::greater<>());
            result.nearestLiked[i] = std::accumulate(closeness.begin(), kth, 0.0) / double(k);
        });
    }
    result.positions = std::move(positions);
    return result;
}

LocalRanker::Example LocalRanker::makeExample(const RatedText &text) const
{
    Example example;
    example.label = text.label;
    example.weight = text.weight;
    const double docs = double(std::max(m_backgroundDocs, 1));
    double norm = 0.0;
    for (const auto &[key, tf] : text.terms) {
        const BackgroundTerm *stats = m_background.find(key);
        const double idf = stats != nullptr ? stats->featureIdf : std::log(docs + 1.0);
        // log(1) is exactly 0, and most terms occur once.
        const double damped = tf == 1.0F ? 1.0 : 1.0 + std::log(double(tf));
        const double value = damped * idf;
        if (value > 0.0) {
            example.features.emplace_back(quint32(key % FeatureCount), float(value));
            norm += value * value;
        }
    }
    norm = std::sqrt(norm);
    for (auto &feature : example.features) {
        feature.second = norm > 0.0 ? float(feature.second / norm) : 0.0F;
    }
    return example;
}

// The model's margin for a paper, as makeExample() and the dot product with the weights would
// give it, without building the example; `strongest` receives the two terms with the largest
// |weight * sqrt(tf)|, the first on a tie, for explaining the paper. One pass over the paper's
// terms: the weights are a megabyte, and every look-up is likely a cache miss.
double LocalRanker::marginOf(const Document &doc,
                             std::vector<std::pair<quint64, double>> &strongest) const
{
    constexpr std::size_t PrefetchAhead = 8;
    constexpr std::size_t Strongest = 2;
    const double fallbackIdf = std::log(double(std::max(m_backgroundDocs, 1)) + 1.0);
    strongest.clear();
    double dot = 0.0;
    double norm = 0.0;
    for (std::size_t t = 0; t < doc.terms.size(); ++t) {
        if (t + PrefetchAhead < doc.terms.size()) {
            const quint64 ahead = doc.terms[t + PrefetchAhead].first;
            m_background.prefetch(ahead);
            __builtin_prefetch(&m_weights[quint32(ahead % FeatureCount)]);
        }
        const auto &[key, tf] = doc.terms[t];
        const float weight = m_weights[quint32(key % FeatureCount)];
        const BackgroundTerm *stats = m_background.find(key);
        const double idf = stats != nullptr ? stats->featureIdf : fallbackIdf;
        const double damped = tf == 1.0F ? 1.0 : 1.0 + std::log(double(tf));
        const double value = damped * idf;
        if (value > 0.0) {
            dot += double(weight) * value;
            norm += value * value;
        }
        if (weight == 0.0F) {
            continue;
        }
        const double strength = double(weight) * std::sqrt(double(tf));
        if (strongest.size() == Strongest
            && std::abs(strength) <= std::abs(strongest.back().second)) {
            continue;
        }
        auto at = strongest.begin();
        while (at != strongest.end() && std::abs(at->second) >= std::abs(strength)) {
            ++at;
        }
        strongest.insert(at, {key, strength});
        strongest.resize(std::min(strongest.size(), Strongest));
    }
    norm = std::sqrt(norm);
    return norm > 0.0 ? m_bias + dot / norm : m_bias;
}

// Refitting everything after each rating would cost O(ratings); instead the new example and
// the most recent ones are replayed a few times, which keeps one rating well under 10 ms.
// setRatings() refits from scratch.
void LocalRanker::addRating(const Paper &paper, Rating rating)
{
    m_ratedTexts.push_back(ratedText(paper, rating));
    m_examples.push_back(makeExample(m_ratedTexts.back()));
    addRatedTerms(m_ratedTexts.back());
    placeRating(m_ratedTexts.back());
    for (std::vector<double> &row : criteriaFeaturesOfRatings(m_ratedTexts.size() - 1)) {
        m_ratedFeatures.push_back(std::move(row));
    }
    fitCriteriaModel(true);
    m_ratingsQuery = ratingsQuery();
    if (m_examples.size() <= ReplayedRatings) {
        train();
        return;
    }
    const std::size_t first = m_examples.size() - ReplayedRatings;
    for (int epoch = 0; epoch < ReplayEpochs; ++epoch) {
        for (std::size_t e = first; e < m_examples.size(); ++e) {
            step(m_examples[e], 0.5F);
        }
        step(m_examples.back(), 0.5F);
    }
}

LocalRanker::RatedText LocalRanker::ratedText(const Paper &paper, Rating rating) const
{
    Document doc = analyse(paper, m_settings.titleWeight);
    return RatedText{
        std::move(doc.terms), doc.words, doc.length, ratingLabel(rating), ratingWeight(rating)};
}

void LocalRanker::setRatings(const QList<RatedPaper> &ratings)
{
    m_ratedTexts.clear();
    for (const RatedPaper &rated : ratings) {
        m_ratedTexts.push_back(ratedText(rated.paper, rated.rating));
    }
    refitRatings();
}

// Everything learnt from the ratings, again from the kept texts: the word features and the
// Rocchio sums weigh words by the background's idf, so a new background changes them too.
void LocalRanker::refitRatings()
{
    m_examples.clear();
    m_ratedTerms.clear();
    m_liked = 0;
    m_dismissed = 0;
    for (const RatedText &text : m_ratedTexts) {
        m_examples.push_back(makeExample(text));
        addRatedTerms(text);
    }
    placeRatings();
    m_ratedFeatures = criteriaFeaturesOfRatings(0);
    fitCriteriaModel();
    m_ratingsQuery = ratingsQuery();
    train();
}

void LocalRanker::addRatedTerms(const RatedText &text)
{
    const double docs = double(std::max(m_backgroundDocs, 1));
    std::vector<std::pair<quint64, double>> weights;
    double norm = 0.0;
    for (const auto &[key, tf] : text.terms) {
        const BackgroundTerm *stats = m_background.find(key);
        const double idf = stats != nullptr ? stats->featureIdf : std::log(docs + 1.0);
        const double weight = (1.0 + std::log(double(std::max(tf, 1.0F)))) * idf;
        weights.emplace_back(key, weight);
        norm += weight * weight;
    }
    if (norm <= 0.0) {
        return;
    }
    const bool liked = text.label > 0.5F;
    (liked ? m_liked : m_dismissed) += 1;
    norm = std::sqrt(norm);
    for (const auto &[key, weight] : weights) {
        auto &sums = m_ratedTerms[key];
        (liked ? sums.first : sums.second) += weight / norm;
    }
}

// Rocchio: the liked papers' centroid minus a share of the dismissed papers', its strongest
// words kept. Empty until the reader liked something.
LocalRanker::Query LocalRanker::ratingsQuery() const
{
    //: Shown when a paper resembles the papers the reader rated up.
    Query query{QCoreApplication::translate("Sieve::Ranker::LocalRanker", "Your ratings"), {}};
    if (m_liked == 0) {
        return query;
    }
    const double pullBack = dismissedScale(m_settings, m_dismissed);
    std::vector<std::pair<quint64, double>> terms;
    m_ratedTerms.forEach([&](quint64 key, const std::pair<double, double> &sums) {
        const double weight = sums.first / double(m_liked) - pullBack * sums.second;
        if (weight > 0.0) {
            terms.emplace_back(key, weight);
        }
    });
    const std::size_t k =
        std::min(terms.size(), std::size_t(std::max(m_settings.ratingsTopicTerms, 0)));
    std::partial_sort(terms.begin(),
                      terms.begin() + std::ptrdiff_t(k),
                      terms.end(),
                      [](const auto &a, const auto &b) {
                          return a.second != b.second ? a.second > b.second : a.first < b.first;
                      });
    terms.resize(k);
    const double top = terms.empty() ? 1.0 : terms.front().second;
    for (auto &term : terms) {
        term.second /= top;
    }
    std::sort(terms.begin(), terms.end());
    query.terms = std::move(terms);
    return query;
}

// Plain SGD on the log loss, from zero, a fixed number of epochs in a fixed order: cheap enough
// to redo after every rating, and the early stop is the regularisation. Classes are balanced so
// that a reader who mostly dismisses papers still teaches what they like.
void LocalRanker::train()
{
    std::fill(m_weights.begin(), m_weights.end(), 0.0F);
    m_bias = 0.0F;
    double positives = 0.0;
    for (const Example &example : m_examples) {
        positives += example.label;
    }
    const double total = double(m_examples.size());
    const double negatives = total - positives;
    if (positives == 0.0 || negatives == 0.0) {
        return;
    }
    m_positiveWeight = float(total / (2.0 * positives));
    m_negativeWeight = float(total / (2.0 * negatives));

    for (int epoch = 0; epoch < m_settings.trainingEpochs; ++epoch) {
        const float rate = 1.0F / (1.0F + 0.2F * float(epoch));
        for (const Example &example : m_examples) {
            step(example, rate);
        }
    }
}

// The criteria model's features of the rated texts from `first` on: per topic the damped BM25
// match, per negative note the same, and per topic the closeness in the semantic space, with
// the background's statistics. rank() takes the same figures from its day's matches.
std::vector<std::vector<double>> LocalRanker::criteriaFeaturesOfRatings(std::size_t first) const
{
    std::vector<std::vector<double>> rows;
    if (m_backgroundDocs == 0 || first >= m_ratedTexts.size()) {
        return rows;
    }
    DayStats stats;
    stats.background = &m_background;
    stats.docs = double(m_backgroundDocs);
    stats.averageLength = m_backgroundLength;
    std::vector<WeightedQuery> weighted;
    for (const Query &query : criteriaTopics()) {
        weighted.push_back(weigh(query, stats, m_settings.normPower));
    }
    for (const Query &query : m_negative) {
        weighted.push_back(weigh(query, stats, m_settings.normPower));
    }
    std::vector<const WeightedQuery *> queries;
    for (const WeightedQuery &query : weighted) {
        queries.push_back(&query);
    }
    const QueryIndex index = indexQueries(queries);
    std::vector<Match> matches(queries.size());
    for (std::size_t r = first; r < m_ratedTexts.size(); ++r) {
        const RatedText &text = m_ratedTexts[r];
        matchAll(text.terms, text.length, queries, index, stats, m_settings, matches);
        std::vector<double> row;
        row.reserve(queries.size() + m_topicPositions.size());
        for (const Match &match : matches) {
            row.push_back(std::log1p(match.score));
        }
        if (!m_topicPositions.empty()) {
            const std::vector<float> position =
                positionOf(std::span(text.terms.data(), text.words));
            for (const std::vector<float> &topic : m_topicPositions) {
                row.push_back(SemanticSpace::dot(position, topic));
            }
            if (m_settings.criteriaModelSpace) {
                row.insert(row.end(), position.begin(), position.end());
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// Class-balanced logistic regression with a ridge penalty, by Newton's method: the features are
// few, so each step is a small linear solve and a handful of steps converge, the same for the
// same ratings in any order. `warm` starts from the last fit instead, as one new rating moves
// the optimum little: two steps then keep addRating() within its 10 ms at 1,000 ratings.
void LocalRanker::fitCriteriaModel(bool warm)
{
    constexpr int ColdSteps = 8;
    constexpr int WarmSteps = 2;
    std::vector<double> previous;
    if (warm && !m_criteriaWeights.empty()) {
        previous = {m_criteriaBias};
        previous.insert(previous.end(), m_criteriaWeights.begin(), m_criteriaWeights.end());
    }
    m_criteriaWeights.clear();
    const std::size_t n = m_ratedFeatures.size();
    if (n == 0 || n != m_ratedTexts.size() || m_settings.criteriaModelWeight <= 0.0) {
        return;
    }
    double positives = 0.0;
    for (const RatedText &text : m_ratedTexts) {
        positives += text.label;
    }
    if (positives == 0.0 || positives == double(n)) {
        return;
    }
    const std::size_t f = m_ratedFeatures.front().size();
    m_featureMean.assign(f, 0.0);
    m_featureScale.assign(f, 0.0);
    for (const std::vector<double> &row : m_ratedFeatures) {
        for (std::size_t j = 0; j < f; ++j) {
            m_featureMean[j] += row[j] / double(n);
        }
    }
    for (const std::vector<double> &row : m_ratedFeatures) {
        for (std::size_t j = 0; j < f; ++j) {
            m_featureScale[j] += (row[j] - m_featureMean[j]) * (row[j] - m_featureMean[j]);
        }
    }
    for (double &scale : m_featureScale) {
        const double sd = std::sqrt(scale / double(n));
        scale = sd > 1e-9 ? 1.0 / sd : 0.0;
    }
    // Column 0 is the bias, the others the standardised features.
    const std::size_t d = f + 1;
    std::vector<double> x(n * d, 1.0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < f; ++j) {
            x[i * d + j + 1] = (m_ratedFeatures[i][j] - m_featureMean[j]) * m_featureScale[j];
        }
    }
    const double positiveWeight = double(n) / (2.0 * positives);
    const double negativeWeight = double(n) / (2.0 * (double(n) - positives));
    std::vector<double> w(d, 0.0);
    if (previous.size() == d) {
        w = previous;
    }
    const int steps = previous.size() == d ? WarmSteps : ColdSteps;
    std::vector<double> gradient(d);
    std::vector<double> hessian(d * d);
    for (int stepCount = 0; stepCount < steps; ++stepCount) {
        std::fill(gradient.begin(), gradient.end(), 0.0);
        std::fill(hessian.begin(), hessian.end(), 0.0);
        for (std::size_t j = 1; j < d; ++j) {
            gradient[j] = m_settings.criteriaModelRidge * w[j];
            hessian[j * d + j] = m_settings.criteriaModelRidge;
        }
        hessian[0] = 1e-6;
        for (std::size_t i = 0; i < n; ++i) {
            const double *row = x.data() + i * d;
            double margin = 0.0;
            for (std::size_t j = 0; j < d; ++j) {
                margin += w[j] * row[j];
            }
            const double p = 1.0 / (1.0 + std::exp(-margin));
            const RatedText &text = m_ratedTexts[i];
            const double weight =
                double(text.weight) * (text.label > 0.5F ? positiveWeight : negativeWeight);
            const double residual = weight * (p - double(text.label));
            const double curvature = weight * p * (1.0 - p);
            for (std::size_t j = 0; j < d; ++j) {
                gradient[j] += residual * row[j];
                for (std::size_t k = 0; k <= j; ++k) {
                    hessian[j * d + k] += curvature * row[j] * row[k];
                }
            }
        }
        // Cholesky of the (positive definite, thanks to the ridge) Hessian, then the solve.
        for (std::size_t j = 0; j < d; ++j) {
            for (std::size_t k = 0; k <= j; ++k) {
                double sum = hessian[j * d + k];
                for (std::size_t m = 0; m < k; ++m) {
                    sum -= hessian[j * d + m] * hessian[k * d + m];
                }
                hessian[j * d + k] =
                    j == k ? std::sqrt(std::max(sum, 1e-12)) : sum / hessian[k * d + k];
            }
        }
        std::vector<double> delta(gradient);
        for (std::size_t j = 0; j < d; ++j) {
            for (std::size_t m = 0; m < j; ++m) {
                delta[j] -= hessian[j * d + m] * delta[m];
            }
            delta[j] /= hessian[j * d + j];
        }
        for (std::size_t j = d; j-- > 0;) {
            for (std::size_t m = j + 1; m < d; ++m) {
                delta[j] -= hessian[m * d + j] * delta[m];
            }
            delta[j] /= hessian[j * d + j];
        }
        for (std::size_t j = 0; j < d; ++j) {
            w[j] -= delta[j];
        }
    }
    // The bias is the same for every paper and so does not move the ranking; it is kept only to
    // start the next fit from.
    m_criteriaBias = w[0];
    m_criteriaWeights.assign(w.begin() + 1, w.end());
}

void LocalRanker::step(const Example &example, float rate)
{
    double margin = m_bias;
    for (const auto &[index, value] : example.features) {
        margin += double(m_weights[index]) * value;
    }
    const double p = 1.0 / (1.0 + std::exp(-margin));
    const float classWeight = example.label > 0.5F ? m_positiveWeight : m_negativeWeight;
    const float gradient = rate * example.weight * classWeight * float(example.label - p);
    for (const auto &[index, value] : example.features) {
        m_weights[index] += gradient * value;
    }
    m_bias += 0.1F * gradient;
}

} // namespace Sieve::Ranker
