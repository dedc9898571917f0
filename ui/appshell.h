// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_APPSHELL_H
#define SIEVE_UI_APPSHELL_H

#include <app/digest/dayview.h>
#include <app/scoring/provider.h>
#include <app/scoring/scoringprofile.h>

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;

namespace Sieve::Arxiv {
class ArxivClient;
}

namespace Sieve::Digest {
class DailySchedule;
class DayFetcher;
} // namespace Sieve::Digest

namespace Sieve::Platform {
class AppSettings;
class SecretStore;
class SingleInstance;
} // namespace Sieve::Platform

namespace Sieve::Ui {

class CriteriaEditor;
class LatestPicks;
class MainWindow;
class ProfileMenu;
class RunPanel;
class TrayIcon;

// Everything around the reading window: the Tools menu (fetch, LLM run panel, criteria editor,
// reading profiles, settings), the tray icon and its notifications, the daily schedule and starting
// with the session. It talks to the window only through MainWindow's public hooks.
class AppShell : public QObject
{
    Q_OBJECT

public:
    // `settings`, `secrets` and the window must outlive the shell; the window owns the shell's
    // widgets and the client arXiv is fetched through.
    AppShell(MainWindow *window,
             Platform::AppSettings &settings,
             Platform::SecretStore *secrets,
             QObject *parent = nullptr);
    ~AppShell() override;

    // Shows the window (or only the tray icon when `minimized` and a tray exists), then opens
    // the library.
    void start(bool minimized);

    // Brings the window to the front as it was left, maximised or not: only a minimised or
    // hidden window is restored. The tray icon and a notification's click call it too.
    void showWindow();

    // A later launch (`instance` must outlive the shell) raises the window with showWindow().
    void raiseOnLaunch(Platform::SingleInstance *instance);

    RunPanel *runPanel() const { return m_runPanel; }

    QAction *fetchAction() const { return m_fetchAction; }

    QAction *scheduleAction() const { return m_scheduleAction; }

    // Also offered by the button beside the window's profile switcher.
    ProfileMenu *profileMenu() const { return m_profileMenu; }

    // There with or without a system tray: it keeps the unread count and notifies.
    TrayIcon *trayIcon() const { return m_tray; }

    // nullptr until the library is open.
    Digest::DailySchedule *schedule() const { return m_schedule.get(); }

    // For tests, before start(): arXiv's feeds at another address, and what "now" is for the
    // schedule and the fetch.
    void setArxivBaseUrl(const QUrl &base);
    void setClock(std::function<QDateTime()> clock);

private:
    void buildActions();
    void buildRunDock();
    void setUpTray();
    void setUpSchedule();
    void onLibraryOpened();
    void onDayShown(const QDate &date);
    void refreshPicks();
    Scoring::ScoringProfile currentProfile() const;
    QStringList currentCategories() const;
    void refreshProvider();
    void applyProvider(const QString &key);
    void refreshSemanticScholar();
    void fetchLatest();
    void openSettings();
    void applySavedSettings();
    void openSetup();
    void applyPdfCacheLimit();
    void openCriteria();

    struct ScheduledDay
    {
        QDate date; // invalid: none
        QString profile; // the one the schedule handed the day to, whoever is shown now
    };

    void onScheduledDay(const QDate &date, const QString &profile);
    void finishScheduledDay(const QString &note); // of m_scheduledDay
    void finishScheduledDay(const ScheduledDay &day, const QString &note);
    void notifyDay(const QDate &date, const QString &note);
    void sendNotice(const Digest::DayListing &listing);
    void setScheduleEnabled(bool enabled);
    void setStartWithSession(bool enabled);
    void setStartMinimized(bool minimized);

    QPointer<MainWindow> m_window;
    Platform::AppSettings &m_settings;
    Platform::SecretStore *m_secrets = nullptr;
    std::unique_ptr<Arxiv::ArxivClient> m_arxiv;
    std::unique_ptr<Digest::DayFetcher> m_fetcher;
    std::unique_ptr<Digest::DailySchedule> m_schedule;
    std::function<QDateTime()> m_clock; // empty: the system's
    QDockWidget *m_runDock = nullptr;
    RunPanel *m_runPanel = nullptr;
    QPointer<CriteriaEditor> m_criteria;
    ProfileMenu *m_profileMenu = nullptr;
    TrayIcon *m_tray = nullptr;
    LatestPicks *m_picks = nullptr; // the newest day's picks: the tray's count
    QAction *m_fetchAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_scheduleAction = nullptr;
    QAction *m_sessionAction = nullptr;
    QAction *m_minimizedAction = nullptr;
    QAction *m_trayAction = nullptr;
    QString m_providerKind;
    Scoring::ProviderConfig m_providerConfig;
    bool m_hasProvider = false;
    ScheduledDay m_scheduledDay; // handed out by the schedule, waiting for its LLM run
    bool m_showFetchedDay = false; // the fetch after the setup: the window shows its day

    struct Notice
    {
        QDate date; // invalid: none waiting
        QString note;
    };

    Notice m_notice; // waiting for the newest day's listing
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_APPSHELL_H
