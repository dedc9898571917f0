// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Stores a 500-paper day into a fresh file-backed library, and as a baseline inserts the same
// paper rows with plain prepared INSERTs into a bare table, then prints how much the library's
// bookkeeping (authors, categories, FTS, listings, version checks) costs on top.

#include <app/core/day.h>
#include <app/library/library.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>

using Sieve::AnnounceType;
using Sieve::Day;
using Sieve::Paper;

namespace {

constexpr int PaperCount = 500;
constexpr int SyntheticAuthors = 8;
constexpr int SyntheticAbstractChars = 1200;

struct Timing
{
    double seconds = 0;
    qint64 iterations = 0;

    double mean() const { return iterations > 0 ? seconds / double(iterations) : 0; }
};

Timing s_storeTiming;
Timing s_plainTiming;
QString s_source;

Paper paperFromJson(const QJsonObject &object)
{
    Paper paper;
    paper.id = object.value(QStringLiteral("id")).toString();
    paper.version = 1;
    paper.title = object.value(QStringLiteral("title")).toString();
    paper.abstract = object.value(QStringLiteral("abstract")).toString().trimmed();
    const QJsonArray authors = object.value(QStringLiteral("authors")).toArray();
    for (const auto &author : authors) {
        paper.authors.append(author.toString());
    }
    paper.categories = {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")};
    paper.primaryCategory = paper.categories.constFirst();
    paper.license = QStringLiteral("http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
    paper.published = QDateTime(QDate(2026, 3, 4), QTime(18, 0), Qt::UTC);
    paper.updated = paper.published;
    return paper;
}

// Reads the first `count` distinct papers of the corpus; empty when it is not there.
QList<Paper> corpusPapers(int count)
{
    const QString path =
        QStringLiteral(PAPERSIEVE_SHARED_DATA) + QStringLiteral("/corpus/papers.jsonl.gz");
    if (!QFile::exists(path)) {
        return {};
    }

    QProcess gzip;
    gzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    QList<Paper> papers;
    QSet<QString> seen;
    while (papers.size() < count && gzip.waitForReadyRead(10000)) {
        while (papers.size() < count && gzip.canReadLine()) {
            const QJsonObject object = QJsonDocument::fromJson(gzip.readLine()).object();
            Paper paper = paperFromJson(object);
            if (!paper.id.isEmpty() && !seen.contains(paper.id)) {
                seen.insert(paper.id);
                papers.append(std::move(paper));
            }
        }
    }
    gzip.kill();
    gzip.waitForFinished();
    return papers.size() == count ? papers : QList<Paper>();
}

QList<Paper> syntheticPapers(int count)
{
    const QString sentence = QStringLiteral(
        "We present spectroscopic observations of $z\\sim 2$ star-forming galaxies with "
        "JWST/NIRSpec and measure the Hα/Hβ Balmer decrement across the sample. ");
    QString abstract;
    while (abstract.size() < SyntheticAbstractChars) {
        abstract += sentence;
    }
    abstract.truncate(SyntheticAbstractChars);

    QList<Paper> papers;
    for (int i = 0; i < count; ++i) {
        Paper paper;
        paper.id = QStringLiteral("2603.%1").arg(10000 + i);
        paper.version = 1;
        paper.title = QStringLiteral("Synthetic paper %1 on the Milky Way's dust").arg(i);
        paper.abstract = abstract;
        for (int a = 0; a < SyntheticAuthors; ++a) {
            paper.authors.append(QStringLiteral("Autor Núñez-%1 (Universidad %2)").arg(a).arg(i));
        }
        paper.categories = {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")};
        paper.primaryCategory = paper.categories.constFirst();
        papers.append(paper);
    }
    return papers;
}

const Day &benchDay()
{
    static const Day day = [] {
        Day built;
        built.date = QDate(2026, 3, 5);
        built.categories = {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")};
        built.source = QStringLiteral("rss");
        built.papers = corpusPapers(PaperCount);
        s_source = QStringLiteral("corpus");
        if (built.papers.isEmpty()) {
            built.papers = syntheticPapers(PaperCount);
            s_source = QStringLiteral("synthetic");
        }
        // Every paper is new in its primary category; every fifth is cross-listed too.
        for (qsizetype i = 0; i < built.papers.size(); ++i) {
            const QString &id = built.papers.at(i).id;
            built.listings.append({id, QStringLiteral("astro-ph.GA"), AnnounceType::New});
            if (i % 5 == 0) {
                built.listings.append({id, QStringLiteral("astro-ph.CO"), AnnounceType::Cross});
            }
        }
        return built;
    }();
    return day;
}

void storeDayInFreshLibrary(benchmark::State &state)
{
    const Day &day = benchDay();
    for (auto _ : state) {
        QTemporaryDir dir;
        auto opened = Sieve::Library::Library::open(dir.filePath(QStringLiteral("lib.sqlite")));
        if (!opened) {
            state.SkipWithError("the library could not be opened");
            break;
        }

        QElapsedTimer timer;
        timer.start();
        const Sieve::Result<void> stored = (*opened)->storeDay(day);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;

        if (!stored) {
            state.SkipWithError("storeDay failed");
            break;
        }
        state.SetIterationTime(seconds);
        s_storeTiming.seconds += seconds;
        ++s_storeTiming.iterations;
    }
    state.SetItemsProcessed(state.iterations() * day.papers.size());
}

bool execOrSkip(benchmark::State &state, QSqlQuery &query)
{
    if (query.exec()) {
        return true;
    }
    state.SkipWithError("plain INSERT failed");
    return false;
}

// The same pragmas as the library, one transaction, one prepared INSERT per paper row.
double insertPlainRows(benchmark::State &state, const QString &path, const QList<Paper> &papers)
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("bench.plain"), false);
    db.setDatabaseName(path);
    db.open();
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral(
        "CREATE TABLE papers (id TEXT PRIMARY KEY, version INTEGER, title TEXT, abstract TEXT, "
        "comment TEXT, journal_ref TEXT, doi TEXT, license TEXT, primary_category TEXT, "
        "published TEXT, updated TEXT, first_seen TEXT)"));

    QElapsedTimer timer;
    timer.start();
    db.transaction();
    query.prepare(QStringLiteral("INSERT INTO papers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Paper &paper : papers) {
        const QVariant values[] = {paper.id,
                                   paper.version,
                                   paper.title,
                                   paper.abstract,
                                   paper.comment,
                                   paper.journalRef,
                                   paper.doi,
                                   paper.license,
                                   paper.primaryCategory,
                                   paper.published.toString(Qt::ISODate),
                                   paper.updated.toString(Qt::ISODate),
                                   now};
        for (int i = 0; i < 12; ++i) {
            query.bindValue(i, values[i]);
        }
        if (!execOrSkip(state, query)) {
            break;
        }
    }
    db.commit();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    query = QSqlQuery();
    db.close();
    return seconds;
}

void plainInsertsBaseline(benchmark::State &state)
{
    const Day &day = benchDay();
    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench.plain"));
    for (auto _ : state) {
        QTemporaryDir dir;
        const double seconds =
            insertPlainRows(state, dir.filePath(QStringLiteral("plain.sqlite")), day.papers);
        state.SetIterationTime(seconds);
        s_plainTiming.seconds += seconds;
        ++s_plainTiming.iterations;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench.plain"));
    state.SetItemsProcessed(state.iterations() * day.papers.size());
}

} // namespace

BENCHMARK(storeDayInFreshLibrary)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(plainInsertsBaseline)->UseManualTime()->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("papersieve.*.info=false"));

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchDay();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    if (s_storeTiming.iterations > 0 && s_plainTiming.iterations > 0) {
        std::printf("papers: %d (%s); storeDay %.2f ms, plain INSERTs %.2f ms, ratio %.1fx\n",
                    int(benchDay().papers.size()),
                    qPrintable(s_source),
                    s_storeTiming.mean() * 1e3,
                    s_plainTiming.mean() * 1e3,
                    s_storeTiming.mean() / s_plainTiming.mean());
    }
    return 0;
}
