// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/jsonexporter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sieve;
using namespace Sieve::Digest;

namespace {

const QString DataDir = QStringLiteral(PAPERSIEVE_TEST_DATA "/digest/");

// Every field set, with non-ASCII text, plus a paper that was never scored.
Sieve::Digest::Digest fullDigest()
{
    DigestEntry scored;
    scored.paper.id = QStringLiteral("2603.03384");
    scored.paper.version = 2;
    scored.paper.title = QString::fromUtf8("\xce\xa9-limits of Hern\xc3\xa1ndez flows");
    scored.paper.abstract = QStringLiteral("We show $\\sim$ holds.\nSecond line.");
    scored.paper.authors = {QStringLiteral("Jos\\'e Garc\\'ia"),
                            QString::fromUtf8("\xe6\x9d\x8e\xe5\x9b\x9b")};
    scored.paper.categories = {QStringLiteral("cs.LG"), QStringLiteral("stat.ML")};
    scored.paper.primaryCategory = QStringLiteral("cs.LG");
    scored.paper.comment = QStringLiteral("12 pages, 3 figures");
    scored.announceType = AnnounceType::ReplaceCross;
    scored.relevance = 9;
    scored.novelty = 7;
    scored.comment = QStringLiteral("Matches criterion 1.");
    scored.status = QString(EntryStatus::Scored);
    scored.local = Sieve::Digest::LocalRanking{
        3,
        1.25,
        {{Sieve::Ranker::Contribution::Kind::Topic, QStringLiteral("Star formation history"), 0.8},
         {Sieve::Ranker::Contribution::Kind::Term, QString::fromUtf8("Hern\xc3\xa1ndez"), -0.125}}};

    DigestEntry failed;
    failed.paper.id = QStringLiteral("astro-ph/0603163");
    failed.paper.title = QStringLiteral("Old style");
    failed.announceType = AnnounceType::New;
    failed.status = QString(EntryStatus::Failed);
    failed.statusReason = QStringLiteral("provider error: HTTP 500");

    Sieve::Digest::Digest digest;
    digest.date = QDate(2026, 3, 4);
    digest.categories = {QStringLiteral("cs.LG"), QStringLiteral("astro-ph.GA")};
    digest.totalArxiv = 391;
    digest.totalScanned = 196;
    digest.totalRelevant = 1;
    digest.entries = {scored, failed};
    digest.usage.model = QStringLiteral("gpt-4o");
    digest.usage.promptTokens = 26967;
    digest.usage.completionTokens = 3126;
    digest.usage.promptCostUsd = 0.0674175;
    digest.usage.completionCostUsd = std::nullopt;
    Library::AuthorStageRecord stage;
    stage.followed = 1;
    stage.belowCutoff = 4;
    stage.hIndexCutoff = 15;
    stage.lookedUp = 40;
    stage.fromCache = 2;
    stage.unknown = 1;
    stage.notLookedUp = 3;
    stage.requests = 5;
    stage.problem = QString::fromUtf8("Semantic Scholar \xe2\x80\x93 HTTP 503.");
    digest.usage.authorStage = stage;
    digest.prompt = QString::fromUtf8("Score 9\xe2\x80\x93"
                                      "10 rarely.");
    return digest;
}

void compareEntries(const DigestEntry &actual, const DigestEntry &expected)
{
    QCOMPARE(actual.paper.id, expected.paper.id);
    QCOMPARE(actual.paper.version, expected.paper.version);
    QCOMPARE(actual.paper.title, expected.paper.title);
    QCOMPARE(actual.paper.abstract, expected.paper.abstract);
    QCOMPARE(actual.paper.authors, expected.paper.authors);
    QCOMPARE(actual.paper.categories, expected.paper.categories);
    QCOMPARE(actual.paper.primaryCategory, expected.paper.primaryCategory);
    QCOMPARE(actual.paper.comment, expected.paper.comment);
    QCOMPARE(actual.announceType, expected.announceType);
    QCOMPARE(actual.relevance, expected.relevance);
    QCOMPARE(actual.novelty, expected.novelty);
    QCOMPARE(actual.comment, expected.comment);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.statusReason, expected.statusReason);
    QCOMPARE(actual.local.has_value(), expected.local.has_value());
    if (actual.local && expected.local) {
        QCOMPARE(actual.local->rank, expected.local->rank);
        QCOMPARE(actual.local->score, expected.local->score);
        QCOMPARE(actual.local->why.size(), expected.local->why.size());
        for (qsizetype i = 0; i < actual.local->why.size(); ++i) {
            QCOMPARE(actual.local->why.at(i).kind, expected.local->why.at(i).kind);
            QCOMPARE(actual.local->why.at(i).label, expected.local->why.at(i).label);
            QCOMPARE(actual.local->why.at(i).weight, expected.local->why.at(i).weight);
        }
    }
}

void compareDigests(const Sieve::Digest::Digest &actual, const Sieve::Digest::Digest &expected)
{
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.categories, expected.categories);
    QCOMPARE(actual.totalArxiv, expected.totalArxiv);
    QCOMPARE(actual.totalScanned, expected.totalScanned);
    QCOMPARE(actual.totalRelevant, expected.totalRelevant);
    QCOMPARE(actual.usage.model, expected.usage.model);
    QCOMPARE(actual.usage.promptTokens, expected.usage.promptTokens);
    QCOMPARE(actual.usage.completionTokens, expected.usage.completionTokens);
    QCOMPARE(actual.usage.promptCostUsd, expected.usage.promptCostUsd);
    QCOMPARE(actual.usage.completionCostUsd, expected.usage.completionCostUsd);
    QVERIFY(actual.usage.authorStage == expected.usage.authorStage);
    QCOMPARE(actual.prompt, expected.prompt);
    QCOMPARE(actual.entries.size(), expected.entries.size());
    for (qsizetype index = 0; index < actual.entries.size(); ++index) {
        compareEntries(actual.entries.at(index), expected.entries.at(index));
        if (QTest::currentTestFailed()) {
            return;
        }
    }
}

} // namespace

class TstJsonExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void roundTripsThroughFile();
    void writesNullWhereUnknown();
    void writesDerivedFields();
    void writesTheLocalRankersReasons();
    void writesTheAuthorStageCounts();
    void writesFormatMarker();
    void writesUtf8Unescaped();
    void readsReferenceFixture();
    void refusesOtherDocuments_data();
    void refusesOtherDocuments();
    void reportsWriteFailure();
};

void TstJsonExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstJsonExporter::roundTripsEveryField_data()
{
    QTest::addColumn<bool>("unscored");
    QTest::newRow("scored day with all fields") << false;
    QTest::newRow("unscored day before any LLM run") << true;
}

void TstJsonExporter::roundTripsEveryField()
{
    QFETCH(bool, unscored);
    Sieve::Digest::Digest digest = fullDigest();
    if (unscored) {
        digest.usage = DigestUsage();
        digest.totalRelevant.reset();
        digest.prompt.clear();
        for (DigestEntry &entry : digest.entries) {
            entry.relevance.reset();
            entry.novelty.reset();
            entry.comment.clear();
            entry.status = QString(EntryStatus::Unscored);
        }
    }

    const QByteArray bytes = JsonExporter::toJson(digest).toJson();
    const auto read = JsonExporter::fromJson(QJsonDocument::fromJson(bytes));

    QVERIFY(read);
    compareDigests(read.value(), digest);
}

void TstJsonExporter::roundTripsThroughFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("digest.json"));

    QVERIFY(JsonExporter::write(fullDigest(), path));
    const auto read = JsonExporter::read(path);

    QVERIFY(read);
    compareDigests(read.value(), fullDigest());
}

void TstJsonExporter::writesNullWhereUnknown()
{
    Sieve::Digest::Digest digest = fullDigest();
    digest.usage = DigestUsage();
    digest.totalRelevant.reset();
    const QJsonObject root = JsonExporter::toJson(digest).object();

    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    QVERIFY(usage.value(QStringLiteral("model")).isNull());
    QVERIFY(usage.value(QStringLiteral("promptCostUsd")).isNull());
    QVERIFY(usage.value(QStringLiteral("completionCostUsd")).isNull());
    QVERIFY(usage.value(QStringLiteral("totalCostUsd")).isNull());
    QVERIFY(usage.value(QStringLiteral("authorStage")).isNull());
    QCOMPARE(usage.value(QStringLiteral("promptTokens")).toInteger(-1), 0);
    QVERIFY(root.value(QStringLiteral("totals"))[QStringLiteral("relevant")].isNull());

    const QJsonObject failed = root.value(QStringLiteral("papers"))[1].toObject();
    QVERIFY(failed.value(QStringLiteral("relevance")).isNull());
    QVERIFY(failed.value(QStringLiteral("novelty")).isNull());
    QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(failed.value(QStringLiteral("statusReason")).toString(),
             QStringLiteral("provider error: HTTP 500"));
}

void TstJsonExporter::writesTheLocalRankersReasons()
{
    const QJsonArray papers =
        JsonExporter::toJson(fullDigest()).object().value(QStringLiteral("papers")).toArray();

    const QJsonObject local = papers.at(0).toObject().value(QStringLiteral("local")).toObject();
    QCOMPARE(local.value(QStringLiteral("rank")).toInt(), 3);
    QCOMPARE(local.value(QStringLiteral("score")).toDouble(), 1.25);
    const QJsonArray why = local.value(QStringLiteral("why")).toArray();
    QCOMPARE(why.size(), 2);
    QCOMPARE(why.at(0)[QStringLiteral("label")].toString(),
             QStringLiteral("Star formation history"));
    QCOMPARE(why.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("topic"));
    QCOMPARE(why.at(0)[QStringLiteral("weight")].toDouble(), 0.8);
    QCOMPARE(why.at(1)[QStringLiteral("kind")].toString(), QStringLiteral("term"));
    QCOMPARE(why.at(1)[QStringLiteral("weight")].toDouble(), -0.125);

    // A paper the local ranker never saw says so, rather than rank 0.
    QVERIFY(papers.at(1).toObject().value(QStringLiteral("local")).isNull());
}

void TstJsonExporter::writesTheAuthorStageCounts()
{
    Sieve::Digest::Digest digest = fullDigest();
    digest.usage.authorStage->hIndexCutoff.reset();
    const QJsonObject usage = JsonExporter::toJson(digest).object().value("usage").toObject();

    const QJsonObject stage = usage.value(QStringLiteral("authorStage")).toObject();
    QCOMPARE(stage.value(QStringLiteral("followed")).toInt(-1), 1);
    QCOMPARE(stage.value(QStringLiteral("belowCutoff")).toInt(-1), 4);
    QVERIFY(stage.value(QStringLiteral("hIndexCutoff")).isNull());
    QCOMPARE(stage.value(QStringLiteral("lookedUp")).toInt(-1), 40);
    QCOMPARE(stage.value(QStringLiteral("fromCache")).toInt(-1), 2);
    QCOMPARE(stage.value(QStringLiteral("unknown")).toInt(-1), 1);
    QCOMPARE(stage.value(QStringLiteral("notLookedUp")).toInt(-1), 3);
    QCOMPARE(stage.value(QStringLiteral("requests")).toInt(-1), 5);
    QCOMPARE(stage.value(QStringLiteral("problem")).toString(),
             QString::fromUtf8("Semantic Scholar \xe2\x80\x93 HTTP 503."));
}

void TstJsonExporter::writesDerivedFields()
{
    Sieve::Digest::Digest digest = fullDigest();
    digest.usage.completionCostUsd = 0.03126;
    const QJsonObject root = JsonExporter::toJson(digest).object();

    const QJsonArray papers = root.value(QStringLiteral("papers")).toArray();
    const QJsonObject first = papers.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(papers.at(1).toObject().value(QStringLiteral("rank")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("absUrl")).toString(),
             QStringLiteral("https://arxiv.org/abs/2603.03384"));
    QCOMPARE(first.value(QStringLiteral("pdfUrl")).toString(),
             QStringLiteral("https://arxiv.org/pdf/2603.03384v2"));
    QCOMPARE(first.value(QStringLiteral("announceType")).toString(),
             QStringLiteral("replace-cross"));

    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    QCOMPARE(usage.value(QStringLiteral("totalCostUsd")).toDouble(), 0.0674175 + 0.03126);
}

void TstJsonExporter::writesFormatMarker()
{
    const QJsonObject root = JsonExporter::toJson(fullDigest()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("papersieve-digest"));
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-04"));
}

void TstJsonExporter::writesUtf8Unescaped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("digest.json"));
    QVERIFY(JsonExporter::write(fullDigest(), path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xef\xbb\xbf"));
    QVERIFY(!bytes.contains('\r'));
    QVERIFY(bytes.contains("\xce\xa9-limits of Hern\xc3\xa1ndez flows"));
    QVERIFY(bytes.contains("9\xe2\x80\x93"
                           "10"));
    QVERIFY(!bytes.contains("\xc3\xa2\xe2\x82\xac"));
}

void TstJsonExporter::readsReferenceFixture()
{
    const auto read = JsonExporter::read(DataDir + QStringLiteral("2025-04-17.json"));

    QVERIFY(read);
    const Sieve::Digest::Digest &digest = read.value();
    QCOMPARE(digest.date, QDate(2025, 4, 17));
    QCOMPARE(digest.entries.size(), 9);
    QCOMPARE(digest.totalRelevant, std::optional<int>(9));
    QCOMPARE(digest.usage.totalTokens(), 30093);
    QCOMPARE(digest.entries.at(1).paper.authors.at(5),
             QStringLiteral("Jos\\'e Miguel Hern\\'andez-Lobato"));
    QVERIFY(digest.prompt.contains(QString::fromUtf8("9\xe2\x80\x93"
                                                     "10 despite")));
}

void TstJsonExporter::refusesOtherDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("another format") << QByteArray(R"({"format": "other", "formatVersion": 1})");
    QTest::newRow("newer version") << QByteArray(
        R"({"format": "papersieve-digest", "formatVersion": 2, "date": "2026-03-04"})");
    QTest::newRow("missing version")
        << QByteArray(R"({"format": "papersieve-digest", "date": "2026-03-04"})");
    QTest::newRow("invalid date") << QByteArray(
        R"({"format": "papersieve-digest", "formatVersion": 1, "date": "yesterday"})");
    QTest::newRow("not an object") << QByteArray("[1, 2]");
}

void TstJsonExporter::refusesOtherDocuments()
{
    QFETCH(QByteArray, json);
    const auto read = JsonExporter::fromJson(QJsonDocument::fromJson(json));

    QVERIFY(!read);
    QCOMPARE(read.error().code(), Error::Code::BadData);
    QVERIFY(!read.error().userMessage().isEmpty());
}

void TstJsonExporter::reportsWriteFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/digest.json"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not write")));

    const Result<void> written = JsonExporter::write(fullDigest(), path);

    QVERIFY(!written);
    QCOMPARE(written.error().code(), Error::Code::Storage);
    QVERIFY(written.error().userMessage().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TstJsonExporter)
#include "tst_jsonexporter.moc"
