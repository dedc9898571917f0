// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "prefilter.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Sieve::Ranker {

namespace {

// `papersieve eval --ratings N` on the development labels, for N = 0, 20 and 200.
struct Measured
{
    double ratings;
    double recall30;
    double recall50;
};

constexpr std::array<Measured, 3> MeasuredRecall{{
    {0.0, 0.871, 0.970},
    {20.0, 0.915, 0.982},
    {200.0, 0.935, 0.980},
}};

} // namespace

RecallCurve::RecallCurve(const EvaluationFigures &figures)
{
    // Noisy figures can dip; a curve that falls would make fractionFor() ambiguous.
    const double at30 = std::clamp(figures.recall30, 0.0, 1.0);
    const double at50 = std::clamp(figures.recall50, at30, 1.0);
    m_points = {{0.0, 0.0}, {0.3, at30}, {0.5, at50}, {1.0, 1.0}};
}

RecallCurve RecallCurve::measured(qsizetype ratings)
{
    const double count = std::clamp(double(ratings), 0.0, MeasuredRecall.back().ratings);
    EvaluationFigures figures;
    figures.recall30 = MeasuredRecall.front().recall30;
    figures.recall50 = MeasuredRecall.front().recall50;
    for (std::size_t i = 1; i < MeasuredRecall.size(); ++i) {
        const Measured &from = MeasuredRecall.at(i - 1);
        const Measured &to = MeasuredRecall.at(i);
        if (count <= to.ratings) {
            const double t = (count - from.ratings) / (to.ratings - from.ratings);
            figures.recall30 = from.recall30 + t * (to.recall30 - from.recall30);
            figures.recall50 = from.recall50 + t * (to.recall50 - from.recall50);
            break;
        }
    }
    return RecallCurve(figures);
}

double RecallCurve::recallAt(double fraction) const
{
    const double x = std::clamp(fraction, 0.0, 1.0);
    for (qsizetype i = 1; i < m_points.size(); ++i) {
        const auto [x0, y0] = m_points.at(i - 1);
        const auto [x1, y1] = m_points.at(i);
        if (x <= x1) {
            const double t = (x - x0) / (x1 - x0); // exactly 1 at a measured point
            return y0 + t * (y1 - y0);
        }
    }
    return 1.0;
}

double RecallCurve::fractionFor(double recall) const
{
    const double y = std::clamp(recall, 0.0, 1.0);
    for (qsizetype i = 1; i < m_points.size(); ++i) {
        const auto [x0, y0] = m_points.at(i - 1);
        const auto [x1, y1] = m_points.at(i);
        if (y <= y1) {
            return y1 > y0 ? x0 + (x1 - x0) * (y - y0) / (y1 - y0) : x0;
        }
    }
    return 1.0;
}

Prefilter::Prefilter(RecallCurve curve)
    : m_curve(std::move(curve))
{
}

PrefilterCut Prefilter::topFraction(const QList<RankedPaper> &day, double fraction) const
{
    const double share = std::clamp(fraction, 0.0, 1.0);
    return cut(day, qsizetype(std::ceil(share * double(day.size()))));
}

PrefilterCut Prefilter::aboveScore(const QList<RankedPaper> &day, double threshold) const
{
    const auto firstBelow = std::find_if(day.begin(), day.end(), [&](const RankedPaper &paper) {
        return paper.score < threshold;
    });
    return cut(day, qsizetype(firstBelow - day.begin()));
}

PrefilterCut Prefilter::forRecall(const QList<RankedPaper> &day, double recall) const
{
    return topFraction(day, m_curve.fractionFor(recall));
}

PrefilterCut Prefilter::cut(const QList<RankedPaper> &day, qsizetype count) const
{
    PrefilterCut result;
    for (qsizetype i = 0; i < day.size(); ++i) {
        (i < count ? result.selected : result.skipped).append(day.at(i).id);
    }
    // An empty day has no relevant paper to miss.
    result.expectedRecall =
        day.isEmpty() ? 1.0 : m_curve.recallAt(double(count) / double(day.size()));
    return result;
}

} // namespace Sieve::Ranker
