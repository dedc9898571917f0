// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "digestbuilder.h"

#include <app/library/library.h>

namespace Sieve::Digest {

Result<Digest> DigestBuilder::build(const Library::Library &library, const QDate &date)
{
    const auto day = library.day(date);
    if (!day) {
        return Error(Error::Code::InvalidInput,
                     tr("%1 is not in the library; fetch it first with \"papersieve fetch\".")
                         .arg(date.toString(Qt::ISODate)));
    }
    if (day->status != DayStatus::Announced) {
        return Error(Error::Code::InvalidInput,
                     tr("%1 has no papers (%2); there is nothing to export.")
                         .arg(date.toString(Qt::ISODate), dayStatusName(day->status)));
    }

    Digest digest;
    digest.date = day->date;
    digest.categories = day->categories;
    digest.totalArxiv = int(day->listings.size());
    digest.totalScanned = int(day->papers.size());

    for (const Paper &paper : day->papers) {
        DigestEntry entry;
        entry.paper = paper;
        entry.announceType = day->announceTypeOf(paper.id);
        entry.status = QStringLiteral("unscored");
        digest.entries.append(entry);
    }
    return digest;
}

} // namespace Sieve::Digest
