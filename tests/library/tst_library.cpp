// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/ftsquery.h>
#include <app/library/library.h>
#include <app/library/migrator.h>
#include <app/library/readingstore.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Sieve::AnnounceType;
using Sieve::Day;
using Sieve::DayStatus;
using Sieve::DaySummary;
using Sieve::Error;
using Sieve::Paper;
using Sieve::Result;
using Sieve::Library::Library;

namespace {

const QDate FirstDate(2026, 3, 5);
const QDate SecondDate(2026, 3, 6);

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

Paper makePaper(const QString &id, int version, const QString &title, const QString &abstract)
{
    Paper paper;
    paper.id = id;
    paper.version = version;
    paper.title = title;
    paper.abstract = abstract;
    return paper;
}

Paper galaxyPaper(int version = 1)
{
    Paper paper = makePaper(
        QStringLiteral("2603.03384"),
        version,
        QStringLiteral("Star formation in $z\\sim 6$ galaxies seen by \\textit{JWST}"),
        QStringLiteral("We measure H$\\alpha$ emission of 42 galaxies at $z>6$; the Ångström-scale "
                       "features & <dust> lanes agree with \\citet{Smith2020}. Speed: 3×10⁸ m/s."));
    paper.authors = {QStringLiteral("María José Hernández"),
                     QStringLiteral("Jos\\'e P\\'erez (Universidad de Chile, Santiago)"),
                     QStringLiteral("Zoë Øster")};
    paper.categories = {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")};
    paper.primaryCategory = QStringLiteral("astro-ph.GA");
    paper.license = QStringLiteral("http://creativecommons.org/licenses/by/4.0/");
    paper.published = utc(QStringLiteral("2026-03-04T18:00:01Z"));
    paper.updated = utc(QStringLiteral("2026-03-04T18:00:01Z"));
    return paper;
}

Paper lensingPaper()
{
    Paper paper = makePaper(QStringLiteral("astro-ph/0603163"),
                            2,
                            QStringLiteral("Cosmic shear — a review of σ₈ tensions"),
                            QStringLiteral("Weak lensing surveys constrain $S_8$; we review the "
                                           "status of the tension with the CMB (Planck 2018)."));
    paper.authors = {QStringLiteral("Wang Xiǎo"), QStringLiteral("Ivan Petrov")};
    paper.categories = {QStringLiteral("astro-ph.CO")};
    paper.primaryCategory = QStringLiteral("astro-ph.CO");
    paper.comment = QStringLiteral("12 pages, 3 figures; accepted by MNRAS");
    paper.journalRef = QStringLiteral("MNRAS 512 (2026) 1-12");
    paper.doi = QStringLiteral("10.1093/mnras/stac001");
    paper.published = utc(QStringLiteral("2006-03-07T12:00:00Z"));
    paper.updated = utc(QStringLiteral("2026-03-04T09:30:00Z"));
    return paper;
}

Paper dustPaper()
{
    Paper paper = makePaper(QStringLiteral("2603.04001"),
                            1,
                            QStringLiteral("Dust in the Milky Way"),
                            QStringLiteral("Interstellar dust grains scatter starlight."));
    paper.authors = {QStringLiteral("Ann Smith")};
    paper.categories = {QStringLiteral("astro-ph.GA")};
    paper.primaryCategory = QStringLiteral("astro-ph.GA");
    return paper;
}

Day announcedDay()
{
    Day day;
    day.date = FirstDate;
    day.status = DayStatus::Announced;
    day.categories = {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")};
    day.source = QStringLiteral("rss");
    day.papers = {galaxyPaper(), lensingPaper(), dustPaper()};
    day.listings = {
        {QStringLiteral("2603.03384"), QStringLiteral("astro-ph.GA"), AnnounceType::New},
        {QStringLiteral("2603.04001"), QStringLiteral("astro-ph.GA"), AnnounceType::New},
        {QStringLiteral("2603.03384"), QStringLiteral("astro-ph.CO"), AnnounceType::Cross},
        {QStringLiteral("astro-ph/0603163"), QStringLiteral("astro-ph.CO"), AnnounceType::Replace},
    };
    return day;
}

Day emptyDay(const QDate &date, DayStatus status, const QString &reason)
{
    Day day;
    day.date = date;
    day.status = status;
    day.categories = {QStringLiteral("astro-ph.GA")};
    day.source = QStringLiteral("rss");
    day.reason = reason;
    return day;
}

// A second connection of its own to the library file, to look at it as SQLite stores it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("tst_library.raw.%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }

    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next()) {
            return {};
        }
        return query.value(0);
    }

    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning() << "raw statement failed:" << sql << query.lastError().text();
            return false;
        }
        return true;
    }

    QStringList tables() const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "ORDER BY name"));
        QStringList names;
        while (query.next()) {
            names.append(query.value(0).toString());
        }
        return names;
    }

    // Every row of every table (FTS shadow tables included), one string per row.
    QStringList dump(const QStringList &skipTables = {}) const
    {
        QStringList rows;
        const QStringList names = tables();
        for (const QString &table : names) {
            if (skipTables.contains(table)) {
                continue;
            }
            QSqlQuery query(QSqlDatabase::database(m_name, false));
            query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (query.next()) {
                QString row = table + QLatin1Char(':');
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i) {
                    const QVariant value = query.value(i);
                    row += value.isNull() ? QStringLiteral("<null>")
                                          : QString::fromLatin1(value.toByteArray().toHex());
                    row += QLatin1Char('|');
                }
                rows.append(row);
            }
        }
        return rows;
    }

    QString name() const { return m_name; }

private:
    static inline int s_count = 0;
    QString m_name;
};

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList idsOf(const QList<Paper> &papers)
{
    QStringList ids;
    for (const Paper &paper : papers) {
        ids.append(paper.id);
    }
    return ids;
}

void comparePaper(const Paper &actual, const Paper &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.abstract, expected.abstract);
    QCOMPARE(actual.authors, expected.authors);
    QCOMPARE(actual.categories, expected.categories);
    QCOMPARE(actual.primaryCategory, expected.primaryCategory);
    QCOMPARE(actual.comment, expected.comment);
    QCOMPARE(actual.journalRef, expected.journalRef);
    QCOMPARE(actual.doi, expected.doi);
    QCOMPARE(actual.license, expected.license);
    QCOMPARE(actual.published, expected.published);
    QCOMPARE(actual.updated, expected.updated);
}

void compareDay(const Day &actual, const Day &expected)
{
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.categories, expected.categories);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.reason, expected.reason);
    QCOMPARE(actual.papers.size(), expected.papers.size());
    for (qsizetype i = 0; i < actual.papers.size(); ++i) {
        comparePaper(actual.papers.at(i), expected.papers.at(i));
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    QCOMPARE(actual.listings.size(), expected.listings.size());
    for (qsizetype i = 0; i < actual.listings.size(); ++i) {
        QCOMPARE(actual.listings.at(i).paperId, expected.listings.at(i).paperId);
        QCOMPARE(actual.listings.at(i).category, expected.listings.at(i).category);
        QCOMPARE(actual.listings.at(i).announceType, expected.listings.at(i).announceType);
    }
}

} // namespace

class TstLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void migrationCreatesCurrentSchema_data();
    void migrationCreatesCurrentSchema();
    void newerSchemaIsRefusedUntouched();
    void migrationGivesOldRatingsToTheDefaultProfile_data();
    void migrationGivesOldRatingsToTheDefaultProfile();
    void reopenKeepsEverything();
    void storingSameDayTwiceIsIdempotent();
    void newerVersionWinsOverOlder_data();
    void newerVersionWinsOverOlder();
    void failedDayRollsBackEverything_data();
    void failedDayRollsBackEverything();
    void searchFindsPapers_data();
    void searchFindsPapers();
    void hostileSearchTextIsHarmless_data();
    void hostileSearchTextIsHarmless();
    void emptyDaysKeepStatusAndReason_data();
    void emptyDaysKeepStatusAndReason();
    void daysAreListedNewestFirst();
    void paperIsDatedByItsFirstDay();
    void scoredCountComesFromLatestRun();
    void fileLibraryUsesWal();
    void memoryLibraryWorks();
    void twoLibrariesShareOneFile();
    void matchExpressionQuotesEveryWord_data();
    void matchExpressionQuotesEveryWord();
    void scriptSplitsOnStatementEnds_data();
    void scriptSplitsOnStatementEnds();

private:
    std::unique_ptr<Library> openLibrary();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("library.sqlite"));
}

void TstLibrary::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Library> TstLibrary::openLibrary()
{
    Result<std::unique_ptr<Library>> opened = Library::open(m_path);
    if (!opened) {
        qWarning() << "open failed:" << opened.error().detail();
        return {};
    }
    return std::move(opened).value();
}

void TstLibrary::migrationCreatesCurrentSchema_data()
{
    QTest::addColumn<QString>("table");
    const char *tables[] = {"papers",
                            "paper_authors",
                            "paper_categories",
                            "days",
                            "day_papers",
                            "announcements",
                            "profiles",
                            "runs",
                            "scores",
                            "reading",
                            "ratings",
                            "papers_fts"};
    for (const char *table : tables) {
        QTest::newRow(table) << QString::fromLatin1(table);
    }
}

void TstLibrary::migrationCreatesCurrentSchema()
{
    QFETCH(QString, table);

    {
        const std::unique_ptr<Library> library = openLibrary();
        QVERIFY(library);
        QCOMPARE(library->schemaVersion(), Sieve::Library::Migrator::latestVersion());
        QVERIFY(library->schemaVersion() >= 1);
        QCOMPARE(library->path(), m_path);
        QVERIFY(library->isEmpty());
    }

    const RawConnection raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
             Sieve::Library::Migrator::latestVersion());
    QVERIFY2(raw.tables().contains(table), qPrintable(raw.tables().join(QLatin1Char(' '))));
}

void TstLibrary::newerSchemaIsRefusedUntouched()
{
    {
        const RawConnection raw(m_path);
        raw.scalar(QStringLiteral("CREATE TABLE future (x TEXT)"));
        raw.scalar(QStringLiteral("INSERT INTO future VALUES ('kept')"));
        raw.scalar(QStringLiteral("PRAGMA user_version = 999"));
    }
    const QByteArray before = fileHash(m_path);
    QVERIFY(!before.isEmpty());

    const Result<std::unique_ptr<Library>> opened = Library::open(m_path);

    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Error::Code::Storage);
    QVERIFY(opened.error().userMessage().contains(QStringLiteral("newer version")));
    QVERIFY(opened.error().detail().contains(QStringLiteral("999")));
    QCOMPARE(fileHash(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
}

void TstLibrary::migrationGivesOldRatingsToTheDefaultProfile_data()
{
    QTest::addColumn<QStringList>("profiles");
    QTest::addColumn<QString>("owner");

    QTest::newRow("the default profile")
        << QStringList{QStringLiteral("astro"), QStringLiteral("default")}
        << QStringLiteral("default");
    QTest::newRow("else the first by name")
        << QStringList{QStringLiteral("zeta"), QStringLiteral("astro")} << QStringLiteral("astro");
    QTest::newRow("no profile stored yet") << QStringList() << QStringLiteral("default");
}

void TstLibrary::migrationGivesOldRatingsToTheDefaultProfile()
{
    QFETCH(QStringList, profiles);
    QFETCH(QString, owner);

    // A library as schema 4 left it: ratings and stars without a profile.
    {
        const RawConnection raw(m_path);
        for (const auto &migration : Sieve::Library::Migrator::builtIn()) {
            if (migration.version > 4) {
                break;
            }
            for (const QString &statement :
                 Sieve::Library::Migrator::splitStatements(migration.sql)) {
                QVERIFY(raw.exec(statement));
            }
        }
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 4")));
        for (const QString &profile : profiles) {
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO profiles (name, created_at) "
                                            "VALUES ('%1', '2026-03-01T00:00:00Z')")
                                 .arg(profile)));
        }
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO papers (id, seq, first_seen) VALUES ('2603.00001', 1, 'x'), "
            "('2603.00002', 2, 'x'), ('2603.00003', 3, 'x'), ('2603.00004', 4, 'x')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO reading (paper_id, starred, read_at, rating, note) VALUES "
            "('2603.00001', 1, NULL, NULL, 'kept'), ('2603.00002', 0, NULL, 4, NULL), "
            "('2603.00003', 1, '2026-03-05T08:00:00Z', 1, NULL), "
            "('2603.00004', 0, '2026-03-05T08:00:00Z', NULL, NULL)")));
    }

    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);
    QCOMPARE(library->schemaVersion(), Sieve::Library::Migrator::latestVersion());
    const Sieve::Library::ReadingStore &reading = library->reading();

    const auto taught = reading.ratedPapers(owner);
    QCOMPARE(taught.size(), 3);
    QCOMPARE(taught.at(0).paperId, QStringLiteral("2603.00001"));
    QVERIFY(taught.at(0).starred);
    QVERIFY(!taught.at(0).rating);
    QCOMPARE(taught.at(1).rating, std::optional<int>(4));
    QVERIFY(!taught.at(1).starred);
    QCOMPARE(taught.at(2).rating, std::optional<int>(1));
    QVERIFY(taught.at(2).starred);

    const auto states = reading.states(
        owner,
        {QStringLiteral("2603.00001"), QStringLiteral("2603.00003"), QStringLiteral("2603.00004")});
    QCOMPARE(states.value(QStringLiteral("2603.00001")).note, QStringLiteral("kept"));
    QVERIFY(states.value(QStringLiteral("2603.00003")).isRead());
    QVERIFY(states.value(QStringLiteral("2603.00004")).isRead());
    for (const QString &profile : profiles) {
        if (profile != owner) {
            QVERIFY(reading.ratedPapers(profile).isEmpty());
            QVERIFY(!reading.state(profile, QStringLiteral("2603.00002")).rating);
        }
    }
}

void TstLibrary::reopenKeepsEverything()
{
    const Day announced = announcedDay();
    const Day holiday = emptyDay(SecondDate, DayStatus::NoAnnouncement, QString());
    {
        const std::unique_ptr<Library> library = openLibrary();
        QVERIFY(library);
        QVERIFY(library->storeDay(announced));
        QVERIFY(library->storeDay(holiday));
    }

    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);

    const std::optional<Day> stored = library->day(FirstDate);
    QVERIFY(stored);
    compareDay(*stored, announced);
    if (QTest::currentTestFailed()) {
        return;
    }
    const std::optional<Day> storedHoliday = library->day(SecondDate);
    QVERIFY(storedHoliday);
    compareDay(*storedHoliday, holiday);
    if (QTest::currentTestFailed()) {
        return;
    }

    const std::optional<Paper> lensing = library->paper(QStringLiteral("astro-ph/0603163"));
    QVERIFY(lensing);
    comparePaper(*lensing, lensingPaper());
    QVERIFY(!library->paper(QStringLiteral("9999.99999")));
    QVERIFY(!library->day(QDate(2026, 3, 4)));

    const std::optional<DaySummary> summary = library->daySummary(FirstDate);
    QVERIFY(summary);
    QCOMPARE(summary->paperCount, 3);
    QCOMPARE(summary->scoredCount, 0);
    QCOMPARE(summary->status, DayStatus::Announced);
    QCOMPARE(library->latestAnnouncedDay(), std::optional<QDate>(FirstDate));
    QVERIFY(!library->isEmpty());
}

void TstLibrary::storingSameDayTwiceIsIdempotent()
{
    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);
    QVERIFY(library->storeDay(announcedDay()));
    const RawConnection raw(m_path);
    // fetched_at records the latest store, and FTS5 writes the same entries into new index
    // segments; the rows, FTS content included, must stay the same.
    const QStringList volatileTables = {QStringLiteral("days"),
                                        QStringLiteral("papers_fts_data"),
                                        QStringLiteral("papers_fts_idx")};
    const QStringList before = raw.dump(volatileTables);
    const QList<DaySummary> summariesBefore = library->days();

    QVERIFY(library->storeDay(announcedDay()));

    QCOMPARE(raw.dump(volatileTables), before);
    QCOMPARE(library->days().size(), summariesBefore.size());
    QCOMPARE(library->days().constFirst().paperCount, 3);
    compareDay(*library->day(FirstDate), announcedDay());
    QCOMPARE(idsOf(library->search(QStringLiteral("lensing"))),
             QStringList{QStringLiteral("astro-ph/0603163")});
}

void TstLibrary::newerVersionWinsOverOlder_data()
{
    QTest::addColumn<int>("storedVersion");
    QTest::addColumn<int>("arrivingVersion");
    QTest::addColumn<int>("expectedVersion");

    QTest::newRow("v2 replaces v1") << 1 << 2 << 2;
    QTest::newRow("v1 arriving later keeps v2") << 2 << 1 << 2;
    QTest::newRow("same version refreshes") << 3 << 3 << 3;
    QTest::newRow("unknown version keeps v3") << 3 << 0 << 3;
    QTest::newRow("known version replaces unknown") << 0 << 1 << 1;
}

void TstLibrary::newerVersionWinsOverOlder()
{
    QFETCH(int, storedVersion);
    QFETCH(int, arrivingVersion);
    QFETCH(int, expectedVersion);

    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);
    Day first = announcedDay();
    first.papers[0] = galaxyPaper(storedVersion);
    first.papers[0].title = QStringLiteral("Version %1 title").arg(storedVersion);
    QVERIFY(library->storeDay(first));

    Day second = emptyDay(SecondDate, DayStatus::Announced, QString());
    Paper arriving = galaxyPaper(arrivingVersion);
    arriving.title = QStringLiteral("Version %1 title, revised").arg(arrivingVersion);
    arriving.authors = QStringList{QStringLiteral("Única Autora")};
    second.papers = {arriving};
    second.listings = {{arriving.id, QStringLiteral("astro-ph.GA"), AnnounceType::Replace}};
    QVERIFY(library->storeDay(second));

    const std::optional<Paper> stored = library->paper(arriving.id);
    QVERIFY(stored);
    QCOMPARE(stored->version, expectedVersion);
    const bool replaced = arrivingVersion >= storedVersion;
    QCOMPARE(stored->title, replaced ? arriving.title : first.papers[0].title);
    QCOMPARE(stored->authors, replaced ? arriving.authors : first.papers[0].authors);
    QCOMPARE(library->search(QStringLiteral("revised")).size(), replaced ? 1 : 0);
    QCOMPARE(library->search(QStringLiteral("Hernandez")).size(), replaced ? 0 : 1);
    QCOMPARE(library->day(SecondDate)->papers.size(), 1);
    QCOMPARE(library->day(SecondDate)->papers.constFirst().version, expectedVersion);
}

void TstLibrary::failedDayRollsBackEverything_data()
{
    QTest::addColumn<Day>("badDay");

    // The day replaces the stored one and updates its first two papers before the third fails.
    Day base = announcedDay();
    base.status = DayStatus::Failed;
    base.reason = QStringLiteral("should never be stored");
    base.papers[0] = galaxyPaper(5);
    base.papers[0].title = QStringLiteral("Unstorable revision");
    base.papers[1].abstract = QStringLiteral("Unstorable abstract");

    Day emptyId = base;
    emptyId.papers[2].id = QString();
    QTest::newRow("third paper has no id") << emptyId;

    Day strayListing = base;
    strayListing.listings.append(
        {QStringLiteral("2501.00001"), QStringLiteral("astro-ph.GA"), AnnounceType::New});
    QTest::newRow("listing names a paper not in the day") << strayListing;

    Day twice = base;
    twice.papers.append(twice.papers.at(1));
    QTest::newRow("paper appears twice") << twice;

    Day noCategory = base;
    noCategory.listings[2].category = QString();
    QTest::newRow("listing without category") << noCategory;
}

void TstLibrary::failedDayRollsBackEverything()
{
    QFETCH(Day, badDay);

    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);
    QVERIFY(library->storeDay(announcedDay()));
    QVERIFY(library->storeDay(emptyDay(SecondDate, DayStatus::NotYetAnnounced, QString())));
    const RawConnection raw(m_path);
    const QStringList before = raw.dump();
    QVERIFY(before.size() > 20);
    const QList<DaySummary> summariesBefore = library->days();

    const Result<void> stored = library->storeDay(badDay);

    QVERIFY(!stored);
    QCOMPARE(stored.error().code(), Error::Code::Storage);
    QVERIFY(!stored.error().userMessage().isEmpty());
    QVERIFY(!stored.error().detail().isEmpty());
    QCOMPARE(raw.dump(), before);
    QCOMPARE(library->days().size(), summariesBefore.size());
    QCOMPARE(library->daySummary(FirstDate)->status, DayStatus::Announced);
    QVERIFY(library->search(QStringLiteral("Unstorable")).isEmpty());
    compareDay(*library->day(FirstDate), announcedDay());

    QVERIFY(library->storeDay(announcedDay()));
}

void TstLibrary::searchFindsPapers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expectedIds");

    const QString galaxy = QStringLiteral("2603.03384");
    const QString lensing = QStringLiteral("astro-ph/0603163");
    const QString dust = QStringLiteral("2603.04001");

    QTest::newRow("word of an abstract") << QStringLiteral("lensing") << QStringList{lensing};
    QTest::newRow("author surname") << QStringLiteral("Petrov") << QStringList{lensing};
    QTest::newRow("accents folded") << QStringLiteral("Hernandez") << QStringList{galaxy};
    QTest::newRow("accented query") << QStringLiteral("Øster") << QStringList{galaxy};
    QTest::newRow("word prefix") << QStringLiteral("interstell") << QStringList{dust};
    QTest::newRow("every word must match") << QStringLiteral("dust grains") << QStringList{dust};
    QTest::newRow("case ignored") << QStringLiteral("MILKY way") << QStringList{dust};
    QTest::newRow("title ranks first") << QStringLiteral("dust") << QStringList{dust, galaxy};
    QTest::newRow("no match") << QStringLiteral("tokamak") << QStringList{};
}

void TstLibrary::searchFindsPapers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expectedIds);

    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);
    QVERIFY(library->storeDay(announcedDay()));

    const QList<Paper> found = library->search(text);

    QCOMPARE(idsOf(found), expectedIds);
    if (!found.isEmpty()) {
        QVERIFY(!found.constFirst().authors.isEmpty());
        QVERIFY(!found.constFirst().categories.isEmpty());
    }
}

void TstLibrary::hostileSearchTextIsHarmless_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedCount");

    QTest::newRow("quote, OR and parenthesis") << QStringLiteral("a\"b OR (") << 0;
    QTest::newRow("lone quote") << QStringLiteral("\"") << 0;
    QTest::newRow("star only") << QStringLiteral("*") << 0;
    QTest::newRow("NEAR group") << QStringLiteral("NEAR(dust grains, 2)") << 0;
    QTest::newRow("column filter") << QStringLiteral("title:dust") << 0;
    QTest::newRow("caret and minus") << QStringLiteral("^dust -grains") << 1;
    QTest::newRow("SQL injection") << QStringLiteral("'; DROP TABLE papers; --") << 0;
    QTest::newRow("operators around a word") << QStringLiteral("(lensing\" AND") << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("unbalanced quote before word") << QStringLiteral("\"lensing") << 1;
}

void TstLibrary::hostileSearchTextIsHarmless()
{
    QFETCH(QString, text);
    QFETCH(int, expectedCount);

    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);
    QVERIFY(library->storeDay(announcedDay()));

    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QCOMPARE(library->search(text).size(), expectedCount);
    QCOMPARE(library->daySummary(FirstDate)->paperCount, 3);
}

void TstLibrary::emptyDaysKeepStatusAndReason_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("holiday") << int(DayStatus::NoAnnouncement) << QString();
    QTest::newRow("not yet announced") << int(DayStatus::NotYetAnnounced) << QString();
    QTest::newRow("failed with reason")
        << int(DayStatus::Failed) << QStringLiteral("HTTP 503 from rss.arxiv.org — «réessayez»");
}

void TstLibrary::emptyDaysKeepStatusAndReason()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    const auto dayStatus = DayStatus(status);

    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);
    QVERIFY(library->storeDay(emptyDay(SecondDate, dayStatus, reason)));

    const QList<DaySummary> summaries = library->days();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.constFirst().date, SecondDate);
    QCOMPARE(summaries.constFirst().status, dayStatus);
    QCOMPARE(summaries.constFirst().reason, reason);
    QCOMPARE(summaries.constFirst().paperCount, 0);
    QCOMPARE(summaries.constFirst().categories, QStringList{QStringLiteral("astro-ph.GA")});
    QCOMPARE(library->day(SecondDate)->status, dayStatus);
    QVERIFY(library->day(SecondDate)->papers.isEmpty());
    QVERIFY(!library->isEmpty());
    QVERIFY(!library->latestAnnouncedDay());
}

void TstLibrary::daysAreListedNewestFirst()
{
    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);
    QVERIFY(library->storeDay(emptyDay(SecondDate, DayStatus::NoAnnouncement, QString())));
    QVERIFY(library->storeDay(announcedDay()));
    QVERIFY(library->storeDay(emptyDay(QDate(2026, 3, 9), DayStatus::Failed, QStringLiteral("x"))));

    const QList<DaySummary> summaries = library->days();

    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(0).date, QDate(2026, 3, 9));
    QCOMPARE(summaries.at(1).date, SecondDate);
    QCOMPARE(summaries.at(2).date, FirstDate);
    QCOMPARE(summaries.at(2).paperCount, 3);
    QCOMPARE(library->latestAnnouncedDay(), std::optional<QDate>(FirstDate));
}

void TstLibrary::paperIsDatedByItsFirstDay()
{
    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);
    Day later = announcedDay();
    later.date = SecondDate;
    QVERIFY(library->storeDay(later));
    QVERIFY(library->storeDay(announcedDay()));
    const QString id = announcedDay().papers.constFirst().id;

    QCOMPARE(library->firstListedDay(id), std::optional<QDate>(FirstDate));
    QCOMPARE(library->firstListedDay(QStringLiteral("2603.00000")), std::nullopt);
}

void TstLibrary::scoredCountComesFromLatestRun()
{
    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);
    QVERIFY(library->storeDay(announcedDay()));

    // Runs and scores are written by the scoring code; here they are planted by hand.
    const RawConnection raw(m_path);
    const QStringList statements = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("INSERT INTO runs (id, date, status, started_at) "
                       "VALUES (1, '2026-03-05', 'finished', '2026-03-05T06:00:00Z')"),
        QStringLiteral("INSERT INTO runs (id, date, status, started_at) "
                       "VALUES (2, '2026-03-05', 'finished', '2026-03-05T07:00:00Z')"),
        QStringLiteral("INSERT INTO scores (run_id, paper_id, status) VALUES "
                       "(1, '2603.03384', 'scored'), (1, '2603.04001', 'scored'), "
                       "(1, 'astro-ph/0603163', 'scored'), (2, '2603.03384', 'scored'), "
                       "(2, '2603.04001', 'failed'), (2, 'astro-ph/0603163', 'over-budget')"),
    };
    for (const QString &statement : statements) {
        QSqlQuery query(QSqlDatabase::database(raw.name(), false));
        QVERIFY2(query.exec(statement), qPrintable(statement));
    }

    QCOMPARE(library->daySummary(FirstDate)->scoredCount, 1);
    QCOMPARE(library->days().constFirst().scoredCount, 1);
    QCOMPARE(library->daySummary(FirstDate)->paperCount, 3);
}

void TstLibrary::fileLibraryUsesWal()
{
    const std::unique_ptr<Library> library = openLibrary();
    QVERIFY(library);

    const RawConnection raw(m_path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TstLibrary::memoryLibraryWorks()
{
    Result<std::unique_ptr<Library>> first = Library::open(QStringLiteral(":memory:"));
    Result<std::unique_ptr<Library>> second = Library::open(QStringLiteral(":memory:"));
    QVERIFY(first);
    QVERIFY(second);

    QVERIFY((*first)->storeDay(announcedDay()));

    QCOMPARE((*first)->days().size(), 1);
    QVERIFY((*second)->isEmpty());
    QCOMPARE((*first)->search(QStringLiteral("Hernandez")).size(), 1);
}

void TstLibrary::twoLibrariesShareOneFile()
{
    const std::unique_ptr<Library> first = openLibrary();
    const std::unique_ptr<Library> second = openLibrary();
    QVERIFY(first);
    QVERIFY(second);

    QVERIFY(first->storeDay(announcedDay()));
    QVERIFY(second->storeDay(emptyDay(SecondDate, DayStatus::NoAnnouncement, QString())));

    QCOMPARE(second->day(FirstDate)->papers.size(), 3);
    QCOMPARE(first->days().size(), 2);
    QCOMPARE(second->search(QStringLiteral("lensing")).size(), 1);
}

void TstLibrary::matchExpressionQuotesEveryWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("two words") << QStringLiteral("dark matter")
                               << QStringLiteral("\"dark\"* \"matter\"*");
    QTest::newRow("operators become words")
        << QStringLiteral("a\"b OR (") << QStringLiteral("\"a\"* \"b\"* \"OR\"*");
    QTest::newRow("accents kept") << QStringLiteral("Hernández")
                                  << QStringLiteral("\"Hernández\"*");
    QTest::newRow("punctuation only") << QStringLiteral("(*\"^)") << QString();
    QTest::newRow("arXiv id") << QStringLiteral("2603.03384")
                              << QStringLiteral("\"2603\"* \"03384\"*");
}

void TstLibrary::matchExpressionQuotesEveryWord()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(Sieve::Library::ftsMatchExpression(text), expected);
}

void TstLibrary::scriptSplitsOnStatementEnds_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two statements")
        << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
    QTest::newRow("semicolon in a comment")
        << QStringLiteral("-- a; b\nSELECT 1;") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("semicolon in quotes")
        << QStringLiteral("SELECT 'a;''b';/* c; */SELECT \"d;\"")
        << QStringList{QStringLiteral("SELECT 'a;''b'"), QStringLiteral("SELECT \"d;\"")};
    QTest::newRow("only comments") << QStringLiteral("-- nothing\n/* here */") << QStringList{};
}

void TstLibrary::scriptSplitsOnStatementEnds()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);

    QCOMPARE(Sieve::Library::Migrator::splitStatements(script), expected);
}

QTEST_GUILESS_MAIN(TstLibrary)
#include "tst_library.moc"
