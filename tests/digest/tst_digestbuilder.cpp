// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/digestbuilder.h>
#include <app/digest/jsonexporter.h>
#include <app/digest/markdownexporter.h>
#include <app/library/library.h>
#include <app/library/runstore.h>

#include <QStandardPaths>
#include <QTest>

using Sieve::Day;
using Sieve::Paper;
using Sieve::Digest::DigestBuilder;
using Sieve::Library::Library;
using Sieve::Library::RunStore;
using Sieve::Library::ScoreRecord;

namespace {

const QDate Date(2026, 3, 10);
const QString Model = QStringLiteral("gpt-4.1-mini");

Day makeDay()
{
    Day day;
    day.date = Date;
    day.categories = {QStringLiteral("astro-ph.GA")};
    day.source = QStringLiteral("rss");
    for (int i = 0; i < 6; ++i) {
        Paper paper;
        paper.id = QStringLiteral("2603.2000%1").arg(i);
        paper.version = 1;
        paper.title = QStringLiteral("Paper %1").arg(i);
        paper.abstract = QStringLiteral("Abstract %1 with an en dash: 9–10.").arg(i);
        paper.authors = {QStringLiteral("José Hernández")};
        paper.categories = {QStringLiteral("astro-ph.GA")};
        day.papers.append(paper);
        day.listings.append({paper.id, QStringLiteral("astro-ph.GA"), Sieve::AnnounceType::New});
    }
    return day;
}

ScoreRecord scored(int index, int relevance, int novelty)
{
    ScoreRecord score;
    score.paperId = QStringLiteral("2603.2000%1").arg(index);
    score.relevance = relevance;
    score.novelty = novelty;
    score.comment = QStringLiteral("Matches topic %1.").arg(index);
    score.source = QStringLiteral("llm");
    score.status = QStringLiteral("scored");
    return score;
}

ScoreRecord outcome(int index, const QString &status, const QString &reason)
{
    ScoreRecord score;
    score.paperId = QStringLiteral("2603.2000%1").arg(index);
    score.status = status;
    score.reason = reason;
    return score;
}

} // namespace

class TstDigestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void withoutRunEveryPaperIsUnscored();
    void ordersByWeightedScoreAndListsFailuresAfter();
    void cutoffsMoveWeakPapersOutOfTheMarkdown();
    void usageAndCostComeFromTheRun();
    void usageAddsUpTheRunsBehindTheShownScores();
    void authorStageComesFromTheRunBehindTheScores();
    void jsonKeepsEveryPaperWithItsStatus();

private:
    qint64 storeRun();

    std::unique_ptr<Library> m_library;
};

void TstDigestBuilder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstDigestBuilder::init()
{
    auto opened = Library::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_library = std::move(opened).value();
    QVERIFY(m_library->storeDay(makeDay()));
}

qint64 TstDigestBuilder::storeRun()
{
    RunStore store(*m_library);
    Sieve::Library::RunRecord run;
    run.date = Date;
    run.profile = QStringLiteral("default");
    run.model = Model;
    run.prompt = QStringLiteral("You are a helpful assistant.");
    const auto id = store.createRun(run);
    if (!id) {
        return 0;
    }

    Sieve::Library::RequestRecord request;
    request.stage = QStringLiteral("abstract");
    request.paperIds = {QStringLiteral("2603.20000")};
    request.answered = true;
    request.tokens = {1'000'000, 0, 100'000};
    request.costUsd = 0.56;
    const QList<ScoreRecord> scores{
        scored(0, 6, 6),
        scored(1, 9, 5),
        scored(2, 7, 7),
        scored(3, 2, 9),
        outcome(4, QStringLiteral("failed"), QStringLiteral("HTTP 500")),
        outcome(5, QStringLiteral("skipped"), QStringLiteral("title"))};
    if (!store.recordRequest(*id, request, scores, {}, {})) {
        return 0;
    }
    return *id;
}

void TstDigestBuilder::withoutRunEveryPaperIsUnscored()
{
    const auto digest = DigestBuilder::build(*m_library, Date);
    QVERIFY(digest);
    QCOMPARE(digest->entries.size(), 6);
    QVERIFY(!digest->totalRelevant);
    QVERIFY(!digest->usage.hasRun());
    for (const auto &entry : digest->entries) {
        QCOMPARE(entry.status, QStringLiteral("unscored"));
    }
}

void TstDigestBuilder::ordersByWeightedScoreAndListsFailuresAfter()
{
    QVERIFY(storeRun() > 0);
    const auto digest = DigestBuilder::build(*m_library, Date);
    QVERIFY(digest);

    QStringList order;
    for (const auto &entry : digest->entries) {
        order.append(entry.paper.id.right(1));
    }
    // 14 (7+7) and 14 (9+5): relevance breaks the tie; 12, 11; then the failure.
    QCOMPARE(order, QStringList({"1", "2", "0", "3", "4"}));
    QCOMPARE(digest->entries.last().statusReason, QStringLiteral("HTTP 500"));
    QCOMPARE(digest->others.size(), 1);
    QCOMPARE(digest->others.first().status, QStringLiteral("skipped"));
    QCOMPARE(digest->totalRelevant.value_or(-1), 4);
}

void TstDigestBuilder::cutoffsMoveWeakPapersOutOfTheMarkdown()
{
    QVERIFY(storeRun() > 0);
    Sieve::Scoring::ScoringProfile profile;
    profile.relevanceCutoff = 6;
    const auto digest = DigestBuilder::build(*m_library, Date, profile);
    QVERIFY(digest);

    QCOMPARE(digest->totalRelevant.value_or(-1), 3);
    const QString markdown = Sieve::Digest::MarkdownExporter::render(*digest);
    QVERIFY(markdown.contains(QStringLiteral("Total relevant papers: 3\n")));
    QVERIFY(!markdown.contains(QStringLiteral("2603.20003")));
    QVERIFY(markdown.contains(QStringLiteral("**Status:** failed (HTTP 500)")));
    QVERIFY(markdown.contains(QStringLiteral("9–10")));
    QVERIFY(!markdown.contains(QStringLiteral("â€")));
    QVERIFY(markdown.endsWith(QStringLiteral("You are a helpful assistant.")));
}

void TstDigestBuilder::usageAndCostComeFromTheRun()
{
    QVERIFY(storeRun() > 0);
    Sieve::Scoring::PriceTable prices;
    prices.setPrice(Model, {0.4, 0.1, 1.6});
    const auto digest = DigestBuilder::build(*m_library, Date, {}, prices);
    QVERIFY(digest);

    QCOMPARE(digest->usage.model, Model);
    QCOMPARE(digest->usage.promptTokens, 1'000'000);
    QCOMPARE(digest->usage.completionTokens, 100'000);
    QCOMPARE(digest->usage.promptCostUsd.value_or(-1), 0.4);
    QCOMPARE(digest->usage.completionCostUsd.value_or(-1), 0.16);
}

// First criteria A (paid), then criteria B (paid), then B again from the cache (free), then a
// second profile with B (free): the day shows B's scores and what they cost, nothing of A's.
void TstDigestBuilder::usageAddsUpTheRunsBehindTheShownScores()
{
    RunStore store(*m_library);
    const auto addRun = [&](const QString &profile, const QString &hash, qint64 prompt) {
        Sieve::Library::RunRecord run;
        run.date = Date;
        run.profile = profile;
        run.model = Model;
        run.criteriaHash = hash;
        run.promptVersion = 1;
        const auto id = store.createRun(run);
        QVERIFY(id);
        Sieve::Library::RequestRecord request;
        request.stage = QStringLiteral("abstract");
        request.paperIds = {QStringLiteral("2603.20000")};
        request.answered = true;
        request.tokens = {prompt, prompt / 4, prompt / 10};
        ScoreRecord score = scored(0, 8, 6);
        score.source = prompt > 0 ? QStringLiteral("llm") : QStringLiteral("cache");
        QVERIFY(store.recordRequest(*id, request, {score}, {}, {}));
        QVERIFY(store.finishRun(*id, QStringLiteral("done"), {}));
    };
    addRun(QStringLiteral("default"), QStringLiteral("criteria-a"), 500'000);
    addRun(QStringLiteral("default"), QStringLiteral("criteria-b"), 1'000'000);
    addRun(QStringLiteral("default"), QStringLiteral("criteria-b"), 0);
    addRun(QStringLiteral("second"), QStringLiteral("criteria-b"), 0);

    Sieve::Scoring::PriceTable prices;
    prices.setPrice(Model, {0.4, 0.1, 1.6});
    const auto digest = DigestBuilder::build(*m_library, Date, {}, prices);
    QVERIFY(digest);

    QCOMPARE(digest->usage.model, Model);
    QCOMPARE(digest->usage.promptTokens, 1'000'000);
    QCOMPARE(digest->usage.completionTokens, 100'000);
    QCOMPARE(digest->usage.promptCostUsd.value_or(-1), 0.75 * 0.4 + 0.25 * 0.1);
    QCOMPARE(digest->usage.completionCostUsd.value_or(-1), 0.16);

    // Another model's run since then shows only its own usage.
    Sieve::Library::RunRecord other;
    other.date = Date;
    other.profile = QStringLiteral("default");
    other.model = QStringLiteral("gpt-4o");
    other.criteriaHash = QStringLiteral("criteria-b");
    other.promptVersion = 1;
    QVERIFY(store.createRun(other));
    const auto after = DigestBuilder::build(*m_library, Date, {}, prices);
    QVERIFY(after);
    QCOMPARE(after->usage.model, QStringLiteral("gpt-4o"));
    QCOMPARE(after->usage.promptTokens, 0);
}

// The counts a run's author stage kept reach the digest; a later run that kept none (one
// that only added papers the reader named) does not hide them, and a day without any has none.
void TstDigestBuilder::authorStageComesFromTheRunBehindTheScores()
{
    const auto before = DigestBuilder::build(*m_library, Date);
    QVERIFY(before);
    QVERIFY(!before->usage.authorStage);

    const qint64 runId = storeRun();
    QVERIFY(runId > 0);
    RunStore store(*m_library);
    const auto unstaged = DigestBuilder::build(*m_library, Date);
    QVERIFY(unstaged);
    QVERIFY(!unstaged->usage.authorStage);

    Sieve::Library::AuthorStageRecord stage;
    stage.followed = 1;
    stage.hIndexCutoff = 15;
    stage.notLookedUp = 6;
    stage.problem = QStringLiteral("Semantic Scholar did not answer.");
    QVERIFY(store.recordAuthorStage(runId, stage));
    Sieve::Library::RunRecord addition;
    addition.date = Date;
    addition.profile = QStringLiteral("default");
    addition.model = Model;
    addition.prompt = QStringLiteral("You are a helpful assistant.");
    QVERIFY(store.createRun(addition));

    const auto digest = DigestBuilder::build(*m_library, Date);
    QVERIFY(digest);
    QVERIFY(digest->usage.authorStage == stage);
    const QString markdown = Sieve::Digest::MarkdownExporter::render(*digest);
    QVERIFY2(markdown.contains(QStringLiteral("Semantic Scholar: 6 papers not looked up. Semantic "
                                              "Scholar did not answer.\n")),
             qPrintable(markdown));
}

void TstDigestBuilder::jsonKeepsEveryPaperWithItsStatus()
{
    QVERIFY(storeRun() > 0);
    const auto digest = DigestBuilder::build(*m_library, Date);
    QVERIFY(digest);

    const QJsonDocument json = Sieve::Digest::JsonExporter::toJson(*digest);
    const auto read = Sieve::Digest::JsonExporter::fromJson(json);
    QVERIFY(read);
    QCOMPARE(read->entries.size() + read->others.size(), 6);
    QCOMPARE(read->others.first().statusReason, QStringLiteral("title"));
    QCOMPARE(read->entries.at(4).status, QStringLiteral("failed"));
}

QTEST_GUILESS_MAIN(TstDigestBuilder)
#include "tst_digestbuilder.moc"
