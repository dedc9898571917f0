// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/arxivclient.h>
#include <app/arxiv/pdfdownloader.h>
#include <app/digest/dailyschedule.h>
#include <app/digest/dayfetcher.h>
#include <app/digest/dayview.h>
#include <app/digest/sampledays.h>
#include <app/library/database.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/readingstore.h>
#include <app/library/runstore.h>
#include <app/net/httpclient.h>
#include <app/platform/appsettings.h>
#include <app/platform/autostart.h>
#include <app/platform/memorysecretstore.h>
#include <app/platform/paths.h>
#include <app/platform/singleinstance.h>
#include <app/platform/translations.h>
#include <app/scoring/criteriapresets.h>
#include <app/scoring/scoringprofile.h>
#include <ui/appshell.h>
#include <ui/mainwindow.h>
#include <ui/profilemenu.h>
#include <ui/profilenamedialog.h>
#include <ui/runpanel.h>
#include <ui/settingsdialog.h>
#include <ui/trayicon.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <tests/support/fakehttpserver.h>
#include <tests/support/fakellmserver.h>
#ifdef Q_OS_LINUX
#  include <tests/support/fakenotificationserver.h>
#endif
#include <tests/support/testdata.h>

using Sieve::AnnounceType;
using Sieve::Digest::DailySchedule;
using Sieve::Library::Library;
using Sieve::Platform::AppSettings;
using Sieve::Test::FakeHttpServer;
using Sieve::Test::FakeLlmServer;
using Sieve::Ui::AppShell;
using Sieve::Ui::MainWindow;
using namespace std::chrono_literals;

namespace {

const QString FeedPath = QStringLiteral("/rss/astro-ph.GA");
const QDate StoredDay(2026, 3, 10); // in the library before the app starts
const QDate NewDay(2026, 3, 11); // what the schedule finds

QAction *toolsAction(const MainWindow &window, const char *text)
{
    for (QAction *action : window.toolsMenu()->actions()) {
        if (action->text().remove(QLatin1Char('&')) == QString::fromUtf8(text)) {
            return action;
        }
    }
    return nullptr;
}

QString autostartEntry()
{
    QFile file(Sieve::Platform::Autostart::location());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

// The picks of `date` as the engine lists them for the stored profile: none read yet.
int picksOf(const Library &library, const QDate &date)
{
    const auto stored = Sieve::Library::ProfileStore(library).profile(QStringLiteral("default"));
    const Sieve::Scoring::ScoringProfile profile =
        Sieve::Scoring::ScoringProfile::fromJson(stored->settings);
    const auto ranker = Sieve::Digest::DayView::prepareRanker(library, profile);
    return Sieve::Digest::DayView::build(library, date, profile, *ranker)->relevantCount;
}

bool isRead(const MainWindow &window, const QString &paperId)
{
    return window.library()->reading().state(window.currentProfile(), paperId).isRead();
}

// Selects the paper in `row` of the shown day and lets it be marked read by dwelling on it,
// which counts only while the window is in front: shown and active.
void readRow(MainWindow &window, int row)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.raise();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        QApplication::setActiveWindow(&window); // no window manager to hand the focus over
    }
    QTRY_VERIFY(window.isActiveWindow());
    window.setMarkReadDelay(10ms);
    window.paperView()->setCurrentIndex(window.paperView()->model()->index(row, 0));
    const QString id = window.currentPaper()->paper.id;
    QTRY_VERIFY(isRead(window, id));
    window.setMarkReadDelay(1h);
}

FakeHttpServer::Response feedOf(const QDate &day)
{
    const QString fixture = QStringLiteral("rss/%1/astro-ph.GA.xml").arg(day.toString(Qt::ISODate));
    return FakeHttpServer::Response::ok(Sieve::Test::readFixture(fixture), "application/rss+xml");
}

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator()) {
            texts.append(action->text().remove(QLatin1Char('&')));
        }
    }
    return texts;
}

} // namespace

class TstAppShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void toolsMenuOffersFetchRunCriteriaAndSettings();
    void runPanelFollowsTheShownDayAndNeedsAKey_data();
    void runPanelFollowsTheShownDayAndNeedsAKey();
    void fetchesKeepOnlyTheChosenAnnounceTypes_data();
    void fetchesKeepOnlyTheChosenAnnounceTypes();
    void everyScheduledRunEndsTheDayAndWaitsForTheNext_data();
    void everyScheduledRunEndsTheDayAndWaitsForTheNext();
    void aScheduledRunKeepsItsProfileWhenTheReaderSwitches();
    void trayCountsTheUnreadPicksOfTheNewestDay();
    void aNewDayMovesOnlyAWindowNobodyReads_data();
    void aNewDayMovesOnlyAWindowNobodyReads();
    void clickingTheNotificationShowsItsPaper_data();
    void clickingTheNotificationShowsItsPaper();
    void savingTheSettingsAppliesThePdfCacheLimit();
    void feedsAndPdfsNeverReachArxivAtOnce();
    void startingMinimisedIsAChoiceOfItsOwn_data();
    void startingMinimisedIsAChoiceOfItsOwn();
    void aScheduledDayReachesTheReaderThroughANotification();
    void rateLimitsAndTheSemanticScholarKeyReachTheRunPanel();
    void runPanelCutsTheDayWithTheWindowsRanker();
    void papersSentFromTheListReachTheRunPanel();
    void aNewProfileOpensItsSettingsAndEveryPanelFollows();
    void aSecondLaunchRaisesTheWindowAsItWasLeft_data();
    void aSecondLaunchRaisesTheWindowAsItWasLeft();

private:
    // The library the window opens: a profile following astro-ph.GA and StoredDay, fetched
    // from the fake arXiv (so no sample days are added).
    void seedLibrary();
    // Starts the shell on the seeded library with arXiv on the fake server and the clock at
    // m_now; waits for the first day to be shown.
    void startShell(MainWindow &window, AppShell &shell);
    void enableSchedule(AppShell &shell);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AppSettings> m_settings;
    QDateTime m_now; // the shell's clock
};

void TstAppShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PaperSieveTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appshell"));
    Sieve::Platform::installTranslators(QLocale(QLocale::C));
}

void TstAppShell::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Sieve::Platform::Paths::setDataDirOverride(m_dir->path());
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("schedule/enabled"), false); // no arXiv from tests
    m_server = std::make_unique<FakeHttpServer>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_now = utc("2026-03-11T12:00:00Z"); // Wednesday: NewDay is out
}

void TstAppShell::cleanup()
{
    m_settings.reset();
    m_server.reset();
    Sieve::Platform::Paths::setDataDirOverride({});
    m_dir.reset();
}

void TstAppShell::seedLibrary()
{
    auto opened = Library::open(Sieve::Platform::Paths::libraryFile());
    QVERIFY(opened);
    std::unique_ptr<Library> library = std::move(opened).value();

    Sieve::Scoring::ScoringProfile profile = Sieve::Scoring::ScoringProfile::defaults();
    profile.name = QStringLiteral("default");
    const QList<Sieve::Scoring::CriteriaPreset> presets = Sieve::Scoring::criteriaPresets();
    for (const Sieve::Scoring::CriteriaPreset &preset : presets) {
        if (preset.id == QLatin1String("astrophysics")) {
            profile.criteria = preset.criteria;
        }
    }
    const QStringList categories{QStringLiteral("astro-ph.GA")};
    QVERIFY(Sieve::Library::ProfileStore(*library).save(
        {profile.name, categories, profile.criteria, profile.toJson()}));

    Sieve::Net::HttpClient http;
    Sieve::Arxiv::ArxivClient client(
        &http, Sieve::Arxiv::ArxivEndpoints::fromOverride(m_server->baseUrl()));
    Sieve::Digest::DayFetcher fetcher(&client, library.get());
    fetcher.setClock([] {
        return utc("2026-03-10T12:00:00Z");
    });
    m_server->enqueue(FeedPath, feedOf(StoredDay));
    QSignalSpy fetched(&fetcher, &Sieve::Digest::DayFetcher::finished);
    fetcher.fetchLatest(categories, {});
    QVERIFY(fetched.wait(5000));
    QCOMPARE(library->latestAnnouncedDay(), StoredDay);
}

void TstAppShell::startShell(MainWindow &window, AppShell &shell)
{
    shell.setArxivBaseUrl(m_server->baseUrl());
    shell.setClock([this] {
        return m_now;
    });
    QSignalSpy shown(&window, &MainWindow::dayShown);
    shell.start(false);
    QVERIFY(shown.wait(10000));
    QCOMPARE(window.currentDate(), StoredDay);
}

void TstAppShell::enableSchedule(AppShell &shell)
{
    QVERIFY(shell.schedule());
    shell.schedule()->setPollInterval(std::chrono::milliseconds(100));
    shell.scheduleAction()->setChecked(true);
}

void TstAppShell::toolsMenuOffersFetchRunCriteriaAndSettings()
{
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    AppShell shell(&window, settings, nullptr);

    const QStringList tools = actionTexts(window.toolsMenu());
    for (const char *wanted : {"Fetch Latest Papers",
                               "Score This Day with the LLM…",
                               "Edit Criteria…",
                               "Check for New Papers Automatically",
                               "Start with the Session",
                               "Start Minimised to the Tray",
                               "Settings…"}) {
        QVERIFY2(tools.contains(QString::fromUtf8(wanted)), wanted);
    }
    QVERIFY(!shell.fetchAction()->shortcut().isEmpty());
}

void TstAppShell::runPanelFollowsTheShownDayAndNeedsAKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("hasProvider");
    QTest::newRow("no key for a remote endpoint") << QString() << false;
    QTest::newRow("a key in the keychain") << QStringLiteral("sk-test") << true;
}

void TstAppShell::runPanelFollowsTheShownDayAndNeedsAKey()
{
    QFETCH(QString, key);
    QFETCH(bool, hasProvider);

    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    Sieve::Platform::MemorySecretStore secrets;
    if (!key.isEmpty()) {
        QSignalSpy written(secrets.write(AppSettings::secretKey(settings.provider()), key),
                           &Sieve::Platform::SecretJob::finished);
        QVERIFY(written.wait(2000));
    }

    MainWindow window;
    AppShell shell(&window, settings, &secrets);
    QSignalSpy shown(&window, &MainWindow::dayShown);
    shell.start(false);
    QVERIFY(shown.wait(10000));
    QVERIFY(window.isVisible());

    QCOMPARE(shell.runPanel()->date(), window.currentDate());
    QTRY_COMPARE(shell.runPanel()->hasProvider(), hasProvider);
    QVERIFY(!key.isEmpty() || !shell.runPanel()->isRunning());
}

void TstAppShell::fetchesKeepOnlyTheChosenAnnounceTypes_data()
{
    QTest::addColumn<bool>("scheduled");
    QTest::newRow("Fetch Latest Papers") << false;
    QTest::newRow("the daily schedule") << true;
}

void TstAppShell::fetchesKeepOnlyTheChosenAnnounceTypes()
{
    QFETCH(bool, scheduled);
    seedLibrary();
    m_settings->setAnnounceTypes({AnnounceType::New});
    m_server->enqueue(FeedPath, feedOf(NewDay));

    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    startShell(window, shell);
    if (scheduled) {
        QSignalSpy ready(shell.schedule(), &DailySchedule::dayReady);
        enableSchedule(shell);
        QVERIFY(ready.wait(5000));
    } else {
        shell.fetchAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.library()->daySummary(NewDay), 5000);
    }

    const std::optional<Sieve::Day> day = window.library()->day(NewDay);
    QVERIFY(day);
    QVERIFY(!day->papers.isEmpty());
    for (const Sieve::Paper &paper : day->papers) {
        // The feed also lists cross-lists and replacements; none of them is kept.
        QCOMPARE(day->announceTypeOf(paper.id), AnnounceType::New);
    }
}

void TstAppShell::everyScheduledRunEndsTheDayAndWaitsForTheNext_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("note"); // in the status bar; empty: none shown
    QTest::addColumn<bool>("runPanelShown");
    QTest::newRow("no provider") << QStringLiteral("no provider") << QString() << false;
    QTest::newRow("finished") << QStringLiteral("finished") << QString() << false;
    QTest::newRow("failed to start")
        << QStringLiteral("failed") << QStringLiteral("The LLM run failed") << true;
    QTest::newRow("cancelled") << QStringLiteral("cancelled")
                               << QStringLiteral("The LLM run was cancelled") << false;
}

void TstAppShell::everyScheduledRunEndsTheDayAndWaitsForTheNext()
{
    QFETCH(QString, outcome);
    QFETCH(QString, note);
    QFETCH(bool, runPanelShown);
    seedLibrary();
    m_server->enqueue(FeedPath, feedOf(NewDay));
    FakeLlmServer llm;
    const auto provider = AppSettings::Provider::OpenAi;
    if (outcome != QLatin1String("no provider")) {
        // A local endpoint needs no key.
        m_settings->setBaseUrl(provider, llm.baseUrl());
        m_settings->setModel(provider, QStringLiteral("gpt-4.1-mini"));
    }
    if (outcome == QLatin1String("failed")) {
        // A budget cannot be kept for a model without a price: the run refuses to start.
        m_settings->setModel(provider, QStringLiteral("model-without-a-price"));
        m_settings->setBudgetUsd(1.0);
    }
    if (outcome == QLatin1String("cancelled")) {
        llm.enqueue(FakeLlmServer::Action::Stall);
    }

    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    startShell(window, shell);
    QSignalSpy started(shell.runPanel(), &Sieve::Ui::RunPanel::runStarted);
    QSignalSpy ready(shell.schedule(), &DailySchedule::dayReady);
    enableSchedule(shell);
    QVERIFY(ready.wait(5000));
    if (outcome == QLatin1String("cancelled")) {
        QTRY_VERIFY(started.size() == 1);
        shell.runPanel()->cancel();
    }

    Sieve::Library::RunStore runs(*window.library());
    QTRY_COMPARE_WITH_TIMEOUT(
        runs.scheduledOutcome(QStringLiteral("default"), NewDay), QStringLiteral("ran"), 20000);
    QCOMPARE(started.size(), outcome == QLatin1String("no provider") ? 0 : 1);
    QCOMPARE(llm.requestCount() > 0, outcome == QLatin1String("finished"));
    QVERIFY(!shell.runPanel()->isRunning());
    QCOMPARE(shell.schedule()->nextCheck(), utc("2026-03-12T00:00:00Z")); // Wednesday 20:00 EDT
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(note.isEmpty() ? message.isEmpty() || !message.contains(QLatin1String("LLM"))
                            : message.startsWith(note),
             qPrintable(message));
    QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("runDock"))->isVisible(),
             runPanelShown);

    // Handed out once: looking again finds nothing to do.
    shell.schedule()->checkNow();
    QTest::qWait(200);
    QCOMPARE(ready.size(), 1);
}

// The reader switches profiles while the scheduled run goes on: the day is recorded as run for
// the profile it was handed to, so a restart does not run it again, and the profile switched to
// is not taken for having run it.
void TstAppShell::aScheduledRunKeepsItsProfileWhenTheReaderSwitches()
{
    seedLibrary();
    const QString other = QStringLiteral("other");
    {
        auto library = Library::open(Sieve::Platform::Paths::libraryFile());
        QVERIFY(library);
        QVERIFY(Sieve::Library::ProfileStore(*library.value())
                    .save({other, {QStringLiteral("astro-ph.GA")}, {}, {}}));
        // Made after NewDay was out: the schedule hands it the next day, not this one.
        QSqlQuery query(library.value()->database().connection());
        query.prepare(QStringLiteral("UPDATE profiles SET created_at = ? WHERE name = ?"));
        query.addBindValue(QStringLiteral("2026-03-11T06:00:00Z"));
        query.addBindValue(other);
        QVERIFY(query.exec());
    }
    m_server->enqueue(FeedPath, feedOf(NewDay));
    FakeLlmServer llm;
    const auto provider = AppSettings::Provider::OpenAi;
    m_settings->setBaseUrl(provider, llm.baseUrl());
    m_settings->setModel(provider, QStringLiteral("gpt-4.1-mini"));
    llm.enqueue(FakeLlmServer::Action::Stall);
    {
        MainWindow window;
        AppShell shell(&window, *m_settings, nullptr);
        startShell(window, shell);
        QSignalSpy started(shell.runPanel(), &Sieve::Ui::RunPanel::runStarted);
        QSignalSpy ready(shell.schedule(), &DailySchedule::dayReady);
        enableSchedule(shell);
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().at(1).toString(), QStringLiteral("default"));
        QTRY_COMPARE(started.size(), 1);

        window.selectProfile(other);
        QCOMPARE(window.currentProfile(), other);
        QVERIFY(shell.runPanel()->isRunning());
        shell.runPanel()->cancel();

        Sieve::Library::RunStore runs(*window.library());
        QTRY_COMPARE_WITH_TIMEOUT(
            runs.scheduledOutcome(QStringLiteral("default"), NewDay), QStringLiteral("ran"), 10000);
        QCOMPARE(runs.scheduledOutcome(other, NewDay), QString());
        QCOMPARE(ready.size(), 1);
    }

    // The app is started again and the reader goes back to the profile that ran the day.
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    shell.setArxivBaseUrl(m_server->baseUrl());
    shell.setClock([this] {
        return m_now;
    });
    QSignalSpy started(shell.runPanel(), &Sieve::Ui::RunPanel::runStarted);
    QSignalSpy shown(&window, &MainWindow::dayShown);
    shell.start(false);
    QVERIFY(shown.wait(10000));
    QVERIFY(shell.schedule() && shell.schedule()->isActive());
    QSignalSpy ready(shell.schedule(), &DailySchedule::dayReady);
    window.selectProfile(QStringLiteral("default"));
    QTest::qWait(300);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(started.size(), 0);
}

void TstAppShell::trayCountsTheUnreadPicksOfTheNewestDay()
{
    seedLibrary();
    m_server->enqueue(FeedPath, feedOf(NewDay));
    MainWindow window;
    window.setMarkReadDelay(1h);
    AppShell shell(&window, *m_settings, nullptr);
    startShell(window, shell);
    const Sieve::Ui::TrayIcon *tray = shell.trayIcon();
    const int storedPicks = window.currentListing().relevantCount;
    QVERIFY(storedPicks > 1);
    QTRY_COMPARE(tray->unreadCount(), storedPicks);

    // Dwelling on the best paper reads it.
    readRow(window, 0);
    QTRY_COMPARE(tray->unreadCount(), storedPicks - 1);

    // A new day arrives: its picks count, whatever day the window shows.
    QSignalSpy ready(shell.schedule(), &DailySchedule::dayReady);
    enableSchedule(shell);
    QVERIFY(ready.wait(5000));
    const int newPicks = picksOf(*window.library(), NewDay);
    QTRY_COMPARE(tray->unreadCount(), newPicks);
    window.selectDay(StoredDay);
    QTRY_COMPARE(window.currentDate(), StoredDay);
    QVERIFY(!isRead(window, window.currentListing().papers.at(1).paper.id));
    readRow(window, 1);
    QTest::qWait(100);
    QCOMPARE(tray->unreadCount(), newPicks);

    // Reading one of the new day's picks counts.
    window.selectDay(NewDay);
    QTRY_COMPARE(window.currentDate(), NewDay);
    readRow(window, 0);
    QTRY_COMPARE(tray->unreadCount(), newPicks - 1);
}

void TstAppShell::aNewDayMovesOnlyAWindowNobodyReads_data()
{
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<QDate>("shown");
    QTest::newRow("reading another day") << false << StoredDay;
    QTest::newRow("hidden in the tray") << true << NewDay;
}

void TstAppShell::aNewDayMovesOnlyAWindowNobodyReads()
{
    QFETCH(bool, hidden);
    QFETCH(QDate, shown);
    seedLibrary();
    m_server->enqueue(FeedPath, feedOf(NewDay));
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    startShell(window, shell);
    if (hidden) {
        window.hide();
    }

    enableSchedule(shell);
    const Sieve::Ui::TrayIcon *tray = shell.trayIcon();
    QTRY_COMPARE_WITH_TIMEOUT(tray->notifiedDate(), NewDay, 10000);
    QTRY_COMPARE(window.currentDate(), shown);
    QTest::qWait(200);
    QCOMPARE(window.currentDate(), shown);
    QCOMPARE(window.isVisible(), !hidden);
    // The notification names the new day's best paper, as the engine ranks it.
    QVERIFY(window.library()->day(NewDay)->papers.size() > 1);
    QVERIFY(!tray->notifiedPaper().isEmpty());
    QCOMPARE(window.library()->firstListedDay(tray->notifiedPaper()), NewDay);
}

void TstAppShell::clickingTheNotificationShowsItsPaper_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("behind other windows") << QStringLiteral("shown");
    QTest::newRow("minimised") << QStringLiteral("minimised");
    QTest::newRow("hidden in the tray") << QStringLiteral("hidden");
    QTest::newRow("searching the library") << QStringLiteral("searching");
}

void TstAppShell::clickingTheNotificationShowsItsPaper()
{
    QFETCH(QString, state);
    seedLibrary();
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    startShell(window, shell);
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    if (state == QLatin1String("minimised")) {
        window.showMinimized();
    } else if (state == QLatin1String("hidden")) {
        window.hide();
    } else if (state == QLatin1String("searching")) {
        QSignalSpy searched(&window, &MainWindow::searchShown);
        window.filterEdit()->setText(QStringLiteral("galaxy"));
        QTest::keyClick(window.filterEdit(), Qt::Key_Return); // every stored day
        QVERIFY(searched.wait(5000));
    }

    // Not the day's first paper: the click asks for one paper, and gets that one.
    const QString wanted = window.currentListing().papers.at(3).paper.id;
    Q_EMIT shell.trayIcon()->paperRequested(StoredDay, wanted);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());
    QTRY_COMPARE(window.currentPaper()->paper.id, wanted);
    QCOMPARE(window.currentDate(), StoredDay);
    QVERIFY(window.filterEdit()->text().isEmpty());
}

void TstAppShell::savingTheSettingsAppliesThePdfCacheLimit()
{
    seedLibrary();
    m_settings->setPdfCacheLimitMb(1);
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    startShell(window, shell);

    // A PDF opened once is kept: 300 KB fit in 1 MB.
    const Sieve::Paper paper = window.currentListing().papers.constFirst().paper;
    const QByteArray pdf =
        QByteArrayLiteral("%PDF-1.4\n") + QByteArray(300 * 1024, 'x') + "\n%%EOF\n";
    m_server->enqueue(QStringLiteral("/pdf/") + paper.versionedId(),
                      FakeHttpServer::Response::ok(pdf, "application/pdf"));
    window.pdfDownloader()->setBaseUrl(m_server->baseUrl());
    QSignalSpy downloaded(window.pdfDownloader(), &Sieve::Arxiv::PdfDownloader::finished);
    window.pdfDownloader()->fetch(paper);
    QVERIFY(downloaded.wait(5000));
    const QString path = downloaded.constFirst().at(1).toString();
    QVERIFY(QFile::exists(path));

    // The reader lowers the limit to nothing and presses OK.
    m_settings->setPdfCacheLimitMb(0);
    const QList<QAction *> tools = window.toolsMenu()->actions();
    const auto settings = std::find_if(tools.cbegin(), tools.cend(), [](const QAction *action) {
        return action->text() == QString::fromUtf8("&Settings…");
    });
    QVERIFY(settings != tools.cend());
    (*settings)->trigger();
    auto *dialog = window.findChild<Sieve::Ui::SettingsDialog *>();
    QVERIFY(dialog);
    Q_EMIT dialog->settingsSaved();
    QVERIFY(!QFile::exists(path));
    dialog->reject();
}

void TstAppShell::feedsAndPdfsNeverReachArxivAtOnce()
{
    seedLibrary();
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    startShell(window, shell);
    const int before = m_server->requestCount();

    // Slow answers, so the second request would start while the first still runs.
    m_server->enqueue(FeedPath, feedOf(NewDay).delayed(300ms));
    const Sieve::Paper paper = window.currentListing().papers.constFirst().paper;
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(1024, 'x') + "\n%%EOF\n";
    m_server->enqueue(QStringLiteral("/pdf/") + paper.versionedId(),
                      FakeHttpServer::Response::ok(pdf, "application/pdf").delayed(300ms));
    window.pdfDownloader()->setBaseUrl(m_server->baseUrl());
    QSignalSpy downloaded(window.pdfDownloader(), &Sieve::Arxiv::PdfDownloader::finished);

    shell.fetchAction()->trigger();
    window.pdfDownloader()->fetch(paper);
    QVERIFY(downloaded.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(window.library()->daySummary(NewDay), 5000);
    QCOMPARE(m_server->requestCount(), before + 2);
    QCOMPARE(m_server->maxConcurrentRequests(), 1);
}

void TstAppShell::startingMinimisedIsAChoiceOfItsOwn_data()
{
    QTest::addColumn<bool>("minimized");
    QTest::newRow("minimised to the tray") << true;
    QTest::newRow("with its window") << false;
}

void TstAppShell::startingMinimisedIsAChoiceOfItsOwn()
{
    QFETCH(bool, minimized);
    QVERIFY(Sieve::Platform::Autostart::disable());
    m_settings->setStartsMinimized(!minimized);
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    QAction *session = toolsAction(window, "Start with the Session");
    QAction *minimizedAction = toolsAction(window, "Start Minimised to the Tray");
    QVERIFY(session && minimizedAction);
    QCOMPARE(minimizedAction->isChecked(), !minimized);

    // Chosen on its own, before or without starting with the session.
    minimizedAction->setChecked(minimized);
    QCOMPARE(m_settings->startsMinimized(), minimized);
    QVERIFY(!Sieve::Platform::Autostart::isEnabled());

    session->setChecked(true);
    QVERIFY(Sieve::Platform::Autostart::isEnabled());
    QCOMPARE(autostartEntry().contains(QLatin1String("--minimized")), minimized);

    // Changed later, the session's entry follows.
    minimizedAction->setChecked(!minimized);
    QCOMPARE(autostartEntry().contains(QLatin1String("--minimized")), !minimized);
    QVERIFY(Sieve::Platform::Autostart::disable());
}

// The whole way: the schedule polls the late feed until the day is out, the LLM scores it, the
// desktop shows a notification naming the best paper, and its click brings that paper up.
void TstAppShell::aScheduledDayReachesTheReaderThroughANotification()
{
#ifdef Q_OS_LINUX
    Sieve::Test::FakeNotificationServer notifications;
    if (!notifications.isRegistered()) {
        QSKIP("No session bus of our own (tools/dev.sh test provides one)");
    }
    QSignalSpy notified(&notifications, &Sieve::Test::FakeNotificationServer::received);
    seedLibrary();
    m_now = utc("2026-03-11T01:00:00Z"); // Tuesday 21:00 in New York: the feed is late once
    m_server->enqueue(FeedPath, feedOf(StoredDay));
    m_server->enqueue(FeedPath, feedOf(NewDay));
    FakeLlmServer llm;
    m_settings->setBaseUrl(AppSettings::Provider::OpenAi, llm.baseUrl());
    m_settings->setModel(AppSettings::Provider::OpenAi, QStringLiteral("gpt-4.1-mini"));

    MainWindow window;
    window.setMarkReadDelay(1h);
    AppShell shell(&window, *m_settings, nullptr);
    startShell(window, shell);
    QWidget other; // the reader works in another window meanwhile
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));

    enableSchedule(shell);
    QVERIFY(notified.wait(20000));
    const QList<FakeHttpServer::Request> requests = m_server->requests();
    const auto feedRequests = std::count_if(requests.cbegin(), requests.cend(), [](const auto &r) {
        return r.path == FeedPath;
    });
    QCOMPARE(feedRequests, 1 + 2); // the seeded day, then the late feed and the new day
    QVERIFY(llm.requestCount() > 0);
    QCOMPARE(Sieve::Library::RunStore(*window.library())
                 .scheduledOutcome(QStringLiteral("default"), NewDay),
             QStringLiteral("ran"));
    QCOMPARE(shell.schedule()->nextCheck(), utc("2026-03-12T00:00:00Z"));
    QCOMPARE(window.currentDate(), StoredDay); // the reader's day stays

    const auto shown = notifications.notifications().constFirst();
    const QString bestId = shell.trayIcon()->notifiedPaper();
    const auto best = window.library()->paper(bestId);
    QVERIFY(best);
    QVERIFY2(shown.body.endsWith(QStringLiteral("Best: ") + best->title.simplified()),
             qPrintable(shown.body));
    // The LLM's scores decide the best paper.
    QCOMPARE(FakeLlmServer::expectedRelevance(bestId), 10);

    notifications.click(shown.id);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_COMPARE(window.currentDate(), NewDay);
    QTRY_COMPARE(window.currentPaper()->paper.id, bestId);
    QCOMPARE(window.currentListing().papers.constFirst().paper.id, bestId);
    QVERIFY(window.currentListing().hasLlmScores);
    QCOMPARE(shell.trayIcon()->unreadCount(), window.currentListing().relevantCount);
#else
    QSKIP("Notifications without a tray are for Linux desktops");
#endif
}

void TstAppShell::rateLimitsAndTheSemanticScholarKeyReachTheRunPanel()
{
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setRequestsPerMinute(30);
    settings.setTokensPerMinute(90000);
    Sieve::Platform::MemorySecretStore secrets;
    QSignalSpy written(secrets.write(AppSettings::semanticScholarSecretKey(), "s2-test-key"),
                       &Sieve::Platform::SecretJob::finished);
    QVERIFY(written.wait(2000));

    MainWindow window;
    AppShell shell(&window, settings, &secrets);
    QSignalSpy shown(&window, &MainWindow::dayShown);
    shell.start(false);
    QVERIFY(shown.wait(10000));

    const Sieve::Ui::RunPanel *panel = shell.runPanel();
    QTRY_COMPARE(panel->options().limits.tokensPerWindow, 90000);
    QCOMPARE(panel->options().limits.requestsPerWindow, 30);
    QTRY_COMPARE(panel->semanticScholar().apiKey, QByteArrayLiteral("s2-test-key"));
}

// The scheduled daily run starts the run panel, which cuts the day as the profile says with the
// window's ranker: what the panel shows here is what a scheduled run sends.
void TstAppShell::runPanelCutsTheDayWithTheWindowsRanker()
{
    {
        auto library = Sieve::Library::Library::open(Sieve::Platform::Paths::libraryFile());
        QVERIFY(library);
        QVERIFY(Sieve::Digest::SampleDays::importInto(*library.value()));
        QVERIFY(Sieve::Digest::SampleDays::seedProfile(*library.value()));
        Sieve::Library::ProfileStore store(*library.value());
        auto stored = store.profile(QStringLiteral("default"));
        QVERIFY(stored);
        auto profile = Sieve::Scoring::ScoringProfile::fromJson(stored->settings);
        profile.prefilter.mode = Sieve::Scoring::PrefilterSetting::Mode::TopShare;
        profile.prefilter.share = 0.5;
        stored->settings = profile.toJson();
        QVERIFY(store.save(*stored));
    }
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    Sieve::Platform::MemorySecretStore secrets;
    QSignalSpy written(
        secrets.write(AppSettings::secretKey(settings.provider()), QStringLiteral("sk-test")),
        &Sieve::Platform::SecretJob::finished);
    QVERIFY(written.wait(2000));

    MainWindow window;
    AppShell shell(&window, settings, &secrets);
    QSignalSpy shown(&window, &MainWindow::dayShown);
    shell.start(false);
    QVERIFY(shown.wait(10000));

    QTRY_VERIFY_WITH_TIMEOUT(shell.runPanel()->localCut().has_value(), 10000);
    const auto cut = *shell.runPanel()->localCut();
    const int papers = int(window.currentListing().papers.size());
    QCOMPARE(cut.papers, papers);
    QCOMPARE(cut.sent, (papers + 1) / 2);
    for (const auto &listed : window.currentListing().papers) {
        QCOMPARE(cut.skip.contains(listed.paper.id), listed.localRank > (papers + 1) / 2);
    }
}

void TstAppShell::papersSentFromTheListReachTheRunPanel()
{
    AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    Sieve::Platform::MemorySecretStore secrets;
    QSignalSpy written(
        secrets.write(AppSettings::secretKey(settings.provider()), QStringLiteral("sk-test")),
        &Sieve::Platform::SecretJob::finished);
    QVERIFY(written.wait(2000));
    MainWindow window;
    AppShell shell(&window, settings, &secrets);
    QSignalSpy shown(&window, &MainWindow::dayShown);
    shell.start(false);
    QVERIFY(shown.wait(10000));
    QTRY_VERIFY(shell.runPanel()->hasProvider());
    const QStringList chosen{window.currentListing().papers.constLast().paper.id};

    Q_EMIT window.llmScoringRequested(window.currentDate(), chosen);

    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("runDock"));
    QVERIFY(dock && dock->isVisible());
    QCOMPARE(shell.runPanel()->date(), window.currentDate());
    // The sample day was never scored: the panel waits for Start with the paper chosen.
    QCOMPARE(shell.runPanel()->chosenPapers(), chosen);
    QVERIFY(!shell.runPanel()->isRunning());
}

// Tools › Profiles and the switcher's button are one menu; a new profile's settings open next,
// and the run panel follows a new or renamed profile.
void TstAppShell::aNewProfileOpensItsSettingsAndEveryPanelFollows()
{
    seedLibrary();
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    startShell(window, shell);
    Sieve::Ui::ProfileMenu *menu = shell.profileMenu();
    QVERIFY(menu);
    QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("profileButton"))->menu(), menu);
    QVERIFY(window.toolsMenu()->actions().contains(menu->menuAction()));

    menu->newAction()->trigger();
    Sieve::Ui::ProfileNameDialog *named = menu->nameDialog();
    QVERIFY(named);
    named->sourceCombo()->setCurrentIndex(
        named->sourceCombo()->findData(QStringLiteral("machine-learning")));
    QTest::keyClicks(named->nameEdit(), QStringLiteral("cs.LG"));
    named->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    Sieve::Ui::SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = window.findChild<Sieve::Ui::SettingsDialog *>()));
    QCOMPARE(settings->profileName(), QStringLiteral("cs.LG"));
    QVERIFY(settings->windowTitle().contains(QStringLiteral("cs.LG")));
    settings->reject();
    QCOMPARE(window.currentProfile(), QStringLiteral("cs.LG"));
    QCOMPARE(shell.runPanel()->profile().name, QStringLiteral("cs.LG"));

    QTRY_VERIFY(!menu->nameDialog());
    menu->renameAction()->trigger();
    QVERIFY(menu->nameDialog());
    menu->nameDialog()->nameEdit()->setText(QStringLiteral("Machine learning"));
    menu->nameDialog()->accept();
    QCOMPARE(window.currentProfile(), QStringLiteral("Machine learning"));
    QCOMPARE(shell.runPanel()->profile().name, QStringLiteral("Machine learning"));
}

void TstAppShell::aSecondLaunchRaisesTheWindowAsItWasLeft_data()
{
    QTest::addColumn<int>("left"); // the Qt::WindowStates the reader left the window in
    QTest::addColumn<bool>("inTray");
    QTest::newRow("maximised") << int(Qt::WindowMaximized) << false;
    QTest::newRow("maximised, then minimised")
        << int(Qt::WindowMaximized | Qt::WindowMinimized) << false;
    QTest::newRow("maximised, then hidden in the tray") << int(Qt::WindowMaximized) << true;
}

// Launching PaperSieve again brings the open window up, without un-maximising it.
void TstAppShell::aSecondLaunchRaisesTheWindowAsItWasLeft()
{
    QFETCH(int, left);
    QFETCH(bool, inTray);
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    Sieve::Platform::SingleInstance first(m_dir->path());
    QVERIFY(!first.handOverTo({}, 200ms));
    shell.raiseOnLaunch(&first);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setWindowState(Qt::WindowStates(left));
    if (inTray) {
        window.hide();
    }
    QSignalSpy activated(&first, &Sieve::Platform::SingleInstance::activationRequested);

    Sieve::Platform::SingleInstance second(m_dir->path());
    QVERIFY(second.handOverTo({QStringLiteral("papersieve")}));
    QVERIFY(activated.wait(2000));

    QVERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());
    QVERIFY(window.isMaximized());
}

QTEST_MAIN(TstAppShell)
#include "tst_appshell.moc"
