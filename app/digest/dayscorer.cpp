// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dayscorer.h"

#include <app/library/library.h>
#include <app/platform/logging.h>
#include <app/scoring/batchplanner.h>
#include <app/scoring/provider.h>
#include <app/scoring/providerjob.h>
#include <app/scoring/responseparser.h>

#include <QSet>

#include <algorithm>

namespace Sieve::Digest {

using std::chrono::milliseconds;

namespace {

const QString AbstractStage = QStringLiteral("abstract");
const QString TitleStage = QStringLiteral("title");

Library::ScoreRecord outcome(const QString &id, const QString &status, const QString &reason)
{
    Library::ScoreRecord score;
    score.paperId = id;
    score.status = status;
    score.reason = reason;
    return score;
}

Library::TokenCounts countsOf(const Scoring::TokenUsage &usage)
{
    return {usage.input, usage.cachedInput, usage.output, usage.cacheWriteInput};
}

// Why the papers an answer left out are missing, in the reader's words.
QString missingReason(const Scoring::ParsedBatch &parsed)
{
    for (const Scoring::Problem &problem : parsed.problems) {
        switch (problem.kind) {
        case Scoring::Problem::Kind::EmptyAnswer:
            return DayScorer::tr("the model sent an empty answer");
        case Scoring::Problem::Kind::NoJson:
        case Scoring::Problem::Kind::Unparseable:
            return DayScorer::tr("the model's answer could not be read");
        case Scoring::Problem::Kind::Truncated:
            return DayScorer::tr("the model's answer was cut off");
        case Scoring::Problem::Kind::ScoreRejected:
            return DayScorer::tr("the model gave a score outside 1 to 10");
        default:
            break;
        }
    }
    return DayScorer::tr("the model's answer left it out");
}

} // namespace

DayScorer::DayScorer(Scoring::Provider *provider, Library::Library *library, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_library(library)
    , m_store(std::make_unique<Library::RunStore>(*library))
{
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    m_wakeUp.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeUp, &QTimer::timeout, this, &DayScorer::pump);
}

DayScorer::~DayScorer()
{
    abortInFlight();
}

// Stops every request without hearing back from it: the caller settles their papers.
void DayScorer::abortInFlight()
{
    const QList<Scoring::ProviderJob *> jobs = m_inFlight.keys();
    m_inFlight.clear();
    for (Scoring::ProviderJob *job : jobs) {
        job->disconnect(this);
        job->abort();
    }
}

milliseconds DayScorer::now() const
{
    return milliseconds(m_clock.elapsed());
}

Library::AnswerKey DayScorer::keyFor(const QString &stage) const
{
    return keyFor(m_criteriaHash, stage);
}

Library::AnswerKey DayScorer::keyFor(const QString &criteriaHash, const QString &stage) const
{
    return {criteriaHash, Scoring::PromptBuilder::PromptVersion, m_provider->config().model, stage};
}

std::optional<Library::RunRecord> DayScorer::runToExtend(const QDate &date,
                                                         const QString &criteriaHash,
                                                         const ScoringOptions &options) const
{
    if (options.only.isEmpty() || !m_provider) {
        return std::nullopt;
    }
    // Only the latest run's scores are the day's (DigestBuilder); a run that is still open is
    // continued as a whole instead.
    const std::optional<Library::RunRecord> latest = m_store->latestRun(date);
    const bool same = latest && latest->profile == options.profileName
        && latest->model == m_provider->config().model && latest->criteriaHash == criteriaHash
        && latest->promptVersion == Scoring::PromptBuilder::PromptVersion
        && (latest->status == QLatin1String("done") || latest->status == QLatin1String("partial"));
    return same ? latest : std::nullopt;
}

bool DayScorer::addsToLatestRun(const QDate &date,
                                const Scoring::ScoringProfile &profile,
                                const ScoringOptions &options) const
{
    const QString hash = QString::fromLatin1(Scoring::criteriaHash(profile));
    return runToExtend(date, hash, options).has_value();
}

Result<DayScorer::Plan> DayScorer::plan(const QDate &date,
                                        qint64 runId,
                                        const QString &criteriaHash,
                                        const ScoringOptions &options,
                                        Scope scope) const
{
    const std::optional<Day> day = m_library->day(date);
    if (!day || day->status != DayStatus::Announced) {
        return Error(Error::Code::InvalidInput,
                     tr("%1 has no papers in the library; fetch the day first.")
                         .arg(date.toString(Qt::ISODate)));
    }

    Plan plan;
    QHash<QString, int> versions;
    const QSet<QString> named(options.only.cbegin(), options.only.cend());
    for (const Paper &paper : day->papers) {
        if (scope == Scope::Day || named.contains(paper.id)) {
            plan.papers.append(paper);
            versions.insert(paper.id, paper.version);
        }
    }

    // A paper the reader named is not settled by having been skipped: that is why it is named.
    QSet<QString> settledBefore;
    if (runId > 0) {
        for (const Library::ScoreRecord &score : m_store->scores(runId)) {
            const bool skipped = score.status == QLatin1String("skipped");
            if (score.status == QLatin1String("scored")
                || (skipped && !named.contains(score.paperId))) {
                settledBefore.insert(score.paperId);
            }
        }
    }

    const auto abstracts = m_store->cachedAnswers(keyFor(criteriaHash, AbstractStage), versions);
    const auto titles = options.titleFilter
        ? m_store->cachedAnswers(keyFor(criteriaHash, TitleStage), versions)
        : QHash<QString, Library::CachedAnswer>();
    for (const Paper &paper : std::as_const(plan.papers)) {
        if (settledBefore.contains(paper.id)) {
            continue;
        }
        if (options.skip.contains(paper.id) && !named.contains(paper.id)) {
            plan.settled.append(
                outcome(paper.id, QStringLiteral("skipped"), options.skip[paper.id]));
            continue;
        }
        if (const auto hit = abstracts.constFind(paper.id); hit != abstracts.constEnd()) {
            Library::ScoreRecord score = outcome(paper.id, QStringLiteral("scored"), {});
            score.relevance = hit->relevance;
            score.novelty = hit->novelty;
            score.comment = hit->comment;
            score.source = QStringLiteral("cache");
            plan.settled.append(score);
            continue;
        }
        if (named.contains(paper.id)) {
            plan.toScore.append(paper.id); // the reader wants the abstract read, not the title
            continue;
        }
        if (titles.contains(paper.id)) {
            plan.settled.append(outcome(
                paper.id, QStringLiteral("skipped"), tr("judged irrelevant from its title")));
            continue;
        }
        (options.titleFilter ? plan.toTitle : plan.toScore).append(paper.id);
    }
    return plan;
}

Result<Scoring::RunEstimate> DayScorer::estimate(const QDate &date,
                                                 const Scoring::ScoringProfile &profile,
                                                 const ScoringOptions &options) const
{
    if (!m_provider) {
        return Error(Error::Code::InvalidInput, tr("No LLM provider is configured."));
    }
    const QString hash = QString::fromLatin1(Scoring::criteriaHash(profile));
    const std::optional<Library::RunRecord> extended = runToExtend(date, hash, options);
    const Result<Plan> planned = extended ? plan(date, extended->id, hash, options, Scope::Named)
                                          : plan(date, 0, hash, options);
    if (!planned) {
        return planned.error();
    }

    const Scoring::PromptBuilder builder(profile);
    QHash<QString, Paper> byId;
    for (const Paper &paper : planned->papers) {
        byId.insert(paper.id, paper);
    }
    // Until the title stage answers, every paper it judges may go on to the abstract stage:
    // counting them all there keeps the estimate an upper bound.
    QStringList blocks;
    for (const QString &id : planned->toScore + planned->toTitle) {
        blocks.append(Scoring::PromptBuilder::paperBlock(byId.value(id)));
    }
    const QString model = m_provider->config().model;
    const Scoring::Prompt empty = builder.abstractPrompt({});
    const QList<QList<int>> batches =
        Scoring::batches(int(blocks.size()), options.batchSize, options.adaptiveThreshold);
    const Scoring::RunEstimate abstracts = Scoring::CostEstimator::estimate(
        empty.system + empty.cacheablePrefix, blocks, batches, model, options.prices);
    if (planned->toTitle.isEmpty()) {
        return abstracts;
    }

    QStringList titles;
    for (const QString &id : planned->toTitle) {
        titles.append(Scoring::PromptBuilder::titleLine(byId.value(id)));
    }
    const Scoring::Prompt titlePrompt = builder.titleFilterPrompt({});
    const Scoring::RunEstimate titleStage = Scoring::CostEstimator::estimate(
        titlePrompt.system + titlePrompt.cacheablePrefix,
        titles,
        Scoring::batches(int(titles.size()), options.titleBatchSize, std::nullopt),
        model,
        options.prices,
        Scoring::CostEstimator::OutputTokensPerTitle);
    return Scoring::CostEstimator::combined(abstracts, titleStage);
}

void DayScorer::start(const QDate &date,
                      const Scoring::ScoringProfile &profile,
                      const ScoringOptions &options)
{
    const auto refuse = [this](const Error &error) {
        QTimer::singleShot(0, this, [this, error] {
            Q_EMIT failed(error);
        });
    };
    if (m_running) {
        refuse(Error(Error::Code::InvalidInput, tr("A scoring run is already going on.")));
        return;
    }
    if (!m_provider) {
        refuse(Error(Error::Code::InvalidInput, tr("No LLM provider is configured.")));
        return;
    }

    m_options = options;
    m_options.concurrency = std::max(1, options.concurrency);
    m_options.maxAsks = std::max(1, options.maxAsks);
    m_prompts = std::make_unique<Scoring::PromptBuilder>(profile);
    m_criteriaHash = QString::fromLatin1(Scoring::criteriaHash(profile));
    m_limiter = Scoring::RateLimiter(options.limits);
    m_date = date;
    m_report = {};
    m_pending.clear();
    m_afterTitles.clear();
    m_settled = 0;
    m_settledAtStart = 0;
    m_titlesTotal = 0;
    m_titlesJudged = 0;
    m_titleSkipped = 0;
    m_spentUsd = 0;
    m_reservedUsd = 0;
    m_stopping = false;

    const QString model = m_provider->config().model;
    if (options.budgetUsd && !options.prices.price(model)) {
        refuse(Error(Error::Code::InvalidInput,
                     tr("The price of %1 is unknown, so a budget cannot be kept. Add its price "
                        "to the price table or run without a budget.")
                         .arg(model)));
        return;
    }

    std::optional<Library::RunRecord> run = m_store->resumableRun(
        date, options.profileName, model, m_criteriaHash, Scoring::PromptBuilder::PromptVersion);
    Scope scope = Scope::Day;
    if (!run) {
        run = runToExtend(date, m_criteriaHash, options);
        scope = run ? Scope::Named : Scope::Day;
    }
    if (run) {
        if (const Result<void> reopened = m_store->reopenRun(run->id); !reopened) {
            refuse(reopened.error());
            return;
        }
        m_report.runId = run->id;
        m_report.resumed = true;
        qCInfo(lcScoring) << "Continuing run" << run->id << "of" << date;
    } else {
        const Scoring::Prompt empty = m_prompts->abstractPrompt({});
        Library::RunRecord record;
        record.date = date;
        record.profile = options.profileName;
        record.criteria = profile.criteria;
        record.provider = profile.provider;
        record.model = model;
        record.promptVersion = Scoring::PromptBuilder::PromptVersion;
        record.criteriaHash = m_criteriaHash;
        record.prompt = empty.system + QStringLiteral("\n\n") + empty.cacheablePrefix;
        record.budgetUsd = options.budgetUsd;
        Result<qint64> created = m_store->createRun(record);
        if (!created) {
            refuse(created.error());
            return;
        }
        m_report.runId = *created;
    }

    Result<Plan> planned =
        plan(date, m_report.resumed ? m_report.runId : 0, m_criteriaHash, options, scope);
    if (!planned) {
        m_store->finishRun(m_report.runId, QStringLiteral("failed"), planned.error().detail());
        refuse(planned.error());
        return;
    }

    m_papers.clear();
    for (const Paper &paper : planned->papers) {
        m_papers.insert(paper.id, paper);
    }
    m_report.papers = int(planned->papers.size());
    m_running = true;
    const int settledBefore = m_report.papers
        - int(planned->settled.size() + planned->toScore.size() + planned->toTitle.size());
    m_settled = settledBefore;
    settle(planned->settled);
    m_settledAtStart = m_settled;
    m_titlesTotal = int(planned->toTitle.size());

    m_pending = cut(TitleStage, planned->toTitle, 1) + cut(AbstractStage, planned->toScore, 1);
    m_afterTitles = planned->toTitle;
    qCInfo(lcScoring) << "Scoring" << date << "papers:" << m_report.papers
                      << "to ask:" << planned->toScore.size() + planned->toTitle.size()
                      << "settled:" << m_settled;
    QTimer::singleShot(0, this, &DayScorer::pump);
}

QList<DayScorer::Batch> DayScorer::cut(const QString &stage, const QStringList &ids, int ask) const
{
    const int base = stage == TitleStage ? m_options.titleBatchSize : m_options.batchSize;
    const std::optional<int> threshold =
        stage == TitleStage ? std::nullopt : m_options.adaptiveThreshold;
    QList<Batch> batches;
    for (const QList<int> &indexes : Scoring::batches(int(ids.size()), base, threshold)) {
        Batch batch{stage, {}, ask};
        for (const int index : indexes) {
            batch.ids.append(ids.at(index));
        }
        batches.append(batch);
    }
    return batches;
}

Scoring::Prompt DayScorer::promptFor(const Batch &batch) const
{
    QList<Paper> papers;
    for (const QString &id : batch.ids) {
        papers.append(m_papers.value(id));
    }
    return batch.stage == TitleStage ? m_prompts->titleFilterPrompt(papers)
                                     : m_prompts->abstractPrompt(papers);
}

qint64 DayScorer::estimateTokens(const Scoring::Prompt &prompt, int papers) const
{
    return Scoring::CostEstimator::tokens(prompt.system + prompt.userMessage())
        + qint64(papers) * Scoring::CostEstimator::OutputTokensPerPaper;
}

std::optional<double> DayScorer::costOf(const Scoring::TokenUsage &usage) const
{
    return m_options.prices.cost(m_provider->config().model, usage);
}

bool DayScorer::overBudget(double nextUsd) const
{
    return m_options.budgetUsd && m_spentUsd + m_reservedUsd + nextUsd > *m_options.budgetUsd;
}

void DayScorer::pump()
{
    if (!m_running || m_stopping || !m_provider) {
        return;
    }
    if (m_pending.isEmpty() && m_inFlight.isEmpty() && !m_afterTitles.isEmpty()) {
        m_pending = cut(AbstractStage, std::exchange(m_afterTitles, {}), 1);
    }

    while (m_inFlight.size() < m_options.concurrency && !m_pending.isEmpty()) {
        const qsizetype next = nextDue();
        if (next < 0) {
            const auto soonest = std::min_element(
                m_pending.cbegin(), m_pending.cend(), [](const Batch &a, const Batch &b) {
                    return a.notBefore < b.notBefore;
                });
            m_wakeUp.start(std::max(milliseconds(1), soonest->notBefore - now()));
            break;
        }
        const Batch &batch = m_pending.at(next);
        const Scoring::Prompt prompt = promptFor(batch);
        const qint64 tokens = estimateTokens(prompt, int(batch.ids.size()));
        const Scoring::TokenUsage expected{tokens, 0, 0};
        if (overBudget(costOf(expected).value_or(0.0))) {
            // Answers in flight may cost less than reserved; decide once they are in.
            if (m_inFlight.isEmpty()) {
                stopForBudget();
            }
            break;
        }

        const milliseconds wait = m_limiter.delayFor(tokens, now());
        if (wait > milliseconds(0)) {
            m_wakeUp.start(wait);
            break;
        }
        send(m_pending.takeAt(next), prompt, tokens);
    }
    finishIfDone();
}

// The first pending batch whose backoff is over, or -1.
qsizetype DayScorer::nextDue() const
{
    const milliseconds at = now();
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).notBefore <= at) {
            return i;
        }
    }
    return -1;
}

void DayScorer::stopForBudget()
{
    QList<Library::ScoreRecord> over;
    const QString reason = tr("the run's budget was reached");
    for (const Batch &batch : std::as_const(m_pending)) {
        if (batch.stage == AbstractStage) {
            for (const QString &id : batch.ids) {
                over.append(outcome(id, QStringLiteral("over-budget"), reason));
            }
        }
    }
    for (const QString &id : std::as_const(m_afterTitles)) {
        over.append(outcome(id, QStringLiteral("over-budget"), reason));
    }
    m_pending.clear();
    m_afterTitles.clear();
    qCInfo(lcScoring) << "Budget reached; papers left unscored:" << over.size();
    settle(over);
}

void DayScorer::send(const Batch &batch, const Scoring::Prompt &prompt, qint64 tokens)
{
    Scoring::CompletionOptions completion = m_options.completion;
    // The schema describes scores; the title stage answers with a list of ids.
    completion.structuredOutput = completion.structuredOutput && batch.stage == AbstractStage;
    Scoring::ProviderJob *job = m_provider->complete(prompt, completion);
    InFlight flight{batch, tokens, 0, now(), QDateTime::currentDateTimeUtc()};
    flight.reservedUsd = costOf({tokens, 0, 0}).value_or(0.0);
    m_reservedUsd += flight.reservedUsd;
    m_limiter.recordStart(tokens, flight.startedAt);
    m_inFlight.insert(job, flight);

    connect(job, &Scoring::ProviderJob::finished, this, [this, job](const Scoring::Completion &c) {
        onAnswered(job, c);
    });
    connect(job, &Scoring::ProviderJob::failed, this, [this, job](const Error &error) {
        onFailed(job, error);
    });
    qCDebug(lcScoring) << "Asking about" << batch.ids.size() << "papers," << batch.stage
                       << "stage, ask" << batch.ask << "estimated tokens:" << tokens;
}

void DayScorer::onAnswered(Scoring::ProviderJob *job, const Scoring::Completion &completion)
{
    if (!m_inFlight.contains(job)) {
        return;
    }
    const InFlight flight = m_inFlight.take(job);
    m_reservedUsd -= flight.reservedUsd;
    m_limiter.correctTokens(flight.startedAt, flight.estimatedTokens, completion.usage.total());
    m_limiter.observe(completion.rateLimits, now());

    if (flight.batch.stage == TitleStage) {
        settleTitles(flight, completion);
    } else {
        settleAbstracts(flight, completion);
    }
    emitProgress();
    pump();
}

void DayScorer::settleAbstracts(const InFlight &flight, const Scoring::Completion &completion)
{
    const Scoring::ParsedBatch parsed =
        Scoring::ResponseParser::parse(completion.text, flight.batch.ids);

    QList<Library::ScoreRecord> scores;
    QList<Library::CachedAnswer> answers;
    for (const Scoring::PaperScore &paperScore : parsed.scores) {
        Library::ScoreRecord score = outcome(paperScore.paperId, QStringLiteral("scored"), {});
        score.relevance = paperScore.relevance;
        score.novelty = paperScore.novelty;
        score.comment = paperScore.comment;
        score.source = QStringLiteral("llm");
        scores.append(score);

        const int version = m_papers.value(paperScore.paperId).version;
        answers.append({paperScore.paperId,
                        version,
                        paperScore.relevance,
                        paperScore.novelty,
                        paperScore.comment,
                        {}});
    }

    store(flight, &completion, {}, scores, answers);
    if (!parsed.missing.isEmpty()) {
        qCWarning(lcScoring) << "Answer left out papers:" << parsed.missing.size() << "of"
                             << flight.batch.ids.size();
        askAgainOrFail(flight.batch, parsed.missing, missingReason(parsed));
    }
}

void DayScorer::settleTitles(const InFlight &flight, const Scoring::Completion &completion)
{
    const QStringList irrelevant =
        Scoring::ResponseParser::parseTitleFilter(completion.text, flight.batch.ids);

    QList<Library::ScoreRecord> skipped;
    QList<Library::CachedAnswer> answers;
    const QString reason = tr("judged irrelevant from its title");
    m_titlesJudged += int(flight.batch.ids.size());
    m_titleSkipped += int(irrelevant.size());
    for (const QString &id : irrelevant) {
        m_afterTitles.removeAll(id);
        skipped.append(outcome(id, QStringLiteral("skipped"), reason));
        answers.append({id, m_papers.value(id).version, {}, {}, {}, QStringLiteral("irrelevant")});
    }
    store(flight, &completion, {}, skipped, answers);
}

void DayScorer::onFailed(Scoring::ProviderJob *job, const Error &error)
{
    if (!m_inFlight.contains(job)) {
        return;
    }
    const InFlight flight = m_inFlight.take(job);
    m_reservedUsd -= flight.reservedUsd;
    m_limiter.correctTokens(flight.startedAt, flight.estimatedTokens, 0);
    // A refusal says most about the account: without a Retry-After, OpenAI's reset headers say
    // when the exhausted window has room again.
    const Scoring::ProviderJob::Failure &failure = job->failure();
    m_limiter.observe(failure.rateLimits, now());
    if (failure.httpStatus == 429 && failure.retryAfter) {
        m_limiter.pauseFor(*failure.retryAfter, now());
    }
    qCWarning(lcScoring) << "Request failed for" << flight.batch.ids.size()
                         << "papers:" << error.detail();

    store(flight, nullptr, error.detail().isEmpty() ? error.userMessage() : error.detail(), {}, {});
    if (!m_running) {
        return;
    }

    // A refused key fails every request alike: asking again would only repeat the refusal.
    if (error.code() == Error::Code::InvalidInput) {
        failEverything(error.userMessage(), flight.batch.ids);
        return;
    }
    if (repeatLater(flight.batch, *job)) {
        emitProgress();
        pump();
        return;
    }
    if (flight.batch.stage == TitleStage) {
        m_titlesJudged += int(flight.batch.ids.size()); // they go on to the abstract stage
    } else {
        askAgainOrFail(
            flight.batch, flight.batch.ids, tr("provider error: %1").arg(error.userMessage()));
    }
    emitProgress();
    pump();
}

// Puts a batch whose attempt failed on a transient error back at the head of the queue, after
// its backoff; pump() then sends it when the limiter has room, as any other. False once the
// ask's attempts are spent, or when another attempt is no use.
bool DayScorer::repeatLater(const Batch &batch, const Scoring::ProviderJob &job)
{
    const Scoring::ProviderJob::Failure &failure = job.failure();
    if (!failure.retryable) {
        return false;
    }
    Batch again = batch;
    if (failure.adjusted) {
        again.notBefore = now();
        m_pending.prepend(again);
        return true;
    }
    if (batch.attempt >= m_options.completion.maxAttempts) {
        return false;
    }

    const milliseconds delay = m_provider->retryDelay(batch.attempt, failure.retryAfter);
    again.attempt = batch.attempt + 1;
    again.notBefore = now() + delay;
    m_pending.prepend(again);
    qCInfo(lcScoring) << "Attempt" << batch.attempt << "failed with HTTP" << failure.httpStatus
                      << "; asking again in ms:" << delay.count() << "or when the limiter allows";
    return true;
}

void DayScorer::askAgainOrFail(const Batch &batch, const QStringList &ids, const QString &reason)
{
    if (ids.isEmpty()) {
        return;
    }
    if (batch.ask < m_options.maxAsks) {
        m_pending.append(cut(batch.stage, ids, batch.ask + 1));
        return;
    }

    QList<Library::ScoreRecord> failures;
    for (const QString &id : ids) {
        failures.append(outcome(id, QStringLiteral("failed"), reason));
    }
    qCWarning(lcScoring) << "Giving up on papers after" << batch.ask << "asks:" << ids.size()
                         << reason;
    settle(failures);
}

void DayScorer::store(const InFlight &flight,
                      const Scoring::Completion *completion,
                      const QString &error,
                      const QList<Library::ScoreRecord> &scores,
                      const QList<Library::CachedAnswer> &answers)
{
    Library::RequestRecord request;
    request.stage = flight.batch.stage;
    request.paperIds = flight.batch.ids;
    request.answered = completion != nullptr;
    request.error = error;
    request.startedAt = flight.startedUtc;
    request.finishedAt = QDateTime::currentDateTimeUtc();
    if (completion) {
        request.tokens = countsOf(completion->usage);
        request.costUsd = costOf(completion->usage);
        m_report.usage += completion->usage;
        m_spentUsd += request.costUsd.value_or(0.0);
    }
    ++m_report.requests;

    const Result<void> stored = m_store->recordRequest(
        m_report.runId, request, scores, keyFor(flight.batch.stage), answers);
    if (!stored) {
        qCCritical(lcScoring) << "Answers could not be stored:" << stored.error().detail();
        m_running = false;
        m_stopping = true;
        abortInFlight();
        const Error failure = stored.error();
        QTimer::singleShot(0, this, [this, failure] {
            Q_EMIT failed(failure);
        });
        return;
    }
    m_settled += int(scores.size());
}

void DayScorer::settle(const QList<Library::ScoreRecord> &scores)
{
    if (scores.isEmpty()) {
        return;
    }
    if (const Result<void> stored = m_store->recordScores(m_report.runId, scores); !stored) {
        qCCritical(lcScoring) << "Outcomes could not be stored:" << stored.error().detail();
    }
    m_settled += int(scores.size());
}

void DayScorer::failEverything(const QString &reason, const QStringList &alsoOpen)
{
    QSet<QString> open(m_afterTitles.cbegin(), m_afterTitles.cend());
    open.unite(QSet<QString>(alsoOpen.cbegin(), alsoOpen.cend()));
    for (const Batch &batch : std::as_const(m_pending)) {
        open.unite(QSet<QString>(batch.ids.cbegin(), batch.ids.cend()));
    }
    for (const InFlight &flight : std::as_const(m_inFlight)) {
        open.unite(QSet<QString>(flight.batch.ids.cbegin(), flight.batch.ids.cend()));
    }
    abortInFlight();
    m_pending.clear();
    m_afterTitles.clear();

    QList<Library::ScoreRecord> failures;
    for (const Paper &paper : std::as_const(m_papers)) {
        if (open.contains(paper.id)) {
            failures.append(outcome(paper.id, QStringLiteral("failed"), reason));
        }
    }
    qCWarning(lcScoring) << "Stopping the run, papers failed:" << failures.size() << reason;
    settle(failures);
    finishIfDone();
}

void DayScorer::cancel()
{
    if (!m_running || m_stopping) {
        return;
    }
    m_stopping = true;
    m_report.cancelled = true;
    m_wakeUp.stop();
    abortInFlight();
    m_pending.clear();
    m_afterTitles.clear();
    qCInfo(lcScoring) << "Run" << m_report.runId << "cancelled";
    finish();
}

void DayScorer::finishIfDone()
{
    if (m_running && m_pending.isEmpty() && m_inFlight.isEmpty() && m_afterTitles.isEmpty()) {
        finish();
    }
}

void DayScorer::finish()
{
    m_running = false;
    m_wakeUp.stop();

    // The run's status covers all its papers; the report only this call's.
    const QList<Library::ScoreRecord> scores = m_store->scores(m_report.runId);
    int runFailed = 0;
    int runOverBudget = 0;
    for (const Library::ScoreRecord &score : scores) {
        runFailed += score.status == QLatin1String("failed") ? 1 : 0;
        runOverBudget += score.status == QLatin1String("over-budget") ? 1 : 0;
        if (!m_papers.contains(score.paperId)) {
            continue;
        }
        if (score.status == QLatin1String("scored")) {
            ++m_report.scored;
            m_report.fromCache += score.source == QLatin1String("cache") ? 1 : 0;
        } else if (score.status == QLatin1String("failed")) {
            ++m_report.failed;
            m_report.failures.append(score);
        } else if (score.status == QLatin1String("skipped")) {
            ++m_report.skipped;
        } else if (score.status == QLatin1String("over-budget")) {
            ++m_report.overBudget;
        }
    }
    m_report.costUsd = costOf(m_report.usage);

    QString status = QStringLiteral("done");
    QString reason;
    if (m_report.cancelled) {
        status = QStringLiteral("cancelled");
    } else if (runFailed > 0 || runOverBudget > 0) {
        status = QStringLiteral("partial");
        reason = runOverBudget > 0 ? QStringLiteral("budget reached")
                                   : QStringLiteral("%1 failed").arg(runFailed);
    }
    if (const Result<void> done = m_store->finishRun(m_report.runId, status, reason); !done) {
        qCCritical(lcScoring) << "Run status could not be stored:" << done.error().detail();
    }

    qCInfo(lcScoring) << "Run" << m_report.runId << status << "scored:" << m_report.scored
                      << "failed:" << m_report.failed << "requests:" << m_report.requests
                      << "tokens:" << m_report.usage.total();
    emitProgress();
    Q_EMIT finished(m_report);
}

void DayScorer::emitProgress()
{
    ScoringProgress progress;
    const bool titles = std::any_of(m_inFlight.cbegin(), m_inFlight.cend(), [](const InFlight &f) {
        return f.batch.stage == TitleStage;
    });
    progress.stage = titles ? TitleStage : AbstractStage;
    progress.settled = m_settled;
    progress.total = m_report.papers;
    progress.requests = m_report.requests;
    progress.usage = m_report.usage;
    progress.costUsd = costOf(m_report.usage);
    progress.titles = {m_titlesJudged, m_titlesTotal};
    const int abstractsFrom = m_settledAtStart + m_titleSkipped;
    progress.abstracts = {m_settled - abstractsFrom, m_report.papers - abstractsFrom};
    Q_EMIT this->progress(progress);
}

} // namespace Sieve::Digest
