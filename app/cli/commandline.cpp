// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commandline.h"

#include "eventloop.h"
#include "output.h"
#include "pricescommand.h"
#include "runcommand.h"

#include <app/arxiv/announcementcalendar.h>
#include <app/arxiv/arxivclient.h>
#include <app/arxiv/feedmerger.h>
#include <app/digest/dayfetcher.h>
#include <app/digest/dayview.h>
#include <app/digest/digestbuilder.h>
#include <app/digest/jsonexporter.h>
#include <app/digest/markdownexporter.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>
#include <app/net/httpclient.h>
#include <app/platform/appinfo.h>
#include <app/platform/logging.h>
#include <app/platform/paths.h>
#include <app/ranker/criteria.h>
#include <app/ranker/evaluation.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>

namespace Sieve::Cli {

namespace {

const QStringList Commands{
    QStringLiteral("fetch"),
    QStringLiteral("days"),
    QStringLiteral("export"),
    QStringLiteral("eval"),
    QStringLiteral("run"),
    QStringLiteral("prices"),
};

struct Options
{
    QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        CommandLine::tr("Keep the library in <dir> instead of the default folder."),
        QStringLiteral("dir")};
    QCommandLineOption arxivUrl{
        QStringLiteral("arxiv-url"),
        CommandLine::tr("Talk to <url> instead of arXiv (RSS at <url>/rss, the API at "
                        "<url>/api/query)."),
        QStringLiteral("url")};
    QCommandLineOption categories{
        QStringLiteral("categories"),
        CommandLine::tr("Comma-separated arXiv categories, e.g. astro-ph.GA,cs.LG."),
        QStringLiteral("list")};
    QCommandLineOption date{QStringLiteral("date"),
                            CommandLine::tr("The announcement day, YYYY-MM-DD."),
                            QStringLiteral("day")};
    QCommandLineOption from{QStringLiteral("from"),
                            CommandLine::tr("First announcement day of a range, YYYY-MM-DD."),
                            QStringLiteral("day")};
    QCommandLineOption to{QStringLiteral("to"),
                          CommandLine::tr("Last announcement day of a range, YYYY-MM-DD."),
                          QStringLiteral("day")};
    QCommandLineOption announceTypes{
        QStringLiteral("announce-types"),
        CommandLine::tr(
            "Keep papers listed as these types: new,cross,replace,replace-cross (default: all)."),
        QStringLiteral("list")};
    QCommandLineOption fillGaps{
        QStringLiteral("fill-gaps"),
        CommandLine::tr(
            "Fetch every announcement day missing between the oldest and newest stored day.")};
    QCommandLineOption primaryOnly{
        QStringLiteral("primary-only"),
        CommandLine::tr("Keep only papers whose primary category is one of --categories.")};
    QCommandLineOption format{QStringLiteral("format"),
                              CommandLine::tr("Export format: md or json."),
                              QStringLiteral("format"),
                              QStringLiteral("md")};
    QCommandLineOption verbose{
        QStringLiteral("verbose"),
        CommandLine::tr("Also print the engine's log (papersieve.* categories).")};
    QCommandLineOption output{
        QStringLiteral("output"),
        CommandLine::tr("Write the export to <file> (\"-\" for standard output)."),
        QStringLiteral("file")};
    QCommandLineOption labels{
        QStringLiteral("labels"),
        CommandLine::tr("Labelled papers to evaluate the local ranker on (JSON lines)."),
        QStringLiteral("file")};
    QCommandLineOption criteria{QStringLiteral("criteria"),
                                CommandLine::tr("The profile's criteria (Markdown) to rank with."),
                                QStringLiteral("file")};
    QCommandLineOption ratings{
        QStringLiteral("ratings"),
        CommandLine::tr("Simulate a reader who rated <n> papers of the earliest days."),
        QStringLiteral("n"),
        QStringLiteral("0")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({dataDir,
                           arxivUrl,
                           categories,
                           date,
                           from,
                           to,
                           announceTypes,
                           fillGaps,
                           primaryOnly,
                           format,
                           output,
                           labels,
                           criteria,
                           ratings,
                           verbose});
    }
};

QString helpText()
{
    return CommandLine::
        tr("Usage: papersieve [command] [options]\n"
           "\n"
           "With no command, PaperSieve opens its window.\n"
           "\n"
           "Commands:\n"
           "  fetch    Fetch an announcement day (or a range) into the library.\n"
           "           --categories LIST [--date DAY | --from DAY --to DAY | --fill-gaps]\n"
           "           [--announce-types LIST] [--primary-only]\n"
           "           --fill-gaps fetches every announcement day missing between the\n"
           "           oldest and the newest stored day.\n"
           "  days     List the stored days with their status and counts.\n"
           "  export   Write a stored day's digest.\n"
           "           --date DAY [--format md|json] --output FILE\n"
           "%1"
           "  eval     Measure the local ranker against labelled days; the last line reads\n"
           "           spearman=... ndcg10=... recall30=... recall50=...\n"
           "           --labels FILE --criteria FILE [--ratings N]\n"
           "\n"
           "Global options:\n"
           "  --data-dir DIR   Keep the library in DIR.\n"
           "  --arxiv-url URL  Use another arXiv server (RSS at URL/rss, API at URL/api/query).\n"
           "  --verbose        Also print the engine's log.\n"
           "  --help, --version\n"
           "\n"
           "Exit codes: 0 done, 1 failed, 2 bad usage, 3 network error, 4 bad data,\n"
           "5 some papers failed (run).\n")
            .arg(RunCommand::helpText() + PricesCommand::helpText());
}

std::optional<QDate> parseDay(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        return std::nullopt;
    }
    return date;
}

std::optional<QList<AnnounceType>> parseAnnounceTypes(const QString &text)
{
    QList<AnnounceType> types;
    const QStringList names = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const AnnounceType type = announceTypeFromName(name);
        if (type == AnnounceType::Unknown) {
            return std::nullopt;
        }
        types.append(type);
    }
    return types;
}

QStringList parseCategories(const QString &text)
{
    QStringList categories;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString category = part.trimmed();
        if (!category.isEmpty() && !categories.contains(category)) {
            categories.append(category);
        }
    }
    return categories;
}

Result<std::unique_ptr<Library::Library>> openLibrary()
{
    return Library::Library::open(Platform::Paths::libraryFile());
}

QString describe(const DaySummary &day)
{
    const QString date = day.date.toString(Qt::ISODate);
    switch (day.status) {
    case DayStatus::Announced:
        return CommandLine::tr("%1: %n paper(s) in %2", nullptr, day.paperCount)
            .arg(date, day.categories.join(QLatin1Char(',')));
    case DayStatus::NoAnnouncement:
        return CommandLine::tr("%1: no announcement (arXiv listed nothing that weekday)").arg(date);
    case DayStatus::NotYetAnnounced:
        return CommandLine::tr("%1: not announced yet; fetch again later").arg(date);
    case DayStatus::Failed:
        return CommandLine::tr("%1: failed: %2").arg(date, day.reason);
    }
    return date;
}

int runFetch(const QCommandLineParser &parser, const Options &options)
{
    const QStringList categories = parseCategories(parser.value(options.categories));
    if (categories.isEmpty()) {
        return fail(ExitCode::Usage,
                    CommandLine::tr(
                        "fetch needs --categories, e.g. --categories astro-ph.GA,astro-ph.CO."));
    }

    Arxiv::MergeOptions merge;
    merge.primaryOnly = parser.isSet(options.primaryOnly);
    merge.followedCategories = categories;
    if (parser.isSet(options.announceTypes)) {
        const auto types = parseAnnounceTypes(parser.value(options.announceTypes));
        if (!types || types->isEmpty()) {
            return fail(ExitCode::Usage,
                        CommandLine::tr("--announce-types takes a list of new, cross, replace and "
                                        "replace-cross."));
        }
        merge.announceTypes = QSet<AnnounceType>(types->cbegin(), types->cend());
    }

    std::optional<QDate> from;
    std::optional<QDate> to;
    if (parser.isSet(options.date)) {
        from = to = parseDay(parser.value(options.date));
        if (!from) {
            return fail(ExitCode::Usage,
                        CommandLine::tr("--date must be a day written YYYY-MM-DD."));
        }
    } else if (parser.isSet(options.from) || parser.isSet(options.to)) {
        from = parseDay(parser.value(options.from));
        to = parseDay(parser.value(options.to));
        if (!from || !to || *from > *to) {
            return fail(
                ExitCode::Usage,
                CommandLine::tr("--from and --to must both be days written YYYY-MM-DD, in order."));
        }
    }
    if (from && from == to && !Arxiv::AnnouncementCalendar::isAnnouncementDay(*from)) {
        return fail(ExitCode::Usage,
                    CommandLine::tr("arXiv announces Monday to Friday; %1 is a %2, so give a "
                                    "weekday.")
                        .arg(from->toString(Qt::ISODate),
                             QLocale::c().dayName(from->dayOfWeek(), QLocale::LongFormat)));
    }

    auto library = openLibrary();
    if (!library) {
        return fail(library.error());
    }

    Arxiv::ArxivEndpoints endpoints;
    if (parser.isSet(options.arxivUrl)) {
        const QUrl url = QUrl::fromUserInput(parser.value(options.arxivUrl));
        if (!url.isValid() || url.host().isEmpty()) {
            return fail(ExitCode::Usage,
                        CommandLine::tr(
                            "--arxiv-url must be an address such as https://export.arxiv.org."));
        }
        endpoints = Arxiv::ArxivEndpoints::fromOverride(url);
    }

    Net::HttpClient http;
    Arxiv::ArxivClient client(&http, endpoints);
    Digest::DayFetcher fetcher(&client, library.value().get());
    EventLoopWait fetched;
    int exitCode = 0;

    QObject::connect(
        &fetcher, &Digest::DayFetcher::progress, [](const QString &message, int done, int total) {
            err() << QStringLiteral("[%1/%2] ").arg(done).arg(total) << message << Qt::endl;
        });
    QObject::connect(&fetcher, &Digest::DayFetcher::dayRecorded, [](const DaySummary &day) {
        err() << describe(day) << Qt::endl;
    });
    // Said when a gap fill or a range ends without recording a day.
    QString nothingToFetch;
    if (parser.isSet(options.fillGaps)) {
        nothingToFetch = CommandLine::tr("No announcement day is missing between the stored days, "
                                         "so there was nothing to fetch.");
    } else if (from) {
        nothingToFetch = CommandLine::tr("arXiv announces Monday to Friday and %1 to %2 holds no "
                                         "such day, so there was nothing to fetch.")
                             .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate));
    }
    QObject::connect(&fetcher,
                     &Digest::DayFetcher::finished,
                     [&fetched, nothingToFetch](const Digest::FetchReport &report) {
                         if (report.days.isEmpty() && !nothingToFetch.isEmpty()) {
                             err() << nothingToFetch << Qt::endl;
                         }
                         fetched.settle();
                     });
    QObject::connect(
        &fetcher, &Digest::DayFetcher::failed, [&fetched, &exitCode](const Error &error) {
            exitCode = fail(error);
            fetched.settle();
        });

    if (parser.isSet(options.fillGaps)) {
        fetcher.fillGaps(categories, merge);
    } else if (from) {
        fetcher.fetchRange(categories, *from, *to, merge);
    } else {
        fetcher.fetchLatest(categories, merge);
    }
    fetched.wait();
    return exitCode;
}

int runDays()
{
    auto library = openLibrary();
    if (!library) {
        return fail(library.error());
    }

    const QList<DaySummary> days = library.value()->days();
    if (days.isEmpty()) {
        err() << CommandLine::tr("The library has no days yet; run \"papersieve fetch\" first.")
              << Qt::endl;
    }
    for (const DaySummary &day : days) {
        out() << day.date.toString(Qt::ISODate) << '\t' << dayStatusName(day.status) << '\t'
              << day.paperCount << '\t' << day.categories.join(QLatin1Char(',')) << Qt::endl;
    }
    return 0;
}

int runExport(const QCommandLineParser &parser, const Options &options)
{
    const auto date = parseDay(parser.value(options.date));
    if (!date) {
        return fail(ExitCode::Usage, CommandLine::tr("export needs --date YYYY-MM-DD."));
    }
    const QString format = parser.value(options.format);
    if (format != QLatin1String("md") && format != QLatin1String("json")) {
        return fail(ExitCode::Usage, CommandLine::tr("--format must be md or json."));
    }
    const QString path = parser.value(options.output);
    if (path.isEmpty()) {
        return fail(ExitCode::Usage,
                    CommandLine::tr("export needs --output FILE (or - for standard output)."));
    }

    auto library = openLibrary();
    if (!library) {
        return fail(library.error());
    }
    // The profile of the day's latest run sets cutoffs, weights and followed authors.
    const auto run = Library::RunStore(*library.value()).latestRun(*date);
    const QString profileName = run ? run->profile : QStringLiteral("default");
    const auto stored = Library::ProfileStore(*library.value()).profile(profileName);
    const Scoring::ScoringProfile profile = stored
        ? Scoring::ScoringProfile::fromJson(stored->settings)
        : Scoring::ScoringProfile::defaults();
    auto digest = Digest::DigestBuilder::build(
        *library.value(), *date, profile, Digest::DigestBuilder::prices(*library.value()));
    if (!digest) {
        return fail(digest.error());
    }
    // The local ranker's view of every paper, with its reasons, as the window shows it.
    const auto ranker = Digest::DayView::prepareRanker(*library.value(), profile);
    Digest::DigestBuilder::addLocalRanking(digest.value(), *ranker);

    if (path == QLatin1String("-")) {
        const QByteArray bytes = format == QLatin1String("md")
            ? Digest::MarkdownExporter::render(*digest).toUtf8()
            : Digest::JsonExporter::toJson(*digest).toJson(QJsonDocument::Indented);
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        return 0;
    }

    const Result<void> written = format == QLatin1String("md")
        ? Digest::MarkdownExporter::write(*digest, path)
        : Digest::JsonExporter::write(*digest, path);
    if (!written) {
        return fail(written.error());
    }
    err() << CommandLine::tr("Wrote %1.").arg(path) << Qt::endl;
    return 0;
}

int runEval(const QCommandLineParser &parser, const Options &options)
{
    if (!parser.isSet(options.labels) || !parser.isSet(options.criteria)) {
        return fail(ExitCode::Usage,
                    CommandLine::tr("eval needs --labels FILE and --criteria FILE."));
    }
    bool ratingsOk = false;
    const int ratings = parser.value(options.ratings).toInt(&ratingsOk);
    if (!ratingsOk || ratings < 0) {
        return fail(ExitCode::Usage,
                    CommandLine::tr("--ratings takes a number of papers, 0 or more."));
    }

    QFile criteriaFile(parser.value(options.criteria));
    if (!criteriaFile.open(QIODevice::ReadOnly)) {
        return fail(ExitCode::Usage,
                    CommandLine::tr("The criteria file %1 could not be opened; check its path and "
                                    "that you may read it.")
                        .arg(criteriaFile.fileName()));
    }
    const auto criteria = Ranker::Criteria::parse(QString::fromUtf8(criteriaFile.readAll()));
    const auto labels = Ranker::Evaluation::loadLabels(parser.value(options.labels));
    if (!labels) {
        return fail(labels.error());
    }

    if (labels->isEmpty()) {
        return fail(ExitCode::BadData,
                    CommandLine::tr("The labels file %1 holds no papers.")
                        .arg(parser.value(options.labels)));
    }

    const Ranker::EvaluationFigures figures =
        Ranker::Evaluation::run(labels.value(), criteria, ratings);
    if (figures.scoredDays == 0) {
        return fail(ExitCode::BadData,
                    CommandLine::tr("The labels file %1 holds a single day, the rating pool; "
                                    "the evaluation needs at least one more day to score.")
                        .arg(parser.value(options.labels)));
    }
    //: The first of three parts of one line, joined by "; "
    const QString scored = CommandLine::tr("%n later day(s) scored", nullptr, figures.scoredDays);
    const QString pool = CommandLine::tr(
        "the first %n day(s) are the rating pool, not scored", nullptr, figures.ratingDays);
    //: %1 and %2 count the relevant and the irrelevant ones of the %n ratings
    const QString rated = CommandLine::tr("%n rating(s) from the pool (%1 relevant, %2 irrelevant)",
                                          nullptr,
                                          figures.ratings)
                              .arg(figures.relevantRatings)
                              .arg(figures.ratings - figures.relevantRatings);
    out() << scored << "; " << pool << "; " << rated << Qt::endl;
    out() << figures.summaryLine() << Qt::endl;
    return 0;
}

int runScoring(const QCommandLineParser &parser, const Options &options)
{
    RunInputs inputs;
    inputs.date = parser.value(options.date);
    inputs.criteriaFile = parser.value(options.criteria);
    inputs.categories = parseCategories(parser.value(options.categories));
    if (parser.isSet(options.arxivUrl)) {
        inputs.arxivUrl = QUrl::fromUserInput(parser.value(options.arxivUrl));
    }
    return RunCommand::run(parser, inputs);
}

} // namespace

ExitCode exitCodeFor(const Error &error)
{
    switch (error.code()) {
    case Error::Code::InvalidInput:
        return ExitCode::Usage;
    case Error::Code::Network:
        return ExitCode::Network;
    case Error::Code::BadData:
        return ExitCode::BadData;
    case Error::Code::Storage:
    case Error::Code::Cancelled:
        return ExitCode::Failed;
    }
    return ExitCode::Failed;
}

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    // Any word that is not an option (or an option's value) is a command, known or not: an
    // unknown one gets a usage error rather than a window.
    // Qt's own GUI options that take a value are skipped too (-platform offscreen, ...).
    const QStringList takesValue = {QStringLiteral("--data-dir"),
                                    QStringLiteral("--arxiv-url"),
                                    QStringLiteral("--llm-url"),
                                    QStringLiteral("--s2-url"),
                                    QStringLiteral("-platform"),
                                    QStringLiteral("-style"),
                                    QStringLiteral("-stylesheet"),
                                    QStringLiteral("-display"),
                                    QStringLiteral("-qwindowgeometry"),
                                    QStringLiteral("-qwindowtitle"),
                                    QStringLiteral("-session")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (takesValue.contains(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("--help")
            || argument == QLatin1String("-h") || argument == QLatin1String("--version")) {
            return true;
        }
    }
    return false;
}

QString CommandLine::dataDirArgument(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--data-dir"));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const Options options;
    options.addTo(parser);
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}};
    const QCommandLineOption version{QStringLiteral("version")};
    parser.addOption(help);
    parser.addOption(version);
    parser.addOptions(RunCommand::options());
    parser.addOptions(PricesCommand::options());

    if (!parser.parse(arguments)) {
        return fail(ExitCode::Usage, parser.errorText() + QLatin1Char('\n') + helpText());
    }
    if (parser.isSet(help)) {
        out() << helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        out() << QStringLiteral("papersieve ") << Platform::applicationVersion() << Qt::endl;
        return 0;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !Commands.contains(positional.first())) {
        const QString what = positional.isEmpty()
            ? CommandLine::tr("papersieve needs one command; choose one of those below.")
            : CommandLine::tr("papersieve has no command \"%1\"; choose one of those below.")
                  .arg(positional.join(QLatin1Char(' ')));
        return fail(ExitCode::Usage, what + QLatin1Char('\n') + helpText());
    }
    if (parser.isSet(options.dataDir)) {
        Platform::Paths::setDataDirOverride(parser.value(options.dataDir));
    }
    // The user reads one sentence per error; the engine's log lines are for --verbose.
    if (!parser.isSet(options.verbose)) {
        QLoggingCategory::setFilterRules(QStringLiteral("papersieve.*.info=false\n"
                                                        "papersieve.*.warning=false"));
    }

    const QString command = positional.first();
    if (command == QLatin1String("fetch")) {
        return runFetch(parser, options);
    }
    if (command == QLatin1String("days")) {
        return runDays();
    }
    if (command == QLatin1String("eval")) {
        return runEval(parser, options);
    }
    if (command == QLatin1String("run")) {
        return runScoring(parser, options);
    }
    if (command == QLatin1String("prices")) {
        return PricesCommand::run(parser);
    }
    return runExport(parser, options);
}

} // namespace Sieve::Cli
