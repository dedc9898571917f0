// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runpanel.h"

#include "dayloader.h"
#include "messagebar.h"

#include <app/digest/digestbuilder.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>
#include <app/net/httpclient.h>
#include <app/platform/logging.h>
#include <app/scoring/anthropicprovider.h>
#include <app/scoring/openaicompatibleprovider.h>
#include <app/scoring/promptbuilder.h>

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Sieve::Ui {

namespace {

const QString AbstractStage = QStringLiteral("abstract");

using PrefilterMode = Scoring::PrefilterSetting::Mode;

QString dollars(const std::optional<double> &usd)
{
    if (!usd) {
        return RunPanel::tr("cost unknown");
    }
    //: An amount in US dollars, e.g. $0.0123
    return RunPanel::tr("$%1").arg(*usd, 0, 'f', *usd < 1 ? 4 : 2);
}

QString tokens(qint64 count)
{
    return RunPanel::tr("%1 tokens").arg(QLocale().toString(count));
}

// The reason most of the failures share, for the one-line summary.
QString commonReason(const QList<Library::ScoreRecord> &failures)
{
    QHash<QString, int> counts;
    for (const Library::ScoreRecord &failure : failures) {
        ++counts[failure.reason];
    }
    QString best;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return best;
}

} // namespace

RunPanel::RunPanel(QWidget *parent)
    : QWidget(parent)
    , m_http(new Net::HttpClient(this))
{
    setObjectName(QStringLiteral("runPanel"));
    buildUi();
    setState(State::NoProvider);
    showEstimate();
}

RunPanel::~RunPanel()
{
    // Cancelling in DayScorer's destructor signals finished(); the widgets are going away.
    if (m_scorer) {
        m_scorer->disconnect(this);
    }
}

void RunPanel::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_estimateLabel = new QLabel(this);
    m_estimateLabel->setObjectName(QStringLiteral("estimateLabel"));
    m_estimateLabel->setWordWrap(true);
    m_estimateLabel->setTextFormat(Qt::PlainText);
    m_authorsLabel = new QLabel(this);
    m_authorsLabel->setObjectName(QStringLiteral("authorStageLabel"));
    m_authorsLabel->setWordWrap(true);
    m_authorsLabel->setTextFormat(Qt::PlainText);
    m_authorsLabel->hide();

    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_start, &QPushButton::clicked, this, &RunPanel::start);

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_cancel->setToolTip(tr("Stop now; answers already received are kept and a later start "
                            "continues from there."));
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancel);

    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("statsLabel"));
    m_stats->setTextFormat(Qt::PlainText);

    m_message = new MessageBar(this);
    m_retryAction = new QAction(tr("Retry"), this);
    m_retryAction->setObjectName(QStringLiteral("retry"));
    m_retryAction->setToolTip(tr("Ask again for the failed papers only"));
    connect(m_retryAction, &QAction::triggered, this, &RunPanel::retryFailed);
    m_detailsAction = new QAction(tr("Show papers"), this);
    m_detailsAction->setObjectName(QStringLiteral("details"));
    m_detailsAction->setCheckable(true);
    m_setupAction = new QAction(tr("Set up a provider…"), this);
    m_setupAction->setObjectName(QStringLiteral("setup"));
    connect(m_setupAction, &QAction::triggered, this, &RunPanel::providerSetupRequested);

    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(QStringLiteral("failuresView"));
    m_failures->setHeaderLabels({tr("Paper"), tr("Title"), tr("Why it failed")});
    m_failures->setRootIsDecorated(false);
    m_failures->setUniformRowHeights(true);
    m_failures->setAlternatingRowColors(true);
    m_failures->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_failures->setMaximumHeight(160);
    m_failures->hide();
    connect(m_detailsAction, &QAction::toggled, m_failures, &QWidget::setVisible);
    connect(m_message, &MessageBar::closed, m_failures, &QWidget::hide);

    auto *header = new QHBoxLayout();
    header->addWidget(m_title, 1);
    header->addWidget(m_start);
    header->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(buildPrefilterRow());
    layout->addWidget(m_estimateLabel);
    layout->addWidget(m_authorsLabel);
    layout->addWidget(buildStageRows());
    layout->addWidget(m_stats);
    layout->addWidget(m_message);
    layout->addWidget(m_failures);
    layout->addStretch(1);
}

// One row per stage, a name and a bar, shown only for the stages a run has: the author stage
// (Semantic Scholar), the title pre-filter, then the abstracts.
QWidget *RunPanel::buildStageRows()
{
    m_stages = new QWidget(this);
    m_stages->setObjectName(QStringLiteral("stages"));
    auto *grid = new QGridLayout(m_stages);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    const auto addRow = [this, grid](const QString &name, const QString &objectName) {
        auto *label = new QLabel(name, m_stages);
        auto *bar = new QProgressBar(m_stages);
        bar->setObjectName(objectName);
        label->setBuddy(bar);
        const int row = grid->rowCount();
        grid->addWidget(label, row, 0);
        grid->addWidget(bar, row, 1);
        return StageRow{label, bar};
    };
    //: A stage of a scoring run: looking up the papers' authors on Semantic Scholar
    m_authorsRow = addRow(tr("Authors"), QStringLiteral("authorsBar"));
    m_authorsRow.bar->setToolTip(tr("Followed authors and the h-index filter"));
    //: A stage of a scoring run: the LLM judges the papers by their titles first
    m_titlesRow = addRow(tr("Titles"), QStringLiteral("titlesBar"));
    m_titlesRow.bar->setToolTip(tr("Papers the LLM judged by their titles first"));
    //: A stage of a scoring run: the LLM scores the papers from their abstracts
    m_abstractsRow = addRow(tr("Abstracts"), QStringLiteral("abstractsBar"));
    m_abstractsRow.bar->setToolTip(tr("Papers the LLM scored from their abstracts"));
    return m_stages;
}

void RunPanel::StageRow::setVisible(bool visible) const
{
    label->setVisible(visible);
    bar->setVisible(visible);
}

void RunPanel::StageRow::show(const Digest::StageProgress &stage) const
{
    bar->setRange(0, std::max(1, stage.total));
    bar->setValue(stage.total > 0 ? stage.done : 1);
    //: Progress of a stage of a scoring run: papers settled of all papers
    bar->setFormat(stage.total > 0 ? RunPanel::tr("%v of %m papers")
                                   //: A stage of a scoring run that had no paper to ask about
                                   : RunPanel::tr("nothing to ask"));
}

void RunPanel::setLibrary(Library::Library *library)
{
    if (library == m_library) {
        return;
    }
    if (isRunning()) {
        cancel();
    }
    m_library = library;
    m_ranked.reset();
    rebuildScorer();
    refreshEstimate();
}

void RunPanel::setDate(const QDate &date)
{
    if (date == m_date) {
        return;
    }
    if (isRunning()) {
        cancel();
    }
    m_date = date;
    m_chosen.clear();
    m_lastReport.reset();
    m_authorResult.reset();
    m_authorsLabel->hide();
    m_message->hide();
    m_failures->hide();
    refreshEstimate();
}

void RunPanel::setProfile(const Scoring::ScoringProfile &profile)
{
    if (profile.followedAuthors != m_profile.followedAuthors
        || profile.hIndexCutoff != m_profile.hIndexCutoff) {
        m_authorResult.reset();
        m_authorsLabel->hide();
    }
    const bool otherRanking =
        profile.name != m_profile.name || profile.criteria != m_profile.criteria;
    m_profile = profile;
    if (otherRanking) {
        m_ranked.reset();
        if (m_ownLoader) {
            m_ownLoader->invalidateRanker();
        }
    }
    showPrefilterSetting();
    if (!isRunning()) {
        refreshEstimate();
    }
}

void RunPanel::setProvider(const QString &kind, const Scoring::ProviderConfig &config)
{
    const bool same = kind == m_providerKind && config.baseUrl == m_config.baseUrl
        && config.model == m_config.model && config.apiKey == m_config.apiKey;
    if (same && (m_scorer || !hasProvider())) {
        return;
    }
    if (isRunning()) {
        cancel();
    }
    m_providerKind = kind;
    m_config = config;
    rebuildScorer();
    refreshEstimate();
}

void RunPanel::clearProvider()
{
    setProvider(QString(), {});
}

void RunPanel::setSemanticScholar(const Digest::SemanticScholarAccess &access)
{
    m_s2Access = access;
}

void RunPanel::setOptions(const Digest::ScoringOptions &options)
{
    m_options = options;
    m_http->setMaxConcurrentJobs(std::max(1, options.concurrency));
    if (!isRunning()) {
        refreshEstimate();
    }
}

bool RunPanel::hasProvider() const
{
    const bool remote = m_config.baseUrl.scheme() != QLatin1String("http");
    return m_config.baseUrl.isValid() && !m_config.model.isEmpty()
        && Net::HttpClient::isAllowedUrl(m_config.baseUrl)
        && (!remote || !m_config.apiKey.isEmpty());
}

bool RunPanel::isRunning() const
{
    return m_startWhenRanked || (m_scorer && m_scorer->isRunning()) || isLookingUpAuthors();
}

void RunPanel::rebuildScorer()
{
    if (m_scorer) {
        m_scorer->disconnect(this);
    }
    m_scorer.reset();
    m_provider.reset();
    if (!m_library || !hasProvider()) {
        return;
    }

    m_http->setMaxConcurrentJobs(std::max(1, m_options.concurrency));
    if (m_providerKind == QLatin1String("anthropic")) {
        m_provider = std::make_unique<Scoring::AnthropicProvider>(m_config, m_http);
    } else {
        m_provider = std::make_unique<Scoring::OpenAiCompatibleProvider>(m_config, m_http);
    }
    m_scorer = std::make_unique<Digest::DayScorer>(m_provider.get(), m_library);
    connect(m_scorer.get(), &Digest::DayScorer::progress, this, &RunPanel::onProgress);
    connect(m_scorer.get(), &Digest::DayScorer::finished, this, &RunPanel::onFinished);
    connect(m_scorer.get(), &Digest::DayScorer::failed, this, &RunPanel::onFailed);
}

Digest::ScoringOptions RunPanel::runOptions() const
{
    Digest::ScoringOptions options = m_options;
    if (m_library) {
        options.prices = Digest::DigestBuilder::prices(*m_library);
    }
    if (!m_profile.name.isEmpty()) {
        options.profileName = m_profile.name;
    }
    options.completion.structuredOutput = m_providerKind != QLatin1String("anthropic");
    // Papers named here are added to the day's finished run, or the whole day is run: a run of
    // them alone would become the day's latest and hide every other score from the list.
    options.only = m_chosen;
    if (const std::optional<Digest::LocalCut> cut = localCut()) {
        for (auto it = cut->skip.cbegin(); it != cut->skip.cend(); ++it) {
            if (!options.skip.contains(it.key())) {
                options.skip.insert(it.key(), it.value());
            }
        }
    }
    return options;
}

int RunPanel::countCachedPapers(const Digest::ScoringOptions &options) const
{
    const std::optional<Day> day = m_library->day(m_date);
    if (!day) {
        return 0;
    }
    QHash<QString, int> versions;
    for (const Paper &paper : day->papers) {
        if (!options.skip.contains(paper.id)) {
            versions.insert(paper.id, paper.version);
        }
    }
    const Library::AnswerKey key{QString::fromLatin1(Scoring::criteriaHash(m_profile)),
                                 Scoring::PromptBuilder::PromptVersion,
                                 m_config.model,
                                 AbstractStage};
    return int(Library::RunStore(*m_library).cachedAnswers(key, versions).size());
}

void RunPanel::refreshEstimate()
{
    m_estimate.reset();
    m_cachedPapers = 0;
    m_dayPapers = 0;
    if (!m_library || !hasProvider()) {
        setState(State::NoProvider);
        showEstimate();
        return;
    }
    if (isRunning()) {
        return;
    }

    setState(State::Idle);
    if (!m_date.isValid()) {
        showEstimate();
        return;
    }
    if (needsLocalRanking() && !hasCurrentRanking()) {
        requestLocalRanking(); // refreshes the estimate once the ranking is in
        showEstimate();
        return;
    }
    Digest::ScoringOptions options = runOptions();
    applyAuthorStage(options); // what the last author stage skipped, it will skip again
    const Result<Scoring::RunEstimate> estimated = m_scorer->estimate(m_date, m_profile, options);
    if (!estimated) {
        qCInfo(lcUi) << "no estimate for" << m_date << ":" << estimated.error().detail();
        m_message->showMessage(MessageBar::Kind::Error, estimated.error().userMessage());
        m_start->setEnabled(false);
        showEstimate();
        return;
    }
    m_estimate = estimated.value();
    m_cachedPapers = countCachedPapers(options);
    if (const auto summary = m_library->daySummary(m_date)) {
        m_dayPapers = summary->paperCount;
    }
    // A run that was cancelled, or cut short when the app died, goes on where it stopped.
    const bool resumable = Library::RunStore(*m_library)
                               .resumableRun(m_date,
                                             options.profileName,
                                             m_config.model,
                                             QString::fromLatin1(Scoring::criteriaHash(m_profile)),
                                             Scoring::PromptBuilder::PromptVersion)
                               .has_value();
    //: Start a scoring run again where a cancelled or interrupted one stopped
    m_start->setText(resumable ? tr("Continue") : tr("Start"));
    showEstimate();
}

void RunPanel::showEstimate()
{
    const QString day =
        m_date.isValid() ? QLocale().toString(m_date, QLocale::ShortFormat) : tr("no day chosen");
    if (m_state == State::NoProvider) {
        m_title->setText(tr("LLM scoring · %1").arg(day));
        m_estimateLabel->clear();
        m_estimateLabel->hide();
        return;
    }
    m_title->setText(tr("LLM scoring · %1 · %2").arg(day, m_config.model));
    m_estimateLabel->show();
    if (!m_estimate) {
        const bool ranking = m_date.isValid() && needsLocalRanking() && !hasCurrentRanking();
        m_estimateLabel->setText(!m_date.isValid() ? tr("Choose a day to score.")
                                     : ranking     ? tr("Ranking the day locally…")
                                                   : QString());
        return;
    }
    QString lead = prefilterText();
    if (!m_chosen.isEmpty()) {
        //: The papers the reader chose in the list to send to the LLM after a filter skipped them
        lead = tr("Chosen: %n paper(s) that skipped the LLM.", "", int(m_chosen.size()));
    }
    if (!lead.isEmpty()) {
        lead += QLatin1Char(' ');
    }
    if (m_estimate->requests == 0) {
        m_estimateLabel->setText(lead
                                 + tr("All %n paper(s) are answered by earlier runs under these "
                                      "criteria: starting costs nothing.",
                                      "",
                                      m_cachedPapers));
        return;
    }
    //: %n requests to send, %1 tokens, %2 the cost in dollars or "cost unknown"
    QString text = tr("About %n request(s) to send: %1, %2.", "", m_estimate->requests)
                       .arg(tokens(m_estimate->usage.total()), dollars(m_estimate->cost));
    if (m_cachedPapers > 0) {
        text += QLatin1Char(' ')
            + tr("%n paper(s) already answered by earlier runs cost nothing.", "", m_cachedPapers);
    }
    m_estimateLabel->setText(lead + text);
}

void RunPanel::setState(State state)
{
    m_state = state;
    const bool configured = state != State::NoProvider;
    const bool running = state == State::Running;
    m_start->setVisible(configured);
    m_cancel->setVisible(configured);
    m_prefilterRow->setVisible(configured);
    m_start->setEnabled(state == State::Idle && m_date.isValid());
    m_cancel->setEnabled(running);
    m_stages->setVisible(running || (configured && m_lastReport.has_value()));
    m_stats->setVisible(m_stages->isVisible());
    m_retryAction->setEnabled(!running);
    if (state == State::NoProvider) {
        m_failures->hide();
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("No LLM provider is set up, so this day is ranked by the "
                                  "local ranker only. Add a provider and its key to score it "
                                  "with an LLM."),
                               {m_setupAction});
    } else if (m_message->buttons().size() == 1
               && m_message->buttons().first()->defaultAction() == m_setupAction) {
        m_message->hide();
    }
}

void RunPanel::start()
{
    if (!m_scorer || isRunning() || !m_date.isValid()) {
        return;
    }
    if (needsLocalRanking()) {
        // The cut is made on the ranking as the ranker knows it now, the latest ratings too.
        m_startWhenRanked = true;
        m_ranked.reset();
        setState(State::Running);
        m_estimateLabel->setText(tr("Ranking the day locally…"));
        requestLocalRanking();
        return;
    }
    beginRun();
}

// The author stage when the profile needs it, then the LLM stages.
void RunPanel::beginRun()
{
    if (!m_scorer || m_scorer->isRunning() || isLookingUpAuthors() || !m_date.isValid()) {
        return;
    }
    m_message->hide();
    m_failures->hide();
    m_detailsAction->setChecked(false);
    m_stats->clear();
    m_authorResult.reset();
    m_authorsLabel->hide();
    m_authorsRow.setVisible(Digest::AuthorStage::isNeeded(m_profile));
    m_titlesRow.setVisible(runOptions().titleFilter);
    m_titlesRow.show({0, std::max(1, m_dayPapers)});
    m_abstractsRow.show({0, std::max(1, m_dayPapers)});

    if (Digest::AuthorStage::isNeeded(m_profile)) {
        startAuthorStage();
    } else {
        startScoring();
    }
    setState(State::Running);
    Q_EMIT runStarted(m_date);
}

// The LLM stages, with what the author stage found (when it ran).
void RunPanel::startScoring()
{
    Digest::ScoringOptions options = runOptions();
    applyAuthorStage(options);

    qCInfo(lcUi) << "starting a scoring run of" << m_date << "with" << m_config.model;
    m_scorer->start(m_date, m_profile, options);
}

void RunPanel::cancel()
{
    if (m_startWhenRanked) {
        m_startWhenRanked = false;
        setState(hasProvider() ? State::Idle : State::NoProvider);
        refreshEstimate();
        return;
    }
    if (isLookingUpAuthors()) {
        qCInfo(lcUi) << "cancelling the author stage of" << m_date;
        m_authorStage->cancel();
        m_authorsRow.bar->setRange(0, 1);
        m_authorsRow.bar->setValue(0);
        //: The author stage of a scoring run was cancelled
        m_authorsRow.bar->setFormat(tr("cancelled"));
        Digest::ScoringReport report;
        report.papers = m_dayPapers;
        report.cancelled = true;
        onFinished(report);
        return;
    }
    if (m_scorer && m_scorer->isRunning()) {
        qCInfo(lcUi) << "cancelling the scoring run of" << m_date;
        m_scorer->cancel();
    }
}

void RunPanel::retryFailed()
{
    if (!m_lastReport || m_lastReport->failures.isEmpty()) {
        return;
    }
    // The papers answered before come from the cache, so only the failed ones are sent.
    start();
}

void RunPanel::scorePapers(const QDate &date, const QStringList &paperIds)
{
    if (isRunning() || paperIds.isEmpty()) {
        return;
    }
    setDate(date);
    m_chosen = paperIds;
    refreshEstimate();
    if (!m_scorer || !m_estimate) {
        return; // no provider, or the day cannot be scored: the panel says why
    }
    if (m_scorer->addsToLatestRun(m_date, m_profile, runOptions())) {
        beginRun();
        return;
    }
    m_message->showMessage(MessageBar::Kind::Information,
                           tr("This day was not scored with these settings yet: Start scores the "
                              "whole day, the %n chosen paper(s) included.",
                              "",
                              int(paperIds.size())));
}

void RunPanel::onProgress(const Digest::ScoringProgress &progress)
{
    m_titlesRow.show(progress.titles);
    m_abstractsRow.show(progress.abstracts);
    m_stats->setText(tr("%n request(s)", "", progress.requests) + QStringLiteral(" · ")
                     + tokens(progress.usage.total()) + QStringLiteral(" · ")
                     + dollars(progress.costUsd));
    Q_EMIT progressChanged(progress);
}

void RunPanel::onFinished(const Digest::ScoringReport &report)
{
    recordAuthorStage(report.runId);
    m_lastReport = report;
    m_chosen.clear();
    qCInfo(lcUi) << "scoring run" << report.runId << "ended: scored" << report.scored << "failed"
                 << report.failed << "cancelled" << report.cancelled;
    refreshEstimate();
    setState(hasProvider() ? State::Idle : State::NoProvider);
    m_stats->setText(tr("%n request(s)", "", report.requests) + QStringLiteral(" · ")
                     + tokens(report.usage.total()) + QStringLiteral(" · ")
                     + dollars(report.costUsd));
    showReport(report);
    Q_EMIT runFinished(report);
    Q_EMIT scoresChanged(m_date);
}

void RunPanel::onFailed(const Error &error)
{
    qCWarning(lcUi) << "scoring run of" << m_date << "could not start:" << error.detail();
    setState(hasProvider() ? State::Idle : State::NoProvider);
    m_message->showMessage(MessageBar::Kind::Error, error.userMessage());
    Q_EMIT runFailed(error);
}

void RunPanel::showReport(const Digest::ScoringReport &report)
{
    fillFailures(report);
    QList<QAction *> actions;
    if (report.failed > 0) {
        actions = {m_retryAction, m_detailsAction};
    }

    if (report.cancelled) {
        const int settled = report.scored + report.failed + report.skipped + report.overBudget;
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("Cancelled with %1 of %n paper(s) settled. Their answers are "
                                  "kept: Start continues where the run stopped.",
                                  "",
                                  report.papers)
                                   .arg(settled),
                               actions);
    } else if (report.failed > 0) {
        //: %1 papers scored, %n papers failed, %2 the most common reason
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("%1 scored, %n failed (%2).", "", report.failed)
                                   .arg(report.scored)
                                   .arg(commonReason(report.failures)),
                               actions);
    } else if (report.overBudget > 0) {
        m_message->showMessage(
            MessageBar::Kind::Warning,
            tr("%1 scored; the budget ran out before %n paper(s).", "", report.overBudget)
                .arg(report.scored));
    } else if (report.fromCache == 0 && report.skipped == 0) {
        m_message->showMessage(MessageBar::Kind::Positive,
                               tr("All %n paper(s) scored.", "", report.papers));
    } else {
        m_message->showMessage(
            MessageBar::Kind::Positive,
            tr("All %n paper(s) settled: %1 scored, %2 from earlier answers.", "", report.papers)
                .arg(report.scored)
                .arg(report.fromCache));
    }
}

void RunPanel::fillFailures(const Digest::ScoringReport &report)
{
    m_failures->clear();
    m_detailsAction->setChecked(false);
    m_detailsAction->setText(tr("Show %n failed paper(s)", "", int(report.failures.size())));
    const std::optional<Day> day = m_library ? m_library->day(m_date) : std::nullopt;
    QHash<QString, QString> titles;
    if (day) {
        for (const Paper &paper : day->papers) {
            titles.insert(paper.id, paper.title);
        }
    }
    for (const Library::ScoreRecord &failure : report.failures) {
        auto *item = new QTreeWidgetItem(m_failures);
        item->setText(0, failure.paperId);
        item->setText(1, titles.value(failure.paperId));
        item->setText(2, failure.reason);
        item->setToolTip(1, titles.value(failure.paperId));
        item->setToolTip(2, failure.reason);
    }
    m_failures->resizeColumnToContents(0);
}

void RunPanel::startAuthorStage()
{
    m_authorStage = std::make_unique<Digest::AuthorStage>(m_http, m_library);
    m_authorStage->setAccess(m_s2Access);
    connect(m_authorStage.get(),
            &Digest::AuthorStage::finished,
            this,
            &RunPanel::onAuthorStageFinished);
    // Busy: the look-up has no count to show, and it takes a few requests at most.
    m_authorsRow.bar->setRange(0, 0);
    m_stats->setText(tr("Checking the authors…"));
    qCInfo(lcUi) << "starting the author stage of" << m_date;
    m_authorStage->start(m_date, m_profile);
}

void RunPanel::onAuthorStageFinished(const Digest::AuthorStageResult &result)
{
    m_authorResult = result;
    m_authorsRow.bar->setRange(0, 1);
    m_authorsRow.bar->setValue(1);
    //: The author stage of a scoring run has ended
    m_authorsRow.bar->setFormat(tr("done"));
    showAuthorStage(result);
    m_stats->clear();
    startScoring();
}

// Papers below the h-index cutoff are left to the reader; a followed author's paper never is,
// whatever else asked to skip it.
void RunPanel::applyAuthorStage(Digest::ScoringOptions &options) const
{
    if (!m_authorResult) {
        return;
    }
    options.skip.insert(m_authorResult->skip());
    for (const QString &id : m_authorResult->followedPapers()) {
        options.skip.remove(id);
    }
}

void RunPanel::showAuthorStage(const Digest::AuthorStageResult &result)
{
    const Library::AuthorStageRecord counts = result.record();
    QStringList parts;
    if (counts.followed > 0 || !m_profile.followedAuthors.isEmpty()) {
        parts.append(tr("%n paper(s) by followed authors", "", counts.followed));
    }
    const int known = counts.lookedUp + counts.fromCache;
    if (known > 0 || counts.missed() > 0) {
        parts.append(tr("%n looked up on Semantic Scholar", "", known));
    }
    if (counts.hIndexCutoff) {
        parts.append(tr("%n skipped by the h-index filter", "", counts.belowCutoff));
    }
    //: The author stage's counts, e.g. "Authors: 2 papers by followed authors · 40 looked up…"
    QString text = tr("Authors: %1.").arg(parts.join(QStringLiteral(" · ")));
    if (counts.missed() > 0) {
        text += QLatin1Char(' ')
            + tr("%n paper(s) not looked up on Semantic Scholar; the h-index filter let them "
                 "through.",
                 "",
                 counts.missed());
    }
    if (counts.notLookedUp > 0) {
        text += QLatin1Char(' ')
            + tr("It did not answer for %n of them; a later run asks again.",
                 "",
                 counts.notLookedUp);
    }
    m_authorsLabel->setText(text);
    m_authorsLabel->setToolTip(counts.problem);
    m_authorsLabel->show();
}

void RunPanel::recordAuthorStage(qint64 runId)
{
    if (!m_authorResult || runId <= 0 || !m_library) {
        return;
    }
    const Result<void> kept = Digest::AuthorStage::record(*m_library, runId, *m_authorResult);
    if (!kept) {
        qCWarning(lcUi) << "author stage of run" << runId << "not kept:" << kept.error().detail();
    }
}

bool RunPanel::isLookingUpAuthors() const
{
    return m_authorStage && m_authorStage->isRunning();
}

QWidget *RunPanel::buildPrefilterRow()
{
    m_prefilterRow = new QWidget(this);
    auto *label = new QLabel(tr("Send to the LLM:"), m_prefilterRow);

    m_prefilterCombo = new QComboBox(m_prefilterRow);
    m_prefilterCombo->setObjectName(QStringLiteral("prefilterCombo"));
    //: What a run sends to the LLM: every paper of the day
    m_prefilterCombo->addItem(tr("Every paper"), int(PrefilterMode::Everything));
    //: What a run sends to the LLM: the local ranker's best share of the day, e.g. 50 %
    m_prefilterCombo->addItem(tr("The local ranker's best"), int(PrefilterMode::TopShare));
    //: What a run sends to the LLM: the fewest papers expected to hold this share of the
    //: day's relevant ones, e.g. 95 %
    m_prefilterCombo->addItem(tr("Enough papers for a recall of"), int(PrefilterMode::Recall));
    m_prefilterCombo->setToolTip(
        tr("The local ranker decides which papers are worth LLM tokens. The others are listed "
           "as skipped by the local ranker and can still be scored one by one. Papers by "
           "followed authors are always sent. The choice is kept with the profile."));
    label->setBuddy(m_prefilterCombo);

    m_prefilterSpin = new QSpinBox(m_prefilterRow);
    m_prefilterSpin->setObjectName(QStringLiteral("prefilterSpin"));
    m_prefilterSpin->setRange(1, 100);
    m_prefilterSpin->setSuffix(tr(" %"));
    m_prefilterSpin->setKeyboardTracking(false);

    auto *row = new QHBoxLayout(m_prefilterRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_prefilterCombo);
    row->addWidget(m_prefilterSpin);
    row->addStretch(1);

    showPrefilterSetting();
    connect(m_prefilterCombo, &QComboBox::currentIndexChanged, this, &RunPanel::onPrefilterEdited);
    connect(m_prefilterSpin, &QSpinBox::valueChanged, this, &RunPanel::onPrefilterEdited);
    return m_prefilterRow;
}

void RunPanel::showPrefilterSetting()
{
    const Scoring::PrefilterSetting &setting = m_profile.prefilter;
    const QSignalBlocker comboBlocker(m_prefilterCombo);
    const QSignalBlocker spinBlocker(m_prefilterSpin);
    m_prefilterCombo->setCurrentIndex(m_prefilterCombo->findData(int(setting.mode)));
    const double share = setting.mode == PrefilterMode::Recall ? setting.recall : setting.share;
    m_prefilterSpin->setValue(qRound(share * 100));
    m_prefilterSpin->setVisible(setting.mode != PrefilterMode::Everything);
    m_prefilterSpin->setToolTip(setting.mode == PrefilterMode::Recall
                                    ? tr("Of the day's relevant papers, the share expected "
                                         "among those sent")
                                    : tr("The share of the day sent, best first"));
}

void RunPanel::onPrefilterEdited()
{
    Scoring::PrefilterSetting &setting = m_profile.prefilter;
    const auto mode = PrefilterMode(m_prefilterCombo->currentData().toInt());
    const double value = m_prefilterSpin->value() / 100.0;
    if (mode == setting.mode && mode == PrefilterMode::TopShare) {
        setting.share = value;
    } else if (mode == setting.mode && mode == PrefilterMode::Recall) {
        setting.recall = value;
    }
    setting.mode = mode;
    showPrefilterSetting();
    savePrefilterSetting();
    if (!isRunning()) {
        refreshEstimate();
    }
}

// Only the choice is written: what else the profile holds stays as another window left it.
void RunPanel::savePrefilterSetting()
{
    if (!m_library) {
        return;
    }
    Library::ProfileStore store(*m_library);
    const QString name = profileName();
    Library::StoredProfile stored =
        store.profile(name).value_or(Library::StoredProfile{name, {}, m_profile.criteria, {}});
    if (stored.settings.isEmpty()) {
        Scoring::ScoringProfile profile = m_profile;
        profile.name = name;
        stored.settings = profile.toJson();
    } else {
        stored.settings.insert(QStringLiteral("prefilter"), m_profile.prefilter.toJson());
    }
    if (const Result<void> saved = store.save(stored); !saved) {
        qCWarning(lcUi) << "pre-filter choice not saved:" << saved.error().detail();
        m_message->showMessage(MessageBar::Kind::Error, saved.error().userMessage());
    }
}

QString RunPanel::profileName() const
{
    if (!m_profile.name.isEmpty()) {
        return m_profile.name;
    }
    return m_options.profileName.isEmpty() ? QStringLiteral("default") : m_options.profileName;
}

void RunPanel::setDayLoader(DayLoader *loader)
{
    if (m_loader) {
        m_loader->disconnect(this);
    }
    m_ownLoader.reset();
    m_loader = loader;
    m_ranked.reset();
    if (!m_loader) {
        return;
    }
    connect(m_loader, &DayLoader::dayRanked, this, &RunPanel::onDayRanked);
    // A rating moved the ranking: the cut is made again.
    connect(m_loader, &DayLoader::dayReranked, this, [this] {
        m_ranked.reset();
        if (needsLocalRanking() && !isRunning()) {
            refreshEstimate();
        }
    });
}

bool RunPanel::needsLocalRanking() const
{
    return m_profile.prefilter.mode != PrefilterMode::Everything;
}

bool RunPanel::hasCurrentRanking() const
{
    return m_ranked && m_rankedDate == m_date && m_rankedProfile == profileName();
}

void RunPanel::requestLocalRanking()
{
    if (!m_library || !m_date.isValid()) {
        return;
    }
    if (!m_loader) {
        m_ownLoader = std::make_unique<DayLoader>();
        m_loader = m_ownLoader.get();
        connect(m_loader, &DayLoader::dayRanked, this, &RunPanel::onDayRanked);
    }
    if (m_loader == m_ownLoader.get()) {
        // Limitation: a library kept in memory cannot be opened a second time to rank it.
        m_ownLoader->setLibraryPath(m_library->path());
        m_ownLoader->setProfile(profileName());
    }
    m_loader->rank(m_date);
}

void RunPanel::onDayRanked(const QString &profile,
                           const QDate &date,
                           const Digest::DayListing &listing)
{
    if (profile != profileName() || date != m_date) {
        if (m_startWhenRanked && profile != profileName()) {
            // The window ranks another profile than the one to score: nothing to cut with.
            m_startWhenRanked = false;
            setState(hasProvider() ? State::Idle : State::NoProvider);
            m_message->showMessage(MessageBar::Kind::Error,
                                   tr("The day could not be ranked locally for this profile. "
                                      "Choose the profile in the window, then start again."));
        }
        return;
    }
    m_ranked = listing;
    m_rankedDate = date;
    m_rankedProfile = profile;
    if (m_startWhenRanked) {
        m_startWhenRanked = false;
        refreshEstimate();
        beginRun();
        return;
    }
    if (!isRunning()) {
        refreshEstimate();
    }
}

std::optional<Digest::LocalCut> RunPanel::localCut() const
{
    if (!needsLocalRanking() || !hasCurrentRanking()) {
        return std::nullopt;
    }
    return Digest::LocalPrefilter::cut(*m_ranked, m_profile.prefilter);
}

QString RunPanel::prefilterText() const
{
    const std::optional<Digest::LocalCut> cut = localCut();
    if (!cut) {
        return {};
    }
    //: %1 papers sent of %n, %2 the expected share of the relevant papers among them in percent
    return tr("Local ranker: %1 of %n paper(s) go to the LLM, expected to hold about %2 % of the "
              "relevant ones.",
              "",
              cut->papers)
        .arg(cut->sent)
        .arg(qRound(cut->expectedRecall * 100));
}

} // namespace Sieve::Ui
