// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_APPSHELL_H
#define SIEVE_UI_APPSHELL_H

#include <app/scoring/provider.h>
#include <app/scoring/scoringprofile.h>

#include <QDate>
#include <QObject>
#include <QPointer>

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

namespace Sieve::Net {
class HttpClient;
}

namespace Sieve::Platform {
class AppSettings;
class SecretStore;
} // namespace Sieve::Platform

namespace Sieve::Ui {

class CriteriaEditor;
class MainWindow;
class RunPanel;
class TrayIcon;

// Everything around the reading window: the Tools menu (fetch, LLM run panel, criteria editor,
// settings), the tray icon and its notifications, the daily schedule and starting with the
// session. It talks to the window only through MainWindow's public hooks.
class AppShell : public QObject
{
    Q_OBJECT

public:
    // `settings` and `secrets` must outlive the shell; the window owns the shell's widgets.
    AppShell(MainWindow *window,
             Platform::AppSettings &settings,
             Platform::SecretStore *secrets,
             QObject *parent = nullptr);
    ~AppShell() override;

    // Shows the window (or only the tray icon when `minimized` and a tray exists), then opens
    // the library.
    void start(bool minimized);

    RunPanel *runPanel() const { return m_runPanel; }

    QAction *fetchAction() const { return m_fetchAction; }

private:
    void buildActions();
    void buildRunDock();
    void setUpTray();
    void setUpSchedule();
    void onLibraryOpened();
    void onDayShown(const QDate &date);
    Scoring::ScoringProfile currentProfile() const;
    QStringList currentCategories() const;
    void refreshProvider();
    void applyProvider(const QString &key);
    void refreshSemanticScholar();
    void fetchLatest();
    void openSettings();
    void openCriteria();
    void onScheduledDay(const QDate &date);
    void notifyDay(const QDate &date);
    void setScheduleEnabled(bool enabled);
    void setStartWithSession(bool enabled);

    QPointer<MainWindow> m_window;
    Platform::AppSettings &m_settings;
    Platform::SecretStore *m_secrets = nullptr;
    std::unique_ptr<Net::HttpClient> m_arxivHttp;
    std::unique_ptr<Arxiv::ArxivClient> m_arxiv;
    std::unique_ptr<Digest::DayFetcher> m_fetcher;
    std::unique_ptr<Digest::DailySchedule> m_schedule;
    QDockWidget *m_runDock = nullptr;
    RunPanel *m_runPanel = nullptr;
    QPointer<CriteriaEditor> m_criteria;
    TrayIcon *m_tray = nullptr;
    QAction *m_fetchAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_scheduleAction = nullptr;
    QAction *m_sessionAction = nullptr;
    QAction *m_trayAction = nullptr;
    QString m_providerKind;
    Scoring::ProviderConfig m_providerConfig;
    bool m_hasProvider = false;
    QDate m_scheduledDay; // handed out by the schedule, waiting for its LLM run
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_APPSHELL_H
