// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/sampledays.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/platform/appsettings.h>
#include <app/platform/memorysecretstore.h>
#include <app/platform/paths.h>
#include <app/platform/translations.h>
#include <ui/appshell.h>
#include <ui/mainwindow.h>
#include <ui/runpanel.h>

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Sieve::Platform::AppSettings;
using Sieve::Ui::AppShell;
using Sieve::Ui::MainWindow;

namespace {

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
    void runPanelCutsTheDayWithTheWindowsRanker();
    void papersSentFromTheListReachTheRunPanel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
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
}

void TstAppShell::cleanup()
{
    Sieve::Platform::Paths::setDataDirOverride({});
    m_dir.reset();
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

QTEST_MAIN(TstAppShell)
#include "tst_appshell.moc"
