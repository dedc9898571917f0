// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_DIGEST_LOCALPREFILTER_H
#define SIEVE_DIGEST_LOCALPREFILTER_H

#include <app/digest/dayview.h>
#include <app/ranker/localranker.h>
#include <app/scoring/scoringprofile.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Sieve::Digest {

// What the local ranker's pre-filter decided for one day.
struct LocalCut
{
    QHash<QString, QString> skip; // paper id -> the reason shown ("skipped by local ranker")
    int papers = 0; // ranked
    int sent = 0; // papers that go on to the LLM: papers - skip.size()
    // Of the day's relevant papers, the share expected among those sent (RecallCurve; followed
    // authors' papers kept beyond the cut can only raise it). 1 when everything is sent.
    double expectedRecall = 1.0;
};

// The local ranker as the LLM stage's pre-filter, one rule for the CLI (--prefilter,
// --min-recall) and the run panel (the profile's PrefilterSetting): the papers ranked below the
// cut are skipped, except followed authors' papers. Pure logic: no library, no network.
class LocalPrefilter
{
    Q_DECLARE_TR_FUNCTIONS(Sieve::Digest::LocalPrefilter)

public:
    // `ranked` best first, as LocalRanker::rank() gives it; `followed` papers are never skipped.
    // `ratings`, the number the ranker learnt from, picks the recall curve
    // (RecallCurve::measured()).
    static LocalCut cut(const QList<Ranker::RankedPaper> &ranked,
                        const Scoring::PrefilterSetting &setting,
                        const QSet<QString> &followed = {},
                        qsizetype ratings = 0);

    // The same for a day as DayView listed it: its papers in local order, its followed authors.
    static LocalCut cut(const DayListing &listing, const Scoring::PrefilterSetting &setting);

    // What a skipped paper says about itself.
    static QString reason();
};

} // namespace Sieve::Digest

#endif // SIEVE_DIGEST_LOCALPREFILTER_H
