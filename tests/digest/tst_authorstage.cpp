// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/authorstage.h>
#include <app/library/library.h>
#include <app/library/runstore.h>
#include <app/net/httpclient.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <tests/support/fakesemanticscholar.h>

using namespace std::chrono_literals;
using Sieve::Day;
using Sieve::Paper;
using Sieve::Digest::AuthorStage;
using Sieve::Digest::AuthorStageResult;
using Sieve::Library::Library;
using Sieve::Library::RunStore;
using Sieve::Scoring::ScoringProfile;
using Sieve::Test::FakeSemanticScholar;

namespace {

const QDate Date(2026, 3, 10);
constexpr int WaitMs = 10000;

Paper paper(const QString &id, const QString &author)
{
    Paper p;
    p.id = id;
    p.version = 1;
    p.title = QStringLiteral("Paper ") + id;
    p.authors = {author};
    p.categories = {QStringLiteral("astro-ph.GA")};
    p.primaryCategory = QStringLiteral("astro-ph.GA");
    return p;
}

Day day()
{
    Day d;
    d.date = Date;
    d.categories = {QStringLiteral("astro-ph.GA")};
    d.source = QStringLiteral("rss");
    d.papers = {paper(QStringLiteral("2603.00001"), QStringLiteral("Vera C. Rubin")),
                paper(QStringLiteral("2603.00002"), QStringLiteral("A. Student")),
                paper(QStringLiteral("2603.00003"), QStringLiteral("B. Student")),
                paper(QStringLiteral("2603.00004"), QStringLiteral("Not Indexed"))};
    for (const Paper &p : std::as_const(d.papers)) {
        d.listings.append({p.id, QStringLiteral("astro-ph.GA"), Sieve::AnnounceType::New});
    }
    return d;
}

ScoringProfile profile(const QStringList &followed, int cutoff)
{
    ScoringProfile p = ScoringProfile::defaults();
    p.followedAuthors = followed;
    p.hIndexCutoff = cutoff;
    return p;
}

} // namespace

class TstAuthorStage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void isNeededOnlyWithAuthorsOrACutoff_data();
    void isNeededOnlyWithAuthorsOrACutoff();
    void aDayEndsWithSkipsMatchesAndTheCountsKeptWithTheRun();
    void semanticScholarDownIsCountedNotFatal();
    void cancelledStageSaysNothingAndCanStartAgain();

private:
    std::optional<AuthorStageResult> run(const ScoringProfile &profile);

    std::unique_ptr<FakeSemanticScholar> m_s2;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<Sieve::Net::HttpClient> m_http;
    std::unique_ptr<AuthorStage> m_stage;
};

void TstAuthorStage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<AuthorStageResult>();
}

void TstAuthorStage::init()
{
    m_s2 = std::make_unique<FakeSemanticScholar>();
    QVERIFY(m_s2->isListening());
    m_s2->addPaper(QStringLiteral("2603.00001"), {{"2001", "Vera C. Rubin", 60}});
    m_s2->addPaper(QStringLiteral("2603.00002"), {{"2002", "A. Student", 3}});
    m_s2->addPaper(QStringLiteral("2603.00003"), {{"2003", "B. Student", 25}});

    auto opened = Library::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_library = std::move(opened).value();
    QVERIFY(m_library->storeDay(day()));
    m_http = std::make_unique<Sieve::Net::HttpClient>();
    m_http->setBackoff(10ms, 40ms);
    m_stage = std::make_unique<AuthorStage>(m_http.get(), m_library.get());
    Sieve::Digest::SemanticScholarAccess access;
    access.baseUrl = m_s2->baseUrl();
    access.transferTimeout = 500ms;
    access.maxAttempts = 2;
    access.minInterval = 0ms;
    m_stage->setAccess(access);
}

void TstAuthorStage::cleanup()
{
    m_stage.reset();
    m_http.reset();
    m_library.reset();
    m_s2.reset();
}

std::optional<AuthorStageResult> TstAuthorStage::run(const ScoringProfile &profile)
{
    QSignalSpy finished(m_stage.get(), &AuthorStage::finished);
    m_stage->start(Date, profile);
    if (!m_stage->isRunning() || !finished.wait(WaitMs) || finished.size() != 1) {
        return std::nullopt;
    }
    return finished.first().first().value<AuthorStageResult>();
}

void TstAuthorStage::isNeededOnlyWithAuthorsOrACutoff_data()
{
    QTest::addColumn<QStringList>("followed");
    QTest::addColumn<int>("cutoff");
    QTest::addColumn<bool>("needed");
    QTest::newRow("nobody, no cutoff") << QStringList() << 0 << false;
    QTest::newRow("only comments and blanks") << QStringList{"# later", "  "} << 0 << false;
    QTest::newRow("a name") << QStringList{"Vera Rubin"} << 0 << true;
    QTest::newRow("an id") << QStringList{"s2:2001"} << 0 << true;
    QTest::newRow("a cutoff") << QStringList() << 10 << true;
}

void TstAuthorStage::isNeededOnlyWithAuthorsOrACutoff()
{
    QFETCH(QStringList, followed);
    QFETCH(int, cutoff);
    QFETCH(bool, needed);
    QCOMPARE(AuthorStage::isNeeded(profile(followed, cutoff)), needed);
}

void TstAuthorStage::aDayEndsWithSkipsMatchesAndTheCountsKeptWithTheRun()
{
    const auto result = run(profile({QStringLiteral("Vera Rubin")}, 10));
    QVERIFY(result);

    // Rubin is followed (and high anyway); A. Student is below 10; the unknown paper passes.
    QCOMPARE(result->followedPapers(), QSet<QString>{QStringLiteral("2603.00001")});
    QCOMPARE(result->skip().keys(), QStringList{QStringLiteral("2603.00002")});
    QCOMPARE(m_s2->requestCount(), 2);

    const Sieve::Library::AuthorStageRecord record = result->record();
    QCOMPARE(record.followed, 1);
    QCOMPARE(record.belowCutoff, 1);
    QCOMPARE(record.hIndexCutoff, std::optional<int>(10));
    QCOMPARE(record.lookedUp, 3);
    QCOMPARE(record.unknown, 1);
    QCOMPARE(record.notLookedUp, 0);
    QCOMPARE(record.missed(), 1);
    QCOMPARE(record.requests, 2);
    QVERIFY(record.problem.isEmpty());

    RunStore store(*m_library);
    Sieve::Library::RunRecord runRecord;
    runRecord.date = Date;
    runRecord.profile = QStringLiteral("default");
    runRecord.model = QStringLiteral("gpt-4.1-mini");
    const auto runId = store.createRun(runRecord);
    QVERIFY(runId);
    QVERIFY(AuthorStage::record(*m_library, *runId, *result));
    QCOMPARE(store.authorStage(*runId), std::optional(record));

    // The same day again: the library answers, Semantic Scholar is not asked.
    const auto again = run(profile({QStringLiteral("Vera Rubin")}, 10));
    QVERIFY(again);
    QCOMPARE(m_s2->requestCount(), 2);
    QCOMPARE(again->record().fromCache, 3);
    QCOMPARE(again->record().requests, 0);
}

void TstAuthorStage::semanticScholarDownIsCountedNotFatal()
{
    m_s2->failNext(503, 100);
    const auto result = run(profile({QStringLiteral("Vera Rubin")}, 10));
    QVERIFY(result);

    // Names still match without Semantic Scholar; the h-index filter steps aside for all.
    QCOMPARE(result->followedPapers(), QSet<QString>{QStringLiteral("2603.00001")});
    QVERIFY(result->skip().isEmpty());
    QCOMPARE(result->record().notLookedUp, 4);
    QCOMPARE(result->record().missed(), 4);
    QVERIFY(!result->record().problem.isEmpty());
}

void TstAuthorStage::cancelledStageSaysNothingAndCanStartAgain()
{
    m_s2->stallNext(1);
    QSignalSpy finished(m_stage.get(), &AuthorStage::finished);
    m_stage->start(Date, profile({}, 10));
    QTRY_COMPARE_WITH_TIMEOUT(m_s2->requestCount(), 1, WaitMs);
    m_stage->cancel();
    QVERIFY(!m_stage->isRunning());
    QVERIFY(!finished.wait(800)); // past the transfer timeout: nothing comes

    const auto result = run(profile({}, 10));
    QVERIFY(result);
    QCOMPARE(result->skip().keys(), QStringList{QStringLiteral("2603.00002")});
}

QTEST_GUILESS_MAIN(TstAuthorStage)
#include "tst_authorstage.moc"
