// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_RUNPANEL_H
#define SIEVE_UI_RUNPANEL_H

#include <app/core/error.h>
#include <app/digest/authorstage.h>
#include <app/digest/dayscorer.h>
#include <app/digest/dayview.h>
#include <app/digest/localprefilter.h>
#include <app/scoring/pricing.h>
#include <app/scoring/provider.h>
#include <app/scoring/scoringprofile.h>

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Sieve::Library {
class Library;
}

namespace Sieve::Net {
class HttpClient;
}

namespace Sieve::Ui {

class DayLoader;
class MessageBar;

// Scores one day with the LLM: shows what a run would cost before it starts, its progress while
// it runs, and how it ended, with the failed papers listed and a Retry that asks only for them.
// When the profile follows authors or has an h-index cutoff, the author stage (AuthorStage)
// runs first and the panel says what it found. What the LLM is sent is the profile's choice
// (kept in its settings): every paper, or only what the local ranker's pre-filter keeps
// (Digest::LocalPrefilter); the day is ranked on the day loader's worker, so a start with the
// pre-filter on begins once that ranking arrives. Runs on the GUI thread without blocking it
// (every stage is asynchronous; each stored batch is one short transaction). The panel never
// reads or keeps a key from the keychain: the caller passes the keys in.
class RunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    // Changing the library, day or provider cancels a run in progress; its answers are kept and
    // starting again continues it. Setting the same value again changes nothing.
    //
    // Not owned; opened on the GUI thread and alive while the panel is. nullptr detaches.
    // The price table comes from this library (DigestBuilder::prices), as in the CLI.
    void setLibrary(Library::Library *library);
    void setDate(const QDate &date);
    void setProfile(const Scoring::ScoringProfile &profile);
    // `kind` is "openai" (any compatible endpoint) or "anthropic". Without a base URL and
    // model, or without a key for a remote endpoint, the panel says no provider is set up.
    void setProvider(const QString &kind, const Scoring::ProviderConfig &config);
    void clearProvider();
    // Concurrency, batch size, budget, skips; `only` and `prices` are set by the panel, and the
    // local pre-filter's skips are added to those given here.
    void setOptions(const Digest::ScoringOptions &options);
    // Where the author stage asks Semantic Scholar, and with which key (may be empty).
    void setSemanticScholar(const Digest::SemanticScholarAccess &access);

    Digest::ScoringOptions options() const { return m_options; }

    Digest::SemanticScholarAccess semanticScholar() const { return m_s2Access; }

    // The worker whose ranker learnt the reader's ratings (the window's), not owned; nullptr
    // makes the panel rank with a loader of its own on the library's file.
    void setDayLoader(DayLoader *loader);

    QDate date() const { return m_date; }

    Scoring::ScoringProfile profile() const { return m_profile; }

    bool hasProvider() const;
    bool isRunning() const;

    // The papers the reader chose to score (scorePapers()) until the run that scores them ends.
    QStringList chosenPapers() const { return m_chosen; }

    // What the panel shows before a start; nullopt when it cannot estimate (no provider, no day).
    std::optional<Scoring::RunEstimate> estimate() const { return m_estimate; }

    int cachedPapers() const { return m_cachedPapers; } // answered by earlier runs for free

    std::optional<Digest::ScoringReport> lastReport() const { return m_lastReport; }

    // What the author stage of the last start found; nullopt when the profile needed none.
    std::optional<Digest::AuthorStageResult> lastAuthorStage() const { return m_authorResult; }

    // The pre-filter's cut of the day as last ranked; nullopt while it is being ranked, or when
    // the profile sends every paper.
    std::optional<Digest::LocalCut> localCut() const;

public Q_SLOTS:
    // Reads the estimate again; call it after the day or its answers changed elsewhere.
    void refreshEstimate();
    void start();
    void cancel(); // keeps every stored answer: a later start() continues the run
    void retryFailed();
    // Scores these papers of `date`, which a filter kept from the LLM: at once when they can be
    // added to the day's latest run (DayScorer::addsToLatestRun()); otherwise the estimate
    // shows what Start would send, the whole day with these papers included. Does nothing while
    // a run goes on.
    void scorePapers(const QDate &date, const QStringList &paperIds);

Q_SIGNALS:
    void runStarted(const QDate &date);
    void progressChanged(const Sieve::Digest::ScoringProgress &progress);
    void runFinished(const Sieve::Digest::ScoringReport &report); // cancelled runs too
    void runFailed(const Sieve::Error &error); // nothing could start: no such day, storage
    void scoresChanged(const QDate &date); // the day's stored scores changed: reload it
    void providerSetupRequested(); // the reader asked to configure a provider

private:
    enum class State { NoProvider, Idle, Running };

    // A stage's name and bar in the panel.
    struct StageRow
    {
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;

        void setVisible(bool visible) const;
        void show(const Digest::StageProgress &stage) const;
    };

    void buildUi();
    QWidget *buildStageRows();
    void rebuildScorer();
    void setState(State state);
    Digest::ScoringOptions runOptions() const;
    int countCachedPapers(const Digest::ScoringOptions &options) const;
    void showEstimate();
    void onProgress(const Digest::ScoringProgress &progress);
    void onFinished(const Digest::ScoringReport &report);
    void onFailed(const Error &error);
    void showReport(const Digest::ScoringReport &report);
    void fillFailures(const Digest::ScoringReport &report);

    // The author stage, before the LLM stages.
    void startAuthorStage();
    void onAuthorStageFinished(const Digest::AuthorStageResult &result);
    void applyAuthorStage(Digest::ScoringOptions &options) const;
    void showAuthorStage(const Digest::AuthorStageResult &result);
    void recordAuthorStage(qint64 runId);
    bool isLookingUpAuthors() const;
    void beginRun(); // the author stage when needed, then startScoring()
    void startScoring(); // the LLM stages

    // The local pre-filter: the profile's choice, the day's local ranking, the cut.
    QWidget *buildPrefilterRow();
    void showPrefilterSetting();
    void onPrefilterEdited();
    void savePrefilterSetting();
    QString profileName() const;
    bool needsLocalRanking() const;
    bool hasCurrentRanking() const;
    void requestLocalRanking();
    void onDayRanked(const QString &profile, const QDate &date, const Digest::DayListing &listing);
    QString prefilterText() const;

    Library::Library *m_library = nullptr;
    QDate m_date;
    Scoring::ScoringProfile m_profile = Scoring::ScoringProfile::defaults();
    QString m_providerKind;
    Scoring::ProviderConfig m_config;
    Digest::ScoringOptions m_options;
    std::optional<Scoring::RunEstimate> m_estimate;
    std::optional<Digest::ScoringReport> m_lastReport;
    int m_cachedPapers = 0;
    int m_dayPapers = 0;
    State m_state = State::NoProvider;
    DayLoader *m_loader = nullptr; // the window's or m_ownLoader
    std::unique_ptr<DayLoader> m_ownLoader;
    std::optional<Digest::DayListing> m_ranked; // the day as the local ranker last listed it
    QDate m_rankedDate;
    QString m_rankedProfile;
    bool m_startWhenRanked = false; // start() waits for a fresh local ranking
    QStringList m_chosen; // papers the reader asked to score: ScoringOptions::only

    Net::HttpClient *m_http = nullptr;
    // Destroyed before m_http (a child): the scorer first, then the provider it points to.
    std::unique_ptr<Scoring::Provider> m_provider;
    std::unique_ptr<Digest::DayScorer> m_scorer;
    Digest::SemanticScholarAccess m_s2Access;
    std::unique_ptr<Digest::AuthorStage> m_authorStage;
    std::optional<Digest::AuthorStageResult> m_authorResult;

    QLabel *m_title = nullptr;
    QLabel *m_estimateLabel = nullptr;
    QLabel *m_authorsLabel = nullptr;
    QWidget *m_stages = nullptr;
    StageRow m_authorsRow;
    StageRow m_titlesRow;
    StageRow m_abstractsRow;
    QLabel *m_stats = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    MessageBar *m_message = nullptr;
    QTreeWidget *m_failures = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_setupAction = nullptr;
    QWidget *m_prefilterRow = nullptr;
    QComboBox *m_prefilterCombo = nullptr;
    QSpinBox *m_prefilterSpin = nullptr;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_RUNPANEL_H
