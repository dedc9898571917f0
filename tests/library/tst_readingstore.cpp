// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/library.h>
#include <app/library/readingstore.h>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Sieve::Day;
using Sieve::Paper;
using Sieve::Library::Library;
using Sieve::Library::ReadingStore;
using Thumb = Sieve::Library::ReadingStore::Thumb;

Q_DECLARE_METATYPE(std::optional<int>)
Q_DECLARE_METATYPE(Thumb)

namespace {

const QString PaperId = QStringLiteral("2603.03384");
const QString Profile = QStringLiteral("galaxies");
const QString OtherProfile = QStringLiteral("exoplanets");

std::unique_ptr<Library> libraryWithOnePaper(const QString &path)
{
    auto library = Library::open(path);
    if (!library) {
        return {};
    }
    Paper paper;
    paper.id = PaperId;
    paper.version = 1;
    paper.title = QStringLiteral("A paper");
    Day day;
    day.date = QDate(2026, 3, 5);
    day.categories = {QStringLiteral("astro-ph.GA")};
    day.papers = {paper};
    day.listings = {{paper.id, QStringLiteral("astro-ph.GA"), Sieve::AnnounceType::New}};
    if (!library.value()->storeDay(day)) {
        return {};
    }
    return std::move(library).value();
}

} // namespace

class TstReadingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untouchedPaperHasTheDefaultState();
    void starsAndReadMarksAreSavedAndCleared();
    void ratingsOutsideOneToFiveAreRefused_data();
    void ratingsOutsideOneToFiveAreRefused();
    void thumbsStepTheRating_data();
    void thumbsStepTheRating();
    void notesAreTrimmedAndEmptyRemovesThem();
    void unknownPaperIsRefused();
    void stateSurvivesReopeningTheLibrary();
    void statesOfManyPapersComeInOneCall();
    void ratingsBelongToTheProfileTheyWereGivenUnder();
    void aStarIsSharedButTeachesOnlyItsProfile();
    void emptyProfileNameMeansTheDefaultProfile();
};

void TstReadingStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstReadingStore::untouchedPaperHasTheDefaultState()
{
    const auto library = libraryWithOnePaper(QStringLiteral(":memory:"));
    QVERIFY(library);

    const auto state = library->reading().state(Profile, PaperId);
    QVERIFY(!state.starred);
    QVERIFY(!state.isRead());
    QVERIFY(!state.rating);
    QVERIFY(state.note.isEmpty());
}

void TstReadingStore::starsAndReadMarksAreSavedAndCleared()
{
    const auto library = libraryWithOnePaper(QStringLiteral(":memory:"));
    QVERIFY(library);
    ReadingStore &reading = library->reading();
    const QDateTime at = QDateTime(QDate(2026, 3, 6), QTime(8, 15, 0), Qt::UTC);

    QVERIFY(reading.setStarred(Profile, PaperId, true));
    QVERIFY(reading.setReadAt(PaperId, at));
    QVERIFY(reading.state(Profile, PaperId).starred);
    QCOMPARE(reading.state(Profile, PaperId).readAt, at);

    QVERIFY(reading.setStarred(Profile, PaperId, false));
    QVERIFY(reading.setReadAt(PaperId, {}));
    QVERIFY(!reading.state(Profile, PaperId).starred);
    QVERIFY(!reading.state(Profile, PaperId).isRead());
}

void TstReadingStore::ratingsOutsideOneToFiveAreRefused_data()
{
    QTest::addColumn<std::optional<int>>("rating");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("none") << std::optional<int>() << true;
    QTest::newRow("one") << std::optional<int>(1) << true;
    QTest::newRow("five") << std::optional<int>(5) << true;
    QTest::newRow("zero") << std::optional<int>(0) << false;
    QTest::newRow("six") << std::optional<int>(6) << false;
}

void TstReadingStore::ratingsOutsideOneToFiveAreRefused()
{
    QFETCH(std::optional<int>, rating);
    QFETCH(bool, accepted);

    const auto library = libraryWithOnePaper(QStringLiteral(":memory:"));
    QVERIFY(library);
    QVERIFY(library->reading().setRating(Profile, PaperId, 3));

    const auto result = library->reading().setRating(Profile, PaperId, rating);

    QCOMPARE(result.isOk(), accepted);
    QCOMPARE(library->reading().state(Profile, PaperId).rating,
             accepted ? rating : std::optional<int>(3));
}

void TstReadingStore::thumbsStepTheRating_data()
{
    QTest::addColumn<std::optional<int>>("before");
    QTest::addColumn<Thumb>("thumb");
    QTest::addColumn<int>("after");

    QTest::newRow("first up") << std::optional<int>() << Thumb::Up << 4;
    QTest::newRow("first down") << std::optional<int>() << Thumb::Down << 2;
    QTest::newRow("up to five") << std::optional<int>(4) << Thumb::Up << 5;
    QTest::newRow("five stays") << std::optional<int>(5) << Thumb::Up << 5;
    QTest::newRow("down stops at two") << std::optional<int>(2) << Thumb::Down << 2;
    QTest::newRow("not interested stays") << std::optional<int>(1) << Thumb::Down << 1;
    QTest::newRow("up from not interested") << std::optional<int>(1) << Thumb::Up << 2;
    QTest::newRow("back to neutral") << std::optional<int>(4) << Thumb::Down << 3;
}

void TstReadingStore::thumbsStepTheRating()
{
    QFETCH(std::optional<int>, before);
    QFETCH(Thumb, thumb);
    QFETCH(int, after);

    const auto library = libraryWithOnePaper(QStringLiteral(":memory:"));
    QVERIFY(library);
    QVERIFY(library->reading().setRating(Profile, PaperId, before));

    const auto rated = library->reading().rate(Profile, PaperId, thumb);

    QVERIFY(rated);
    QCOMPARE(rated.value(), after);
    QCOMPARE(library->reading().state(Profile, PaperId).rating, std::optional<int>(after));
}

void TstReadingStore::notesAreTrimmedAndEmptyRemovesThem()
{
    const auto library = libraryWithOnePaper(QStringLiteral(":memory:"));
    QVERIFY(library);

    QVERIFY(library->reading().setNote(PaperId, QStringLiteral("  compare with Fig. 3 \n")));
    QCOMPARE(library->reading().state(Profile, PaperId).note,
             QStringLiteral("compare with Fig. 3"));

    QVERIFY(library->reading().setNote(PaperId, QStringLiteral("   ")));
    QVERIFY(library->reading().state(Profile, PaperId).note.isEmpty());
}

void TstReadingStore::unknownPaperIsRefused()
{
    const auto library = libraryWithOnePaper(QStringLiteral(":memory:"));
    QVERIFY(library);

    const auto result = library->reading().setStarred(Profile, QStringLiteral("9999.99999"), true);

    QVERIFY(!result);
    QCOMPARE(result.error().code(), Sieve::Error::Code::InvalidInput);
    QVERIFY(!result.error().userMessage().isEmpty());
}

void TstReadingStore::stateSurvivesReopeningTheLibrary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        const auto library = libraryWithOnePaper(path);
        QVERIFY(library);
        QVERIFY(library->reading().setStarred(Profile, PaperId, true));
        QVERIFY(library->reading().rate(Profile, PaperId, Thumb::Up));
        QVERIFY(library->reading().setNote(PaperId, QStringLiteral("read again")));
    }

    const auto reopened = Library::open(path);
    QVERIFY(reopened);
    const auto state = reopened.value()->reading().state(Profile, PaperId);
    QVERIFY(state.starred);
    QCOMPARE(state.rating, std::optional<int>(4));
    QCOMPARE(state.note, QStringLiteral("read again"));
}

void TstReadingStore::statesOfManyPapersComeInOneCall()
{
    const auto library = libraryWithOnePaper(QStringLiteral(":memory:"));
    QVERIFY(library);
    QVERIFY(library->reading().setStarred(Profile, PaperId, true));

    const auto states = library->reading().states(
        Profile, {PaperId, QStringLiteral("2603.99999"), QStringLiteral("x'y")});

    QCOMPARE(states.size(), 1);
    QVERIFY(states.value(PaperId).starred);
    QVERIFY(library->reading().states(Profile, {}).isEmpty());
}

void TstReadingStore::ratingsBelongToTheProfileTheyWereGivenUnder()
{
    const auto library = libraryWithOnePaper(QStringLiteral(":memory:"));
    QVERIFY(library);
    ReadingStore &reading = library->reading();

    QVERIFY(reading.setRating(Profile, PaperId, ReadingStore::NotInterested));
    QVERIFY(reading.rate(OtherProfile, PaperId, Thumb::Up));

    QCOMPARE(reading.state(Profile, PaperId).rating, std::optional<int>(1));
    QCOMPARE(reading.state(OtherProfile, PaperId).rating, std::optional<int>(4));
    QVERIFY(!reading.state(QStringLiteral("third"), PaperId).rating);
    QCOMPARE(reading.ratedPapers(Profile).size(), 1);
    QCOMPARE(reading.ratedPapers(Profile).constFirst().rating, std::optional<int>(1));
    QVERIFY(reading.ratedPapers(QStringLiteral("third")).isEmpty());

    QVERIFY(reading.setRating(Profile, PaperId, std::nullopt));
    QVERIFY(!reading.state(Profile, PaperId).rating);
    QVERIFY(reading.ratedPapers(Profile).isEmpty());
    QCOMPARE(reading.state(OtherProfile, PaperId).rating, std::optional<int>(4));
}

void TstReadingStore::aStarIsSharedButTeachesOnlyItsProfile()
{
    const auto library = libraryWithOnePaper(QStringLiteral(":memory:"));
    QVERIFY(library);
    ReadingStore &reading = library->reading();

    QVERIFY(reading.setStarred(Profile, PaperId, true));

    QVERIFY(reading.state(Profile, PaperId).starred);
    QVERIFY(reading.state(OtherProfile, PaperId).starred); // a bookmark, whatever the profile
    QCOMPARE(reading.ratedPapers(Profile).size(), 1);
    QVERIFY(reading.ratedPapers(Profile).constFirst().starred);
    QVERIFY(reading.ratedPapers(OtherProfile).isEmpty());

    // Taken back under another profile: the star and its lesson are gone everywhere.
    QVERIFY(reading.setStarred(OtherProfile, PaperId, false));
    QVERIFY(!reading.state(Profile, PaperId).starred);
    QVERIFY(reading.ratedPapers(Profile).isEmpty());
}

void TstReadingStore::emptyProfileNameMeansTheDefaultProfile()
{
    const auto library = libraryWithOnePaper(QStringLiteral(":memory:"));
    QVERIFY(library);

    QVERIFY(library->reading().rate(QString(), PaperId, Thumb::Down));

    QCOMPARE(library->reading().state(QStringLiteral("default"), PaperId).rating,
             std::optional<int>(2));
}

QTEST_GUILESS_MAIN(TstReadingStore)

#include "tst_readingstore.moc"
