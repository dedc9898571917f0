// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "criteriapresets.h"

#include "scoringprofile.h"

#include <QCoreApplication>

namespace Sieve::Scoring {

namespace {

constexpr auto Context = "Sieve::Scoring::CriteriaPresets";

// Criteria stay English on purpose: they are sent to the model as written, and a reader edits
// them in whatever language they like.
constexpr auto AstroCriteria =
    "Use these topics to decide which papers the reader wants to see. A paper must fit at "
    "least one topic to score high. Prefer new methods, new data and new understanding over "
    "routine applications.\n"
    "\n"
    "1. Galaxy Formation and Evolution\n"
    "   - Relevant: How galaxies assemble their stars, gas and dark matter over cosmic time; "
    "quenching; feedback from stars and black holes; galaxies at high redshift.\n"
    "   - Irrelevant: Catalogues of single objects without a wider conclusion.\n"
    "\n"
    "2. Cosmology and Large-Scale Structure\n"
    "   - Relevant: Constraints on dark matter and dark energy, the growth of structure, "
    "weak lensing, the cosmic microwave background, tensions between measurements.\n"
    "   - Irrelevant: Alternative theories of gravity without a test against data.\n"
    "\n"
    "3. Methods\n"
    "   - Relevant: Simulations, statistical and machine-learning methods that change what can "
    "be measured in galaxy surveys.\n"
    "   - Irrelevant: Software releases without a scientific result.\n"
    "\n"
    "**Keywords:**\n"
    "\n"
    "- Relevant: galaxy evolution, star formation, feedback, high redshift, weak lensing, "
    "large-scale structure, simulations\n"
    "- Irrelevant: exoplanets, solar physics, stellar astrophysics";

constexpr auto BlankCriteria = "Use these topics to decide which papers the reader wants to see.\n"
                               "\n"
                               "1. First Topic\n"
                               "   - Relevant: What a paper on this topic is about.\n"
                               "   - Irrelevant: What looks close but is not wanted.\n"
                               "\n"
                               "**Keywords:**\n"
                               "\n"
                               "- Relevant: \n"
                               "- Irrelevant: ";

} // namespace

QList<CriteriaPreset> criteriaPresets()
{
    return {
        {QStringLiteral("machine-learning"),
         QCoreApplication::translate(Context, "Machine learning"),
         ScoringProfile::defaults().criteria,
         {QStringLiteral("cs.LG"), QStringLiteral("stat.ML")}},
        {QStringLiteral("astrophysics"),
         QCoreApplication::translate(Context, "Galaxies and cosmology"),
         QString::fromUtf8(AstroCriteria),
         {QStringLiteral("astro-ph.GA"), QStringLiteral("astro-ph.CO")}},
        {QStringLiteral("blank"),
         //: A preset whose topics the reader writes from scratch
         QCoreApplication::translate(Context, "Empty outline"),
         QString::fromUtf8(BlankCriteria),
         {}},
    };
}

} // namespace Sieve::Scoring
