// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/jsonexporter.h>
#include <app/digest/markdownexporter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Sieve;
using namespace Sieve::Digest;

Q_DECLARE_METATYPE(Sieve::Ranker::Contribution)
Q_DECLARE_METATYPE(Sieve::Library::AuthorStageRecord)

namespace {

const QString DataDir = QStringLiteral(PAPERSIEVE_TEST_DATA "/digest/");

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

Result<Sieve::Digest::Digest> referenceDigest()
{
    return JsonExporter::read(DataDir + QStringLiteral("2025-04-17.json"));
}

// The reference was produced by a tool that encoded an en dash twice; ours must not.
QString repairedReference()
{
    QFile file(DataDir + QStringLiteral("reference-2025-04-17.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    return text.replace(utf8("\xc3\xa2\xe2\x82\xac\xe2\x80\x9c"), utf8("\xe2\x80\x93"));
}

DigestEntry makeEntry(const QString &id, const QString &title)
{
    DigestEntry entry;
    entry.paper.id = id;
    entry.paper.version = 1;
    entry.paper.title = title;
    entry.paper.authors = {QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")};
    entry.paper.abstract = QStringLiteral("We study $\\sim$ things.");
    entry.status = QString(EntryStatus::Unscored);
    return entry;
}

Sieve::Digest::Digest unscoredDigest()
{
    Sieve::Digest::Digest digest;
    digest.date = QDate(2026, 3, 4);
    digest.totalArxiv = 12;
    digest.totalScanned = 10;
    digest.entries = {makeEntry(QStringLiteral("2603.00001"), QStringLiteral("First"))};
    return digest;
}

QByteArray writtenBytes(const Sieve::Digest::Digest &digest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("digest.md"));
    const Result<void> written = MarkdownExporter::write(digest, path);
    if (!written) {
        return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Undoes escapeLinkText(); returns a null string when the text is not one well-formed link text.
QString linkTextOf(const QString &line, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch()) {
        return {};
    }
    QString text = match.captured(1);
    text.replace(QRegularExpression(QStringLiteral(R"(\\([\\\[\]]))")), QStringLiteral("\\1"));
    return text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
}

} // namespace

class TstMarkdownExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reproducesReferenceDigest();
    void formatsCost_data();
    void formatsCost();
    void showsUnscoredDay();
    void saysWhatTheAuthorStageFound_data();
    void saysWhatTheAuthorStageFound();
    void showsTheLocalRankersReasons_data();
    void showsTheLocalRankersReasons();
    void keepsTableWithHostileModelName();
    void showsStatusOfUnfinishedPapers_data();
    void showsStatusOfUnfinishedPapers();
    void omitsCommentLineWithoutComment();
    void endsWithSeparatorWithoutPrompt();
    void keepsStructureWithHostileTitles_data();
    void keepsStructureWithHostileTitles();
    void keepsNonAsciiByteExact_data();
    void keepsNonAsciiByteExact();
    void neverWritesMojibake_data();
    void neverWritesMojibake();
    void reportsWriteFailure_data();
    void reportsWriteFailure();
    void replacesExistingFile();
};

void TstMarkdownExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstMarkdownExporter::reproducesReferenceDigest()
{
    const QString expected = repairedReference();
    const auto digest = referenceDigest();
    QVERIFY(!expected.isEmpty());
    QVERIFY(digest);
    const QString actual = MarkdownExporter::render(digest.value());

    const QStringList expectedLines = expected.split(QLatin1Char('\n'));
    const QStringList actualLines = actual.split(QLatin1Char('\n'));
    for (qsizetype line = 0; line < std::min(expectedLines.size(), actualLines.size()); ++line) {
        QVERIFY2(
            actualLines.at(line) == expectedLines.at(line),
            qPrintable(
                QStringLiteral("line %1 differs:\n%2\n%3")
                    .arg(QString::number(line + 1), actualLines.at(line), expectedLines.at(line))));
    }
    QCOMPARE(actualLines.size(), expectedLines.size());
    QCOMPARE(actual, expected);
}

void TstMarkdownExporter::formatsCost_data()
{
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reference prompt cost") << 0.0674175 << QStringLiteral("$0.07");
    QTest::newRow("reference completion cost") << 0.03126 << QStringLiteral("$0.03");
    QTest::newRow("reference total drops trailing zero") << 0.0986775 << QStringLiteral("$0.1");
    QTest::newRow("nothing spent keeps one decimal") << 0.0 << QStringLiteral("$0.0");
    QTest::newRow("whole dollars keep one decimal") << 2.0 << QStringLiteral("$2.0");
    QTest::newRow("below half a cent") << 0.004 << QStringLiteral("$0.004");
    QTest::newRow("above half a cent") << 0.0051 << QStringLiteral("$0.0051");
    QTest::newRow("three tenths of a cent") << 0.003 << QStringLiteral("$0.003");
    QTest::newRow("two significant digits below a cent") << 0.0034567 << QStringLiteral("$0.0035");
    QTest::newRow("a thousandth of a cent") << 0.0000123 << QStringLiteral("$0.000012");
    QTest::newRow("just below a cent rounds to one") << 0.00999 << QStringLiteral("$0.01");
    QTest::newRow("a cent and more keeps cents") << 0.0123 << QStringLiteral("$0.01");
    QTest::newRow("dollars and cents") << 12.3449 << QStringLiteral("$12.34");
    QTest::newRow("not a number is unknown") << std::nan("") << QStringLiteral("cost unknown");
}

void TstMarkdownExporter::formatsCost()
{
    QFETCH(double, usd);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownExporter::formatCost(usd), expected);
}

void TstMarkdownExporter::showsUnscoredDay()
{
    const QString text = MarkdownExporter::render(unscoredDigest());

    const QString table =
        QStringLiteral("| *[no LLM run]*   | Prompt   | Completion   | Total   |\n"
                       "|:----------------:|:--------:|:------------:|:-------:|\n"
                       "| **Token**        | 0        | 0            | 0       |\n"
                       "| **Cost**         | $0.0     | $0.0         | $0.0    |\n");
    QVERIFY2(text.contains(table), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\nTotal relevant papers: not scored yet\n")));

    const QString section =
        QStringLiteral("## 1. [First](https://arxiv.org/abs/2603.00001) <a id=\"link1\"></a>\n\n"
                       "**ArXiv ID:** 2603.00001\n\n"
                       "**Authors:** Ada Lovelace, Alan Turing\n\n"
                       "**Abstract:** We study $\\sim$ things.\n\n"
                       "**Relevance:** not scored\n"
                       "**Novelty:** not scored\n\n"
                       "---\n");
    QVERIFY2(text.contains(section), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("**Status:**")));
}

void TstMarkdownExporter::saysWhatTheAuthorStageFound_data()
{
    QTest::addColumn<Library::AuthorStageRecord>("stage");
    QTest::addColumn<QString>("line"); // empty: no line at all

    QTest::newRow("no author stage") << Library::AuthorStageRecord() << QString();

    Library::AuthorStageRecord down;
    down.followed = 1;
    down.hIndexCutoff = 15;
    down.notLookedUp = 3;
    down.requests = 4;
    down.problem = QStringLiteral("The authors of 3 papers were not looked up on Semantic Scholar. "
                                  "api.semanticscholar.org answered with HTTP 503 4 times; try "
                                  "again later.");
    QTest::newRow("Semantic Scholar unavailable")
        << down
        << QStringLiteral(
               "Author stage: 1 paper by followed authors, 0 below the h-index cutoff of "
               "15. Semantic Scholar: 3 papers not looked up. The authors of 3 papers "
               "were not looked up on Semantic Scholar. api.semanticscholar.org answered "
               "with HTTP 503 4 times; try again later.");

    Library::AuthorStageRecord answered;
    answered.followed = 2;
    answered.belowCutoff = 12;
    answered.hIndexCutoff = 10;
    answered.lookedUp = 40;
    answered.fromCache = 5;
    answered.unknown = 1;
    answered.requests = 2;
    QTest::newRow("every paper answered")
        << answered
        << QStringLiteral("Author stage: 2 papers by followed authors, 12 below the h-index cutoff "
                          "of 10. Semantic Scholar: 40 papers looked up, 5 from the cache, 1 "
                          "unknown.");

    Library::AuthorStageRecord namesOnly;
    namesOnly.followed = 0;
    QTest::newRow("followed authors only, none listed")
        << namesOnly << QStringLiteral("Author stage: 0 papers by followed authors.");
}

// Between the totals and the contents, and only when the author stage ran: a digest of a run
// without one keeps the reference layout (reproducesReferenceDigest).
void TstMarkdownExporter::saysWhatTheAuthorStageFound()
{
    QFETCH(Library::AuthorStageRecord, stage);
    QFETCH(QString, line);
    Sieve::Digest::Digest digest = unscoredDigest();
    if (!line.isEmpty()) {
        digest.usage.authorStage = stage;
    }

    const QString text = MarkdownExporter::render(digest);

    QVERIFY2(text.contains(QStringLiteral("Total relevant papers: not scored yet\n\n")
                           + (line.isEmpty() ? QString() : line + QStringLiteral("\n\n"))
                           + QStringLiteral("**Table of contents")),
             qPrintable(text));
    QCOMPARE(text.contains(QStringLiteral("Author stage:")), !line.isEmpty());
}

void TstMarkdownExporter::showsTheLocalRankersReasons_data()
{
    using Kind = Ranker::Contribution::Kind;
    QTest::addColumn<QList<Ranker::Contribution>>("why");
    QTest::addColumn<QString>("line");

    QTest::newRow("a topic for, a term against")
        << QList<Ranker::Contribution>{{Kind::Topic, QStringLiteral("star formation history"), 0.9},
                                       {Kind::Term, QStringLiteral("bar"), -0.2}}
        << utf8("**Local ranker:** #3 \xc2\xb7 star formation history (+), bar (\xe2\x88\x92)");
    QTest::newRow("the three strongest of four")
        << QList<Ranker::Contribution>{{Kind::Term, QStringLiteral("halo"), 0.5},
                                       {Kind::Term, QStringLiteral("<b>disk</b>"), 0.4},
                                       {Kind::Term, QStringLiteral("gas"), 0.3},
                                       {Kind::Term, QStringLiteral("dust"), 0.2}}
        << utf8("**Local ranker:** #3 \xc2\xb7 halo (+), &lt;b>disk&lt;/b> (+), gas (+)");
    QTest::newRow("no reasons") << QList<Ranker::Contribution>{}
                                << QStringLiteral("**Local ranker:** #3");
}

void TstMarkdownExporter::showsTheLocalRankersReasons()
{
    QFETCH(QList<Ranker::Contribution>, why);
    QFETCH(QString, line);
    Sieve::Digest::Digest digest = unscoredDigest();
    digest.entries.first().local = LocalRanking{3, 0.7, why};

    const QString text = MarkdownExporter::render(digest);
    const QString expected =
        QStringLiteral("**Novelty:** not scored\n") + line + QStringLiteral("\n\n---\n");
    QVERIFY2(text.contains(expected), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("**Local ranker:**")), 1);

    // Without the ranker's view the section keeps the reference layout.
    QVERIFY(!MarkdownExporter::render(unscoredDigest()).contains(QStringLiteral("Local ranker")));
}

void TstMarkdownExporter::keepsTableWithHostileModelName()
{
    Sieve::Digest::Digest digest = unscoredDigest();
    digest.usage.model = QStringLiteral("local|model\nv2");
    digest.usage.promptCostUsd = 0.5;
    const QStringList lines = MarkdownExporter::render(digest).split(QLatin1Char('\n'));

    QVERIFY2(lines.at(2).startsWith(QStringLiteral("| *[local\\|model v2]*   | Prompt   |")),
             qPrintable(lines.at(2)));
    QCOMPARE(
        lines.at(5),
        QStringLiteral("| **Cost**              | $0.5     | cost unknown   | cost unknown   |"));
    for (qsizetype line = 2; line <= 5; ++line) {
        QCOMPARE(lines.at(line).count(QRegularExpression(QStringLiteral(R"((?<!\\)\|)"))), 5);
    }
}

void TstMarkdownExporter::showsStatusOfUnfinishedPapers_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("failed with reason")
        << QStringLiteral("failed") << QStringLiteral("provider error: HTTP 500")
        << QStringLiteral("**Status:** failed (provider error: HTTP 500)\n\n**Relevance:**");
    QTest::newRow("failed without reason")
        << QStringLiteral("failed") << QString()
        << QStringLiteral("**Status:** failed\n\n**Relevance:**");
    QTest::newRow("over budget") << QStringLiteral("over-budget")
                                 << QStringLiteral("daily budget of $1.00 reached")
                                 << QStringLiteral(
                                        "**Status:** over-budget (daily budget of $1.00 reached)");
    QTest::newRow("reason on one line")
        << QStringLiteral("failed") << QStringLiteral("timeout\nafter 30 s")
        << QStringLiteral("**Status:** failed (timeout after 30 s)\n");
}

void TstMarkdownExporter::showsStatusOfUnfinishedPapers()
{
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QString, expectedLine);

    Sieve::Digest::Digest digest = unscoredDigest();
    digest.entries[0].status = status;
    digest.entries[0].statusReason = reason;
    const QString text = MarkdownExporter::render(digest);

    QVERIFY2(text.contains(expectedLine), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("**Relevance:** not scored\n")));
}

void TstMarkdownExporter::omitsCommentLineWithoutComment()
{
    Sieve::Digest::Digest digest = unscoredDigest();
    digest.entries.append(makeEntry(QStringLiteral("2603.00002"), QStringLiteral("Second")));
    digest.entries[1].relevance = 7;
    digest.entries[1].novelty = 6;
    digest.entries[1].comment = QStringLiteral("Matches criterion 2.");
    digest.entries[1].status = QString(EntryStatus::Scored);
    const QString text = MarkdownExporter::render(digest);

    QCOMPARE(text.count(QStringLiteral("**Comment:**")), 1);
    QVERIFY(text.contains(QStringLiteral(
        "**Comment:** Matches criterion 2.\n\n**Relevance:** 7\n**Novelty:** 6\n\n---\n")));
}

void TstMarkdownExporter::endsWithSeparatorWithoutPrompt()
{
    const QString text = MarkdownExporter::render(unscoredDigest());
    QVERIFY(text.endsWith(QStringLiteral("**Novelty:** not scored\n\n---\n")));
    QVERIFY(!text.contains(QStringLiteral("# Paper Selection Prompt")));
}

void TstMarkdownExporter::keepsStructureWithHostileTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("shownTitle");
    QTest::newRow("closing bracket") << QStringLiteral("Sets [a, b] and ]c") << QString();
    QTest::newRow("link injection")
        << QStringLiteral("x](javascript:alert(1)) [y](https://evil.example)") << QString();
    QTest::newRow("script tag") << QStringLiteral("<script>alert(1)</script> Title") << QString();
    QTest::newRow("image tag") << QStringLiteral("<img src=x onerror=alert(1)>") << QString();
    QTest::newRow("html comment") << QStringLiteral("Before <!-- hide the rest") << QString();
    QTest::newRow("trailing backslash") << QStringLiteral("Ends in TeX \\") << QString();
    QTest::newRow("backslash before bracket") << QStringLiteral("a\\]b") << QString();
    QTest::newRow("comparison stays") << QStringLiteral("Bounds for n < 10") << QString();
    QTest::newRow("line break") << QStringLiteral("First line\n  ## Second line")
                                << QStringLiteral("First line ## Second line");
}

void TstMarkdownExporter::keepsStructureWithHostileTitles()
{
    QFETCH(QString, title);
    QFETCH(QString, shownTitle);
    if (shownTitle.isNull()) {
        shownTitle = title;
    }

    Sieve::Digest::Digest digest = unscoredDigest();
    digest.entries[0].paper.title = title;
    digest.entries[0].paper.abstract = title;
    digest.entries.append(makeEntry(QStringLiteral("2603.00002"), QStringLiteral("Second")));
    const QStringList lines = MarkdownExporter::render(digest).split(QLatin1Char('\n'));

    const QString linkText = QStringLiteral(R"(((?:\\.|[^\\\[\]])*))");
    const QRegularExpression contentsLine(QStringLiteral(R"(^1\. \[)") + linkText
                                          + QStringLiteral(R"(\]\(#user-content-link1\)$)"));
    const QRegularExpression heading(
        QStringLiteral(R"(^## 1\. \[)") + linkText
        + QStringLiteral(R"(\]\(https://arxiv\.org/abs/2603\.00001\) <a id="link1"></a>$)"));
    QCOMPARE(linkTextOf(lines.at(15), contentsLine), shownTitle);
    QCOMPARE(linkTextOf(lines.at(23), heading), shownTitle);

    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^## "))).size(), 2);
    QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^---$"))).size(), 3);
    const QString text = lines.join(QLatin1Char('\n'));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("<(script|img|!--)"))));
    QCOMPARE(text.count(QStringLiteral("<a id=")), 2);
}

void TstMarkdownExporter::keepsNonAsciiByteExact_data()
{
    QTest::addColumn<QByteArray>("utf8Text");
    QTest::newRow("TeX accent stays TeX") << QByteArray("Jos\\'e Miguel Hern\\'andez-Lobato");
    QTest::newRow("Latin accent") << QByteArray("Hern\xc3\xa1ndez");
    QTest::newRow("Greek") << QByteArray("\xce\xa9-convergence");
    QTest::newRow("math symbol") << QByteArray("rank \xe2\x89\xa5 2");
    QTest::newRow("en dash") << QByteArray("9\xe2\x80\x93"
                                           "10");
    QTest::newRow("CJK") << QByteArray("\xe6\xb7\xb1\xe5\xba\xa6\xe5\xad\xa6\xe4\xb9\xa0");
    QTest::newRow("outside the BMP") << QByteArray("\xf0\x9d\x94\xbd and \xf0\x9f\x9a\x80");
}

void TstMarkdownExporter::keepsNonAsciiByteExact()
{
    QFETCH(QByteArray, utf8Text);
    const QString text = QString::fromUtf8(utf8Text);

    Sieve::Digest::Digest digest = unscoredDigest();
    DigestEntry &entry = digest.entries[0];
    entry.paper.title = text;
    entry.paper.authors = {text};
    entry.paper.abstract = text;
    entry.comment = text;
    digest.prompt = text;
    const QByteArray bytes = writtenBytes(digest);

    QCOMPARE(bytes.count(utf8Text), 7); // contents title and authors, section title and four fields
    QVERIFY(bytes.endsWith(utf8Text));
}

void TstMarkdownExporter::neverWritesMojibake_data()
{
    QTest::addColumn<bool>("useReference");
    QTest::addColumn<QString>("text");
    QTest::newRow("reference digest") << true << QString();
    QTest::newRow("dashes and quotes") << false
                                       << utf8("9\xe2\x80\x93"
                                               "10, \xe2\x80\x9cquoted\xe2\x80\x9d");
    QTest::newRow("mixed scripts")
        << false << utf8("\xce\xa9 \xe2\x89\xa5 \xe6\xb7\xb1 Hern\xc3\xa1ndez");
}

void TstMarkdownExporter::neverWritesMojibake()
{
    QFETCH(bool, useReference);
    QFETCH(QString, text);

    const auto reference = referenceDigest();
    QVERIFY(reference);
    Sieve::Digest::Digest digest = useReference ? reference.value() : unscoredDigest();
    if (!useReference) {
        digest.entries[0].paper.title = text;
        digest.entries[0].paper.abstract = text;
        digest.prompt = text;
    }
    const QByteArray bytes = writtenBytes(digest);
    QVERIFY(!bytes.isEmpty());

    QVERIFY(!bytes.startsWith("\xef\xbb\xbf"));
    QVERIFY(!bytes.contains('\r'));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    QVERIFY(!decoder.hasError());
    QVERIFY(!decoded.contains(utf8("\xc3\xa2\xe2\x82\xac")));
    QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
    QCOMPARE(decoded.toUtf8(), bytes);
    QCOMPARE(decoded, MarkdownExporter::render(digest));
}

void TstMarkdownExporter::reportsWriteFailure_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/digest.md");
    QTest::newRow("path is a folder") << QStringLiteral("folder");
}

void TstMarkdownExporter::reportsWriteFailure()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString path = dir.filePath(relativePath);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not write")));

    const Result<void> written = MarkdownExporter::write(unscoredDigest(), path);

    QVERIFY(!written);
    QCOMPARE(written.error().code(), Error::Code::Storage);
    QVERIFY(written.error().userMessage().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!written.error().detail().isEmpty());
    QVERIFY(!QFileInfo(path).isFile());
}

void TstMarkdownExporter::replacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("digest.md"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'x'));
    old.close();

    QVERIFY(MarkdownExporter::write(unscoredDigest(), path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), MarkdownExporter::render(unscoredDigest()).toUtf8());
}

QTEST_GUILESS_MAIN(TstMarkdownExporter)
#include "tst_markdownexporter.moc"
