// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/ranker/criteria.h>
#include <app/ranker/localranker.h>
#include <app/ranker/termmap.h>
#include <app/ranker/tokenizer.h>

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QThreadPool>

using Sieve::Paper;
using Sieve::Ranker::Contribution;
using Sieve::Ranker::Criteria;
using Sieve::Ranker::LocalRanker;
using Sieve::Ranker::RankedPaper;
using Sieve::Ranker::RatedPaper;
using Sieve::Ranker::Rating;

namespace {

Paper paper(const char *id, const QString &title, const QString &abstract)
{
    Paper p;
    p.id = QString::fromLatin1(id);
    p.title = title;
    p.abstract = abstract;
    return p;
}

QList<Paper> sampleDay()
{
    return {
        paper("2601.00001",
              QStringLiteral("Quenching of star formation in dwarf satellite galaxies"),
              QStringLiteral("We measure quenched fractions of dwarf satellites around Milky Way "
                             "analogues and find environmental quenching is efficient.")),
        paper("2601.00002",
              QStringLiteral("Transmission spectra of hot Jupiter exoplanet "
                             "atmospheres"),
              QStringLiteral("We detect water and sodium in the atmospheres of three exoplanets "
                             "with $R \\sim 10^5$ spectroscopy.")),
        paper("2601.00003",
              QStringLiteral("Graph neural networks for photometric redshifts"),
              QStringLiteral("A neural network trained on survey photometry predicts redshifts; "
                             "the network outperforms template fitting.")),
        paper("2601.00004",
              QStringLiteral("Simulations of planet formation in protoplanetary "
                             "disks"),
              QStringLiteral("Hydrodynamic simulations follow planet formation and pebble "
                             "accretion in protoplanetary disks.")),
        paper("2601.00005",
              QStringLiteral("High-resolution simulations of dwarf galaxies with "
                             "cosmic rays"),
              QStringLiteral("We present new cosmological zoom simulations of dwarf galaxies "
                             "including cosmic ray transport and radiation.")),
        paper("2601.00006",
              QStringLiteral("Radio variability of blazars"),
              QStringLiteral("We monitor blazars at 15 GHz and characterise their variability.")),
    };
}

QStringList ids(const QList<RankedPaper> &ranked)
{
    QStringList result;
    for (const RankedPaper &p : ranked) {
        result.append(p.id);
    }
    return result;
}

int positionOf(const QList<RankedPaper> &ranked, const char *id)
{
    return int(ids(ranked).indexOf(QString::fromLatin1(id)));
}

Criteria criteriaFrom(const char *markdown)
{
    return Criteria::parse(QString::fromUtf8(markdown));
}

} // namespace

class TestLocalRanker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenKeyIsTheKeyOfTheStem_data();
    void tokenKeyIsTheKeyOfTheStem();
    void termMapFindsEveryKeyAndOnlyThose();
    void parserReadsTopicsNotesAndKeywords();
    void rankingIsDeterministic();
    void aLargeDayRanksTheSameOnAnyNumberOfThreads();
    void criteriaPickTheMatchingPaper_data();
    void criteriaPickTheMatchingPaper();
    void irrelevantNotesDemoteMatchingPapers();
    void ratingMovesTheRatedPapersNeighbours();
    void emptyInputsGiveEmptyOrNeutralRankings_data();
    void emptyInputsGiveEmptyOrNeutralRankings();
    void nonEnglishTextIsRanked();
    void explanationNamesWordsOfThePaper();
    void explanationKeepsHyphenatedWordsWhole_data();
    void explanationKeepsHyphenatedWordsWhole();
    void backgroundTeachesATopicItsFieldsWords();
    void likedPapersFormATopicOfTheirOwn();
    void ratingsGivenBeforeTheBackgroundCountAsIfGivenAfter_data();
    void ratingsGivenBeforeTheBackgroundCountAsIfGivenAfter();
    void ratingsTeachWhichTopicMatters_data();
    void ratingsTeachWhichTopicMatters();
    void semanticSpaceFindsAPaperThatSharesNoWordWithATopic_data();
    void semanticSpaceFindsAPaperThatSharesNoWordWithATopic();
    void aSecondInterestIsNotBlurredIntoTheFirst_data();
    void aSecondInterestIsNotBlurredIntoTheFirst();
    void aTopicsClearBestPaperStaysInSight_data();
    void aTopicsClearBestPaperStaysInSight();
};

// The tokenizer derives a stem's key from the hashes of the word's prefixes; it must be the
// key that stem() and termKey() give, which the criteria side uses.
// Days of more than a few chunks of papers are analysed on the thread pool; the scores and
// explanations must not depend on how many threads share the work.
void TestLocalRanker::aLargeDayRanksTheSameOnAnyNumberOfThreads()
{
    const Criteria criteria = criteriaFrom("1. Dwarf galaxies\n   - Relevant: quenching, "
                                           "simulations of dwarf galaxies\n");
    const QList<Paper> models = sampleDay();
    QList<Paper> day;
    for (int i = 0; i < 400; ++i) {
        const Paper &model = models.at(i % models.size());
        day.append(paper(qPrintable(QStringLiteral("2601.%1").arg(i, 5, 10, QLatin1Char('0'))),
                         model.title + QStringLiteral(" %1").arg(i),
                         model.abstract + QStringLiteral(" sample%1 dwarf").arg(i % 7)));
    }
    LocalRanker ranker(criteria);
    ranker.setBackground(day);
    ranker.addRating(day.at(0), Rating::ThumbsUp);
    ranker.addRating(day.at(1), Rating::ThumbsDown);
    QThreadPool *pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();

    pool->setMaxThreadCount(1);
    const QList<RankedPaper> few = ranker.rank(day);
    pool->setMaxThreadCount(8);
    const QList<RankedPaper> many = ranker.rank(day);
    pool->setMaxThreadCount(threads);

    QCOMPARE(ids(few), ids(many));
    for (qsizetype i = 0; i < few.size(); ++i) {
        QVERIFY2(few.at(i).score == many.at(i).score, qPrintable(few.at(i).id));
        QCOMPARE(few.at(i).why.size(), many.at(i).why.size());
        for (qsizetype r = 0; r < few.at(i).why.size(); ++r) {
            QCOMPARE(few.at(i).why.at(r).label, many.at(i).why.at(r).label);
            QVERIFY(few.at(i).why.at(r).weight == many.at(i).why.at(r).weight);
        }
    }
}

void TestLocalRanker::tokenKeyIsTheKeyOfTheStem_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");

    QTest::newRow("ies becomes y") << QStringLiteral("galaxies") << QStringLiteral("galaxy");
    QTest::newRow("ed dropped") << QStringLiteral("quenched") << QStringLiteral("quench");
    QTest::newRow("plural s") << QStringLiteral("Stars") << QStringLiteral("star");
    QTest::newRow("unchanged") << QStringLiteral("cusp") << QStringLiteral("cusp");
    QTest::newRow("plural of a word in o") << QStringLiteral("halos") << QStringLiteral("halo");
    QTest::newRow("accented") << QStringLiteral("Étoiles") << QStringLiteral("étoil");
    QTest::newRow("too long to stem")
        << QString(70, QLatin1Char('s')) << QString(70, QLatin1Char('s'));
}

void TestLocalRanker::tokenKeyIsTheKeyOfTheStem()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);

    const QList<Sieve::Ranker::Token> tokens = Sieve::Ranker::tokenize(word).tokens;

    QCOMPARE(tokens.size(), 1);
    QCOMPARE(Sieve::Ranker::stem(word.toCaseFolded()), stem);
    QCOMPARE(tokens.first().key, Sieve::Ranker::termKey(stem));
}

void TestLocalRanker::termMapFindsEveryKeyAndOnlyThose()
{
    Sieve::Ranker::TermMap<int> map;
    for (quint64 key = 1; key <= 5000; ++key) {
        map[key * 7919] += int(key);
    }
    ++map[7919];

    QCOMPARE(map.size(), std::size_t(5000));
    QCOMPARE(map.value(7919), 2);
    QCOMPARE(map.value(4999 * 7919), 4999);
    QCOMPARE(map.value(3), 0);
    QVERIFY(map.find(5001 * 7919) == nullptr);
}

void TestLocalRanker::parserReadsTopicsNotesAndKeywords()
{
    QFile file(QStringLiteral(PAPERSIEVE_TEST_DATA "/labels/criteria-astro.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));

    const Criteria criteria = Criteria::parse(QString::fromUtf8(file.readAll()));

    QCOMPARE(criteria.topics.size(), 7);
    QCOMPARE(criteria.topics.first().title, QStringLiteral("Near-Field Cosmology"));
    QVERIFY(criteria.topics.first().irrelevant.contains(QStringLiteral("Galactic center")));
    QVERIFY(criteria.topics.at(1).irrelevant.isEmpty());
    QVERIFY(criteria.keywords.contains(QStringLiteral("core-cusp")));
    QVERIFY(criteria.negativeKeywords.contains(QStringLiteral("TDE")));
    QVERIFY(!criteria.topics.last().relevant.contains(QStringLiteral("Novelty")));
}

void TestLocalRanker::rankingIsDeterministic()
{
    const Criteria criteria = criteriaFrom("1. Dwarf galaxies\n   - Relevant: quenching, "
                                           "simulations of dwarf galaxies\n");
    LocalRanker first(criteria);
    LocalRanker second(criteria);
    first.addRating(sampleDay().at(3), Rating::ThumbsDown);
    second.addRating(sampleDay().at(3), Rating::ThumbsDown);

    const QList<RankedPaper> a = first.rank(sampleDay());
    const QList<RankedPaper> b = second.rank(sampleDay());

    QCOMPARE(ids(a), ids(b));
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).score, b.at(i).score);
    }
}

void TestLocalRanker::criteriaPickTheMatchingPaper_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QString>("expectedFirst");

    QTest::newRow("dwarf quenching") << QStringLiteral(
        "1. Quenching\n   - Relevant: quenching of star formation in dwarf satellites\n")
                                     << QStringLiteral("2601.00001");
    QTest::newRow("exoplanet atmospheres") << QStringLiteral(
        "1. Exoplanets\n   - Relevant: exoplanet atmospheres and transmission spectra\n")
                                           << QStringLiteral("2601.00002");
    QTest::newRow("machine learning") << QStringLiteral(
        "## Topics\n1. Machine learning\n   - Relevant: neural networks for redshifts\n")
                                      << QStringLiteral("2601.00003");
    QTest::newRow("plain paragraph") << QStringLiteral("I read about blazar variability in "
                                                       "radio bands.")
                                     << QStringLiteral("2601.00006");
}

void TestLocalRanker::criteriaPickTheMatchingPaper()
{
    QFETCH(QString, criteria);
    QFETCH(QString, expectedFirst);

    const LocalRanker ranker(Criteria::parse(criteria));
    const QList<RankedPaper> ranked = ranker.rank(sampleDay());

    QCOMPARE(ranked.first().id, expectedFirst);
}

void TestLocalRanker::irrelevantNotesDemoteMatchingPapers()
{
    const QList<Paper> day{
        paper("2601.00011",
              QStringLiteral("Simulations of planet formation"),
              QStringLiteral("Simulations of formation in protoplanetary disks.")),
        paper("2601.00012",
              QStringLiteral("Simulations of galaxy formation"),
              QStringLiteral("Simulations of formation in cosmological volumes.")),
        sampleDay().at(2),
        sampleDay().at(5),
    };
    const LocalRanker plain(criteriaFrom("1. Simulations\n   - Relevant: simulations of "
                                         "formation\n"));
    const LocalRanker withNote(
        criteriaFrom("1. Simulations\n   - Relevant: simulations of formation\n"
                     "   - Irrelevant: planet formation and protoplanetary disks\n"));
    const auto gap = [](const QList<RankedPaper> &ranked) {
        double planet = 0.0;
        double galaxy = 0.0;
        for (const RankedPaper &p : ranked) {
            planet += p.id == QLatin1String("2601.00011") ? p.score : 0.0;
            galaxy += p.id == QLatin1String("2601.00012") ? p.score : 0.0;
        }
        return planet - galaxy;
    };

    const QList<RankedPaper> before = plain.rank(day);
    const QList<RankedPaper> after = withNote.rank(day);

    QVERIFY(gap(after) < gap(before));
    QVERIFY(positionOf(after, "2601.00011") > positionOf(after, "2601.00012"));
}

void TestLocalRanker::ratingMovesTheRatedPapersNeighbours()
{
    LocalRanker ranker(criteriaFrom("1. Astronomy\n   - Relevant: observations\n"));
    const QList<Paper> day = sampleDay();
    const Paper neighbour = paper("2601.00099",
                                  QStringLiteral("Atmospheres of exoplanets from transmission "
                                                 "spectroscopy"),
                                  QStringLiteral("Water and sodium absorption in hot Jupiter "
                                                 "exoplanet atmospheres."));
    const QList<Paper> withNeighbour = day + QList<Paper>{neighbour};
    const int before = positionOf(ranker.rank(withNeighbour), "2601.00099");

    ranker.addRating(day.at(1), Rating::Star);
    ranker.addRating(day.at(5), Rating::NotInterested);
    ranker.addRating(day.at(2), Rating::ThumbsDown);
    const int after = positionOf(ranker.rank(withNeighbour), "2601.00099");

    QCOMPARE(ranker.ratingCount(), 3);
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QVERIFY(after < positionOf(ranker.rank(withNeighbour), "2601.00003"));
}

void TestLocalRanker::emptyInputsGiveEmptyOrNeutralRankings_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<bool>("emptyDay");

    QTest::newRow("empty criteria") << QString() << false;
    QTest::newRow("only scoring guidance")
        << QStringLiteral("## Scoring\n- Relevance 9-10: all\n") << false;
    QTest::newRow("empty day") << QStringLiteral("1. Galaxies\n   - Relevant: galaxies\n") << true;
}

void TestLocalRanker::emptyInputsGiveEmptyOrNeutralRankings()
{
    QFETCH(QString, criteria);
    QFETCH(bool, emptyDay);

    const LocalRanker ranker(Criteria::parse(criteria));
    const QList<Paper> papers = emptyDay ? QList<Paper>() : sampleDay();
    const QList<RankedPaper> ranked = ranker.rank(papers);

    QCOMPARE(ranked.size(), papers.size());
    for (const RankedPaper &p : ranked) {
        QCOMPARE(p.score, 0.0);
        QVERIFY(p.why.isEmpty());
    }
    QStringList sorted = ids(ranked);
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(ids(ranked), sorted);
}

void TestLocalRanker::nonEnglishTextIsRanked()
{
    const QList<Paper> papers{
        paper("2601.10001",
              QStringLiteral("Zwerggalaxien und ihre Sternentstehung"),
              QStringLiteral("Wir untersuchen Zwerggalaxien im Virgohaufen.")),
        paper("2601.10002",
              QStringLiteral("矮星系的恒星形成历史"),
              QStringLiteral("我们研究了本星系群中的矮星系。")),
        paper("2601.10003",
              QStringLiteral("Ψυχρή σκοτεινή ύλη"),
              QStringLiteral("Μελετάμε τη σκοτεινή ύλη.")),
    };
    const LocalRanker ranker(criteriaFrom("1. Zwerggalaxien\n   - Relevant: Zwerggalaxien, "
                                          "Sternentstehung\n"));

    const QList<RankedPaper> ranked = ranker.rank(papers);

    QCOMPARE(ranked.size(), 3);
    QCOMPARE(ranked.first().id, QStringLiteral("2601.10001"));
    QVERIFY(!ranked.first().why.isEmpty());
}

void TestLocalRanker::explanationNamesWordsOfThePaper()
{
    LocalRanker ranker(criteriaFrom("1. Dwarf galaxies\n   - Relevant: quenching of dwarf "
                                    "galaxies, simulations with cosmic rays\n"
                                    "   - Irrelevant: protoplanetary disks\n"));
    ranker.addRating(sampleDay().at(1), Rating::ThumbsUp);
    ranker.addRating(sampleDay().at(5), Rating::ThumbsDown);
    const QList<Paper> day = sampleDay();

    const QList<RankedPaper> ranked = ranker.rank(day);

    int terms = 0;
    for (const RankedPaper &entry : ranked) {
        const auto it = std::find_if(day.begin(), day.end(), [&](const Paper &p) {
            return p.id == entry.id;
        });
        const QString text = QString(it->title + QLatin1Char(' ') + it->abstract).toCaseFolded();
        const QString words =
            QString(text).replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral(" "));
        for (const Contribution &reason : entry.why) {
            if (reason.kind == Contribution::Kind::Term) {
                ++terms;
                const QString label =
                    QString(reason.label)
                        .replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral(" "));
                QVERIFY2(words.contains(label), qPrintable(reason.label));
            }
        }
    }
    QVERIFY(terms > 0);
    QCOMPARE(ranked.first().why.first().weight > 0.0, true);
}

// The tokenizer splits "X-ray" into "x" (too short to keep) and "ray"; the reason must name the
// word the paper wrote, or the reader sees "ray" lower a paper that never mentions rays.
void TestLocalRanker::explanationKeepsHyphenatedWordsWhole_data()
{
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("abstract");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a single letter before the hyphen")
        << QStringLiteral("1. Compact objects\n   - Relevant: accretion onto neutron stars, ray "
                          "pulsars\n")
        << QStringLiteral("X-ray pulsars in the Small Magellanic Cloud")
        << QStringLiteral("We time twelve accreting X-ray pulsars with NICER.")
        << QStringLiteral("x-ray pulsars");
    QTest::newRow("a word before the hyphen")
        << QStringLiteral("1. High-energy sky\n   - Relevant: ray bursts and their afterglows\n")
        << QStringLiteral("Afterglows of gamma-ray bursts")
        << QStringLiteral("A sample of long gamma-ray bursts observed with Swift.")
        << QStringLiteral("gamma-ray bursts");
    QTest::newRow("a letter before the hyphen, a word alone")
        << QStringLiteral("1. Dynamics\n   - Relevant: body\n")
        << QStringLiteral("Collisional dynamics of star clusters")
        << QStringLiteral("We run direct N-body integrations of dense clusters.")
        << QStringLiteral("n-body");
    QTest::newRow("no hyphen: the word alone")
        << QStringLiteral("1. Dwarf galaxies\n   - Relevant: dwarf\n")
        << QStringLiteral("Quenching in isolated dwarfs")
        << QStringLiteral("Most isolated dwarf galaxies keep forming stars.")
        << QStringLiteral("dwarfs");
}

void TestLocalRanker::explanationKeepsHyphenatedWordsWhole()
{
    QFETCH(QString, criteria);
    QFETCH(QString, title);
    QFETCH(QString, abstract);
    QFETCH(QString, expected);
    const LocalRanker ranker(Criteria::parse(criteria));
    QList<Paper> day = sampleDay();
    day.append(paper("2601.20001", title, abstract));

    const QList<RankedPaper> ranked = ranker.rank(day);

    const auto it = std::find_if(ranked.begin(), ranked.end(), [](const RankedPaper &p) {
        return p.id == QStringLiteral("2601.20001");
    });
    QVERIFY(it != ranked.end());
    QStringList labels;
    for (const Contribution &reason : it->why) {
        if (reason.kind == Contribution::Kind::Term) {
            labels.append(reason.label);
        }
    }
    QVERIFY2(labels.contains(expected), qPrintable(labels.join(QStringLiteral(", "))));
}

// The criteria never say "pulsar"; the background papers the topic matches best do, so a day's
// pulsar paper that shares no word with the criteria rises above unrelated ones.
void TestLocalRanker::backgroundTeachesATopicItsFieldsWords()
{
    QList<Paper> background;
    for (int i = 0; i < 4; ++i) {
        background.append(paper("2500.0000",
                                QStringLiteral("Neutron star timing with millisecond pulsars"),
                                QStringLiteral("Neutron star spin timing of pulsars.")));
    }
    for (int i = 0; i < 20; ++i) {
        background.append(sampleDay().at(i % 6));
    }
    const Paper pulsar = paper("2601.00098",
                               QStringLiteral("A glitching pulsar"),
                               QStringLiteral("Timing residuals of a pulsar after a glitch."));
    const QList<Paper> day = sampleDay() + QList<Paper>{pulsar};
    const Criteria criteria = criteriaFrom("1. Compact objects\n   - Relevant: neutron star\n");
    const LocalRanker alone(criteria);
    LocalRanker taught(criteria);
    taught.setBackground(background + day);

    const QList<RankedPaper> before = alone.rank(day);
    const QList<RankedPaper> after = taught.rank(day);

    QVERIFY(positionOf(after, "2601.00098") < positionOf(before, "2601.00098"));
    QVERIFY(positionOf(after, "2601.00098") < positionOf(after, "2601.00006"));
    QVERIFY(positionOf(after, "2601.00098") < positionOf(after, "2601.00002"));
}

void TestLocalRanker::likedPapersFormATopicOfTheirOwn()
{
    LocalRanker ranker{Criteria()};
    const QList<Paper> day = sampleDay();
    ranker.addRating(day.at(1), Rating::ThumbsUp);
    ranker.addRating(day.at(5), Rating::ThumbsDown);
    const Paper neighbour = paper("2601.00099",
                                  QStringLiteral("Sodium in exoplanet atmospheres"),
                                  QStringLiteral("Transmission spectra of a hot Jupiter."));

    const QList<RankedPaper> ranked = ranker.rank(day + QList<Paper>{neighbour});

    QVERIFY(positionOf(ranked, "2601.00099") <= 1);
    const auto it = std::find_if(ranked.begin(), ranked.end(), [](const RankedPaper &p) {
        return p.id == QLatin1String("2601.00099");
    });
    const bool namesRatings = std::any_of(it->why.begin(), it->why.end(), [](const auto &c) {
        return c.kind == Contribution::Kind::Topic && c.label == QLatin1String("Your ratings");
    });
    QVERIFY(namesRatings);
}

void TestLocalRanker::ratingsGivenBeforeTheBackgroundCountAsIfGivenAfter_data()
{
    QTest::addColumn<bool>("oneByOne");

    QTest::newRow("restored at once") << false;
    QTest::newRow("rated one by one") << true;
}

// The word model and the liked papers' topic weigh words by the background's statistics; a
// background that arrives after the ratings must not leave them learnt with none.
void TestLocalRanker::ratingsGivenBeforeTheBackgroundCountAsIfGivenAfter()
{
    QFETCH(bool, oneByOne);
    const QList<Paper> day = sampleDay();
    const QList<RatedPaper> ratings{
        {day.at(1), Rating::ThumbsUp}, {day.at(5), Rating::ThumbsDown}, {day.at(0), Rating::Star}};
    QList<Paper> background = day;
    background.append(paper("2512.00001",
                            QStringLiteral("Exoplanet atmospheres in emission"),
                            QStringLiteral("Secondary eclipses of hot Jupiters constrain their "
                                           "dayside temperatures.")));
    background.append(paper("2512.00002",
                            QStringLiteral("Blazar jets at high energies"),
                            QStringLiteral("Gamma-ray flares of blazars and their radio "
                                           "counterparts.")));
    const Criteria criteria =
        criteriaFrom("1. Dwarfs\n   - Relevant: dwarf galaxies and their quenching\n");

    LocalRanker after(criteria);
    after.setBackground(background);
    after.setRatings(ratings);
    LocalRanker before(criteria);
    if (oneByOne) {
        for (const RatedPaper &rated : ratings) {
            before.addRating(rated.paper, rated.rating);
        }
    } else {
        before.setRatings(ratings);
    }
    before.setBackground(background);

    const QList<RankedPaper> expected = after.rank(day);
    const QList<RankedPaper> ranked = before.rank(day);
    QCOMPARE(ids(ranked), ids(expected));
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        QCOMPARE(ranked.at(i).score, expected.at(i).score);
    }
}

void TestLocalRanker::ratingsTeachWhichTopicMatters_data()
{
    QTest::addColumn<double>("criteriaModelWeight");
    QTest::addColumn<bool>("exoplanetsFirst");

    QTest::newRow("with the criteria model") << 3.0 << true;
    QTest::newRow("criteria alone") << 0.0 << false;
}

// The criteria weigh both topics alike and the dwarf paper matches its topic better; a reader
// who likes exoplanet papers and dismisses dwarf ones puts the exoplanet paper first through
// the criteria model alone (the other rating signals are off).
void TestLocalRanker::ratingsTeachWhichTopicMatters()
{
    QFETCH(double, criteriaModelWeight);
    QFETCH(bool, exoplanetsFirst);
    const Paper dwarf =
        paper("2601.00098",
              QStringLiteral("Dwarf galaxies: a census of dwarf galaxies"),
              QStringLiteral("We count dwarf galaxies and their dwarf satellites."));
    const Paper exoplanet = paper("2601.00099",
                                  QStringLiteral("Hot planets in the infrared"),
                                  QStringLiteral("We model the atmospheres of hot planets."));
    QList<RatedPaper> ratings;
    for (int i = 0; i < 6; ++i) {
        const QString n = QString::number(i);
        ratings.append(RatedPaper{paper("2500.00001",
                                        QStringLiteral("Exoplanet atmospheres ") + n,
                                        QStringLiteral("Spectra of exoplanet atmospheres.")),
                                  Rating::ThumbsUp});
        ratings.append(RatedPaper{paper("2500.00002",
                                        QStringLiteral("Dwarf galaxies ") + n,
                                        QStringLiteral("Stellar masses of dwarf galaxies.")),
                                  Rating::ThumbsDown});
    }
    const QList<Paper> day = sampleDay() + QList<Paper>{dwarf, exoplanet};
    QList<Paper> background = day;
    for (const RatedPaper &rated : ratings) {
        background.append(rated.paper);
    }
    Sieve::Ranker::RankerSettings settings;
    settings.modelWeight = 0.0;
    settings.ratingsTopicWeight = 0.0;
    settings.semanticRatingsWeight = 0.0;
    settings.criteriaModelWeight = criteriaModelWeight;
    settings.criteriaModelHalfRatings = 1.0;
    // Twelve near-identical rated papers place a fitted space's coordinates arbitrarily; the
    // topics' matches are what this checks.
    settings.semanticDimensions = 0;
    LocalRanker ranker(criteriaFrom("1. Dwarfs\n   - Relevant: dwarf galaxies\n"
                                    "2. Planets\n   - Relevant: exoplanet atmospheres\n"),
                       settings);
    ranker.setBackground(background);
    ranker.setRatings(ratings);

    const QList<RankedPaper> ranked = ranker.rank(day);

    QCOMPARE(positionOf(ranked, "2601.00099") < positionOf(ranked, "2601.00098"), exoplanetsFirst);
}

void TestLocalRanker::semanticSpaceFindsAPaperThatSharesNoWordWithATopic_data()
{
    QTest::addColumn<int>("dimensions");
    QTest::addColumn<bool>("found");

    QTest::newRow("with the semantic space") << 3 << true;
    QTest::newRow("words alone") << 0 << false;
}

// The topic speaks of stellar streams; the field writes of them as tidal debris, and of tidal
// debris also as shells. A paper about shells shares no word with the topic, nor with the
// papers the topic matches best: only the semantic space links the two.
void TestLocalRanker::semanticSpaceFindsAPaperThatSharesNoWordWithATopic()
{
    QFETCH(int, dimensions);
    QFETCH(bool, found);
    const QStringList fields[] = {
        {QStringLiteral("stellar streams and tidal debris"),
         QStringLiteral("tidal debris and faint shells")},
        {QStringLiteral("transiting exoplanets"), QStringLiteral("exoplanet atmospheres")},
        {QStringLiteral("galaxy cluster lensing"), QStringLiteral("cluster mass maps")},
    };
    const QStringList extras{QStringLiteral("survey"),
                             QStringLiteral("catalogue"),
                             QStringLiteral("model"),
                             QStringLiteral("imaging"),
                             QStringLiteral("sample"),
                             QStringLiteral("census")};
    QList<Paper> background;
    for (int i = 0; i < 60; ++i) {
        const QStringList &field = fields[i % 3];
        const QString text = field.at((i / 3) % 2) + u' ' + extras.at((i / 6) % extras.size());
        background.append(paper("2500.00001", text, text));
    }
    const Paper shells = paper("2601.00099",
                               QStringLiteral("Faint shells of an elliptical"),
                               QStringLiteral("Shells so faint that only deep data show them."));
    const QList<Paper> day = sampleDay() + QList<Paper>{shells};
    Sieve::Ranker::RankerSettings settings;
    settings.semanticDimensions = dimensions;
    settings.expansionWeight = 0.0; // the background's words must not reach the topic directly
    settings.feedbackWeight = 0.0;
    LocalRanker ranker(criteriaFrom("1. Streams\n   - Relevant: stellar streams\n"), settings);
    ranker.setBackground(background + day);

    const QList<RankedPaper> ranked = ranker.rank(day);

    QCOMPARE(positionOf(ranked, "2601.00099") == 0, found);
    if (found) {
        QCOMPARE(ranked.first().why.first().kind, Contribution::Kind::Topic);
        QCOMPARE(ranked.first().why.first().label, QStringLiteral("Streams"));
    }
}

void TestLocalRanker::aSecondInterestIsNotBlurredIntoTheFirst_data()
{
    QTest::addColumn<double>("nearestLikedWeight");
    QTest::addColumn<double>("meanDirectionWeight");
    QTest::addColumn<bool>("secondInterestFirst");

    QTest::newRow("nearest liked papers") << 2.0 << 0.0 << true;
    QTest::newRow("mean of the liked papers") << 0.0 << 1.5 << false;
}

// The reader liked 40 lensing papers and 20 exoplanet papers. The mean of what they liked
// points mostly at lensing, so a paper half about lensing and half about pulsars sits closer
// to it than an exoplanet paper; the nearest liked papers are exoplanet papers for the one and
// only half-matching lensing papers for the other.
void TestLocalRanker::aSecondInterestIsNotBlurredIntoTheFirst()
{
    QFETCH(double, nearestLikedWeight);
    QFETCH(double, meanDirectionWeight);
    QFETCH(bool, secondInterestFirst);
    const QString fields[] = {
        QStringLiteral("galaxy cluster lensing mass maps"),
        QStringLiteral("exoplanet atmosphere transmission spectra"),
        QStringLiteral("pulsar timing array noise"),
    };
    const QStringList extras{QStringLiteral("survey"),
                             QStringLiteral("catalogue"),
                             QStringLiteral("model"),
                             QStringLiteral("imaging"),
                             QStringLiteral("sample"),
                             QStringLiteral("census")};
    QList<Paper> background;
    QList<RatedPaper> ratings;
    for (int i = 0; i < 180; ++i) {
        const int field = i % 3;
        const QString text = fields[field] + u' ' + extras.at((i / 3) % extras.size());
        const Paper p = paper("2500.00001", text, text);
        background.append(p);
        const int nth = i / 3;
        if ((field == 0 && nth < 40) || (field == 1 && nth < 20)) {
            ratings.append(RatedPaper{p, Rating::ThumbsUp});
        }
    }
    const Paper exoplanet = paper("2601.00099",
                                  QStringLiteral("Exoplanet atmosphere transmission spectra"),
                                  QStringLiteral("Transmission spectra of an exoplanet."));
    const Paper mixed = paper("2601.00098",
                              QStringLiteral("Galaxy cluster lensing and pulsar timing array"),
                              QStringLiteral("Cluster mass maps meet pulsar timing noise."));
    const QList<Paper> day = sampleDay() + QList<Paper>{exoplanet, mixed};
    Sieve::Ranker::RankerSettings settings;
    settings.semanticDimensions = 3;
    settings.modelWeight = 0.0;
    settings.ratingsTopicWeight = 0.0;
    settings.criteriaModelWeight = 0.0;
    settings.semanticRatingsWeight = meanDirectionWeight;
    settings.nearestLikedWeight = nearestLikedWeight;
    LocalRanker ranker(Criteria(), settings);
    ranker.setBackground(background + day);
    ranker.setRatings(ratings);

    const QList<RankedPaper> ranked = ranker.rank(day);

    QCOMPARE(positionOf(ranked, "2601.00099") < positionOf(ranked, "2601.00098"),
             secondInterestFirst);
}

void TestLocalRanker::aTopicsClearBestPaperStaysInSight_data()
{
    QTest::addColumn<double>("topicBestShare");
    QTest::addColumn<QString>("starsNotes");
    QTest::addColumn<bool>("inSight");

    const QString relevant = QStringLiteral("   - Relevant: stellar evolution models\n");
    QTest::newRow("kept in the day's top fifth") << 0.2 << relevant << true;
    QTest::newRow("left where the ratings put it") << 0.0 << relevant << false;
    QTest::newRow("not when it matches an irrelevant note")
        << 0.2 << relevant + QStringLiteral("   - Irrelevant: isochrones\n") << false;
}

// The reader follows dwarf galaxies and stellar models, liked only dwarf-galaxy papers and
// dismissed papers on flares of low-mass stars; the day brings 24 dwarf-galaxy papers. The one
// paper squarely about stellar models shares words with the dismissed ones and would sink below
// the dwarf galaxies; as the clear best match of its topic it stays within the day's top fifth,
// unless the reader's notes call a word of it irrelevant.
void TestLocalRanker::aTopicsClearBestPaperStaysInSight()
{
    QFETCH(double, topicBestShare);
    QFETCH(QString, starsNotes);
    QFETCH(bool, inSight);
    const QStringList extras{QStringLiteral("survey"),
                             QStringLiteral("catalogue"),
                             QStringLiteral("kinematics"),
                             QStringLiteral("imaging"),
                             QStringLiteral("metallicity"),
                             QStringLiteral("census")};
    QList<RatedPaper> ratings;
    QList<Paper> day = sampleDay();
    for (int i = 0; i < 64; ++i) {
        const QString text = QStringLiteral("Stellar masses of dwarf galaxies: ")
            + extras.at(i % extras.size()) + u' ' + extras.at((i / extras.size()) % extras.size());
        const Paper p = paper(i < 40 ? "2500.00001" : "2601.00100", text, text);
        if (i < 40) {
            ratings.append(RatedPaper{p, Rating::ThumbsUp});
            const QString dismissed = QStringLiteral("Flares and starspots of low-mass stars: ")
                + extras.at(i % extras.size());
            ratings.append(
                RatedPaper{paper("2500.00002", dismissed, dismissed), Rating::ThumbsDown});
        } else {
            day.append(p);
            day.last().id += QString::number(i);
        }
    }
    day.append(paper("2601.00099",
                     QStringLiteral("New stellar evolution models and isochrones"),
                     QStringLiteral("We compute stellar evolution models, isochrones and "
                                    "bolometric corrections for low-mass stars.")));
    QList<Paper> background = day;
    for (const RatedPaper &rated : ratings) {
        background.append(rated.paper);
    }
    Sieve::Ranker::RankerSettings settings;
    settings.topicBestShare = topicBestShare;
    LocalRanker ranker(Criteria::parse(QStringLiteral("1. Dwarfs\n   - Relevant: dwarf galaxies\n"
                                                      "2. Stars\n")
                                       + starsNotes),
                       settings);
    ranker.setBackground(background);
    ranker.setRatings(ratings);

    const QList<RankedPaper> ranked = ranker.rank(day);

    const int position = positionOf(ranked, "2601.00099");
    QCOMPARE(position <= int(0.2 * double(day.size())), inSight);
    if (inSight) {
        QCOMPARE(ranked.at(position).why.first().label, QStringLiteral("Stars"));
    }
}

QTEST_APPLESS_MAIN(TestLocalRanker)

#include "tst_localranker.moc"
