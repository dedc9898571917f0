// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/readingstore.h>
#include <app/library/runstore.h>

#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using Sieve::Day;
using Sieve::Paper;
using Sieve::Library::Library;
using Sieve::Library::ProfileStore;
using Sieve::Library::RunStore;

namespace {

const QString PaperId = QStringLiteral("2603.03384");
const QString OtherPaperId = QStringLiteral("2603.03385");
const QString Galaxies = QStringLiteral("galaxies");
const QString Exoplanets = QStringLiteral("exoplanets");
const QDate Date(2026, 3, 5);

std::unique_ptr<Library> libraryWithTwoProfiles()
{
    auto library = Library::open(QStringLiteral(":memory:"));
    if (!library) {
        return {};
    }
    Day day;
    day.date = Date;
    day.categories = {QStringLiteral("astro-ph.GA")};
    for (const QString &id : {PaperId, OtherPaperId}) {
        Paper paper;
        paper.id = id;
        paper.version = 1;
        paper.title = QStringLiteral("A paper");
        day.papers.append(paper);
        day.listings.append({id, QStringLiteral("astro-ph.GA"), Sieve::AnnounceType::New});
    }
    ProfileStore profiles(*library.value());
    const QJsonObject settings{{QStringLiteral("relevanceCutoff"), 6}};
    if (!library.value()->storeDay(day)
        || !profiles.save(
            {Galaxies, {QStringLiteral("astro-ph.GA")}, QStringLiteral("1. Dwarfs"), settings})
        || !profiles.save({Exoplanets, {QStringLiteral("astro-ph.EP")}, {}, {}})) {
        return {};
    }
    return std::move(library).value();
}

// A rating, a star and a scheduled day under `profile`, and one LLM run of it.
qint64 useProfile(Library &library, const QString &profile)
{
    RunStore runs(library);
    Sieve::Library::RunRecord run;
    run.date = Date;
    run.profile = profile;
    run.model = QStringLiteral("gpt-4.1-mini");
    const auto id = runs.createRun(run);
    if (!library.reading().setRating(profile, PaperId, 5)
        || !library.reading().setStarred(profile, OtherPaperId, true)
        || !runs.recordScheduled(profile, Date, QStringLiteral("ran")) || !id) {
        return 0;
    }
    return id.value();
}

} // namespace

class TstProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesAreTrimmedAndUniqueInAnyCase_data();
    void namesAreTrimmedAndUniqueInAnyCase();
    void renamingCarriesRatingsStarsRunsAndScheduledDays();
    void renamingToATakenNameChangesNothing();
    void deletingRemovesRatingsAndScheduleButKeepsRunsAndStars();
    void theOnlyProfileIsNeverDeleted();
    void aDuplicateHasEverythingButTheStars();
    void aNewProfileInheritsNothingLeftUnderItsName();
    void ensureStoresAMissingProfileAndKeepsAnExistingOne();
};

void TstProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstProfileStore::namesAreTrimmedAndUniqueInAnyCase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("keeping");
    QTest::addColumn<QString>("accepted"); // empty: refused

    QTest::newRow("new name") << QStringLiteral("cs.LG") << QString() << QStringLiteral("cs.LG");
    QTest::newRow("spaces around") << QStringLiteral("  Machine learning \t") << QString()
                                   << QStringLiteral("Machine learning");
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString() << QString();
    QTest::newRow("taken") << Galaxies << QString() << QString();
    QTest::newRow("taken in another case") << QStringLiteral("Galaxies ") << QString() << QString();
    QTest::newRow("renamed to itself") << Galaxies << Galaxies << Galaxies;
    QTest::newRow("renamed to another case")
        << QStringLiteral("Galaxies") << Galaxies << QStringLiteral("Galaxies");
    QTest::newRow("renamed to another's name") << Exoplanets << Galaxies << QString();
}

void TstProfileStore::namesAreTrimmedAndUniqueInAnyCase()
{
    QFETCH(QString, name);
    QFETCH(QString, keeping);
    QFETCH(QString, accepted);
    const auto library = libraryWithTwoProfiles();
    QVERIFY(library);

    const auto checked = ProfileStore(*library).checkName(name, keeping);
    QCOMPARE(bool(checked), !accepted.isEmpty());
    if (checked) {
        QCOMPARE(checked.value(), accepted);
    } else {
        QVERIFY(!checked.error().userMessage().isEmpty());
    }
}

void TstProfileStore::renamingCarriesRatingsStarsRunsAndScheduledDays()
{
    const auto library = libraryWithTwoProfiles();
    QVERIFY(library);
    const qint64 runId = useProfile(*library, Galaxies);
    QVERIFY(runId > 0);
    ProfileStore profiles(*library);
    const QDateTime created = profiles.createdAt(Galaxies);
    QVERIFY(created.isValid());

    const QString renamed = QStringLiteral("Dwarf galaxies");
    QVERIFY(profiles.rename(Galaxies, QStringLiteral("  Dwarf galaxies ")));

    QVERIFY(!profiles.profile(Galaxies));
    const auto stored = profiles.profile(renamed);
    QVERIFY(stored);
    QCOMPARE(stored->criteria, QStringLiteral("1. Dwarfs"));
    QCOMPARE(profiles.createdAt(renamed), created);
    QCOMPARE(library->reading().state(renamed, PaperId).rating, std::optional<int>(5));
    QCOMPARE(library->reading().ratedPapers(renamed).size(), 2); // the rating and the star
    QVERIFY(library->reading().ratedPapers(Galaxies).isEmpty());
    RunStore runs(*library);
    QCOMPARE(runs.scheduledOutcome(renamed, Date), QStringLiteral("ran"));
    QVERIFY(runs.scheduledOutcome(Galaxies, Date).isEmpty());
    QCOMPARE(runs.run(runId)->profile, renamed);
    QCOMPARE(profiles.footprint(renamed).runs, 1);
}

void TstProfileStore::renamingToATakenNameChangesNothing()
{
    const auto library = libraryWithTwoProfiles();
    QVERIFY(library);
    QVERIFY(useProfile(*library, Galaxies) > 0);
    ProfileStore profiles(*library);

    QVERIFY(!profiles.rename(Galaxies, QStringLiteral("Exoplanets")));
    QVERIFY(!profiles.rename(QStringLiteral("nobody"), QStringLiteral("somebody")));

    QVERIFY(profiles.profile(Galaxies));
    QCOMPARE(library->reading().ratedPapers(Galaxies).size(), 2);
    QVERIFY(library->reading().ratedPapers(Exoplanets).isEmpty());
    QCOMPARE(profiles.profiles().size(), 2);
}

void TstProfileStore::deletingRemovesRatingsAndScheduleButKeepsRunsAndStars()
{
    const auto library = libraryWithTwoProfiles();
    QVERIFY(library);
    QVERIFY(useProfile(*library, Exoplanets) > 0);
    const qint64 runId = useProfile(*library, Galaxies); // the star is given under galaxies now
    QVERIFY(runId > 0);
    ProfileStore profiles(*library);
    const auto footprint = profiles.footprint(Galaxies);
    QCOMPARE(footprint.ratings, 1);
    QCOMPARE(footprint.runs, 1);

    QVERIFY(profiles.remove(Galaxies));

    QVERIFY(!profiles.profile(Galaxies));
    QVERIFY(library->reading().ratedPapers(Galaxies).isEmpty());
    QVERIFY(RunStore(*library).scheduledOutcome(Galaxies, Date).isEmpty());
    // The run and its cost stay, under no profile; the star stays on the paper.
    const auto run = RunStore(*library).run(runId);
    QVERIFY(run);
    QVERIFY(run->profile.isEmpty());
    QVERIFY(library->reading().state(Exoplanets, OtherPaperId).starred);
    QCOMPARE(library->reading().ratedPapers(Exoplanets).size(), 1); // a bookmark, no lesson
    // The other profile keeps what it was taught.
    QCOMPARE(library->reading().state(Exoplanets, PaperId).rating, std::optional<int>(5));
    QCOMPARE(RunStore(*library).scheduledOutcome(Exoplanets, Date), QStringLiteral("ran"));

    QVERIFY(!profiles.remove(Galaxies)); // gone already
}

void TstProfileStore::theOnlyProfileIsNeverDeleted()
{
    const auto library = libraryWithTwoProfiles();
    QVERIFY(library);
    ProfileStore profiles(*library);
    QVERIFY(profiles.remove(Exoplanets));

    const auto refused = profiles.remove(Galaxies);
    QVERIFY(!refused);
    QVERIFY(refused.error().userMessage().contains(Galaxies));
    QVERIFY(profiles.profile(Galaxies));
}

void TstProfileStore::aDuplicateHasEverythingButTheStars()
{
    const auto library = libraryWithTwoProfiles();
    QVERIFY(library);
    QVERIFY(useProfile(*library, Galaxies) > 0);
    ProfileStore profiles(*library);
    const QString copy = QStringLiteral("galaxies (copy)");

    QVERIFY(profiles.duplicate(Galaxies, copy));
    QVERIFY(!profiles.duplicate(Galaxies, Exoplanets));
    QVERIFY(!profiles.duplicate(QStringLiteral("nobody"), QStringLiteral("somebody")));

    const auto original = profiles.profile(Galaxies);
    const auto duplicated = profiles.profile(copy);
    QVERIFY(duplicated);
    QCOMPARE(duplicated->categories, original->categories);
    QCOMPARE(duplicated->criteria, original->criteria);
    QCOMPARE(duplicated->settings, original->settings);
    QCOMPARE(library->reading().state(copy, PaperId).rating, std::optional<int>(5));
    QVERIFY(RunStore(*library).scheduledOutcome(copy, Date).isEmpty());
    QCOMPARE(library->reading().ratedPapers(copy).size(), 1); // the star stays with galaxies

    // From now on each learns on its own.
    QVERIFY(library->reading().setRating(copy, PaperId, 1));
    QCOMPARE(library->reading().state(Galaxies, PaperId).rating, std::optional<int>(5));
}

void TstProfileStore::aNewProfileInheritsNothingLeftUnderItsName()
{
    const auto library = libraryWithTwoProfiles();
    QVERIFY(library);
    const QString name = QStringLiteral("cs.LG");
    // What a profile of that name left before profiles were deleted with their ratings.
    QVERIFY(library->reading().setRating(name, PaperId, 5));
    QVERIFY(library->reading().setStarred(name, OtherPaperId, true));
    QVERIFY(RunStore(*library).recordScheduled(name, Date, QStringLiteral("ran")));
    ProfileStore profiles(*library);

    QVERIFY(profiles.create({QStringLiteral(" cs.LG "), {QStringLiteral("cs.LG")}, {}, {}}));
    QVERIFY(!profiles.create({QStringLiteral("CS.lg"), {}, {}, {}}));

    QVERIFY(profiles.profile(name));
    QVERIFY(library->reading().ratedPapers(name).isEmpty());
    QVERIFY(RunStore(*library).scheduledOutcome(name, Date).isEmpty());
    QVERIFY(profiles.createdAt(name).isValid());
}

void TstProfileStore::ensureStoresAMissingProfileAndKeepsAnExistingOne()
{
    const auto library = libraryWithTwoProfiles();
    QVERIFY(library);
    ProfileStore profiles(*library);

    QVERIFY(profiles.ensure(QStringLiteral("default")));
    QVERIFY(profiles.ensure(Galaxies));

    QCOMPARE(profiles.profiles().size(), 3);
    QVERIFY(profiles.profile(QStringLiteral("default"))->settings.isEmpty());
    QCOMPARE(profiles.profile(Galaxies)->criteria, QStringLiteral("1. Dwarfs"));
}

QTEST_GUILESS_MAIN(TstProfileStore)
#include "tst_profilestore.moc"
