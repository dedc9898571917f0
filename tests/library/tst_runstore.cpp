// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Sieve::Day;
using Sieve::Paper;
using Sieve::Library::AnswerKey;
using Sieve::Library::AuthorStageRecord;
using Sieve::Library::CachedAnswer;
using Sieve::Library::Library;
using Sieve::Library::ProfileStore;
using Sieve::Library::RequestRecord;
using Sieve::Library::RunRecord;
using Sieve::Library::RunStore;
using Sieve::Library::ScoreRecord;

namespace {

const QDate Date(2026, 3, 10);

Day oneDay()
{
    Day day;
    day.date = Date;
    day.categories = {QStringLiteral("astro-ph.GA")};
    day.source = QStringLiteral("rss");
    for (int i = 0; i < 3; ++i) {
        Paper paper;
        paper.id = QStringLiteral("2603.3000%1").arg(i);
        paper.version = 2;
        paper.title = QStringLiteral("Paper %1").arg(i);
        day.papers.append(paper);
        day.listings.append({paper.id, QStringLiteral("astro-ph.GA"), Sieve::AnnounceType::New});
    }
    return day;
}

RunRecord runRecord()
{
    RunRecord run;
    run.date = Date;
    run.profile = QStringLiteral("galaxies");
    run.model = QStringLiteral("gpt-4.1-mini");
    run.criteriaHash = QStringLiteral("abc");
    run.promptVersion = 1;
    return run;
}

ScoreRecord scored(const QString &id)
{
    ScoreRecord score;
    score.paperId = id;
    score.relevance = 8;
    score.novelty = 5;
    score.status = QStringLiteral("scored");
    score.source = QStringLiteral("llm");
    return score;
}

RequestRecord answered(const QStringList &ids, qint64 promptTokens)
{
    RequestRecord request;
    request.stage = QStringLiteral("abstract");
    request.paperIds = ids;
    request.answered = true;
    request.tokens = {promptTokens, promptTokens / 2, 50, promptTokens / 4};
    request.costUsd = 0.01;
    return request;
}

} // namespace

class TstRunStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void requestsAddUpInTheRunTotals();
    void aRequestThatCannotBeStoredLeavesNothingBehind();
    void cachedAnswersMatchOnlyTheSameVersionAndKey_data();
    void cachedAnswersMatchOnlyTheSameVersionAndKey();
    void onlyUnfinishedRunsAreResumable_data();
    void onlyUnfinishedRunsAreResumable();
    void anUnpricedRequestMakesTheRunCostUnknown();
    void profilesKeepTheirSettings();
    void pricesAreKeptPerModel();
    void authorStageIsKeptWithTheRun();

private:
    std::unique_ptr<Library> m_library;
};

void TstRunStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstRunStore::init()
{
    auto opened = Library::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_library = std::move(opened).value();
    QVERIFY(m_library->storeDay(oneDay()));
}

void TstRunStore::requestsAddUpInTheRunTotals()
{
    RunStore store(*m_library);
    const auto id = store.createRun(runRecord());
    QVERIFY(id);

    const AnswerKey key{QStringLiteral("abc"), 1, QStringLiteral("gpt-4.1-mini"), "abstract"};
    QVERIFY(
        store.recordRequest(*id, answered({"2603.30000"}, 1000), {scored("2603.30000")}, key, {}));
    QVERIFY(
        store.recordRequest(*id, answered({"2603.30001"}, 500), {scored("2603.30001")}, key, {}));

    const auto run = store.run(*id);
    QVERIFY(run);
    QCOMPARE(run->status, QStringLiteral("running"));
    QCOMPARE(run->requests, 2);
    QCOMPARE(run->tokens.prompt, 1500);
    QCOMPARE(run->tokens.cached, 750);
    QCOMPARE(run->tokens.completion, 100);
    QCOMPARE(run->tokens.cacheWrite, 375);
    QCOMPARE(run->costUsd, 0.02);
    QCOMPARE(store.requests(*id).at(0).tokens.cacheWrite, 250);
    QCOMPARE(store.scores(*id).size(), 2);
    QCOMPARE(store.requests(*id).size(), 2);
    QCOMPARE(store.requests(*id).at(1).paperIds, QStringList{QStringLiteral("2603.30001")});
}

void TstRunStore::aRequestThatCannotBeStoredLeavesNothingBehind()
{
    RunStore store(*m_library);
    const auto id = store.createRun(runRecord());
    QVERIFY(id);
    const AnswerKey key{QStringLiteral("abc"), 1, QStringLiteral("gpt-4.1-mini"), "abstract"};
    const CachedAnswer answer{QStringLiteral("2603.30000"), 2, 8, 5, QStringLiteral("ok"), {}};
    ScoreRecord broken = scored(QStringLiteral("2603.30001"));
    broken.status = QStringLiteral("not-a-status"); // the schema refuses it

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL step failed")));
    const auto stored = store.recordRequest(*id,
                                            answered({"2603.30000", "2603.30001"}, 1000),
                                            {scored("2603.30000"), broken},
                                            key,
                                            {answer});
    QVERIFY(!stored);
    QCOMPARE(stored.error().code(), Sieve::Error::Code::Storage);

    QCOMPARE(store.run(*id)->requests, 0);
    QCOMPARE(store.run(*id)->tokens.prompt, 0);
    QVERIFY(store.scores(*id).isEmpty());
    QVERIFY(store.requests(*id).isEmpty());
    QVERIFY(store.cachedAnswers(key, {{QStringLiteral("2603.30000"), 2}}).isEmpty());
}

void TstRunStore::cachedAnswersMatchOnlyTheSameVersionAndKey_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("criteriaHash");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("expectHit");
    QTest::newRow("same everything") << 2 << "abc"
                                     << "gpt-4.1-mini" << true;
    QTest::newRow("a newer version") << 3 << "abc"
                                     << "gpt-4.1-mini" << false;
    QTest::newRow("edited criteria") << 2 << "def"
                                     << "gpt-4.1-mini" << false;
    QTest::newRow("another model") << 2 << "abc"
                                   << "gpt-4o" << false;
}

void TstRunStore::cachedAnswersMatchOnlyTheSameVersionAndKey()
{
    QFETCH(int, version);
    QFETCH(QString, criteriaHash);
    QFETCH(QString, model);
    QFETCH(bool, expectHit);

    RunStore store(*m_library);
    const auto id = store.createRun(runRecord());
    QVERIFY(id);
    const AnswerKey key{QStringLiteral("abc"), 1, QStringLiteral("gpt-4.1-mini"), "abstract"};
    const CachedAnswer answer{QStringLiteral("2603.30000"), 2, 8, 5, QStringLiteral("ok"), {}};
    QVERIFY(store.recordRequest(
        *id, answered({"2603.30000"}, 10), {scored("2603.30000")}, key, {answer}));

    const AnswerKey asked{criteriaHash, 1, model, "abstract"};
    const auto hits = store.cachedAnswers(asked, {{QStringLiteral("2603.30000"), version}});
    QCOMPARE(hits.contains(QStringLiteral("2603.30000")), expectHit);
    if (expectHit) {
        QCOMPARE(hits.value(QStringLiteral("2603.30000")).relevance.value_or(0), 8);
    }
}

void TstRunStore::onlyUnfinishedRunsAreResumable_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("resumable");
    QTest::newRow("running when the process died") << "running" << true;
    QTest::newRow("cancelled") << "cancelled" << true;
    QTest::newRow("done") << "done" << false;
    QTest::newRow("partial") << "partial" << false;
}

void TstRunStore::onlyUnfinishedRunsAreResumable()
{
    QFETCH(QString, status);
    QFETCH(bool, resumable);

    RunStore store(*m_library);
    const auto id = store.createRun(runRecord());
    QVERIFY(id);
    if (status != QLatin1String("running")) {
        QVERIFY(store.finishRun(*id, status, {}));
    }

    const auto found = store.resumableRun(
        Date, QStringLiteral("galaxies"), QStringLiteral("gpt-4.1-mini"), QStringLiteral("abc"), 1);
    QCOMPARE(found.has_value(), resumable);
    const auto otherCriteria = store.resumableRun(
        Date, QStringLiteral("galaxies"), QStringLiteral("gpt-4.1-mini"), QStringLiteral("def"), 1);
    QVERIFY(!otherCriteria);
}

void TstRunStore::anUnpricedRequestMakesTheRunCostUnknown()
{
    RunStore store(*m_library);
    const auto id = store.createRun(runRecord());
    QVERIFY(id);
    RequestRecord request = answered({"2603.30000"}, 10);
    request.costUsd.reset();
    QVERIFY(store.recordRequest(*id, request, {}, {}, {}));
    QVERIFY(!store.run(*id)->costKnown);
}

void TstRunStore::profilesKeepTheirSettings()
{
    ProfileStore profiles(*m_library);
    QJsonObject settings{{QStringLiteral("relevanceCutoff"), 6}};
    QVERIFY(profiles.save({QStringLiteral("galaxies"),
                           {QStringLiteral("astro-ph.GA")},
                           QStringLiteral("1. Dwarfs"),
                           settings}));
    settings.insert(QStringLiteral("model"), QStringLiteral("gpt-4o"));
    QVERIFY(profiles.save({QStringLiteral("galaxies"),
                           {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")},
                           QStringLiteral("1. Dwarfs\n2. Halos"),
                           settings}));

    const auto stored = profiles.profile(QStringLiteral("galaxies"));
    QVERIFY(stored);
    QCOMPARE(stored->categories.size(), 2);
    QCOMPARE(stored->settings, settings);
    QCOMPARE(profiles.profiles().size(), 1);

    QVERIFY(profiles.save({QStringLiteral("exoplanets"), {}, {}, {}}));
    QVERIFY(profiles.remove(QStringLiteral("galaxies")));
    QVERIFY(!profiles.profile(QStringLiteral("galaxies")));
}

void TstRunStore::pricesAreKeptPerModel()
{
    RunStore store(*m_library);
    QVERIFY(store.setPrice({QStringLiteral("my-model"), 1.0, 0.5, 2.0}));
    QVERIFY(store.setPrice({QStringLiteral("MY-MODEL"), 3.0, 1.5, 6.0})); // one model, any case
    QCOMPARE(store.prices().size(), 1);
    QCOMPARE(store.prices().first().inputPerMTok, 3.0);
    QVERIFY(store.removePrice(QStringLiteral("my-model")));
    QVERIFY(store.prices().isEmpty());
}

void TstRunStore::authorStageIsKeptWithTheRun()
{
    RunStore store(*m_library);
    const auto id = store.createRun(runRecord());
    QVERIFY(id);
    QVERIFY(!store.authorStage(*id)); // a run without an author stage

    AuthorStageRecord first;
    first.followed = 1;
    first.belowCutoff = 1;
    first.hIndexCutoff = 10;
    first.notLookedUp = 3;
    first.requests = 1;
    first.problem = QStringLiteral("Semantic Scholar did not answer in time.");
    QVERIFY(store.recordAuthorStage(*id, first));
    QCOMPARE(store.authorStage(*id), std::optional<AuthorStageRecord>(first));

    // Continuing the run looks the day up again; the newer counts replace the older ones.
    AuthorStageRecord second;
    second.followed = 1;
    second.lookedUp = 3;
    second.requests = 2;
    QVERIFY(store.recordAuthorStage(*id, second));
    QCOMPARE(store.authorStage(*id), std::optional<AuthorStageRecord>(second));
    QVERIFY(!store.authorStage(*id)->hIndexCutoff);

    AuthorStageRecord negative;
    negative.lookedUp = -1; // the schema refuses it
    QVERIFY(!store.recordAuthorStage(*id, negative));
    QVERIFY(!store.recordAuthorStage(*id + 100, second)); // no such run
}

QTEST_GUILESS_MAIN(TstRunStore)
#include "tst_runstore.moc"
