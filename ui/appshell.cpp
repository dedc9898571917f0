// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appshell.h"

#include "criteriaeditor.h"
#include "latestpicks.h"
#include "mainwindow.h"
#include "profilemenu.h"
#include "runpanel.h"
#include "settingsdialog.h"
#include "setupdialog.h"
#include "trayicon.h"

#include <app/arxiv/arxivclient.h>
#include <app/digest/dailyschedule.h>
#include <app/digest/dayfetcher.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/net/httpclient.h>
#include <app/platform/appsettings.h>
#include <app/platform/autostart.h>
#include <app/platform/logging.h>
#include <app/platform/secretstore.h>
#include <app/platform/singleinstance.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace Sieve::Ui {

namespace {

const QString ScheduleKey = QStringLiteral("schedule/enabled");
const QString TrayKey = QStringLiteral("tray/enabled");
constexpr int StatusMessageMs = 8000;

// What a fetch keeps, as the reader chose it: the manual fetch and the schedule both ask here.
Arxiv::MergeOptions mergeOptions(const Platform::AppSettings &settings,
                                 const QStringList &categories)
{
    Arxiv::MergeOptions merge;
    merge.followedCategories = categories;
    merge.primaryOnly = settings.isPrimaryOnly();
    const QList<AnnounceType> types = settings.announceTypes();
    merge.announceTypes = QSet<AnnounceType>(types.cbegin(), types.cend());
    return merge;
}

} // namespace

AppShell::AppShell(MainWindow *window,
                   Platform::AppSettings &settings,
                   Platform::SecretStore *secrets,
                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_arxiv(
          std::make_unique<Arxiv::ArxivClient>(window->arxivHttpClient(), Arxiv::ArxivEndpoints()))
{
    buildRunDock();
    buildActions();
    setUpTray();
    connect(window, &MainWindow::libraryOpened, this, &AppShell::onLibraryOpened);
    connect(window, &MainWindow::dayShown, this, &AppShell::onDayShown);
    connect(window, &MainWindow::profileChanged, this, [this](const QString &name) {
        if (m_window && m_window->library()) {
            m_runPanel->setProfile(currentProfile());
            if (m_criteria) {
                m_criteria->setProfile(currentProfile()); // never saved under the old name
            }
            m_picks->setProfile(name);
            refreshPicks();
            setUpSchedule();
        }
    });
    connect(window, &MainWindow::readingChanged, m_picks, &LatestPicks::recount);
    connect(window, &MainWindow::setupRequested, this, &AppShell::openSetup);
    applyPdfCacheLimit();
}

AppShell::~AppShell() = default;

void AppShell::start(bool minimized)
{
    if (!(minimized && m_tray && m_tray->isVisible())) {
        m_window->show();
    }
    m_window->openLibrary();
}

void AppShell::setArxivBaseUrl(const QUrl &base)
{
    m_arxiv = std::make_unique<Arxiv::ArxivClient>(m_window->arxivHttpClient(),
                                                   Arxiv::ArxivEndpoints::fromOverride(base));
}

void AppShell::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void AppShell::buildRunDock()
{
    m_runPanel = new RunPanel();
    m_runPanel->setDayLoader(m_window->dayLoader()); // its ranker learnt the reader's ratings
    m_runDock = new QDockWidget(tr("LLM run"), m_window);
    m_runDock->setObjectName(QStringLiteral("runDock"));
    m_runDock->setWidget(m_runPanel);
    m_runDock->hide();
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_runDock);

    connect(m_runPanel, &RunPanel::scoresChanged, m_window, &MainWindow::reloadCurrentDay);
    connect(m_runPanel, &RunPanel::scoresChanged, this, &AppShell::refreshPicks);
    connect(m_runPanel, &RunPanel::providerSetupRequested, this, &AppShell::openSettings);
    connect(m_window,
            &MainWindow::llmScoringRequested,
            this,
            [this](const QDate &date, const QStringList &paperIds) {
                m_runDock->show();
                m_runDock->raise();
                m_runPanel->scorePapers(date, paperIds);
            });
    // While a scheduled day waits for its run, whatever ends the panel's run ends that run: the
    // panel runs one day at a time and the reader cannot start another meanwhile.
    connect(m_runPanel, &RunPanel::runFinished, this, [this](const Digest::ScoringReport &report) {
        if (!m_scheduledDay.date.isValid()) {
            return;
        }
        if (report.cancelled) {
            finishScheduledDay(tr("The LLM run was cancelled; the local ranker ordered the day."));
        } else if (report.failed > 0) {
            m_runDock->show();
            finishScheduledDay(
                tr("The LLM could not score %n paper(s); see the run panel.", "", report.failed));
        } else {
            finishScheduledDay({});
        }
    });
    connect(m_runPanel, &RunPanel::runFailed, this, [this](const Error &) {
        if (m_scheduledDay.date.isValid()) {
            m_runDock->show(); // the panel says why, and Start tries again
            finishScheduledDay(tr("The LLM run failed; the local ranker ordered the day."));
        }
    });
}

void AppShell::buildActions()
{
    QMenu *tools = m_window->toolsMenu();
    if (!tools) {
        return;
    }

    m_fetchAction = tools->addAction(tr("&Fetch Latest Papers"));
    m_fetchAction->setShortcut(QKeySequence::Refresh);
    m_window->addRemappableAction(m_fetchAction,
                                  QStringLiteral("fetchAction"),
                                  tr("Fetch the newest announcement day of your categories (%1)"));
    connect(m_fetchAction, &QAction::triggered, this, &AppShell::fetchLatest);
    m_window->addNetworkAction(m_fetchAction);

    m_runAction = tools->addAction(tr("Score This Day with the &LLM…"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_window->addRemappableAction(m_runAction,
                                  QStringLiteral("runAction"),
                                  tr("Show the run panel: estimate, progress and failures (%1)"));
    connect(m_runAction, &QAction::triggered, this, [this] {
        m_runDock->show();
        m_runDock->raise();
        m_runPanel->refreshEstimate();
    });
    m_window->addNetworkAction(m_runAction);

    QAction *criteria = tools->addAction(tr("Edit &Criteria…"));
    criteria->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_window->addRemappableAction(criteria,
                                  QStringLiteral("criteriaAction"),
                                  tr("Edit what you care about and re-score the day (%1)"));
    connect(criteria, &QAction::triggered, this, &AppShell::openCriteria);

    m_profileMenu = new ProfileMenu(m_window);
    tools->addMenu(m_profileMenu);
    m_window->setProfileMenu(m_profileMenu);
    // A new profile's categories and criteria are chosen where every profile's are.
    connect(m_profileMenu, &ProfileMenu::profileCreated, this, &AppShell::openSettings);
    connect(m_runPanel, &RunPanel::runStarted, m_profileMenu, [this] {
        m_profileMenu->setRunning(true);
    });
    connect(m_runPanel, &RunPanel::runFinished, m_profileMenu, [this] {
        m_profileMenu->setRunning(false);
    });
    connect(m_runPanel, &RunPanel::runFailed, m_profileMenu, [this] {
        m_profileMenu->setRunning(false);
    });

    tools->addSeparator();
    m_scheduleAction = tools->addAction(tr("Check for New Papers &Automatically"));
    m_scheduleAction->setCheckable(true);
    m_scheduleAction->setChecked(QSettings().value(ScheduleKey, true).toBool());
    m_scheduleAction->setToolTip(tr("After arXiv announces (20:00 New York time, Sunday to "
                                    "Thursday), fetch and rank the new day once."));
    connect(m_scheduleAction, &QAction::toggled, this, &AppShell::setScheduleEnabled);

    m_sessionAction = tools->addAction(tr("Start with the &Session"));
    m_sessionAction->setCheckable(true);
    m_sessionAction->setChecked(Platform::Autostart::isEnabled());
    connect(m_sessionAction, &QAction::toggled, this, &AppShell::setStartWithSession);

    m_minimizedAction = tools->addAction(tr("Start &Minimised to the Tray"));
    m_minimizedAction->setCheckable(true);
    m_minimizedAction->setChecked(m_settings.startsMinimized());
    m_minimizedAction->setToolTip(tr("When the session starts PaperSieve, show only its tray icon; "
                                     "the window opens from there."));
    connect(m_minimizedAction, &QAction::toggled, this, &AppShell::setStartMinimized);

    tools->addSeparator();
    // The banner's setup stays at hand for a reader who wants to start their feed over.
    QAction *setup = tools->addAction(tr("Set &Up a Feed…"));
    setup->setObjectName(QStringLiteral("setupAction"));
    setup->setToolTip(tr("Choose categories and criteria, and fetch today's papers, in one "
                         "screen"));
    connect(setup, &QAction::triggered, this, &AppShell::openSetup);

    QAction *settings = tools->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    m_window->addRemappableAction(settings, QStringLiteral("settingsAction"), {});
    connect(settings, &QAction::triggered, this, &AppShell::openSettings);
}

void AppShell::setUpTray()
{
    // Kept without a tray too: it counts the unread picks and sends the notifications.
    m_tray = new TrayIcon(QApplication::windowIcon(), this);
    m_picks = new LatestPicks(this);
    connect(m_picks, &LatestPicks::unreadCountChanged, m_tray, &TrayIcon::setUnreadCount);
    connect(m_picks, &LatestPicks::listed, this, &AppShell::sendNotice);
    connect(m_tray, &TrayIcon::paperRequested, this, [this](const QDate &date, const QString &id) {
        showWindow();
        m_window->selectPaper(date, id);
    });
    if (!TrayIcon::isAvailable()) {
        return;
    }
    m_tray->setVisible(QSettings().value(TrayKey, true).toBool());
    connect(m_tray, &TrayIcon::showWindowRequested, this, &AppShell::showWindow);
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);

    if (QMenu *tools = m_window->toolsMenu()) {
        m_trayAction = tools->addAction(tr("Show Icon in System &Tray"));
        m_trayAction->setCheckable(true);
        m_trayAction->setChecked(m_tray->isVisible());
        connect(m_trayAction, &QAction::toggled, this, [this](bool on) {
            QSettings().setValue(TrayKey, on);
            m_tray->setVisible(on);
        });
    }
}

void AppShell::showWindow()
{
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AppShell::raiseOnLaunch(Platform::SingleInstance *instance)
{
    connect(instance, &Platform::SingleInstance::activationRequested, this, &AppShell::showWindow);
}

Scoring::ScoringProfile AppShell::currentProfile() const
{
    if (!m_window || !m_window->library()) {
        return Scoring::ScoringProfile::defaults();
    }
    const auto stored =
        Library::ProfileStore(*m_window->library()).profile(m_window->currentProfile());
    Scoring::ScoringProfile profile = stored && !stored->settings.isEmpty()
        ? Scoring::ScoringProfile::fromJson(stored->settings)
        : Scoring::ScoringProfile::defaults();
    profile.name = m_window->currentProfile();
    return profile;
}

QStringList AppShell::currentCategories() const
{
    if (!m_window || !m_window->library()) {
        return {};
    }
    const auto stored =
        Library::ProfileStore(*m_window->library()).profile(m_window->currentProfile());
    return stored ? stored->categories : QStringList();
}

void AppShell::onLibraryOpened()
{
    // The window shows the newest day next; its dayShown() brings the picks.
    m_picks->setLibrary(m_window->library());
    m_picks->setProfile(m_window->currentProfile());
    m_runPanel->setLibrary(m_window->library());
    m_runPanel->setProfile(currentProfile());
    refreshProvider();
    setUpSchedule();
}

void AppShell::onDayShown(const QDate &date)
{
    if (!m_runPanel->isRunning()) {
        m_runPanel->setDate(date);
    }
    if (m_criteria) {
        m_criteria->setDate(date);
    }
    m_picks->offer(m_window->currentListing());
}

// A day arrived, or the scores, criteria or profile changed: the newest day's picks may too.
// Each caller also has the window list its day again.
void AppShell::refreshPicks()
{
    if (m_window && m_window->library()) {
        m_picks->refresh(m_window->currentDate());
    }
}

void AppShell::refreshProvider()
{
    refreshSemanticScholar();
    const Platform::AppSettings::Provider provider = m_settings.provider();
    m_providerKind = Platform::AppSettings::providerName(provider);
    m_providerConfig = {m_settings.baseUrl(provider), m_settings.model(provider), {}};
    m_providerConfig.apiKey.clear();
    if (!m_secrets) {
        applyProvider({});
        return;
    }
    Platform::SecretJob *job = m_secrets->read(Platform::AppSettings::secretKey(provider));
    connect(job, &Platform::SecretJob::finished, this, [this](const std::optional<QString> &key) {
        applyProvider(key.value_or(QString()));
    });
    connect(job, &Platform::SecretJob::failed, this, [this](const Error &error) {
        qCWarning(lcUi) << "API key not read:" << error.detail();
        applyProvider({});
    });
}

void AppShell::applyProvider(const QString &key)
{
    m_providerConfig.apiKey = key;
    // A local server (Ollama, llama.cpp) needs no key; a remote endpoint does.
    const bool local = m_providerConfig.baseUrl.scheme() == QLatin1String("http");
    m_hasProvider = !key.isEmpty() || local;
    if (m_hasProvider) {
        m_runPanel->setProvider(m_providerKind, m_providerConfig);
    } else {
        m_runPanel->clearProvider();
    }
    if (m_criteria) {
        m_criteria->setProvider(m_providerKind, m_providerConfig);
    }

    Digest::ScoringOptions options;
    options.concurrency = m_settings.concurrency();
    if (m_settings.budgetUsd() > 0) {
        options.budgetUsd = m_settings.budgetUsd();
    }
    options.limits.requestsPerWindow = m_settings.requestsPerMinute();
    options.limits.tokensPerWindow = m_settings.tokensPerMinute();
    options.profileName = m_window ? m_window->currentProfile() : QStringLiteral("default");
    m_runPanel->setOptions(options);
}

// The author stage (run panel, scheduled runs) asks Semantic Scholar with the reader's key, if any.
void AppShell::refreshSemanticScholar()
{
    if (!m_secrets) {
        return;
    }
    const QString name = Platform::AppSettings::semanticScholarSecretKey();
    Platform::SecretJob *job = m_secrets->read(name);
    connect(job, &Platform::SecretJob::finished, this, [this](const std::optional<QString> &key) {
        Digest::SemanticScholarAccess access;
        access.apiKey = key.value_or(QString()).toUtf8();
        m_runPanel->setSemanticScholar(access);
    });
    connect(job, &Platform::SecretJob::failed, this, [](const Error &error) {
        qCWarning(lcUi) << "Semantic Scholar key not read:" << error.detail();
    });
}

void AppShell::fetchLatest()
{
    const QStringList categories = currentCategories();
    if (categories.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("Choose the categories you follow in the settings first."), StatusMessageMs);
        openSettings();
        return;
    }
    if (!m_fetcher) {
        m_fetcher = std::make_unique<Digest::DayFetcher>(m_arxiv.get(), m_window->library());
        if (m_clock) {
            m_fetcher->setClock(m_clock);
        }
        connect(m_fetcher.get(),
                &Digest::DayFetcher::finished,
                this,
                [this](const Digest::FetchReport &report) {
                    m_fetchAction->setEnabled(true);
                    m_window->statusBar()->showMessage(tr("Fetched the latest day."),
                                                       StatusMessageMs);
                    m_window->reloadDays();
                    if (std::exchange(m_showFetchedDay, false) && !report.days.isEmpty()) {
                        m_window->selectDay(report.days.constLast().date);
                    }
                    refreshPicks();
                });
        connect(m_fetcher.get(), &Digest::DayFetcher::failed, this, [this](const Error &error) {
            m_fetchAction->setEnabled(true);
            m_showFetchedDay = false;
            m_window->statusBar()->showMessage(error.userMessage(), StatusMessageMs);
        });
        connect(m_fetcher.get(), &Digest::DayFetcher::progress, this, [this](const QString &text) {
            m_window->statusBar()->showMessage(text);
        });
    }
    m_fetchAction->setEnabled(false);
    m_fetcher->fetchLatest(categories, mergeOptions(m_settings, categories));
}

void AppShell::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_window->library(), m_secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileName(m_window->currentProfile());
    connect(dialog, &SettingsDialog::settingsSaved, this, &AppShell::applySavedSettings);
    connect(dialog, &SettingsDialog::keySaved, this, &AppShell::refreshProvider);
    connect(dialog, &SettingsDialog::keyRemoved, this, &AppShell::refreshProvider);
    dialog->open();
}

// The settings or the profile were saved: every panel follows them.
void AppShell::applySavedSettings()
{
    m_window->setMarkReadDelay(std::chrono::milliseconds(m_settings.markReadAfterMs()));
    refreshProvider();
    applyPdfCacheLimit();
    m_runPanel->setProfile(currentProfile());
    m_window->retrainRanker();
    refreshPicks();
    setUpSchedule();
}

// The first start's one screen; finishing it fetches today's papers of the new feed, which
// the window then shows, ranked by the local ranker.
void AppShell::openSetup()
{
    if (!m_window->library()) {
        return;
    }
    auto *dialog = new SetupDialog(m_settings, *m_window->library(), m_secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileName(m_window->currentProfile());
    connect(dialog, &SetupDialog::setupFinished, this, [this] {
        applySavedSettings();
        m_showFetchedDay = true;
        fetchLatest();
    });
    dialog->open();
}

void AppShell::applyPdfCacheLimit()
{
    m_window->setPdfCacheLimit(qint64(m_settings.pdfCacheLimitMb()) * 1024 * 1024);
}

void AppShell::openCriteria()
{
    if (!m_criteria) {
        m_criteria = new CriteriaEditor(m_window);
        m_criteria->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_criteria, &CriteriaEditor::profileSaved, this, [this] {
            m_runPanel->setProfile(currentProfile());
            m_window->retrainRanker();
            refreshPicks();
        });
        connect(
            m_criteria, &CriteriaEditor::scoresChanged, m_window, &MainWindow::reloadCurrentDay);
        connect(m_criteria, &CriteriaEditor::providerSetupRequested, this, &AppShell::openSettings);
    }
    m_criteria->setLibrary(m_window->library());
    m_criteria->setDate(m_window->currentDate());
    m_criteria->setProfile(currentProfile());
    if (m_hasProvider) {
        m_criteria->setProvider(m_providerKind, m_providerConfig);
    }
    m_criteria->show();
    m_criteria->raise();
}

void AppShell::setUpSchedule()
{
    if (!m_window || !m_window->library()) {
        return;
    }
    if (!m_schedule) {
        m_schedule = std::make_unique<Digest::DailySchedule>(m_arxiv.get(), m_window->library());
        if (m_clock) {
            m_schedule->setClock(m_clock);
        }
        connect(
            m_schedule.get(), &Digest::DailySchedule::dayReady, this, &AppShell::onScheduledDay);
    }
    m_schedule->stop();
    const QStringList categories = currentCategories();
    m_schedule->setProfile(
        m_window->currentProfile(), categories, mergeOptions(m_settings, categories));
    if (m_scheduleAction && m_scheduleAction->isChecked() && !categories.isEmpty()) {
        m_schedule->start();
    }
}

void AppShell::setScheduleEnabled(bool enabled)
{
    QSettings().setValue(ScheduleKey, enabled);
    setUpSchedule();
}

void AppShell::setStartWithSession(bool enabled)
{
    QStringList arguments;
    if (m_settings.startsMinimized()) {
        arguments.append(QStringLiteral("--minimized"));
    }
    const Result<void> done = enabled
        ? Platform::Autostart::enable(QCoreApplication::applicationFilePath(), arguments)
        : Platform::Autostart::disable();
    if (!done) {
        m_window->statusBar()->showMessage(done.error().userMessage(), StatusMessageMs);
        const QSignalBlocker blocker(m_sessionAction);
        m_sessionAction->setChecked(Platform::Autostart::isEnabled());
    }
}

void AppShell::setStartMinimized(bool minimized)
{
    m_settings.setStartsMinimized(minimized);
    if (Platform::Autostart::isEnabled()) {
        setStartWithSession(true); // the session's entry says how to start
    }
}

// A new day is in: the local ranker lists it at once; with a provider the LLM scores it too,
// and the notification waits for that run. A day handed to another profile while a run goes on
// (the reader switched profiles) finds the panel busy, like during a run the reader started.
void AppShell::onScheduledDay(const QDate &date, const QString &profile)
{
    if (date == m_scheduledDay.date && profile == m_scheduledDay.profile) {
        return; // the schedule was set up again while the day's run goes on
    }
    m_window->reloadDays();
    refreshPicks();
    const ScheduledDay day{date, profile};
    if (m_hasProvider && !m_runPanel->isRunning()) {
        m_scheduledDay = day;
        m_runPanel->setDate(date);
        // runStarted() comes at once when the run starts; a refusal to run comes later, as
        // runFailed().
        bool started = false;
        const QMetaObject::Connection starting =
            connect(m_runPanel, &RunPanel::runStarted, this, [&started] {
                started = true;
            });
        m_runPanel->start();
        disconnect(starting);
        if (started) {
            return;
        }
        m_scheduledDay = {};
    }
    finishScheduledDay(day, {});
}

void AppShell::finishScheduledDay(const QString &note)
{
    finishScheduledDay(std::exchange(m_scheduledDay, {}), note);
}

// Every scheduled day ends here, whatever became of its LLM run: it is never handed out again,
// the schedule waits for the next announcement, and the reader hears of the day. A failed or
// cancelled run is not retried on its own (it may cost money, or fail the same way): the day
// is ranked locally, the note says so, and Start in the run panel continues the run.
void AppShell::finishScheduledDay(const ScheduledDay &day, const QString &note)
{
    if (m_schedule) {
        m_schedule->markRun(day.date, day.profile);
    }
    if (!note.isEmpty()) {
        qCInfo(lcUi) << "Scheduled day" << day.date << "of profile" << day.profile
                     << "ended without a full LLM run";
        m_window->statusBar()->showMessage(note, StatusMessageMs);
    }
    notifyDay(day.date, note);
}

// The notification names the day's best paper once the newest day is listed with the run's
// scores. A reader who is reading keeps their day; an absent one finds the new day on return.
void AppShell::notifyDay(const QDate &date, const QString &note)
{
    if (!m_window->isVisible() || m_window->isMinimized()) {
        m_window->selectDay(date);
    }
    m_notice = {date, note};
    m_picks->rebuild();
}

void AppShell::sendNotice(const Digest::DayListing &listing)
{
    if (!m_notice.date.isValid()) {
        return;
    }
    const Notice notice = std::exchange(m_notice, {});
    if (listing.summary.date != notice.date) {
        qCWarning(lcUi) << "No notification: the newest day is" << listing.summary.date
                        << "not the scheduled" << notice.date;
        return;
    }
    const Digest::ListedPaper *best = listing.papers.isEmpty() ? nullptr : &listing.papers.first();
    m_tray->notifyDay(notice.date,
                      listing.relevantCount,
                      best ? best->paper.title : QString(),
                      best ? best->paper.id : QString(),
                      notice.note);
}

} // namespace Sieve::Ui
