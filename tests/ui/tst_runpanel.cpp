// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>
#include <app/platform/translations.h>
#include <ui/messagebar.h>
#include <ui/runpanel.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>
#include <tests/support/fakellmserver.h>
#include <tests/support/fakesemanticscholar.h>

using namespace std::chrono_literals;
using Sieve::Day;
using Sieve::Paper;
using Sieve::Digest::ScoringOptions;
using Sieve::Digest::ScoringProgress;
using Sieve::Digest::ScoringReport;
using Sieve::Library::Library;
using Sieve::Library::ProfileStore;
using Sieve::Library::RunStore;
using Sieve::Scoring::ProviderConfig;
using Sieve::Scoring::ScoringProfile;
using Sieve::Test::FakeLlmServer;
using Sieve::Test::FakeSemanticScholar;
using Sieve::Ui::MessageBar;
using Sieve::Ui::RunPanel;
using Action = FakeLlmServer::Action;

namespace {

const QDate Date(2026, 3, 10);
const QString Model = QStringLiteral("gpt-4.1-mini");
constexpr int WaitMs = 20000;
constexpr int Papers = 12;
// One author per paper, each a different person, so the author stage can tell them apart.
const QStringList Authors = {"Vera Rubin",
                             "Emmy Noether",
                             "Marie Curie",
                             "Grace Hopper",
                             "Lise Meitner",
                             "Ada Lovelace",
                             "Henrietta Leavitt",
                             "Cecilia Payne",
                             "Jocelyn Bell",
                             "Annie Cannon",
                             "Nancy Roman",
                             "Sandra Faber"};
constexpr int FollowedPaper = 9; // by Annie Cannon, whom some profiles follow

Paper makePaper(int index)
{
    Paper paper;
    paper.id = QStringLiteral("2603.%1").arg(20000 + index);
    paper.version = 1;
    paper.title = QStringLiteral("Dwarf galaxy number %1 and its dark matter halo").arg(index);
    paper.abstract = QStringLiteral("We measure the rotation curve of dwarf galaxy %1.").arg(index);
    paper.authors = {Authors.at(index)};
    paper.categories = {QStringLiteral("astro-ph.GA")};
    paper.primaryCategory = QStringLiteral("astro-ph.GA");
    return paper;
}

Day makeDay(int papers)
{
    Day day;
    day.date = Date;
    day.categories = {QStringLiteral("astro-ph.GA")};
    day.source = QStringLiteral("rss");
    for (int i = 0; i < papers; ++i) {
        day.papers.append(makePaper(i));
        day.listings.append(
            {day.papers.last().id, QStringLiteral("astro-ph.GA"), Sieve::AnnounceType::New});
    }
    return day;
}

ScoringOptions quickOptions(int maxAsks = 3)
{
    ScoringOptions options;
    options.batchSize = 4;
    options.concurrency = 1; // one request at a time keeps the fake server's script in order
    options.maxAsks = maxAsks;
    options.completion.transferTimeout = 2s;
    options.completion.maxAttempts = 1;
    return options;
}

QSet<QString> idsSentFrom(const FakeLlmServer &server, int firstRequest)
{
    QSet<QString> ids;
    const auto requests = server.requests();
    for (qsizetype i = firstRequest; i < requests.size(); ++i) {
        for (const QString &id : requests.at(i).ids) {
            ids.insert(id);
        }
    }
    return ids;
}

QProgressBar *stageBar(const RunPanel &panel, const QString &name)
{
    return panel.findChild<QProgressBar *>(name);
}

QToolButton *barButton(const RunPanel &panel, const QString &name)
{
    return panel.findChild<MessageBar *>()->findChild<QToolButton *>(name);
}

} // namespace

class TstRunPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheEstimateBeforeStarting();
    void runsToCompletionWithProgress();
    void theTitlePrefilterHasABarOfItsOwn();
    void failedPapersAreListedAndRetrySendsOnlyThem();
    void cancelKeepsAnswersAndStartContinues();
    void withoutAProviderOffersNothingThatNeedsAKey();
    void aDayNotInTheLibraryIsReported();
    void authorStageRunsFirstAndIsKeptWithTheRun();
    void semanticScholarTroubleNeverStopsTheRun_data();
    void semanticScholarTroubleNeverStopsTheRun();
    void cancelDuringTheAuthorStageSendsNothing();
    void prefilterSendsTheLocalTopAndFollowedAuthors();
    void prefilterChoiceIsKeptWithTheProfile();
    void chosenSkippedPapersAreScoredIntoTheDaysRun();
    void chosenPapersOfAnUnscoredDayWaitForStart();

private:
    void setUpPanel(int maxAsks = 3, const ScoringProfile &profile = ScoringProfile::defaults());
    void setUpAuthorStage(int hIndexCutoff);
    void saveScreenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<FakeSemanticScholar> m_s2;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<RunPanel> m_panel;
};

void TstRunPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The English plural forms, as the app installs them ("1 request", "3 requests").
    Sieve::Platform::installTranslators(QLocale(QLocale::English));
    qRegisterMetaType<ScoringReport>();
    qRegisterMetaType<ScoringProgress>();
}

void TstRunPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->isListening());
    auto opened = Library::open(m_dir->filePath(QStringLiteral("library.sqlite")));
    QVERIFY(opened);
    m_library = std::move(opened).value();
    QVERIFY(m_library->storeDay(makeDay(Papers)));
}

void TstRunPanel::cleanup()
{
    m_panel.reset();
    m_library.reset();
    m_s2.reset();
    m_server.reset();
    m_dir.reset();
}

void TstRunPanel::setUpPanel(int maxAsks, const ScoringProfile &profile)
{
    m_panel = std::make_unique<RunPanel>();
    m_panel->resize(640, 300);
    m_panel->setLibrary(m_library.get());
    m_panel->setOptions(quickOptions(maxAsks));
    m_panel->setProfile(profile);
    m_panel->setProvider(QStringLiteral("openai"),
                         ProviderConfig{m_server->baseUrl(), Model, QStringLiteral("sk-test")});
    m_panel->setDate(Date);
    m_panel->show();
}

void TstRunPanel::saveScreenshot(const QString &name)
{
    QVERIFY(QDir().mkpath(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR)));
    const QString path = QStringLiteral(PAPERSIEVE_ARTIFACT_DIR "/%1.png").arg(name);
    // A label's new text is laid out on the next pass of the event loop; grabbed before, a
    // second line overlaps the row above.
    QTest::qWait(100);
    QVERIFY(m_panel->grab().save(path));
}

void TstRunPanel::showsTheEstimateBeforeStarting()
{
    setUpPanel();

    QVERIFY(m_panel->hasProvider());
    QVERIFY(m_panel->estimate());
    QCOMPARE(m_panel->estimate()->requests, 3);
    QVERIFY(m_panel->estimate()->usage.total() > 0);
    QVERIFY(m_panel->estimate()->cost); // gpt-4.1-mini has a price
    QCOMPARE(m_panel->cachedPapers(), 0);
    const QString shown = m_panel->findChild<QLabel *>(QStringLiteral("estimateLabel"))->text();
    QVERIFY2(shown.contains(QStringLiteral("3 request")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("$")), qPrintable(shown));
    QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
    QCOMPARE(m_server->requestCount(), 0);
    saveScreenshot(QStringLiteral("runpanel-estimate"));
}

void TstRunPanel::runsToCompletionWithProgress()
{
    setUpPanel();
    QSignalSpy progress(m_panel.get(), &RunPanel::progressChanged);
    QSignalSpy finished(m_panel.get(), &RunPanel::runFinished);
    QSignalSpy changed(m_panel.get(), &RunPanel::scoresChanged);

    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("startButton")),
                      Qt::LeftButton);
    QVERIFY(m_panel->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);

    QVERIFY(progress.size() >= 3);
    int settled = 0;
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        const auto step = signal.first().value<ScoringProgress>();
        QVERIFY(step.settled >= settled);
        QCOMPARE(step.total, Papers);
        settled = step.settled;
    }
    QCOMPARE(settled, Papers);
    // No title pre-filter and no author stage here: the abstracts' bar only.
    QVERIFY(!stageBar(*m_panel, QStringLiteral("titlesBar"))->isVisible());
    QVERIFY(!stageBar(*m_panel, QStringLiteral("authorsBar"))->isVisible());
    const QProgressBar *abstracts = stageBar(*m_panel, QStringLiteral("abstractsBar"));
    QVERIFY(abstracts->isVisible());
    QCOMPARE(abstracts->maximum(), Papers);
    QCOMPARE(abstracts->value(), Papers);
    const auto report = finished.first().first().value<ScoringReport>();
    QCOMPARE(report.scored, Papers);
    QCOMPARE(changed.size(), 1);
    // The default profile follows nobody and has no h-index cutoff: no author stage.
    QVERIFY(!m_panel->lastAuthorStage());
    QVERIFY(!m_panel->findChild<QLabel *>(QStringLiteral("authorStageLabel"))->isVisible());
    QCOMPARE(changed.first().first().toDate(), Date);

    const auto *bar = m_panel->findChild<MessageBar *>();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
    // Every answer is stored now: a second run would cost nothing.
    QCOMPARE(m_panel->estimate()->requests, 0);
    QCOMPARE(m_panel->cachedPapers(), Papers);
    saveScreenshot(QStringLiteral("runpanel-done"));
}

void TstRunPanel::failedPapersAreListedAndRetrySendsOnlyThem()
{
    m_server->enqueue(Action::ProseAnswer); // the first batch of four cannot be read
    setUpPanel(1);
    QSignalSpy finished(m_panel.get(), &RunPanel::runFinished);

    m_panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);

    const auto report = finished.first().first().value<ScoringReport>();
    QCOMPARE(report.failed, 4);
    const auto *bar = m_panel->findChild<MessageBar *>();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().startsWith(QStringLiteral("8 scored, 4 failed (")),
             qPrintable(bar->text()));

    QToolButton *details = barButton(*m_panel, QStringLiteral("detailsButton"));
    QVERIFY(details);
    details->click();
    auto *failures = m_panel->findChild<QTreeWidget *>(QStringLiteral("failuresView"));
    QVERIFY(failures->isVisible());
    QCOMPARE(failures->topLevelItemCount(), 4);
    QSet<QString> failedIds;
    for (int i = 0; i < failures->topLevelItemCount(); ++i) {
        failedIds.insert(failures->topLevelItem(i)->text(0));
        QVERIFY(!failures->topLevelItem(i)->text(2).isEmpty());
    }
    QCOMPARE(failedIds, idsSentFrom(*m_server, 0) - idsSentFrom(*m_server, 1));
    saveScreenshot(QStringLiteral("runpanel-failed"));

    const int before = m_server->requestCount();
    QToolButton *retry = barButton(*m_panel, QStringLiteral("retryButton"));
    QVERIFY(retry);
    retry->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, WaitMs);

    QCOMPARE(idsSentFrom(*m_server, before), failedIds);
    const auto retried = finished.last().first().value<ScoringReport>();
    QCOMPARE(retried.failed, 0);
    QCOMPARE(retried.scored, Papers);
    QCOMPARE(retried.fromCache, Papers - 4);
    QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
    // The day's latest run holds every paper, so the reading list keeps all its scores.
    QCOMPARE(RunStore(*m_library).scores(retried.runId).size(), Papers);
}

void TstRunPanel::cancelKeepsAnswersAndStartContinues()
{
    for (int i = 0; i < 3; ++i) {
        m_server->enqueue(Action::Scores, 150ms);
    }
    setUpPanel();
    QSignalSpy finished(m_panel.get(), &RunPanel::runFinished);

    m_panel->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 2, WaitMs);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
    const auto cancelled = finished.first().first().value<ScoringReport>();
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.scored >= 4);
    QVERIFY(!m_panel->isRunning());
    QCOMPARE(m_panel->findChild<MessageBar *>()->kind(), MessageBar::Kind::Warning);
    auto *startButton = m_panel->findChild<QPushButton *>(QStringLiteral("startButton"));
    QCOMPARE(startButton->text(), QStringLiteral("Continue"));
    QSet<QString> stored;
    for (const auto &score : RunStore(*m_library).scores(cancelled.runId)) {
        if (score.status == QLatin1String("scored")) {
            stored.insert(score.paperId);
        }
    }
    QCOMPARE(stored.size(), cancelled.scored);

    const int before = m_server->requestCount();
    m_panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, WaitMs);

    const auto resumed = finished.last().first().value<ScoringReport>();
    QVERIFY(resumed.resumed);
    QCOMPARE(resumed.scored, Papers);
    QVERIFY(!idsSentFrom(*m_server, before).intersects(stored));
    QCOMPARE(startButton->text(), QStringLiteral("Start"));
}

void TstRunPanel::withoutAProviderOffersNothingThatNeedsAKey()
{
    setUpPanel();
    m_panel->clearProvider();

    QVERIFY(!m_panel->hasProvider());
    QVERIFY(!m_panel->estimate());
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("startButton"))->isVisible());
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("cancelButton"))->isVisible());
    QSignalSpy setup(m_panel.get(), &RunPanel::providerSetupRequested);
    QToolButton *setupButton = barButton(*m_panel, QStringLiteral("setupButton"));
    QVERIFY(setupButton && setupButton->isVisible());
    setupButton->click();
    QCOMPARE(setup.size(), 1);
    m_panel->start();
    QCOMPARE(m_server->requestCount(), 0);
    saveScreenshot(QStringLiteral("runpanel-noprovider"));

    // A remote endpoint without a key counts as not set up.
    m_panel->setProvider(QStringLiteral("openai"),
                         ProviderConfig{QUrl(QStringLiteral("https://api.openai.com")), Model, {}});
    QVERIFY(!m_panel->hasProvider());
}

void TstRunPanel::aDayNotInTheLibraryIsReported()
{
    setUpPanel();
    m_panel->setDate(Date.addDays(1));

    QVERIFY(!m_panel->estimate());
    const auto *bar = m_panel->findChild<MessageBar *>();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("fetch the day first")), qPrintable(bar->text()));
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
}

// Semantic Scholar knows every paper but the last; paper i's author has h-index 5 i. The profile
// follows the author of paper 1 and, with a cutoff, skips the papers below it.
void TstRunPanel::setUpAuthorStage(int hIndexCutoff)
{
    m_s2 = std::make_unique<FakeSemanticScholar>();
    QVERIFY(m_s2->isListening());
    for (int i = 0; i < Papers - 1; ++i) {
        m_s2->addPaper(makePaper(i).id, {{QString::number(3000 + i), Authors.at(i), 5 * i}});
    }

    setUpPanel();
    Sieve::Digest::SemanticScholarAccess access;
    access.baseUrl = m_s2->baseUrl();
    access.transferTimeout = 300ms;
    access.maxAttempts = 1;
    access.minInterval = 0ms;
    m_panel->setSemanticScholar(access);
    ScoringProfile profile = ScoringProfile::defaults();
    profile.followedAuthors = {QStringLiteral("Rubin, Vera"), QStringLiteral("E. Noether")};
    profile.hIndexCutoff = hIndexCutoff;
    m_panel->setProfile(profile);
}

void TstRunPanel::theTitlePrefilterHasABarOfItsOwn()
{
    setUpPanel();
    ScoringOptions options = quickOptions();
    options.titleFilter = true;
    options.titleBatchSize = 5;
    m_panel->setOptions(options);
    QSignalSpy progress(m_panel.get(), &RunPanel::progressChanged);
    QSignalSpy finished(m_panel.get(), &RunPanel::runFinished);
    int irrelevant = 0;
    for (int i = 0; i < Papers; ++i) {
        irrelevant += FakeLlmServer::isIrrelevantByTitle(makePaper(i).id) ? 1 : 0;
    }
    QVERIFY(irrelevant > 0 && irrelevant < Papers);

    m_panel->start();
    QVERIFY(stageBar(*m_panel, QStringLiteral("titlesBar"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);

    // The titles are judged first, in three requests; the abstracts' total shrinks by the
    // papers they rule out and is final once they are done.
    int judged = 0;
    for (const QList<QVariant> &signal : std::as_const(progress)) {
        const auto step = signal.first().value<ScoringProgress>();
        QCOMPARE(step.titles.total, Papers);
        QVERIFY(step.titles.done >= judged);
        judged = step.titles.done;
        if (step.abstracts.done > 0) {
            QCOMPARE(judged, Papers);
            QCOMPARE(step.abstracts.total, Papers - irrelevant);
        }
    }
    const QProgressBar *titles = stageBar(*m_panel, QStringLiteral("titlesBar"));
    QCOMPARE(titles->maximum(), Papers);
    QCOMPARE(titles->value(), Papers);
    const QProgressBar *abstracts = stageBar(*m_panel, QStringLiteral("abstractsBar"));
    QVERIFY(abstracts->isVisible());
    QCOMPARE(abstracts->maximum(), Papers - irrelevant);
    QCOMPARE(abstracts->value(), Papers - irrelevant);
    QVERIFY(!stageBar(*m_panel, QStringLiteral("authorsBar"))->isVisible());
    const auto report = finished.first().first().value<ScoringReport>();
    QCOMPARE(report.skipped, irrelevant);
    QCOMPARE(report.scored, Papers - irrelevant);
    saveScreenshot(QStringLiteral("runpanel-stages"));
}

void TstRunPanel::authorStageRunsFirstAndIsKeptWithTheRun()
{
    setUpAuthorStage(20);
    QSignalSpy finished(m_panel.get(), &RunPanel::runFinished);

    m_panel->start();
    QVERIFY(m_panel->isRunning());
    // The author stage has a row of its own, busy while Semantic Scholar is asked.
    const QProgressBar *authors = stageBar(*m_panel, QStringLiteral("authorsBar"));
    QVERIFY(authors->isVisible());
    QCOMPARE(authors->maximum(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
    QCOMPARE(authors->maximum(), 1);
    QCOMPARE(authors->value(), 1);
    QVERIFY(authors->isVisible());

    // Papers 2 and 3 (h-index 10 and 15) stay below 20; Noether's paper 1 (5) is followed,
    // Rubin's paper 0 too; the unknown paper 11 goes to the LLM.
    QCOMPARE(m_s2->requestCount(), 2);
    const auto report = finished.first().first().value<ScoringReport>();
    QCOMPARE(report.skipped, 2);
    QCOMPARE(report.scored, Papers - 2);
    const QSet<QString> sent = idsSentFrom(*m_server, 0);
    QVERIFY(!sent.contains(makePaper(2).id));
    QVERIFY(!sent.contains(makePaper(3).id));
    QVERIFY(sent.contains(makePaper(0).id));
    QVERIFY(sent.contains(makePaper(1).id));
    QVERIFY(sent.contains(makePaper(Papers - 1).id));

    const auto *label = m_panel->findChild<QLabel *>(QStringLiteral("authorStageLabel"));
    QVERIFY(label->isVisible());
    for (const char *part : {"2 papers by followed authors",
                             "11 looked up on Semantic Scholar",
                             "2 skipped by the h-index filter",
                             "1 paper not looked up on Semantic Scholar"}) {
        QVERIFY2(label->text().contains(QLatin1String(part)), qPrintable(label->text()));
    }
    QVERIFY(m_panel->lastAuthorStage());
    // The estimate knows the skipped papers stay skipped: starting again costs nothing.
    QCOMPARE(m_panel->estimate()->requests, 0);

    const auto kept = RunStore(*m_library).authorStage(report.runId);
    QVERIFY(kept);
    QCOMPARE(kept->followed, 2);
    QCOMPARE(kept->belowCutoff, 2);
    QCOMPARE(kept->hIndexCutoff, std::optional<int>(20));
    QCOMPARE(kept->lookedUp, Papers - 1);
    QCOMPARE(kept->unknown, 1);
    QCOMPARE(kept->notLookedUp, 0);
    QCOMPARE(kept->requests, 2);
    saveScreenshot(QStringLiteral("runpanel-authors"));

    // Started again, the library answers for Semantic Scholar: no further request.
    m_panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, WaitMs);
    QCOMPARE(m_s2->requestCount(), 2);
    QCOMPARE(m_panel->lastAuthorStage()->record().fromCache, Papers - 1);
}

void TstRunPanel::semanticScholarTroubleNeverStopsTheRun_data()
{
    QTest::addColumn<QString>("trouble");
    QTest::newRow("down") << QStringLiteral("500");
    QTest::newRow("too slow") << QStringLiteral("stall");
}

void TstRunPanel::semanticScholarTroubleNeverStopsTheRun()
{
    QFETCH(QString, trouble);
    setUpAuthorStage(20);
    if (trouble == QLatin1String("stall")) {
        m_s2->stallNext(10);
    } else {
        m_s2->failNext(trouble.toInt(), 10);
    }
    QSignalSpy finished(m_panel.get(), &RunPanel::runFinished);

    m_panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);

    // The filter steps aside: every paper goes to the LLM, and the panel says why.
    const auto report = finished.first().first().value<ScoringReport>();
    QCOMPARE(report.skipped, 0);
    QCOMPARE(report.scored, Papers);
    const auto *label = m_panel->findChild<QLabel *>(QStringLiteral("authorStageLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("12 papers not looked up on Semantic Scholar")),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("did not answer for 12")),
             qPrintable(label->text()));
    QVERIFY(!label->toolTip().isEmpty());
    // Followed authors are still recognised by name.
    QVERIFY2(label->text().contains(QStringLiteral("2 papers by followed authors")),
             qPrintable(label->text()));
    const auto kept = RunStore(*m_library).authorStage(report.runId);
    QVERIFY(kept);
    QCOMPARE(kept->notLookedUp, Papers);
    QVERIFY(!kept->problem.isEmpty());
}

void TstRunPanel::cancelDuringTheAuthorStageSendsNothing()
{
    setUpAuthorStage(20);
    Sieve::Digest::SemanticScholarAccess patient;
    patient.baseUrl = m_s2->baseUrl();
    patient.transferTimeout = 10s;
    patient.maxAttempts = 1;
    m_panel->setSemanticScholar(patient);
    m_s2->stallNext(1);
    QSignalSpy finished(m_panel.get(), &RunPanel::runFinished);

    m_panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_s2->requestCount(), 1, WaitMs);
    QVERIFY(m_panel->isRunning());
    auto *cancelButton = m_panel->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancelButton->isEnabled());
    QTest::mouseClick(cancelButton, Qt::LeftButton);

    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ScoringReport>().cancelled);
    QVERIFY(!m_panel->isRunning());
    QCOMPARE(m_panel->findChild<MessageBar *>()->kind(), MessageBar::Kind::Warning);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(finished.size(), 1);
}

void TstRunPanel::prefilterSendsTheLocalTopAndFollowedAuthors()
{
    ScoringProfile profile = ScoringProfile::defaults();
    profile.name = QStringLiteral("galaxies");
    profile.criteria = QStringLiteral("1. Dwarf galaxies\n"
                                      "   - Relevant: rotation curves of dwarf galaxies.\n");
    profile.followedAuthors = {QStringLiteral("Annie Cannon")};
    profile.prefilter.mode = Sieve::Scoring::PrefilterSetting::Mode::TopShare;
    profile.prefilter.share = 0.25;
    QVERIFY(ProfileStore(*m_library).save({profile.name, {}, profile.criteria, profile.toJson()}));
    setUpPanel(3, profile);
    QSignalSpy finished(m_panel.get(), &RunPanel::runFinished);

    QTRY_VERIFY_WITH_TIMEOUT(m_panel->localCut().has_value() && m_panel->estimate(), WaitMs);
    const auto cut = *m_panel->localCut();
    QCOMPARE(cut.papers, Papers);
    QVERIFY(!cut.skip.contains(makePaper(FollowedPaper).id));
    // The best quarter, and the followed author's paper when it is not among them.
    QVERIFY2(cut.sent == 3 || cut.sent == 4, qPrintable(QString::number(cut.sent)));
    QCOMPARE(int(cut.skip.size()), Papers - cut.sent);
    QCOMPARE(m_panel->estimate()->requests, 1);
    const QString shown = m_panel->findChild<QLabel *>(QStringLiteral("estimateLabel"))->text();
    const QString sent = QStringLiteral("Local ranker: %1 of 12 papers go to the LLM, expected to "
                                        "hold about %2 % of the relevant ones.")
                             .arg(cut.sent)
                             .arg(qRound(cut.expectedRecall * 100));
    QVERIFY2(shown.startsWith(sent), qPrintable(shown));
    saveScreenshot(QStringLiteral("runpanel-prefilter"));

    m_panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);

    const auto report = finished.first().first().value<ScoringReport>();
    QCOMPARE(report.scored, cut.sent);
    QCOMPARE(report.skipped, int(cut.skip.size()));
    for (const QString &id : idsSentFrom(*m_server, 0)) {
        QVERIFY2(!cut.skip.contains(id), qPrintable(id));
    }
    for (const auto &score : RunStore(*m_library).scores(report.runId)) {
        if (cut.skip.contains(score.paperId)) {
            QCOMPARE(score.status, QStringLiteral("skipped"));
            QCOMPARE(score.reason, QStringLiteral("skipped by local ranker"));
        }
    }
}

void TstRunPanel::prefilterChoiceIsKeptWithTheProfile()
{
    using Mode = Sieve::Scoring::PrefilterSetting::Mode;
    ScoringProfile profile = ScoringProfile::defaults();
    profile.name = QStringLiteral("galaxies");
    profile.hIndexCutoff = 7;
    QVERIFY(ProfileStore(*m_library).save({profile.name, {}, profile.criteria, profile.toJson()}));
    setUpPanel(3, profile);
    auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("prefilterCombo"));
    auto *spin = m_panel->findChild<QSpinBox *>(QStringLiteral("prefilterSpin"));
    QVERIFY(combo && spin);
    QCOMPARE(combo->currentData().toInt(), int(Mode::Everything));
    QVERIFY(!spin->isVisible());
    QVERIFY(!m_panel->localCut());

    combo->setCurrentIndex(combo->findData(int(Mode::Recall)));
    QVERIFY(spin->isVisible());
    QCOMPARE(spin->value(), 95);
    spin->setValue(90);

    const auto stored = ProfileStore(*m_library).profile(profile.name);
    QVERIFY(stored);
    const ScoringProfile read = ScoringProfile::fromJson(stored->settings);
    QCOMPARE(read.prefilter.mode, Mode::Recall);
    QCOMPARE(read.prefilter.recall, 0.9);
    QCOMPARE(read.hIndexCutoff, 7); // the rest of the profile as it was
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->localCut().has_value(), WaitMs);
    QVERIFY(m_panel->localCut()->expectedRecall >= 0.9);

    // Another panel (the next start of the app) shows the profile's choice.
    RunPanel again;
    again.setProfile(read);
    auto *againCombo = again.findChild<QComboBox *>(QStringLiteral("prefilterCombo"));
    QCOMPARE(againCombo->currentData().toInt(), int(Mode::Recall));
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("prefilterSpin"))->value(), 90);
}

void TstRunPanel::chosenSkippedPapersAreScoredIntoTheDaysRun()
{
    ScoringProfile profile = ScoringProfile::defaults();
    profile.name = QStringLiteral("galaxies");
    profile.prefilter.mode = Sieve::Scoring::PrefilterSetting::Mode::TopShare;
    profile.prefilter.share = 0.25;
    QVERIFY(ProfileStore(*m_library).save({profile.name, {}, profile.criteria, profile.toJson()}));
    setUpPanel(3, profile);
    QSignalSpy finished(m_panel.get(), &RunPanel::runFinished);
    QSignalSpy changed(m_panel.get(), &RunPanel::scoresChanged);
    m_panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, WaitMs);
    const auto day = finished.first().first().value<ScoringReport>();
    QVERIFY(day.skipped >= 8);
    QStringList chosen = m_panel->localCut()->skip.keys();
    std::sort(chosen.begin(), chosen.end());
    chosen = chosen.mid(0, 2);
    const int before = m_server->requestCount();

    m_panel->scorePapers(Date, chosen);

    QVERIFY(m_panel->isRunning()); // at once: they join the day's run
    QCOMPARE(m_panel->chosenPapers(), chosen);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, WaitMs);
    const auto report = finished.last().first().value<ScoringReport>();
    QCOMPARE(report.runId, day.runId);
    QCOMPARE(report.papers, 2);
    QCOMPARE(report.scored, 2);
    QCOMPARE(idsSentFrom(*m_server, before), QSet<QString>(chosen.cbegin(), chosen.cend()));
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_panel->chosenPapers().isEmpty());
    int scored = 0;
    const auto scores = RunStore(*m_library).scores(day.runId);
    QCOMPARE(scores.size(), Papers);
    for (const auto &score : scores) {
        scored += score.status == QLatin1String("scored") ? 1 : 0;
    }
    QCOMPARE(scored, day.scored + 2);
}

void TstRunPanel::chosenPapersOfAnUnscoredDayWaitForStart()
{
    setUpPanel();
    const QStringList chosen{makePaper(3).id};

    m_panel->scorePapers(Date, chosen);

    QVERIFY(!m_panel->isRunning());
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_panel->chosenPapers(), chosen);
    const auto *bar = m_panel->findChild<MessageBar *>();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("whole day")), qPrintable(bar->text()));
    QCOMPARE(m_panel->estimate()->requests, 3); // the day, this paper included
}

QTEST_MAIN(TstRunPanel)
#include "tst_runpanel.moc"
