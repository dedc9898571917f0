// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_JSONEXPORTER_H
#define SIEVE_DIGEST_JSONEXPORTER_H

#include <app/core/error.h>
#include <app/digest/digest.h>

#include <QJsonDocument>
#include <QString>

namespace Sieve::Digest {

// A digest as JSON for scripts: {"format": "papersieve-digest", "formatVersion": 1, date,
// categories, totals, usage, papers[], prompt}. What is unknown is null, never 0 or "": a
// relevance not scored yet, a cost without a price, the model before any LLM run. A paper's
// "comment" is the LLM's reason; "arxivComment" is the authors' comment from arXiv.
// usage.authorStage holds the author stage's counts (RunStore's AuthorStageRecord), or null
// when no author stage ran.
class JsonExporter
{
public:
    static constexpr int FormatVersion = 1;

    static QJsonDocument toJson(const Digest &digest);
    // UTF-8, indented, LF line ends, replaced atomically.
    static Result<void> write(const Digest &digest, const QString &path);

    // Reads what toJson() wrote. Fields derived on export (rank, URLs, total cost) are ignored;
    // a missing optional field reads as unknown. Fails with Error::Code::BadData on another
    // format, a newer formatVersion or an invalid date.
    static Result<Digest> fromJson(const QJsonDocument &document);
    static Result<Digest> read(const QString &path);
};

} // namespace Sieve::Digest

#endif // SIEVE_DIGEST_JSONEXPORTER_H
