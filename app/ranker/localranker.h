// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_RANKER_LOCALRANKER_H
#define SIEVE_RANKER_LOCALRANKER_H

#include <app/core/paper.h>
#include <app/ranker/criteria.h>
#include <app/ranker/semanticspace.h>
#include <app/ranker/termmap.h>

#include <QList>
#include <QString>

#include <span>
#include <vector>

namespace Sieve::Ranker {

enum class Rating {
    NotInterested,
    ThumbsDown,
    ThumbsUp,
    Star,
};

// One reason a paper sits where it does: a word of the paper (Term) or a criteria topic
// (Topic) and how much it moved the paper's score; negative values pushed it down.
struct Contribution
{
    enum class Kind { Term, Topic };

    Kind kind = Kind::Term;
    QString label; // for terms, the word as the paper writes it; for topics, the topic title
    double weight = 0.0;
};

struct RankedPaper
{
    QString id;
    double score = 0.0; // higher ranks first; comparable only within one rank() call
    QList<Contribution> why; // strongest first, a handful at most
};

// A term's document frequency in the background and the idf of its rating-model feature,
// computed once rather than for every term of every ranked paper.
struct BackgroundTerm
{
    int df = 0;
    float featureIdf = 0.0F; // a float keeps the map's slots small; lookups are cache misses
    int column = -1; // the word's column in the semantic space, -1 when it has none
};

struct Document; // a paper as the ranker analysed it, private to the implementation
struct Bag; // a background paper's terms while the background is indexed

struct RatedPaper
{
    Paper paper;
    Rating rating = Rating::ThumbsUp;
};

// The tunable constants, with the defaults measured on the development labels.
struct RankerSettings
{
    double titleWeight = 2.5; // a title word counts like this many abstract words
    double k1 = 1.2; // BM25 term-frequency saturation
    double b = 0.75; // BM25 length normalisation
    double phraseWeight = 0.6; // weight of a two-word phrase of the criteria relative to a word
    double topicTitleWeight = 2.0; // a topic's title words relative to its notes
    double normPower = 0.5; // a topic's score is divided by (its total idf) ^ normPower
    double otherTopics = 0.6; // share of the non-best topics added to the best one
    double topicLevel = 0.9; // day quantile that sets each topic's scale; 0 leaves scores raw
    double negativeWeight = 0.3; // how hard the "irrelevant" notes push down
    double feedbackWeight = 0.15; // pseudo-relevance feedback from the day's best papers
    int expansionDocs = 15; // background papers per topic that lend it their words
    int expansionTerms = 80; // words each topic gains from them
    double expansionWeight = 1.0; // a gained word's weight at most, relative to a criteria word
    double modelWeight = 1.5; // weight of the learned model once it has plenty of ratings
    double modelHalfRatings = 100.0; // ratings at which the model gets half of modelWeight
    double ratingsTopicWeight = 2.0; // the liked papers' words as a topic, scaled like modelWeight
    int ratingsTopicTerms = 60; // words of that topic
    // How far the dismissed papers' mean pulls the liked papers' back, in the ratings' topic and
    // in the semantic space; it reaches half of that at dismissedHalf dismissed papers.
    double dismissedShare = 0.5;
    double dismissedHalf = 30.0;
    int trainingEpochs = 12;
    int semanticDimensions = 64; // of the latent semantic space fitted to the background
    double semanticTopicWeight = 0.5; // closeness in that space to the nearest criteria topic
    double semanticRatingsWeight = 0.75; // closeness there to the liked, not the dismissed papers
    double semanticHalfRatings = 30.0; // liked papers at which the latter gets half its weight
    // Closeness in that space to the nearest liked papers (the mean of the closest few), scaled
    // like semanticRatingsWeight: a reader's interests are several separate regions, which one
    // mean direction blurs.
    double nearestLikedWeight = 2.0;
    int nearestLiked = 20;
    double nearestLikedHalf = 10.0; // liked papers at which it gets half its weight
    // The criteria model (see LocalRanker): few features, so it generalises from fewer ratings
    // than the word model, but it is slow to grow so that the first ratings do not swing it.
    double criteriaModelWeight = 3.0;
    double criteriaModelHalfRatings = 300.0; // ratings at which it gets half of its weight
    double criteriaModelRidge = 10.0; // its L2 penalty: pulls towards weighing nothing
    bool criteriaModelSpace = true; // it also sees the papers' semantic coordinates
    // A topic's best paper of the day, when its match is topicBestRatio times the topic's level
    // (see topicLevel; none without it) or more and no negative note's is, is kept within the
    // day's top topicBestShare (0: left where it is).
    double topicBestRatio = 2.5;
    double topicBestShare = 0.2;
};

// Scores papers against a profile's criteria and, once the reader has rated papers, against the
// liked papers' words (one more topic) and a logistic-regression model of those ratings over
// hashed word and phrase features. Offline and
// deterministic: the same criteria, ratings, background and papers give the same ranking.
// Not thread-safe for writes; rank() is const and may run concurrently with other rank() calls.
// rank() analyses large days on the global thread pool; the result is the same on any number of
// threads.
class LocalRanker
{
public:
    explicit LocalRanker(Criteria criteria = {}, RankerSettings settings = {});

    // Papers whose text sets the word statistics (document frequencies), e.g. the library's
    // recent days, and lends each criteria topic the words of the papers it matches best.
    // Without a background the statistics come from each ranked day alone and topics keep
    // the criteria's words. Ratings already given are learnt again with the new statistics.
    // Limitation: the papers' word bags are held until it returns, some 80 MB for 25,000
    // papers.
    void setBackground(const QList<Paper> &papers);

    // The papers best first, ties broken by id. Empty criteria and no ratings give every
    // paper the score 0 (the order is then by id).
    QList<RankedPaper> rank(const QList<Paper> &papers) const;

    // Adds one rating and updates the model incrementally.
    void addRating(const Paper &paper, Rating rating);
    // Replaces all ratings and trains once; the fast path for restoring a profile.
    void setRatings(const QList<RatedPaper> &ratings);

    qsizetype ratingCount() const { return qsizetype(m_examples.size()); }

    const Criteria &criteria() const { return m_criteria; }

    // A weighted bag of criteria terms (word and phrase keys, see tokenizer.h).
    struct Query
    {
        QString name;
        std::vector<std::pair<quint64, double>> terms; // sorted by key
    };

private:
    struct Example
    {
        std::vector<std::pair<quint32, float>> features;
        float label = 0.0F;
        float weight = 1.0F;
    };

    // The criteria topics as matched: widened by the background once it is known.
    const std::vector<Query> &criteriaTopics() const
    {
        return m_expandedTopics.empty() ? m_topics : m_expandedTopics;
    }

    // A rated paper's terms as analyse() gives them, kept to place it again in the space and
    // among the criteria when the background changes.
    struct RatedText
    {
        std::vector<std::pair<quint64, float>> terms;
        std::size_t words = 0; // terms[0, words) are the words
        float length = 0.0F;
        float label = 0.0F;
        float weight = 1.0F;
    };

    RatedText ratedText(const Paper &paper, Rating rating) const;
    void refitRatings();
    Example makeExample(const RatedText &text) const;
    double marginOf(const Document &doc, std::vector<std::pair<quint64, double>> &strongest) const;
    void train();
    void step(const Example &example, float rate);
    void dropSharedTerms();
    void addRatedTerms(const RatedText &text);
    Query ratingsQuery() const;
    std::vector<float> positionOf(std::span<const std::pair<quint64, float>> terms) const;
    void fitSpace(const std::vector<Bag> &bags);
    void placeTopics();
    void placeRatings();
    void placeRating(const RatedText &text);

    // For each paper, its closeness to the nearest topic (and which) and to the ratings.
    struct Closeness
    {
        std::vector<double> topic;
        std::vector<int> nearestTopic;
        std::vector<double> ratings; // empty without a liked paper
        std::vector<double> nearestLiked; // mean closeness to the closest liked papers
        std::vector<double> perTopic; // paper-major, every paper's closeness to every topic
        std::vector<std::vector<float>> positions; // every paper's place in the space
    };

    // From the papers' places in the space (positionOf() of their words).
    Closeness closenessOf(std::vector<std::vector<float>> positions) const;

    // rank()'s steps, in order; each adds to the day's scores and reasons.
    struct DayWork;
    void analyseDay(const QList<Paper> &papers, DayWork &day) const;
    void matchCriteria(DayWork &day) const;
    void addFeedback(DayWork &day) const;
    void addCloseness(DayWork &day, const Closeness &closeness) const;
    void addCrediting(DayWork &day,
                      const std::vector<double> &values,
                      double weight,
                      const QString &name) const;
    void addCriteriaModel(DayWork &day, const Closeness &closeness) const;
    void addWordModel(DayWork &day,
                      const std::vector<double> &margin,
                      const std::vector<std::vector<std::pair<quint64, double>>> &strongest) const;

    std::vector<std::vector<double>> criteriaFeaturesOfRatings(std::size_t first) const;
    void fitCriteriaModel(bool warm = false);

    Criteria m_criteria;
    RankerSettings m_settings;
    // The criteria model: a logistic regression of the ratings over each paper's match of each
    // criteria topic and negative note, its closeness to each topic and its coordinates in the
    // semantic space, so that the ratings say which parts of the criteria and which regions of
    // the field matter to the reader. The weights apply to features standardised over the
    // ratings.
    std::vector<RatedText> m_ratedTexts;
    std::vector<std::vector<double>> m_ratedFeatures; // one row per rated text
    std::vector<double> m_criteriaWeights; // empty while the ratings cannot fit it
    double m_criteriaBias = 0.0;
    std::vector<double> m_featureMean;
    std::vector<double> m_featureScale;
    double m_backgroundLength = 1.0; // the background's mean paper length
    std::vector<Query> m_topics;
    std::vector<Query> m_expandedTopics; // m_topics with feedback from the background
    std::vector<Query> m_negative;
    TermMap<BackgroundTerm> m_background;
    int m_backgroundDocs = 0;
    std::vector<Example> m_examples;
    // Per term, the summed unit-length tf-idf weights over the liked and the dismissed papers:
    // the centroids of Rocchio feedback, which ratingsQuery() turns into one more topic.
    TermMap<std::pair<double, double>> m_ratedTerms;
    int m_liked = 0;
    int m_dismissed = 0;
    Query m_ratingsQuery; // ratingsQuery() as of the last rating
    std::vector<float> m_weights;
    float m_bias = 0.0F;
    // The latent semantic space of the background and the criteria topics' places in it.
    SemanticSpace m_space;
    std::vector<std::vector<float>> m_topicPositions;
    std::vector<float> m_likedSum; // the liked papers' places, added up
    std::vector<std::vector<float>> m_likedPositions; // the most recent, see MaxLikedPositions
    std::vector<float> m_dismissedSum;
    int m_likedCount = 0;
    int m_dismissedCount = 0;
    float m_positiveWeight = 1.0F; // class balance of the last full training
    float m_negativeWeight = 1.0F;
};

} // namespace Sieve::Ranker

#endif // SIEVE_RANKER_LOCALRANKER_H
