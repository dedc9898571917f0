// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appshell.h"

#include "criteriaeditor.h"
#include "mainwindow.h"
#include "runpanel.h"
#include "settingsdialog.h"
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

} // namespace

AppShell::AppShell(MainWindow *window,
                   Platform::AppSettings &settings,
                   Platform::SecretStore *secrets,
                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_arxivHttp(std::make_unique<Net::HttpClient>())
    , m_arxiv(std::make_unique<Arxiv::ArxivClient>(m_arxivHttp.get(), Arxiv::ArxivEndpoints()))
{
    buildRunDock();
    buildActions();
    setUpTray();
    connect(window, &MainWindow::libraryOpened, this, &AppShell::onLibraryOpened);
    connect(window, &MainWindow::dayShown, this, &AppShell::onDayShown);
    connect(window, &MainWindow::profileChanged, this, [this] {
        if (m_window && m_window->library()) {
            m_runPanel->setProfile(currentProfile());
            setUpSchedule();
        }
    });
}

AppShell::~AppShell() = default;

void AppShell::start(bool minimized)
{
    if (!(minimized && m_tray && m_tray->isVisible())) {
        m_window->show();
    }
    m_window->openLibrary();
}

void AppShell::buildRunDock()
{
    m_runPanel = new RunPanel();
    m_runDock = new QDockWidget(tr("LLM run"), m_window);
    m_runDock->setObjectName(QStringLiteral("runDock"));
    m_runDock->setWidget(m_runPanel);
    m_runDock->hide();
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_runDock);

    connect(m_runPanel, &RunPanel::scoresChanged, m_window, &MainWindow::reloadCurrentDay);
    connect(m_runPanel, &RunPanel::providerSetupRequested, this, &AppShell::openSettings);
    connect(m_runPanel, &RunPanel::runFinished, this, [this](const Digest::ScoringReport &) {
        if (m_scheduledDay.isValid() && m_runPanel->date() == m_scheduledDay && m_schedule) {
            m_schedule->markRun(m_scheduledDay);
            notifyDay(std::exchange(m_scheduledDay, {}));
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

    tools->addSeparator();
    QAction *settings = tools->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    m_window->addRemappableAction(settings, QStringLiteral("settingsAction"), {});
    connect(settings, &QAction::triggered, this, &AppShell::openSettings);
}

void AppShell::setUpTray()
{
    if (!TrayIcon::isAvailable()) {
        return;
    }
    m_tray = new TrayIcon(QApplication::windowIcon(), this);
    m_tray->setVisible(QSettings().value(TrayKey, true).toBool());
    connect(m_tray, &TrayIcon::showWindowRequested, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QApplication::quit);
    connect(m_tray, &TrayIcon::paperRequested, this, [this](const QDate &date, const QString &) {
        m_window->showNormal();
        m_window->raise();
        m_window->selectDay(date);
    });

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

    const Digest::DayListing &listing = m_window->currentListing();
    int unread = 0;
    for (const Digest::ListedPaper &paper : listing.papers) {
        if (paper.rank <= listing.relevantCount && !paper.reading.isRead()) {
            ++unread;
        }
    }
    if (m_tray) {
        m_tray->setUnreadCount(unread);
    }
}

void AppShell::refreshProvider()
{
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
    options.profileName = m_window ? m_window->currentProfile() : QStringLiteral("default");
    m_runPanel->setOptions(options);
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
        connect(m_fetcher.get(), &Digest::DayFetcher::finished, this, [this] {
            m_fetchAction->setEnabled(true);
            m_window->statusBar()->showMessage(tr("Fetched the latest day."), StatusMessageMs);
            m_window->reloadDays();
        });
        connect(m_fetcher.get(), &Digest::DayFetcher::failed, this, [this](const Error &error) {
            m_fetchAction->setEnabled(true);
            m_window->statusBar()->showMessage(error.userMessage(), StatusMessageMs);
        });
        connect(m_fetcher.get(), &Digest::DayFetcher::progress, this, [this](const QString &text) {
            m_window->statusBar()->showMessage(text);
        });
    }
    m_fetchAction->setEnabled(false);
    Arxiv::MergeOptions merge;
    merge.followedCategories = categories;
    merge.primaryOnly = m_settings.isPrimaryOnly();
    const QList<AnnounceType> types = m_settings.announceTypes();
    merge.announceTypes = QSet<AnnounceType>(types.cbegin(), types.cend());
    m_fetcher->fetchLatest(categories, merge);
}

void AppShell::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_window->library(), m_secrets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileName(m_window->currentProfile());
    connect(dialog, &SettingsDialog::settingsSaved, this, [this] {
        refreshProvider();
        m_runPanel->setProfile(currentProfile());
        m_window->retrainRanker();
        setUpSchedule();
    });
    connect(dialog, &SettingsDialog::keySaved, this, &AppShell::refreshProvider);
    connect(dialog, &SettingsDialog::keyRemoved, this, &AppShell::refreshProvider);
    dialog->open();
}

void AppShell::openCriteria()
{
    if (!m_criteria) {
        m_criteria = new CriteriaEditor(m_window);
        m_criteria->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_criteria, &CriteriaEditor::profileSaved, this, [this] {
            m_runPanel->setProfile(currentProfile());
            m_window->retrainRanker();
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
        connect(
            m_schedule.get(), &Digest::DailySchedule::dayReady, this, &AppShell::onScheduledDay);
    }
    m_schedule->stop();
    const QStringList categories = currentCategories();
    Arxiv::MergeOptions merge;
    merge.followedCategories = categories;
    merge.primaryOnly = m_settings.isPrimaryOnly();
    m_schedule->setProfile(m_window->currentProfile(), categories, merge);
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
    const Result<void> done = enabled
        ? Platform::Autostart::enable(QCoreApplication::applicationFilePath(),
                                      {QStringLiteral("--minimized")})
        : Platform::Autostart::disable();
    if (!done) {
        m_window->statusBar()->showMessage(done.error().userMessage(), StatusMessageMs);
        const QSignalBlocker blocker(m_sessionAction);
        m_sessionAction->setChecked(Platform::Autostart::isEnabled());
    }
}

// A new day is in: the local ranker lists it at once; with a provider the LLM scores it too,
// and the notification waits for that run.
void AppShell::onScheduledDay(const QDate &date)
{
    m_window->reloadDays();
    if (m_hasProvider && !m_runPanel->isRunning()) {
        m_scheduledDay = date;
        m_runPanel->setDate(date);
        m_runPanel->start();
        return;
    }
    m_schedule->markRun(date);
    notifyDay(date);
}

void AppShell::notifyDay(const QDate &date)
{
    if (!m_tray) {
        return;
    }
    // The window lists the day; its listing then carries the counts and the best paper.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_window, &MainWindow::dayShown, this, [this, date, once](const QDate &shown) {
        if (shown != date) {
            return;
        }
        disconnect(*once);
        const Digest::DayListing &listing = m_window->currentListing();
        const Digest::ListedPaper *best =
            listing.papers.isEmpty() ? nullptr : &listing.papers.first();
        m_tray->notifyDay(date,
                          listing.relevantCount,
                          best ? best->paper.title : QString(),
                          best ? best->paper.id : QString());
    });
    m_window->selectDay(date);
}

} // namespace Sieve::Ui
