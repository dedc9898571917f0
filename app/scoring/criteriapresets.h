// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_SCORING_CRITERIAPRESETS_H
#define SIEVE_SCORING_CRITERIAPRESETS_H

#include <QList>
#include <QString>
#include <QStringList>

namespace Sieve::Scoring {

// A starting point for the criteria a new reader edits: numbered topics with Relevant and
// Irrelevant notes and a keyword list, in the form ScoringProfile and the prompt expect.
struct CriteriaPreset
{
    QString id; // stable, for settings: "machine-learning"
    QString name; // translated, for the preset chooser
    QString criteria; // Markdown, as ScoringProfile::criteria
    QStringList categories; // arXiv categories the preset suggests following
};

// The presets in the order the chooser shows them. The first one is ScoringProfile::defaults()'s
// criteria; the last one is an outline with no topics filled in.
QList<CriteriaPreset> criteriaPresets();

} // namespace Sieve::Scoring

#endif // SIEVE_SCORING_CRITERIAPRESETS_H
