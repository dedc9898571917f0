// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_RANKER_EVALUATION_H
#define SIEVE_RANKER_EVALUATION_H

#include <app/core/error.h>
#include <app/core/paper.h>
#include <app/ranker/localranker.h>

#include <QDate>
#include <QList>
#include <QString>

namespace Sieve::Ranker {

// One line of a labels file: a paper of a day and the relevance (1-10) a reference judge gave.
struct LabelledPaper
{
    QDate day;
    Paper paper;
    int relevance = 0;
};

// Quality of a ranking against reference labels, each figure averaged over the scored days.
struct EvaluationFigures
{
    double spearman = 0.0; // rank correlation with the reference relevance
    double ndcg10 = 0.0; // gain = relevance, log2 discount
    double recall30 = 0.0; // share of the relevant papers (>= 7) in the top 30 %
    double recall50 = 0.0;
    int scoredDays = 0;
    int ratingDays = 0; // the earliest days: the pool of simulated ratings, never scored
    int ratings = 0;
    int relevantRatings = 0; // of `ratings`, the thumbs up

    // "spearman=0.xxx ndcg10=0.xxx recall30=0.xxx recall50=0.xxx"
    QString summaryLine() const;
};

class Evaluation
{
public:
    static constexpr int RelevantFrom = 7;
    static constexpr int IrrelevantUpTo = 3;
    // The protocol: the first 10 days are the rating pool, the later days are scored.
    static constexpr int RatingPoolDays = 10;

    // The pool for a file of `days` days: 10, or a sixth of the days (at least one) for files
    // too short to leave most days for scoring otherwise.
    static int ratingPoolDays(int days);

    // Reads JSON lines with date, arxiv_id, title, abstract and relevance, in day order.
    static Result<QList<LabelledPaper>> loadLabels(const QString &path);

    // Ranks each day after the rating pool (see ratingPoolDays()) with the criteria and scores
    // it; the pool days are left out with or without ratings, so that the figures for 0 and N
    // ratings describe the same days. With ratings > 0, simulates a reader: that many papers of
    // the pool (half relevant, half irrelevant, in file order; irrelevant ones fill in when the
    // pool has too few relevant) are rated first. The text of all papers serves as the
    // ranker's background statistics (their labels do not).
    static EvaluationFigures run(const QList<LabelledPaper> &labels,
                                 const Criteria &criteria,
                                 int ratings = 0,
                                 const RankerSettings &settings = {});

    static double spearman(const QList<double> &a, const QList<double> &b);
};

} // namespace Sieve::Ranker

#endif // SIEVE_RANKER_EVALUATION_H
