// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/authorenricher.h>
#include <app/library/library.h>
#include <app/net/httpclient.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <tests/support/fakesemanticscholar.h>

using namespace std::chrono_literals;
using Sieve::Paper;
using Sieve::Authors::FollowedAuthors;
using Sieve::Authors::MatchKind;
using Sieve::Digest::AuthorEnricher;
using Sieve::Digest::AuthorOptions;
using Sieve::Digest::AuthorReport;
using Sieve::Library::Library;
using Sieve::Test::FakeSemanticScholar;
using Author = FakeSemanticScholar::Author;

namespace {

const Author Zhang{QStringLiteral("1001"), QStringLiteral("Tianyi Zhang"), 12};
const Author Shrivastava{QStringLiteral("1002"), QStringLiteral("Anshumali Shrivastava"), 40};
const Author HernandezLobato{
    QStringLiteral("1003"), QStringLiteral("José Miguel Hernández-Lobato"), 45};
const Author Moran{QStringLiteral("1005"), QStringLiteral("Gemma E. Moran"), 9};
const Author Student{QStringLiteral("1006"), QStringLiteral("A. Student"), 2};

Paper paper(const QString &id, const QStringList &authors)
{
    Paper p;
    p.id = id;
    p.version = 1;
    p.title = QStringLiteral("Paper ") + id;
    p.authors = authors;
    return p;
}

// Authors as arXiv lists them, which is not always how Semantic Scholar does.
const QList<Paper> Day = {
    paper(QStringLiteral("2504.11651"),
          {QStringLiteral("Tianyi Zhang"), QStringLiteral("Anshumali Shrivastava")}),
    paper(QStringLiteral("2504.11516"), {QStringLiteral("Jos\\'e Miguel Hern\\'andez-Lobato")}),
    paper(QStringLiteral("2504.11609"), {QStringLiteral("G. Moran")}),
    paper(QStringLiteral("2504.11700"),
          {QStringLiteral("A. Student"), QStringLiteral("Tianyi Zhang")}),
    paper(QStringLiteral("2504.11800"), {QStringLiteral("A. Student")}),
    paper(QStringLiteral("2504.11999"), {QStringLiteral("Not Yet Indexed")}),
};

} // namespace

class TstAuthorEnricher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void looksUpADayInTwoRequestsAndFiltersByHIndex();
    void theLibraryAnswersTheSameDayAgain();
    void unknownPapersAreAskedAgainOnceTheyAreOld();
    void serviceTroubleNeverFailsAndTheFilterStepsAside_data();
    void serviceTroubleNeverFailsAndTheFilterStepsAside();
    void followedAuthorsMatchByNameOrIdAndAreNeverSkipped();
    void namesAloneNeedNoRequest();

private:
    AuthorReport enrich(const AuthorOptions &options);

    std::unique_ptr<FakeSemanticScholar> m_s2;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<Sieve::Net::HttpClient> m_http;
    std::unique_ptr<Sieve::Authors::SemanticScholarClient> m_client;
    QDateTime m_now;
};

void TstAuthorEnricher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<AuthorReport>();
}

void TstAuthorEnricher::init()
{
    m_s2 = std::make_unique<FakeSemanticScholar>();
    QVERIFY(m_s2->isListening());
    m_s2->addPaper(Day[0].id, {Zhang, Shrivastava});
    m_s2->addPaper(Day[1].id, {HernandezLobato});
    m_s2->addPaper(Day[2].id, {Moran});
    m_s2->addPaper(Day[3].id, {Student, Zhang});
    m_s2->addPaper(Day[4].id, {Student});

    auto opened = Library::open(QStringLiteral(":memory:"));
    QVERIFY(opened);
    m_library = std::move(opened).value();
    m_http = std::make_unique<Sieve::Net::HttpClient>();
    m_http->setBackoff(10ms, 40ms);
    m_client = std::make_unique<Sieve::Authors::SemanticScholarClient>(m_http.get());
    m_client->setBaseUrl(m_s2->baseUrl());
    m_client->setMinInterval(0ms);
    m_client->setTransferTimeout(500ms);
    m_client->setMaxAttempts(2);
    m_now = QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
}

void TstAuthorEnricher::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_library.reset();
    m_s2.reset();
}

AuthorReport TstAuthorEnricher::enrich(const AuthorOptions &options)
{
    AuthorEnricher enricher(m_client.get(), m_library.get());
    enricher.setClock([this] {
        return m_now;
    });
    QSignalSpy finished(&enricher, &AuthorEnricher::finished);
    enricher.enrich(Day, options);
    if (!finished.wait(10000) || finished.size() != 1) {
        return {};
    }
    return finished.first().first().value<AuthorReport>();
}

void TstAuthorEnricher::looksUpADayInTwoRequestsAndFiltersByHIndex()
{
    AuthorOptions options;
    options.hIndexCutoff = 10;
    const AuthorReport report = enrich(options);

    QCOMPARE(report.requests, 2);
    QCOMPARE(m_s2->requestCount(FakeSemanticScholar::paperBatchPath()), 1);
    QCOMPARE(m_s2->requestCount(FakeSemanticScholar::authorBatchPath()), 1);
    QCOMPARE(report.lookedUp, 5);
    QCOMPARE(report.unknown, 1);
    QCOMPARE(report.notLookedUp, 0);

    // Moran (9) and the student (2) alone stay below 10; the unindexed paper steps aside.
    QCOMPARE(report.skip.size(), 2);
    QVERIFY(report.skip.contains(Day[2].id));
    QVERIFY(report.skip.contains(Day[4].id));
    QVERIFY(report.skip.value(Day[4].id).contains(QStringLiteral("highest 2")));
    QVERIFY(!report.skip.contains(Day[5].id));
}

void TstAuthorEnricher::theLibraryAnswersTheSameDayAgain()
{
    AuthorOptions options;
    options.hIndexCutoff = 10;
    const AuthorReport first = enrich(options);
    QCOMPARE(first.requests, 2);

    m_now = m_now.addSecs(3600);
    const AuthorReport second = enrich(options);
    QCOMPARE(second.requests, 0);
    QCOMPARE(m_s2->requestCount(), 2);
    QCOMPARE(second.fromCache, 5);
    QCOMPARE(second.skip.keys().size(), first.skip.keys().size());
}

void TstAuthorEnricher::unknownPapersAreAskedAgainOnceTheyAreOld()
{
    AuthorOptions options;
    options.hIndexCutoff = 10;
    QCOMPARE(enrich(options).unknown, 1);

    m_s2->addPaper(Day[5].id, {Shrivastava});
    m_now = m_now.addSecs(13 * 3600);
    const AuthorReport later = enrich(options);

    QCOMPARE(later.requests, 1); // the one paper; its author's h-index is already known
    QCOMPARE(later.unknown, 0);
    QCOMPARE(later.lookedUp, 1);
    QCOMPARE(later.fromCache, 5);
}

void TstAuthorEnricher::serviceTroubleNeverFailsAndTheFilterStepsAside_data()
{
    QTest::addColumn<QString>("trouble");
    QTest::newRow("server error every time") << QStringLiteral("500");
    QTest::newRow("answers never come") << QStringLiteral("stall");
    QTest::newRow("rate limited every time") << QStringLiteral("429");
}

void TstAuthorEnricher::serviceTroubleNeverFailsAndTheFilterStepsAside()
{
    QFETCH(QString, trouble);
    if (trouble == QLatin1String("stall")) {
        m_s2->stallNext(4);
    } else {
        m_s2->failNext(trouble.toInt(), 4);
    }

    AuthorOptions options;
    options.hIndexCutoff = 10;
    const AuthorReport report = enrich(options);

    QVERIFY(report.problem);
    QCOMPARE(report.notLookedUp, 6);
    QVERIFY(report.skip.isEmpty());
}

void TstAuthorEnricher::followedAuthorsMatchByNameOrIdAndAreNeverSkipped()
{
    AuthorOptions options;
    options.hIndexCutoff = 50;
    options.followed = FollowedAuthors::parse(QStringLiteral("# people I read\n"
                                                             "Hernández-Lobato, José Miguel\n"
                                                             "s2:1005 Gemma Moran\n"));
    const AuthorReport report = enrich(options);

    QCOMPARE(report.matches.size(), 2);
    QCOMPARE(report.matches.value(Day[1].id).kind, MatchKind::Reordered);
    QCOMPARE(report.matches.value(Day[2].id).kind, MatchKind::SemanticScholarId);
    QVERIFY(!report.skip.contains(Day[1].id));
    QVERIFY(!report.skip.contains(Day[2].id));
    QVERIFY(report.skip.contains(Day[0].id)); // 40 < 50
    QVERIFY(!report.matches.value(Day[2].id).reason().isEmpty());
}

void TstAuthorEnricher::namesAloneNeedNoRequest()
{
    AuthorOptions options;
    options.followed = FollowedAuthors::parse(QStringLiteral("Tianyi Zhang"));
    const AuthorReport report = enrich(options);

    QCOMPARE(m_s2->requestCount(), 0);
    QCOMPARE(report.matches.size(), 2);
    QVERIFY(report.matches.contains(Day[0].id));
    QVERIFY(report.matches.contains(Day[3].id));
}

QTEST_GUILESS_MAIN(TstAuthorEnricher)
#include "tst_authorenricher.moc"
