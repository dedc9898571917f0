// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sampledays.h"

#include <app/arxiv/feedmerger.h>
#include <app/arxiv/rssparser.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/platform/logging.h>
#include <app/scoring/criteriapresets.h>
#include <app/scoring/scoringprofile.h>

#include <QDir>
#include <QFile>

#include <algorithm>
#include <optional>

namespace Sieve::Digest {

namespace {

const QString SampleRoot = QStringLiteral(":/sample");

Result<Day> loadDay(const QString &folder)
{
    QList<Feed> feeds;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.xml")}, QDir::Files);
    for (const QString &name : files) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(Error::Code::BadData,
                         SampleDays::tr("A sample day could not be read."),
                         file.fileName());
        }
        auto feed = Arxiv::RssParser::parse(file.readAll());
        if (!feed) {
            return feed.error();
        }
        feeds.append(feed.value());
    }

    Day day = Arxiv::FeedMerger::merge(feeds, Arxiv::MergeOptions{});
    day.source = QStringLiteral("sample");
    return day;
}

// The preset the seeded profile starts from: it suits the sample days.
std::optional<Scoring::CriteriaPreset> seedPreset()
{
    const QList<Scoring::CriteriaPreset> presets = Scoring::criteriaPresets();
    const auto astro = std::find_if(presets.cbegin(), presets.cend(), [](const auto &preset) {
        return preset.id == QLatin1String("astrophysics");
    });
    return astro == presets.cend() ? std::nullopt : std::make_optional(*astro);
}

} // namespace

QList<QDate> SampleDays::dates()
{
    QList<QDate> result;
    const QStringList folders = QDir(SampleRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        const QDate date = QDate::fromString(folder, Qt::ISODate);
        if (date.isValid()) {
            result.append(date);
        }
    }
    return result;
}

Result<int> SampleDays::importInto(Library::Library &library)
{
    int added = 0;
    const QList<QDate> sampleDates = dates();
    for (const QDate &date : sampleDates) {
        if (library.daySummary(date)) {
            continue;
        }

        const auto day = loadDay(SampleRoot + QLatin1Char('/') + date.toString(Qt::ISODate));
        if (!day) {
            return day.error();
        }
        if (const auto stored = library.storeDay(day.value()); !stored) {
            return stored.error();
        }
        ++added;
    }

    qCInfo(lcDigest) << "sample days imported:" << added;
    return added;
}

Result<void> SampleDays::seedProfile(Library::Library &library)
{
    Library::ProfileStore profiles(library);
    if (!profiles.profiles().isEmpty()) {
        return {};
    }
    const auto astro = seedPreset();
    if (!astro) {
        return {};
    }
    Scoring::ScoringProfile profile = Scoring::ScoringProfile::defaults();
    profile.name = QStringLiteral("default");
    profile.criteria = astro->criteria;
    return profiles.save({profile.name, astro->categories, profile.criteria, profile.toJson()});
}

bool SampleDays::isSeedProfile(const Library::StoredProfile &profile)
{
    const auto astro = seedPreset();
    return astro && profile.categories == astro->categories
        && Scoring::normaliseMarkdown(profile.criteria)
        == Scoring::normaliseMarkdown(astro->criteria);
}

} // namespace Sieve::Digest
