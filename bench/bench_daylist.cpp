// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Switching the window to a 500-paper day, once the worker has built its listing: the paper
// model is reset through the sorting and filtering proxy, the first paper is selected and the
// table is laid out and painted. As a baseline the same cells are filled into a plain
// QStandardItemModel shown by the same kind of view; the ratio says what our model costs.

#include <app/digest/dayview.h>
#include <ui/paperfilterproxy.h>
#include <ui/papertablemodel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QStandardItemModel>
#include <QTableView>

#include <benchmark/benchmark.h>
#include <cstdio>

using Sieve::Digest::DayListing;
using Sieve::Digest::ListedPaper;
using Sieve::Ui::PaperTableModel;

namespace {

constexpr int PaperCount = 500;
constexpr int Goal = 100; // ms, from selecting a day to its list on screen
constexpr QSize ViewSize(1050, 400);

struct Timing
{
    double seconds = 0;
    qint64 iterations = 0;

    double meanMs() const { return iterations > 0 ? seconds * 1e3 / double(iterations) : 0; }
};

Timing s_modelTiming;
Timing s_plainTiming;

ListedPaper syntheticPaper(int i)
{
    ListedPaper listed;
    listed.paper.id = QStringLiteral("2603.%1").arg(10000 + i);
    listed.paper.version = 1;
    listed.paper.title =
        QStringLiteral("Synthetic paper %1 on the dust of the Milky Way and its $z\\sim2$ kin")
            .arg(i);
    listed.paper.abstract = QStringLiteral("We present observations of star-forming galaxies.");
    for (int a = 0; a < 6; ++a) {
        listed.paper.authors.append(QStringLiteral("Autor Núñez-%1").arg(a));
    }
    listed.paper.categories = {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")};
    listed.rank = i + 1;
    listed.relevance = 10 - i % 11;
    listed.novelty = i % 7;
    listed.status = QStringLiteral("scored");
    listed.localScore = 1.0 / (i + 1);
    listed.localRank = PaperCount - i;
    listed.reading.starred = i % 17 == 0;
    return listed;
}

const DayListing &benchListing()
{
    static const DayListing listing = [] {
        DayListing built;
        built.summary.date = QDate(2026, 3, 5);
        built.summary.paperCount = PaperCount;
        built.hasLlmScores = true;
        built.relevantCount = 37;
        built.model = QStringLiteral("gpt-4.1-mini");
        for (int i = 0; i < PaperCount; ++i) {
            built.papers.append(syntheticPaper(i));
        }
        return built;
    }();
    return listing;
}

void prepareView(QTableView &view)
{
    view.resize(ViewSize);
    view.setSortingEnabled(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.verticalHeader()->hide();
    view.show();
}

// Lays the view out and paints it, as the next frame would.
void showNow(QTableView &view)
{
    view.doItemsLayout();
    view.grab();
}

void switchToDay(benchmark::State &state)
{
    PaperTableModel model;
    Sieve::Ui::PaperFilterProxy proxy(&model);
    QTableView view;
    view.setModel(&proxy);
    prepareView(view);
    view.sortByColumn(PaperTableModel::RankColumn, Qt::AscendingOrder);
    const DayListing &listing = benchListing();
    DayListing other = listing;
    other.summary.date = other.summary.date.addDays(-1);

    int turn = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        model.setListing(++turn % 2 ? listing : other);
        view.setCurrentIndex(proxy.index(0, PaperTableModel::TitleColumn));
        showNow(view);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        s_modelTiming.seconds += seconds;
        ++s_modelTiming.iterations;
    }
    state.SetItemsProcessed(state.iterations() * PaperCount);
}

void plainStandardModelBaseline(benchmark::State &state)
{
    QStandardItemModel model;
    QTableView view;
    view.setModel(&model);
    prepareView(view);
    const DayListing &listing = benchListing();

    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        model.clear();
        // appendRow() hands the items to the model, which deletes them.
        for (const ListedPaper &listed : listing.papers) {
            const QList<QStandardItem *> row = {
                new QStandardItem(QString::number(listed.rank)),
                new QStandardItem(QString::number(*listed.relevance + *listed.novelty)),
                new QStandardItem(QString::number(*listed.relevance)),
                new QStandardItem(QString::number(*listed.novelty)),
                new QStandardItem(QString::number(listed.localRank)),
                new QStandardItem(listed.paper.title),
                new QStandardItem(listed.paper.authors.mid(0, 2).join(QStringLiteral(", "))),
                new QStandardItem(listed.paper.categories.join(QStringLiteral(", "))),
                new QStandardItem(QString()),
                new QStandardItem(listed.reading.starred ? QStringLiteral("★") : QString()),
            };
            model.appendRow(row);
        }
        view.setCurrentIndex(model.index(0, 5));
        showNow(view);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        s_plainTiming.seconds += seconds;
        ++s_plainTiming.iterations;
    }
    state.SetItemsProcessed(state.iterations() * PaperCount);
}

} // namespace

BENCHMARK(switchToDay)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(plainStandardModelBaseline)->UseManualTime()->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("papersieve.*.info=false"));

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchListing();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    if (s_modelTiming.iterations > 0 && s_plainTiming.iterations > 0) {
        std::printf("papers: %d; switch to a day %.2f ms (goal <= %d ms), "
                    "QStandardItemModel fill %.2f ms, ratio %.2fx\n",
                    PaperCount,
                    s_modelTiming.meanMs(),
                    Goal,
                    s_plainTiming.meanMs(),
                    s_modelTiming.meanMs() / s_plainTiming.meanMs());
    }
    return 0;
}
