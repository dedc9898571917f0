// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "runcommand.h"

#include "commandline.h"
#include "eventloop.h"
#include "output.h"

#include <app/arxiv/announcementcalendar.h>
#include <app/arxiv/arxivclient.h>
#include <app/authors/followedauthors.h>
#include <app/authors/semanticscholarclient.h>
#include <app/digest/authorstage.h>
#include <app/digest/dayfetcher.h>
#include <app/digest/dayscorer.h>
#include <app/digest/dayview.h>
#include <app/digest/digestbuilder.h>
#include <app/digest/localprefilter.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>
#include <app/net/httpclient.h>
#include <app/platform/appsettings.h>
#include <app/platform/keychainsecretstore.h>
#include <app/platform/logging.h>
#include <app/platform/paths.h>
#include <app/scoring/anthropicprovider.h>
#include <app/scoring/openaicompatibleprovider.h>

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Sieve::Cli {

namespace {

const QString DefaultProfileName = QStringLiteral("default");
// In the default price table, so that --budget works without --model.
const QString DefaultAnthropicModel = QStringLiteral("claude-haiku-4-5");

QString dollars(const std::optional<double> &usd)
{
    return usd ? QStringLiteral("$%1").arg(*usd, 0, 'f', 4) : RunCommand::tr("cost unknown");
}

std::optional<QString> waitForKey(const QString &keyName, QString &problem)
{
    if (const std::optional<QString> fromEnvironment = Platform::environmentApiKey()) {
        return fromEnvironment;
    }

    Platform::KeychainSecretStore keychain;
    Platform::SecretJob *job = keychain.read(keyName);
    std::optional<QString> key;
    EventLoopWait read;
    QObject::connect(
        job, &Platform::SecretJob::finished, [&key, &read](const std::optional<QString> &s) {
            key = s;
            read.settle();
        });
    QObject::connect(job, &Platform::SecretJob::failed, [&problem, &read](const Error &error) {
        problem = error.userMessage();
        read.settle();
    });
    read.wait();
    return key;
}

// Fetches the day into the library when it is not there yet; an error when it cannot.
Result<QDate>
ensureDay(Library::Library &library, const RunInputs &inputs, std::optional<QDate> date)
{
    if (date) {
        if (const auto summary = library.daySummary(*date);
            summary && summary->status == DayStatus::Announced) {
            return *date;
        }
    } else if (inputs.categories.isEmpty()) {
        if (const auto latest = library.latestAnnouncedDay()) {
            return *latest;
        }
    }
    if (inputs.categories.isEmpty()) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("That day is not in the library; fetch it first, or give "
                                    "--categories so that run fetches it."));
    }

    Net::HttpClient http;
    const Arxiv::ArxivEndpoints endpoints = inputs.arxivUrl.isEmpty()
        ? Arxiv::ArxivEndpoints()
        : Arxiv::ArxivEndpoints::fromOverride(inputs.arxivUrl);
    Arxiv::ArxivClient client(&http, endpoints);
    Digest::DayFetcher fetcher(&client, &library);
    std::optional<Error> failure;
    std::optional<QDate> recorded;
    QObject::connect(&fetcher, &Digest::DayFetcher::dayRecorded, [&](const DaySummary &day) {
        if (day.status == DayStatus::Announced) {
            recorded = day.date;
        }
    });
    EventLoopWait fetched;
    QObject::connect(
        &fetcher, &Digest::DayFetcher::finished, [&fetched](const Digest::FetchReport &) {
            fetched.settle();
        });
    QObject::connect(
        &fetcher, &Digest::DayFetcher::failed, [&failure, &fetched](const Error &error) {
            failure = error;
            fetched.settle();
        });

    Arxiv::MergeOptions merge;
    merge.followedCategories = inputs.categories;
    if (date) {
        fetcher.fetchRange(inputs.categories, *date, *date, merge);
    } else {
        fetcher.fetchLatest(inputs.categories, merge);
    }
    fetched.wait();

    if (failure) {
        return *failure;
    }
    if (!recorded) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("arXiv has not announced papers for that day yet; run "
                                    "again later."));
    }
    return *recorded;
}

Result<Scoring::ScoringProfile> loadProfile(const QString &criteriaFile);

Error unknownProfileError(const Library::ProfileStore &profiles, const QString &name)
{
    QStringList names;
    for (const Library::StoredProfile &profile : profiles.profiles()) {
        names.append(profile.name);
    }
    const QString message = names.isEmpty()
        ? RunCommand::tr("There is no profile named %1; give --criteria FILE to create it.")
              .arg(name)
        : RunCommand::tr(
              "There is no profile named %1; give --criteria FILE to create it, or name one of "
              "these: %2.")
              .arg(name, names.join(QStringLiteral(", ")));
    return Error(Error::Code::InvalidInput, message);
}

// The profile a run uses: read from --criteria (and then kept under --profile's name for the
// next runs), else the one kept under that name, else, for the default profile only, our
// defaults. Categories given on the command line are kept with it; without them, the
// profile's own are used for fetching.
Result<Scoring::ScoringProfile>
resolveProfile(Library::Library &library, const QString &name, RunInputs &inputs)
{
    Library::ProfileStore profiles(library);
    const std::optional<Library::StoredProfile> stored = profiles.profile(name);
    // A mistyped name would otherwise score the day with default criteria, unnoticed.
    if (!stored && inputs.criteriaFile.isEmpty() && name != DefaultProfileName) {
        return unknownProfileError(profiles, name);
    }
    if (inputs.categories.isEmpty() && stored) {
        inputs.categories = stored->categories;
    }

    Result<Scoring::ScoringProfile> profile = Scoring::ScoringProfile::defaults();
    if (!inputs.criteriaFile.isEmpty()) {
        profile = loadProfile(inputs.criteriaFile);
    } else if (stored && !stored->settings.isEmpty()) {
        profile = Scoring::ScoringProfile::fromJson(stored->settings);
    }
    if (!profile) {
        return profile;
    }

    Scoring::ScoringProfile chosen = profile.value();
    chosen.name = name;
    if (stored && !inputs.criteriaFile.isEmpty()) {
        const Scoring::ScoringProfile before = Scoring::ScoringProfile::fromJson(stored->settings);
        chosen.followedAuthors = before.followedAuthors;
        chosen.hIndexCutoff = before.hIndexCutoff;
        chosen.prefilter = before.prefilter;
    }
    if (!inputs.authorsFile.isEmpty()) {
        QFile file(inputs.authorsFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(
                Error::Code::InvalidInput,
                RunCommand::tr("The authors file %1 could not be opened; check its path and that "
                               "you may read it.")
                    .arg(inputs.authorsFile));
        }
        chosen.followedAuthors =
            Authors::FollowedAuthors::parse(QString::fromUtf8(file.readAll())).entries();
    }
    if (inputs.hIndexCutoff) {
        chosen.hIndexCutoff = *inputs.hIndexCutoff;
    }
    const Library::StoredProfile keep{name, inputs.categories, chosen.criteria, chosen.toJson()};
    if (const Result<void> saved = profiles.save(keep); !saved) {
        return saved.error();
    }
    return chosen;
}

Result<Scoring::ScoringProfile> loadProfile(const QString &criteriaFile)
{
    if (criteriaFile.isEmpty()) {
        return Scoring::ScoringProfile::defaults();
    }
    QFile file(criteriaFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("The criteria file %1 could not be opened; check its path and "
                                    "that you may read it.")
                         .arg(criteriaFile));
    }
    const QString text = QString::fromUtf8(file.readAll());
    Result<Scoring::ScoringProfile> imported = Scoring::ScoringProfile::importPrompt(text);
    if (imported) {
        return imported;
    }
    // Plain criteria without the prompt's headings: the reader's topics under our wording.
    Scoring::ScoringProfile profile = Scoring::ScoringProfile::defaults();
    profile.criteria = text.trimmed();
    return profile;
}

void printSummary(const Digest::ScoringReport &report)
{
    err() << RunCommand::tr("%1 scored (%2 from earlier answers), %3 failed, %4 skipped, %5 over "
                            "budget; %6 requests, %7 tokens, %8")
                 .arg(report.scored)
                 .arg(report.fromCache)
                 .arg(report.failed)
                 .arg(report.skipped)
                 .arg(report.overBudget)
                 .arg(report.requests)
                 .arg(report.usage.total())
                 .arg(dollars(report.costUsd))
          << Qt::endl;
    for (const Library::ScoreRecord &failure : report.failures) {
        err() << QStringLiteral("  ") << failure.paperId << QStringLiteral(": ") << failure.reason
              << Qt::endl;
    }
    if (report.failed > 0) {
        err() << RunCommand::tr("Run the same command again to retry the failed papers; "
                                "answers already stored are not paid for again.")
              << Qt::endl;
    }
}

std::optional<QString> readKeychain(const QString &keyName)
{
    Platform::KeychainSecretStore keychain;
    keychain.setTimeout(std::chrono::seconds(3));
    Platform::SecretJob *job = keychain.read(keyName);
    std::optional<QString> secret;
    EventLoopWait read;
    QObject::connect(
        job, &Platform::SecretJob::finished, [&secret, &read](const std::optional<QString> &s) {
            secret = s;
            read.settle();
        });
    QObject::connect(job, &Platform::SecretJob::failed, [&read](const Error &) {
        read.settle();
    });
    read.wait();
    return secret;
}

// Followed authors and the h-index pre-filter; Semantic Scholar failing never stops the run.
// nullopt when the profile follows nobody and has no cutoff.
std::optional<Digest::AuthorStageResult> runAuthorStage(Library::Library &library,
                                                        const QDate &date,
                                                        const Scoring::ScoringProfile &profile,
                                                        const QUrl &s2Url)
{
    if (!Digest::AuthorStage::isNeeded(profile)) {
        return std::nullopt;
    }

    Net::HttpClient http;
    Digest::AuthorStage stage(&http, &library);
    Digest::SemanticScholarAccess access;
    access.baseUrl = s2Url;
    if (const std::optional<QString> key =
            readKeychain(Platform::AppSettings::semanticScholarSecretKey())) {
        access.apiKey = key->toUtf8();
    }
    stage.setAccess(access);
    Digest::AuthorStageResult result;
    EventLoopWait staged;
    QObject::connect(&stage, &Digest::AuthorStage::finished, [&result, &staged](const auto &r) {
        result = r;
        staged.settle();
    });
    stage.start(date, profile);
    staged.wait();

    const Digest::AuthorReport &report = result.report;
    err() << RunCommand::tr("Authors: %1 papers by followed authors, %2 below the h-index cutoff "
                            "skip the LLM; Semantic Scholar: %3 requests, %4 papers answered from "
                            "the library, %5 not known yet, %6 not looked up")
                 .arg(report.matches.size())
                 .arg(report.skip.size())
                 .arg(report.requests)
                 .arg(report.fromCache)
                 .arg(report.unknown)
                 .arg(report.notLookedUp)
          << Qt::endl;
    if (report.problem) {
        err() << RunCommand::tr("Semantic Scholar: %1 The h-index filter stepped aside for the "
                                "papers it could not look up.")
                     .arg(report.problem->userMessage())
              << Qt::endl;
    }
    return result;
}

// The local ranker's pre-filter: the papers it ranks low skip the LLM, except followed
// authors' papers. An error only for options out of range.
Result<QHash<QString, QString>> localSkips(const QCommandLineParser &parser,
                                           Library::Library &library,
                                           const QDate &date,
                                           const Scoring::ScoringProfile &profile,
                                           const QSet<QString> &followed)
{
    const bool byShare = parser.isSet(QStringLiteral("prefilter"));
    const bool byRecall = parser.isSet(QStringLiteral("min-recall"));
    if (!byShare && !byRecall) {
        return QHash<QString, QString>();
    }
    bool ok = false;
    const double value =
        parser.value(byShare ? QStringLiteral("prefilter") : QStringLiteral("min-recall"))
            .toDouble(&ok);
    if (!ok || value <= 0 || value > 1) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("--prefilter and --min-recall take a share between 0 and 1, "
                                    "e.g. 0.5."));
    }

    const std::optional<Day> day = library.day(date);
    const auto ranker = Digest::DayView::prepareRanker(library, profile);
    const QList<Ranker::RankedPaper> ranked = ranker->rank(day ? day->papers : QList<Paper>());
    Scoring::PrefilterSetting setting;
    setting.mode = byShare ? Scoring::PrefilterSetting::Mode::TopShare
                           : Scoring::PrefilterSetting::Mode::Recall;
    setting.share = setting.recall = value;
    const Digest::LocalCut cut =
        Digest::LocalPrefilter::cut(ranked, setting, followed, ranker->ratingCount());

    err() << RunCommand::tr("Local ranker: %1 of %2 papers go to the LLM; they should hold about "
                            "%3 % of the day's relevant papers.")
                 .arg(cut.sent)
                 .arg(cut.papers)
                 .arg(qRound(cut.expectedRecall * 100))
          << Qt::endl;
    return cut.skip;
}

struct Settings
{
    QString provider;
    QUrl url;
    QString model;
    Digest::ScoringOptions options;
};

Result<Settings> readSettings(const QCommandLineParser &parser,
                              const Scoring::ScoringProfile &profile)
{
    Settings settings;
    settings.provider = parser.value(QStringLiteral("provider"));
    const bool anthropic = settings.provider == QLatin1String("anthropic");
    if (!anthropic && settings.provider != QLatin1String("openai")) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("--provider must be openai or anthropic."));
    }

    const QString url = parser.value(QStringLiteral("llm-url"));
    settings.url = url.isEmpty() ? QUrl(anthropic ? QStringLiteral("https://api.anthropic.com")
                                                  : QStringLiteral("https://api.openai.com"))
                                 : QUrl::fromUserInput(url);
    if (!Net::HttpClient::isAllowedUrl(settings.url)) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("--llm-url must be an https:// address (plain http:// only "
                                    "to this computer)."));
    }

    settings.model = parser.value(QStringLiteral("model"));
    if (settings.model.isEmpty()) {
        settings.model = anthropic ? DefaultAnthropicModel : profile.model;
    }

    bool ok = false;
    settings.options.concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
    if (!ok || settings.options.concurrency < 1 || settings.options.concurrency > 64) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("--concurrency takes a number from 1 to 64."));
    }
    settings.options.batchSize = parser.value(QStringLiteral("batch-size")).toInt(&ok);
    if (!ok || settings.options.batchSize < 1) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("--batch-size takes a number of papers, 1 or more."));
    }
    settings.options.titleBatchSize = parser.value(QStringLiteral("title-batch-size")).toInt(&ok);
    if (!ok || settings.options.titleBatchSize < 1) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("--title-batch-size takes a number of titles, 1 or more."));
    }
    const int threshold = parser.value(QStringLiteral("adaptive-threshold")).toInt(&ok);
    if (!ok || threshold < 0) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("--adaptive-threshold takes a number of papers (0: off)."));
    }
    if (threshold > 0) {
        settings.options.adaptiveThreshold = threshold;
    }
    if (parser.isSet(QStringLiteral("budget"))) {
        const double budget = parser.value(QStringLiteral("budget")).toDouble(&ok);
        if (!ok || budget < 0) {
            return Error(Error::Code::InvalidInput,
                         RunCommand::tr("--budget takes an amount in US dollars, e.g. 0.50."));
        }
        settings.options.budgetUsd = budget;
    }
    const int rpm = parser.value(QStringLiteral("rpm")).toInt(&ok);
    if (!ok || rpm < 0) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("--rpm takes a number of requests per minute (0: no limit)."));
    }
    settings.options.limits.requestsPerWindow = rpm;
    const qint64 tpm = parser.value(QStringLiteral("tpm")).toLongLong(&ok);
    if (!ok || tpm < 0) {
        return Error(Error::Code::InvalidInput,
                     RunCommand::tr("--tpm takes a number of tokens per minute (0: no limit)."));
    }
    settings.options.limits.tokensPerWindow = tpm;
    settings.options.titleFilter = parser.isSet(QStringLiteral("title-filter"));
    // Anthropic has no response_format; the parser reads its JSON lines as they come.
    settings.options.completion.structuredOutput = !anthropic;
    settings.options.profileName = parser.value(QStringLiteral("profile"));
    return settings;
}

} // namespace

QList<QCommandLineOption> RunCommand::options()
{
    return {
        {QStringLiteral("profile"),
         tr("Name the reading profile the run belongs to."),
         QStringLiteral("name"),
         DefaultProfileName},
        {QStringLiteral("provider"),
         tr("openai (any compatible endpoint) or anthropic."),
         QStringLiteral("name"),
         QStringLiteral("openai")},
        {QStringLiteral("llm-url"), tr("The LLM endpoint's address."), QStringLiteral("url")},
        {QStringLiteral("model"), tr("The model to ask."), QStringLiteral("name")},
        {QStringLiteral("concurrency"),
         tr("Requests in flight at once."),
         QStringLiteral("n"),
         QStringLiteral("4")},
        {QStringLiteral("batch-size"),
         tr("Papers per request."),
         QStringLiteral("n"),
         QStringLiteral("16")},
        {QStringLiteral("budget"),
         tr("Stop before spending more (US dollars)."),
         QStringLiteral("usd")},
        {QStringLiteral("rpm"),
         tr("Requests per minute the account allows (0: no limit)."),
         QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("tpm"),
         tr("Tokens per minute the account allows, prompt and answer (0: no limit)."),
         QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("title-filter"), tr("Ask about titles first and skip clear misses.")},
        {QStringLiteral("title-batch-size"),
         tr("Titles per request of the title pre-filter."),
         QStringLiteral("n"),
         QString::number(Digest::ScoringOptions().titleBatchSize)},
        {QStringLiteral("adaptive-threshold"),
         tr("Above this many papers, grow the batch size: N papers give batch-size times "
            "ceil(log2(N / threshold) + 1) (0: off)."),
         QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("authors"),
         tr("Followed authors, one name or s2:ID per line."),
         QStringLiteral("file")},
        {QStringLiteral("h-cutoff"),
         tr("Skip the LLM for papers with no author of this h-index (0: off)."),
         QStringLiteral("n")},
        {QStringLiteral("s2-url"), tr("Another Semantic Scholar server."), QStringLiteral("url")},
        {QStringLiteral("prefilter"),
         tr("Send only this share of the day, best first by the local ranker (0..1)."),
         QStringLiteral("share")},
        {QStringLiteral("min-recall"),
         tr("Send the fewest papers the local ranker expects to hold this share of the "
            "relevant ones (0..1)."),
         QStringLiteral("share")},
    };
}

QString RunCommand::helpText()
{
    return tr("  run      Score a day with an LLM (fetching it first when --categories is given).\n"
              "           [--date DAY] [--criteria FILE] [--profile NAME]\n"
              "           [--provider openai|anthropic] [--llm-url URL] [--model NAME]\n"
              "           [--concurrency N] [--batch-size N] [--budget USD] [--rpm N] [--tpm N]\n"
              "           [--title-filter] [--title-batch-size N] [--adaptive-threshold N]\n"
              "           [--authors FILE] [--h-cutoff N] [--s2-url URL]\n"
              "           [--prefilter SHARE | --min-recall SHARE].\n"
              "           The key comes from PAPERSIEVE_API_KEY or the\n"
              "           system keychain. Exit code 5: some papers failed or were left over\n"
              "           budget; run again to retry them.\n");
}

int RunCommand::run(const QCommandLineParser &parser, const RunInputs &inputs)
{
    std::optional<QDate> date;
    if (!inputs.date.isEmpty()) {
        const QDate parsed = QDate::fromString(inputs.date, Qt::ISODate);
        if (!parsed.isValid() || inputs.date.size() != 10) {
            return fail(ExitCode::Usage, tr("--date must be a day written YYYY-MM-DD."));
        }
        if (!Arxiv::AnnouncementCalendar::isAnnouncementDay(parsed)) {
            return fail(ExitCode::Usage,
                        tr("arXiv announces Monday to Friday; %1 is a %2, so give a weekday.")
                            .arg(inputs.date,
                                 QLocale::c().dayName(parsed.dayOfWeek(), QLocale::LongFormat)));
        }
        date = parsed;
    }

    auto library = Library::Library::open(Platform::Paths::libraryFile());
    if (!library) {
        return fail(library.error());
    }
    const QString profileName = parser.value(QStringLiteral("profile"));
    RunInputs resolved = inputs;
    resolved.authorsFile = parser.value(QStringLiteral("authors"));
    if (parser.isSet(QStringLiteral("h-cutoff"))) {
        bool ok = false;
        resolved.hIndexCutoff = parser.value(QStringLiteral("h-cutoff")).toInt(&ok);
        if (!ok || *resolved.hIndexCutoff < 0) {
            return fail(ExitCode::Usage, tr("--h-cutoff takes an h-index, 0 or more."));
        }
    }
    QUrl s2Url = Authors::SemanticScholarClient::defaultBaseUrl();
    if (parser.isSet(QStringLiteral("s2-url"))) {
        s2Url = QUrl::fromUserInput(parser.value(QStringLiteral("s2-url")));
        if (!Net::HttpClient::isAllowedUrl(s2Url)) {
            return fail(ExitCode::Usage,
                        tr("--s2-url must be an https:// address (plain http:// only to this "
                           "computer)."));
        }
    }
    const Result<Scoring::ScoringProfile> profile =
        resolveProfile(*library.value(), profileName, resolved);
    if (!profile) {
        return fail(profile.error());
    }
    Result<Settings> settings = readSettings(parser, *profile);
    if (!settings) {
        return fail(settings.error());
    }

    QString keyProblem;
    const QString keyName = QStringLiteral("llm/") + settings->provider;
    const std::optional<QString> key = waitForKey(keyName, keyProblem);
    const bool local = settings->url.scheme() == QLatin1String("http");
    if (!key && !local) {
        const QString why = keyProblem.isEmpty() ? QString() : QLatin1Char(' ') + keyProblem;
        return fail(ExitCode::Usage,
                    tr("No API key for %1: set PAPERSIEVE_API_KEY or save a key in the app's "
                       "settings.%2")
                        .arg(settings->provider, why));
    }

    const Result<QDate> day = ensureDay(*library.value(), resolved, date);
    if (!day) {
        return fail(day.error());
    }
    settings.value().options.prices = Digest::DigestBuilder::prices(*library.value());

    const std::optional<Digest::AuthorStageResult> authors =
        runAuthorStage(*library.value(), *day, *profile, s2Url);
    if (authors) {
        settings.value().options.skip = authors->skip();
    }
    const auto lowRanked = localSkips(parser,
                                      *library.value(),
                                      *day,
                                      *profile,
                                      authors ? authors->followedPapers() : QSet<QString>());
    if (!lowRanked) {
        return fail(lowRanked.error());
    }
    settings.value().options.skip.insert(lowRanked.value());

    Net::HttpClient http;
    http.setMaxConcurrentJobs(settings->options.concurrency);
    const Scoring::ProviderConfig config{settings->url, settings->model, key.value_or(QString())};
    std::unique_ptr<Scoring::Provider> provider;
    if (settings->provider == QLatin1String("anthropic")) {
        provider = std::make_unique<Scoring::AnthropicProvider>(config, &http);
    } else {
        provider = std::make_unique<Scoring::OpenAiCompatibleProvider>(config, &http);
    }

    Digest::DayScorer scorer(provider.get(), library.value().get());
    if (const auto estimate = scorer.estimate(*day, *profile, settings->options)) {
        err() << tr("%1: about %2 requests, %3 tokens, %4 (before cached answers are reused)")
                     .arg(day->toString(Qt::ISODate))
                     .arg(estimate->requests)
                     .arg(estimate->usage.total())
                     .arg(dollars(estimate->cost))
              << Qt::endl;
    }

    std::optional<Digest::ScoringReport> report;
    std::optional<Error> failure;
    QObject::connect(&scorer, &Digest::DayScorer::progress, [](const Digest::ScoringProgress &p) {
        err() << QStringLiteral("[%1/%2] ").arg(p.settled).arg(p.total)
              << tr("%1 requests, %2 tokens, %3")
                     .arg(p.requests)
                     .arg(p.usage.total())
                     .arg(dollars(p.costUsd))
              << Qt::endl;
    });
    EventLoopWait scored;
    QObject::connect(&scorer, &Digest::DayScorer::finished, [&](const Digest::ScoringReport &r) {
        report = r;
        scored.settle();
    });
    QObject::connect(&scorer, &Digest::DayScorer::failed, [&](const Error &error) {
        failure = error;
        scored.settle();
    });
    scorer.start(*day, *profile, settings->options);
    scored.wait();

    if (failure) {
        return fail(*failure);
    }
    if (authors) {
        if (const Result<void> kept =
                Digest::AuthorStage::record(*library.value(), report->runId, *authors);
            !kept) {
            qCWarning(lcCli) << "author stage not recorded:" << kept.error().detail();
        }
    }
    printSummary(*report);
    const bool complete = report->failed == 0 && report->overBudget == 0;
    return static_cast<int>(complete ? ExitCode::Done : ExitCode::PapersFailed);
}

} // namespace Sieve::Cli
