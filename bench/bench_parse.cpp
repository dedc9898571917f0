// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Parses one 2,000-item arXiv RSS document with RssParser, once as parse() does (the fast scanner)
// and once with its QXmlStreamReader engine alone; as a baseline, walks the same document with a
// bare QXmlStreamReader that only counts elements (and decodes as RssParser does). Then prints how
// many times the baseline's cost each engine takes. The items are built from the evaluation corpus
// in arXiv's exact item format; without the corpus, the fixture items are repeated instead.

#include <app/arxiv/rssparser.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QXmlStreamReader>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <string>
#include <zlib.h>

namespace {

constexpr int ItemCount = 2000;
constexpr double GoalMs = 20.0; // the engine issue's goal for one parse of ItemCount items
constexpr int ChunkSize = 1 << 16;
constexpr std::array<const char *, 4> AnnounceTypes = {"new", "cross", "replace", "replace-cross"};

const QByteArray ChannelHeader =
    "<?xml version='1.0' encoding='UTF-8'?>\n"
    "<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
    "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" version=\"2.0\">\n"
    "  <channel>\n"
    "    <title>astro-ph.GA updates on arXiv.org</title>\n"
    "    <link>http://rss.arxiv.org/rss/astro-ph.GA</link>\n"
    "    <description>astro-ph.GA updates on the arXiv.org e-print archive.</description>\n"
    "    <atom:link href=\"http://rss.arxiv.org/rss/astro-ph.GA\" rel=\"self\" "
    "type=\"application/rss+xml\"/>\n"
    "    <docs>http://www.rssboard.org/rss-specification</docs>\n"
    "    <language>en-us</language>\n"
    "    <lastBuildDate>Thu, 05 Mar 2026 05:00:18 +0000</lastBuildDate>\n"
    "    <managingEditor>rss-help@arxiv.org</managingEditor>\n"
    "    <pubDate>Thu, 05 Mar 2026 00:00:00 -0500</pubDate>\n"
    "    <skipDays>\n      <day>Sunday</day>\n      <day>Saturday</day>\n    </skipDays>\n";
const QByteArray ChannelFooter = "  </channel>\n</rss>\n";

// The first `count` lines of a gzip file, or fewer when it is missing or shorter.
QList<QByteArray> readGzipLines(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        return {};
    }

    QList<QByteArray> lines;
    QByteArray pending;
    QByteArray output(ChunkSize, Qt::Uninitialized);
    int status = Z_OK;
    while (status != Z_STREAM_END && lines.size() < count && !file.atEnd()) {
        QByteArray input = file.read(ChunkSize);
        stream.next_in = reinterpret_cast<Bytef *>(input.data());
        stream.avail_in = uInt(input.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(output.data());
            stream.avail_out = uInt(output.size());
            status = inflate(&stream, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END) {
                inflateEnd(&stream);
                return lines;
            }
            pending.append(output.constData(), output.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0 && status != Z_STREAM_END);

        qsizetype newline = 0;
        while ((newline = pending.indexOf('\n')) >= 0 && lines.size() < count) {
            lines.append(pending.left(newline));
            pending.remove(0, newline + 1);
        }
    }
    inflateEnd(&stream);
    return lines;
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray corpusItem(const QJsonObject &paper, int index)
{
    const QByteArray id = paper.value(QLatin1String("id")).toString().toUtf8();
    const char *type = AnnounceTypes.at(size_t(index) % AnnounceTypes.size());
    const bool replacement = QByteArray(type).startsWith("replace");
    const QByteArray versioned = id + (replacement ? "v2" : "v1");
    const bool cross = QByteArray(type).endsWith("cross");
    QStringList authors;
    for (const QJsonValue &author : paper.value(QLatin1String("authors")).toArray()) {
        authors.append(author.toString());
    }

    return "    <item>\n      <title>" + escaped(paper.value(QLatin1String("title")).toString())
        + "</title>\n      <link>https://arxiv.org/abs/" + id
        + "</link>\n      <description>arXiv:" + versioned + " Announce Type: " + type
        + " \nAbstract: " + escaped(paper.value(QLatin1String("abstract")).toString().trimmed())
        + "</description>\n      <guid isPermaLink=\"false\">oai:arXiv.org:" + versioned
        + "</guid>\n"
        + (cross
               ? "      <category>astro-ph.CO</category>\n      <category>astro-ph.GA</category>\n"
               : "      <category>astro-ph.GA</category>\n")
        + "      <pubDate>Thu, 05 Mar 2026 00:00:00 -0500</pubDate>\n"
          "      <arxiv:announce_type>"
        + type
        + "</arxiv:announce_type>\n"
          "      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>\n"
          "      <dc:creator>"
        + escaped(authors.join(QLatin1String(", "))) + "</dc:creator>\n    </item>\n";
}

QList<QByteArray> itemsFromCorpus()
{
    QList<QByteArray> items;
    const auto lines =
        readGzipLines(QStringLiteral(PAPERSIEVE_SHARED_DATA "/corpus/papers.jsonl.gz"), ItemCount);
    for (const QByteArray &line : lines) {
        const QJsonObject paper = QJsonDocument::fromJson(line).object();
        if (!paper.isEmpty()) {
            items.append(corpusItem(paper, int(items.size())));
        }
    }
    return items;
}

// The raw <item> blocks of every day fixture, repeated until there are enough.
QList<QByteArray> itemsFromFixtures()
{
    QList<QByteArray> blocks;
    QDirIterator files(QStringLiteral(PAPERSIEVE_TEST_DATA "/arxiv/rss"),
                       {QStringLiteral("*.xml")},
                       QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.fileName().contains(QLatin1String("malformed"))
            || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray text = file.readAll();
        for (qsizetype at = text.indexOf("    <item>"); at >= 0;
             at = text.indexOf("    <item>", at)) {
            const qsizetype end = text.indexOf("</item>\n", at) + 8;
            blocks.append(text.mid(at, end - at));
            at = end;
        }
    }
    QList<QByteArray> items;
    while (!blocks.isEmpty() && items.size() < ItemCount) {
        items.append(blocks.at(items.size() % blocks.size()));
    }
    return items;
}

const QByteArray &document()
{
    static const QByteArray xml = [] {
        QList<QByteArray> items = itemsFromCorpus();
        const char *source = "corpus";
        if (items.size() < ItemCount) {
            items = itemsFromFixtures();
            source = "repeated fixture items (corpus not found)";
        }
        QByteArray text = ChannelHeader;
        for (const QByteArray &item : std::as_const(items)) {
            text += item;
        }
        text += ChannelFooter;
        std::printf("RSS document: %lld items from %s, %.2f MiB\n",
                    static_cast<long long>(items.size()),
                    source,
                    double(text.size()) / (1024.0 * 1024.0));
        return text;
    }();
    return xml;
}

using Engine = Sieve::Arxiv::RssParser::Engine;

void parseWith(benchmark::State &state, Engine engine)
{
    const QByteArray &xml = document();
    // Automatic is checked with the scanner alone, so that a fallback cannot pass for it.
    const Engine checked = engine == Engine::Automatic ? Engine::Scanner : engine;
    const auto check = Sieve::Arxiv::RssParser::parseWith(xml, checked);
    if (!check || check->items.size() != ItemCount) {
        state.SkipWithError("the benchmark document does not parse to 2,000 items");
        return;
    }
    for (auto _ : state) {
        auto result = Sieve::Arxiv::RssParser::parseWith(xml, engine);
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * xml.size());
    state.SetItemsProcessed(int64_t(state.iterations()) * ItemCount);
}

void BM_RssParserParse(benchmark::State &state)
{
    parseWith(state, Engine::Automatic);
}

BENCHMARK(BM_RssParserParse)->Unit(benchmark::kMillisecond);

void BM_RssParserStreamReader(benchmark::State &state)
{
    parseWith(state, Engine::StreamReader);
}

BENCHMARK(BM_RssParserStreamReader)->Unit(benchmark::kMillisecond);

void BM_XmlStreamBaseline(benchmark::State &state)
{
    const QByteArray &xml = document();
    for (auto _ : state) {
        // Decoded the way RssParser decodes, so the ratio shows only what the parser adds.
        QXmlStreamReader reader(QString::fromUtf8(xml));
        int elements = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement) {
                ++elements;
            }
        }
        benchmark::DoNotOptimize(elements);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * xml.size());
    state.SetItemsProcessed(int64_t(state.iterations()) * ItemCount);
}

BENCHMARK(BM_XmlStreamBaseline)->Unit(benchmark::kMillisecond);

// Remembers each benchmark's times so main() can print the ratio: the median when repetitions
// were asked for, the single run otherwise. Both times count, since the machine may be shared.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    struct Times
    {
        double real = 0;
        double cpu = 0;
    };

    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            if (run.error_occurred || (run.run_type == Run::RT_Aggregate && !median)) {
                continue;
            }
            Times &times = m_times[run.run_name.function_name];
            if (median || !m_hasMedian[run.run_name.function_name]) {
                times = {run.GetAdjustedRealTime(), run.GetAdjustedCPUTime()};
            }
            m_hasMedian[run.run_name.function_name] |= median;
        }
        ConsoleReporter::ReportRuns(runs);
    }

    Times timesOf(const std::string &name) const
    {
        const auto found = m_times.find(name);
        return found == m_times.end() ? Times() : found->second;
    }

private:
    std::map<std::string, Times> m_times;
    std::map<std::string, bool> m_hasMedian;
};

} // namespace

int main(int argc, char **argv)
{
    // The parser logs nothing per item, but keep the report clean if a run fails.
    QLoggingCategory::setFilterRules(QStringLiteral("papersieve.*=false"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }

    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    const auto parse = reporter.timesOf("BM_RssParserParse");
    const auto streamReader = reporter.timesOf("BM_RssParserStreamReader");
    const auto baseline = reporter.timesOf("BM_XmlStreamBaseline");
    if (parse.real > 0 && baseline.real > 0) {
        std::printf("RssParser::parse (fast scanner) per %d items: %.1f ms real, %.1f ms CPU; "
                    "baseline %.1f ms real, %.1f ms CPU; ratio fast/baseline %.2f (CPU %.2f)\n",
                    ItemCount,
                    parse.real,
                    parse.cpu,
                    baseline.real,
                    baseline.cpu,
                    parse.real / baseline.real,
                    parse.cpu / baseline.cpu);
        // CPU time is the verdict: on a shared machine wall time also counts other processes.
        std::printf("goal <= %.0f ms per %d-item parse: %s (%.1f ms CPU)\n",
                    GoalMs,
                    ItemCount,
                    parse.cpu <= GoalMs ? "met" : "missed",
                    parse.cpu);
    }
    if (streamReader.real > 0 && baseline.real > 0 && parse.real > 0) {
        std::printf("RssParser with QXmlStreamReader per %d items: %.1f ms real, %.1f ms CPU; "
                    "ratio stream reader/baseline %.2f (CPU %.2f); fast scanner is %.1f times "
                    "faster\n",
                    ItemCount,
                    streamReader.real,
                    streamReader.cpu,
                    streamReader.real / baseline.real,
                    streamReader.cpu / baseline.cpu,
                    streamReader.real / parse.real);
    }
    return 0;
}
