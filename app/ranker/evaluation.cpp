// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "evaluation.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace Sieve::Ranker {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sieve::Ranker::Evaluation", text);
}

QList<double> averageRanks(const QList<double> &values)
{
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return values.at(a) < values.at(b);
    });
    QList<double> ranks(values.size(), 0.0);
    qsizetype i = 0;
    while (i < order.size()) {
        qsizetype j = i;
        while (j + 1 < order.size() && values.at(order.at(j + 1)) == values.at(order.at(i))) {
            ++j;
        }
        const double rank = (double(i) + double(j)) / 2.0;
        for (qsizetype k = i; k <= j; ++k) {
            ranks[order.at(k)] = rank;
        }
        i = j + 1;
    }
    return ranks;
}

struct DayFigures
{
    double spearman = NAN;
    double ndcg10 = NAN;
    double recall30 = NAN;
    double recall50 = NAN;
};

double recallWithin(const QList<int> &relevanceInOrder, double fraction, int relevantCount)
{
    const qsizetype cut = qsizetype(std::ceil(fraction * double(relevanceInOrder.size())));
    int found = 0;
    for (qsizetype i = 0; i < cut && i < relevanceInOrder.size(); ++i) {
        found += relevanceInOrder.at(i) >= Evaluation::RelevantFrom ? 1 : 0;
    }
    return double(found) / double(relevantCount);
}

double ndcgAt(const QList<int> &relevanceInOrder, int k)
{
    QList<int> ideal = relevanceInOrder;
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    double dcg = 0.0;
    double best = 0.0;
    for (int i = 0; i < k && i < relevanceInOrder.size(); ++i) {
        dcg += relevanceInOrder.at(i) / std::log2(i + 2.0);
        best += ideal.at(i) / std::log2(i + 2.0);
    }
    return best > 0.0 ? dcg / best : NAN;
}

DayFigures scoreDay(const QList<LabelledPaper> &day, const LocalRanker &ranker)
{
    QList<Paper> papers;
    QHash<QString, int> relevance;
    for (const LabelledPaper &labelled : day) {
        papers.append(labelled.paper);
        relevance.insert(labelled.paper.id, labelled.relevance);
    }
    const QList<RankedPaper> ranked = ranker.rank(papers);

    QList<int> inOrder;
    QList<double> predicted;
    QList<double> reference;
    for (const RankedPaper &paper : ranked) {
        inOrder.append(relevance.value(paper.id));
        predicted.append(paper.score);
        reference.append(relevance.value(paper.id));
    }
    const int relevantCount = int(std::count_if(inOrder.begin(), inOrder.end(), [](int r) {
        return r >= Evaluation::RelevantFrom;
    }));

    DayFigures figures;
    figures.spearman = Evaluation::spearman(predicted, reference);
    figures.ndcg10 = ndcgAt(inOrder, 10);
    if (relevantCount > 0) {
        figures.recall30 = recallWithin(inOrder, 0.3, relevantCount);
        figures.recall50 = recallWithin(inOrder, 0.5, relevantCount);
    }
    return figures;
}

struct Average
{
    double sum = 0.0;
    int count = 0;

    void add(double value)
    {
        if (!std::isnan(value)) {
            sum += value;
            ++count;
        }
    }

    double value() const { return count > 0 ? sum / count : 0.0; }
};

// Picks the simulated reader's ratings from the pool days, in file order: half relevant, half
// irrelevant, the irrelevant ones making up for relevant papers the pool does not have.
QList<RatedPaper>
pickRatings(const std::map<QDate, QList<LabelledPaper>> &days, int poolDays, int wanted)
{
    QList<const LabelledPaper *> relevant;
    QList<const LabelledPaper *> irrelevant;
    int day = 0;
    for (const auto &[date, papers] : days) {
        if (day++ >= poolDays) {
            break;
        }
        for (const LabelledPaper &labelled : papers) {
            if (labelled.relevance >= Evaluation::RelevantFrom) {
                relevant.append(&labelled);
            } else if (labelled.relevance <= Evaluation::IrrelevantUpTo) {
                irrelevant.append(&labelled);
            }
        }
    }
    const qsizetype up = std::min(relevant.size(), qsizetype((wanted + 1) / 2));
    const qsizetype down = std::min(irrelevant.size(), qsizetype(wanted) - up);
    QList<RatedPaper> ratings;
    for (const auto *labelled : relevant.first(up)) {
        ratings.append(RatedPaper{labelled->paper, Rating::ThumbsUp});
    }
    for (const auto *labelled : irrelevant.first(down)) {
        ratings.append(RatedPaper{labelled->paper, Rating::ThumbsDown});
    }
    return ratings;
}

} // namespace

int Evaluation::ratingPoolDays(int days)
{
    return std::min(RatingPoolDays, std::max(1, days / 6));
}

QString EvaluationFigures::summaryLine() const
{
    return QStringLiteral("spearman=%1 ndcg10=%2 recall30=%3 recall50=%4")
        .arg(spearman, 0, 'f', 3)
        .arg(ndcg10, 0, 'f', 3)
        .arg(recall30, 0, 'f', 3)
        .arg(recall50, 0, 'f', 3);
}

Result<QList<LabelledPaper>> Evaluation::loadLabels(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Code::InvalidInput,
                     tr("The labels file %1 could not be opened; check its path and that you may "
                        "read it.")
                         .arg(path),
                     path + QStringLiteral(": ") + file.errorString());
    }
    QList<LabelledPaper> labels;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty()) {
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        LabelledPaper labelled;
        labelled.day =
            QDate::fromString(object.value(QLatin1String("date")).toString(), Qt::ISODate);
        labelled.paper.id = object.value(QLatin1String("arxiv_id")).toString();
        labelled.paper.title = object.value(QLatin1String("title")).toString();
        labelled.paper.abstract = object.value(QLatin1String("abstract")).toString();
        for (const QJsonValue author : object.value(QLatin1String("authors")).toArray()) {
            labelled.paper.authors.append(author.toString());
        }
        labelled.relevance = object.value(QLatin1String("relevance")).toInt();
        if (!labelled.day.isValid() || labelled.paper.id.isEmpty()) {
            return Error(Error::Code::BadData,
                         tr("Line %1 of the labels file is not a JSON object with date, arxiv_id, "
                            "title, abstract and relevance; fix or remove it.")
                             .arg(lineNumber),
                         QStringLiteral("%1:%2").arg(path).arg(lineNumber));
        }
        labels.append(labelled);
    }
    return labels;
}

EvaluationFigures Evaluation::run(const QList<LabelledPaper> &labels,
                                  const Criteria &criteria,
                                  int ratings,
                                  const RankerSettings &settings)
{
    std::map<QDate, QList<LabelledPaper>> days;
    QList<Paper> background;
    for (const LabelledPaper &labelled : labels) {
        days[labelled.day].append(labelled);
        background.append(labelled.paper);
    }

    LocalRanker ranker(criteria, settings);
    ranker.setBackground(background);
    EvaluationFigures figures;
    figures.ratingDays = ratingPoolDays(int(days.size()));
    if (ratings > 0) {
        const QList<RatedPaper> rated = pickRatings(days, figures.ratingDays, ratings);
        figures.ratings = int(rated.size());
        figures.relevantRatings = int(std::count_if(rated.begin(), rated.end(), [](const auto &r) {
            return r.rating == Rating::ThumbsUp;
        }));
        ranker.setRatings(rated);
    }

    Average spearman;
    Average ndcg;
    Average recall30;
    Average recall50;
    int skipped = 0;
    for (const auto &[date, papers] : days) {
        if (skipped++ < figures.ratingDays) {
            continue;
        }
        const DayFigures day = scoreDay(papers, ranker);
        spearman.add(day.spearman);
        ndcg.add(day.ndcg10);
        recall30.add(day.recall30);
        recall50.add(day.recall50);
        ++figures.scoredDays;
    }
    figures.spearman = spearman.value();
    figures.ndcg10 = ndcg.value();
    figures.recall30 = recall30.value();
    figures.recall50 = recall50.value();
    return figures;
}

double Evaluation::spearman(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size() || a.size() < 2) {
        return NAN;
    }
    const QList<double> ra = averageRanks(a);
    const QList<double> rb = averageRanks(b);
    const double mean = (double(a.size()) - 1.0) / 2.0;
    double cov = 0.0;
    double va = 0.0;
    double vb = 0.0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        cov += (ra.at(i) - mean) * (rb.at(i) - mean);
        va += (ra.at(i) - mean) * (ra.at(i) - mean);
        vb += (rb.at(i) - mean) * (rb.at(i) - mean);
    }
    return va > 0.0 && vb > 0.0 ? cov / std::sqrt(va * vb) : NAN;
}

} // namespace Sieve::Ranker
