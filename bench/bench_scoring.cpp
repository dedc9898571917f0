// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Scores a 400-paper day against the fake LLM server (about 1.5 s per answer) twice in one
// invocation: with the schedule of the tool our users come from (one request at a time, at most
// 10 a minute, 4 abstracts per request) and with ours (concurrent batches of 16 under a rate
// limit). Prints wall time, requests and tokens per paper of each, the speed-up, and how close
// ours comes to what its rate limit and concurrency allow.
//
//   bench_scoring [--time-scale S] [--rpm N] [--concurrency N]
//
// --time-scale shrinks the latency and the rate-limit window alike (0.1: ten times faster), so
// the ratios stay what they are at full scale.

#include <app/core/day.h>
#include <app/digest/dayscorer.h>
#include <app/library/library.h>
#include <app/net/httpclient.h>
#include <app/scoring/openaicompatibleprovider.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <tests/support/fakellmserver.h>

using namespace std::chrono_literals;
using Sieve::Digest::DayScorer;
using Sieve::Digest::ScoringOptions;
using Sieve::Digest::ScoringReport;

namespace {

constexpr int PaperCount = 400;
const QDate Date(2026, 3, 10);

Sieve::Day makeDay()
{
    Sieve::Day day;
    day.date = Date;
    day.categories = {QStringLiteral("astro-ph.GA")};
    day.source = QStringLiteral("bench");
    const QString sentence = QStringLiteral(
        "We present deep spectroscopy of star-forming galaxies at redshift two and measure their "
        "gas-phase metallicities, dust attenuation and outflow velocities. ");
    for (int i = 0; i < PaperCount; ++i) {
        Sieve::Paper paper;
        paper.id = QStringLiteral("2603.%1").arg(20000 + i);
        paper.version = 1;
        paper.title = QStringLiteral("Galaxy evolution study number %1").arg(i);
        paper.abstract = sentence.repeated(7);
        paper.authors = {QStringLiteral("A. Astronomer"),
                         QStringLiteral("B. Observer"),
                         QStringLiteral("C. Theorist")};
        paper.categories = {QStringLiteral("astro-ph.GA")};
        day.papers.append(paper);
        day.listings.append({paper.id, QStringLiteral("astro-ph.GA"), Sieve::AnnounceType::New});
    }
    return day;
}

struct Outcome
{
    double seconds = 0;
    ScoringReport report;
};

Outcome score(const QString &path,
              int concurrency,
              int batchSize,
              Sieve::Scoring::RateLimits limits,
              std::chrono::milliseconds latency)
{
    Sieve::Test::FakeLlmServer server;
    for (int i = 0; i < PaperCount; ++i) {
        server.enqueue(Sieve::Test::FakeLlmServer::Action::Scores, latency);
    }

    auto library = Sieve::Library::Library::open(path);
    if (!library || !library.value()->storeDay(makeDay())) {
        std::fprintf(stderr, "the bench library could not be written\n");
        std::exit(1);
    }

    Sieve::Net::HttpClient http;
    http.setMaxConcurrentJobs(concurrency);
    Sieve::Scoring::OpenAiCompatibleProvider provider(
        {server.baseUrl(), QStringLiteral("gpt-4.1-mini"), QStringLiteral("sk-bench")}, &http);
    DayScorer scorer(&provider, library.value().get());

    ScoringOptions options;
    options.concurrency = concurrency;
    options.batchSize = batchSize;
    options.limits = limits;

    Outcome outcome;
    QObject::connect(&scorer, &DayScorer::finished, [&outcome](const ScoringReport &report) {
        outcome.report = report;
        QCoreApplication::exit(0);
    });
    QObject::connect(&scorer, &DayScorer::failed, [](const Sieve::Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.userMessage()));
        QCoreApplication::exit(1);
    });

    QElapsedTimer timer;
    timer.start();
    scorer.start(Date, Sieve::Scoring::ScoringProfile::defaults(), options);
    if (QCoreApplication::exec() != 0) {
        std::exit(1);
    }
    outcome.seconds = double(timer.elapsed()) / 1000.0;
    return outcome;
}

void print(const char *name, const Outcome &outcome)
{
    const ScoringReport &r = outcome.report;
    std::printf("%-6s wall %8.2f s  requests %4d  scored %3d  failed %d  tokens/paper %6.1f  "
                "(prompt %lld, cached %lld, output %lld)\n",
                name,
                outcome.seconds,
                r.requests,
                r.scored,
                r.failed,
                double(r.usage.total()) / PaperCount,
                static_cast<long long>(r.usage.input),
                static_cast<long long>(r.usage.cachedInput),
                static_cast<long long>(r.usage.output));
}

// The least wall time a schedule allows: neither more than `concurrency` answers at once, nor
// more than the rate limit's requests in any window.
double idealSeconds(int requests, int concurrency, int perWindow, double windowS, double latencyS)
{
    const double byConcurrency = std::ceil(double(requests) / concurrency) * latencyS;
    if (perWindow <= 0) {
        return byConcurrency;
    }
    const double byRate = std::floor(double(requests - 1) / perWindow) * windowS + latencyS;
    return std::max(byConcurrency, byRate);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("papersieve.*=false\n*.warning=false"));

    QCommandLineParser parser;
    const QCommandLineOption scaleOption(
        QStringLiteral("time-scale"), {}, QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption rpmOption(
        QStringLiteral("rpm"), {}, QStringLiteral("n"), QStringLiteral("60"));
    // Qt opens at most six HTTP/1.1 connections per host, and the fake server speaks plain
    // HTTP/1.1; providers' HTTPS endpoints use HTTP/2, which multiplexes past that.
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), {}, QStringLiteral("n"), QStringLiteral("6"));
    parser.addOptions({scaleOption, rpmOption, concurrencyOption});
    parser.process(app);
    const double scale = std::clamp(parser.value(scaleOption).toDouble(), 0.01, 1.0);
    const int rpm = std::max(1, parser.value(rpmOption).toInt());
    const int concurrency = std::max(1, parser.value(concurrencyOption).toInt());

    const auto latency = std::chrono::milliseconds(qint64(1500 * scale));
    const auto window = std::chrono::milliseconds(qint64(60000 * scale));
    QTemporaryDir dir;

    std::printf("400 papers, %.0f ms per answer, time scale %.2f\n", 1500 * scale, scale);
    const Outcome seed =
        score(dir.filePath(QStringLiteral("seed.sqlite")), 1, 4, {10, 0, window}, latency);
    print("seed", seed);
    const Outcome ours = score(
        dir.filePath(QStringLiteral("ours.sqlite")), concurrency, 16, {rpm, 0, window}, latency);
    print("ours", ours);

    const double ideal = idealSeconds(ours.report.requests,
                                      concurrency,
                                      rpm,
                                      double(window.count()) / 1000.0,
                                      double(latency.count()) / 1000.0);
    std::printf("speed-up %.1fx (goal >= 8x); tokens per paper %.2f of the seed's; ours took "
                "%.1f%% more than its limits allow (%.2f s; goal <= 10%%)\n",
                seed.seconds / ours.seconds,
                double(ours.report.usage.total()) / double(seed.report.usage.total()),
                100.0 * (ours.seconds / ideal - 1.0),
                ideal);
    return 0;
}
