// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "paper.h"

#include "day.h"

#include <algorithm>

namespace Sieve {

namespace {

struct TypeName
{
    AnnounceType type;
    const char *name;
};

constexpr TypeName TypeNames[] = {
    {AnnounceType::New, "new"},
    {AnnounceType::Cross, "cross"},
    {AnnounceType::Replace, "replace"},
    {AnnounceType::ReplaceCross, "replace-cross"},
};

struct StatusName
{
    DayStatus status;
    const char *name;
};

constexpr StatusName StatusNames[] = {
    {DayStatus::Announced, "announced"},
    {DayStatus::NoAnnouncement, "no-announcement"},
    {DayStatus::NotYetAnnounced, "not-yet-announced"},
    {DayStatus::Failed, "failed"},
};

} // namespace

QString announceTypeName(AnnounceType type)
{
    for (const auto &entry : TypeNames) {
        if (entry.type == type) {
            return QString::fromLatin1(entry.name);
        }
    }
    return QStringLiteral("unknown");
}

AnnounceType announceTypeFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const auto &entry : TypeNames) {
        if (trimmed.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            return entry.type;
        }
    }
    return AnnounceType::Unknown;
}

QString dayStatusName(DayStatus status)
{
    for (const auto &entry : StatusNames) {
        if (entry.status == status) {
            return QString::fromLatin1(entry.name);
        }
    }
    return QStringLiteral("failed");
}

DayStatus dayStatusFromName(QStringView name)
{
    for (const auto &entry : StatusNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.status;
        }
    }
    return DayStatus::Failed;
}

QString Paper::versionedId() const
{
    return version > 0 ? id + QLatin1Char('v') + QString::number(version) : id;
}

QString Paper::absUrl() const
{
    return QStringLiteral("https://arxiv.org/abs/") + id;
}

QString Paper::pdfUrl() const
{
    return QStringLiteral("https://arxiv.org/pdf/") + versionedId();
}

AnnounceType Day::announceTypeOf(const QString &paperId) const
{
    auto best = AnnounceType::Unknown;
    for (const Listing &listing : listings) {
        if (listing.paperId == paperId) {
            best = std::min(best, listing.announceType);
        }
    }
    return best;
}

QMap<QString, int> Day::countsByCategory() const
{
    QMap<QString, int> counts;
    for (const Listing &listing : listings) {
        ++counts[listing.category];
    }
    return counts;
}

} // namespace Sieve
