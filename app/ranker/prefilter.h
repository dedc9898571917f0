// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_RANKER_PREFILTER_H
#define SIEVE_RANKER_PREFILTER_H

#include <app/ranker/evaluation.h>
#include <app/ranker/localranker.h>

#include <QList>
#include <QStringList>

namespace Sieve::Ranker {

// The share of a day's relevant papers found within the local ranker's top `fraction` of the
// day, as the ranker measured it in its evaluation.
//
// Method: the evaluation reports recall within the top 30 % and 50 % (per-day averages, see
// Evaluation::run()); with the end points (0, 0) and (1, 1) these make a piecewise-linear curve.
// Recall curves of a useful ranker are concave, so interpolating straight between measured
// points errs low: the estimate is a floor rather than a promise. Limitation: it describes the
// days the figures came from; a reader whose criteria suit the ranker worse gets less.
class RecallCurve
{
public:
    // The curve of the given evaluation figures.
    explicit RecallCurve(const EvaluationFigures &figures);

    // As measured on the development labels (52 scored days of dev.jsonl) for a ranker that
    // learnt from `ratings` ratings: criteria only, recall 0.871 in the top 30 % and 0.970 in
    // the top 50 %; 20 ratings 0.915 and 0.982; 200 ratings 0.935 and 0.980. Between those
    // counts the figures are interpolated straight, beyond 200 they stay at 200's.
    static RecallCurve measured(qsizetype ratings = 0);

    // Expected recall of the top `fraction` (clamped to [0, 1]) of a day.
    double recallAt(double fraction) const;

    // The smallest fraction whose expected recall reaches `recall` (clamped to [0, 1]).
    double fractionFor(double recall) const;

private:
    QList<std::pair<double, double>> m_points; // (fraction, recall), both increasing
};

// Which papers of a ranked day go on to the LLM; the rest are "skipped by local ranker".
struct PrefilterCut
{
    QStringList selected; // ids, best first
    QStringList skipped; // ids, best first
    double expectedRecall = 1.0; // estimated share of the day's relevant papers in `selected`
};

// Cuts a day ranked by LocalRanker::rank() (best first). Pure logic: no network, no state
// beyond the recall curve.
class Prefilter
{
public:
    explicit Prefilter(RecallCurve curve = RecallCurve::measured());

    // The best ceil(fraction * n) papers, as the evaluation counts its top 30 % and 50 %.
    PrefilterCut topFraction(const QList<RankedPaper> &day, double fraction) const;

    // Every paper scoring `threshold` or more; the expected recall is that of the share of the
    // day this keeps, since scores are only comparable within one day.
    PrefilterCut aboveScore(const QList<RankedPaper> &day, double threshold) const;

    // The fewest best papers whose expected recall reaches `recall`.
    PrefilterCut forRecall(const QList<RankedPaper> &day, double recall) const;

private:
    PrefilterCut cut(const QList<RankedPaper> &day, qsizetype count) const;

    RecallCurve m_curve;
};

} // namespace Sieve::Ranker

#endif // SIEVE_RANKER_PREFILTER_H
