// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/taxonomy.h>
#include <app/scoring/criteriapresets.h>
#include <app/scoring/scoringprofile.h>

#include <QSet>
#include <QTest>

using Sieve::Scoring::CriteriaOutline;
using Sieve::Scoring::CriteriaPreset;
using Sieve::Scoring::criteriaPresets;
using Sieve::Scoring::ScoringProfile;

class TstCriteriaPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPresetIsTheDefaultCriteria();
    void idsAreUniqueAndNamesShown();
    void everyPresetHasTopicsAndKeywordLines_data();
    void everyPresetHasTopicsAndKeywordLines();
};

void TstCriteriaPresets::firstPresetIsTheDefaultCriteria()
{
    QCOMPARE(criteriaPresets().constFirst().criteria, ScoringProfile::defaults().criteria);
}

void TstCriteriaPresets::idsAreUniqueAndNamesShown()
{
    QSet<QString> ids;
    for (const CriteriaPreset &preset : criteriaPresets()) {
        QVERIFY(!preset.name.isEmpty());
        ids.insert(preset.id);
    }
    QCOMPARE(ids.size(), criteriaPresets().size());
}

void TstCriteriaPresets::everyPresetHasTopicsAndKeywordLines_data()
{
    QTest::addColumn<int>("index");
    const QList<CriteriaPreset> presets = criteriaPresets();
    for (int i = 0; i < presets.size(); ++i) {
        QTest::newRow(qPrintable(presets.at(i).id)) << i;
    }
}

// The outline the local ranker reads must find what the reader is asked to edit.
void TstCriteriaPresets::everyPresetHasTopicsAndKeywordLines()
{
    QFETCH(int, index);
    const CriteriaPreset preset = criteriaPresets().at(index);

    const CriteriaOutline outline = CriteriaOutline::parse(preset.criteria);
    QVERIFY(!outline.topics.isEmpty());
    for (const auto &topic : outline.topics) {
        QVERIFY(!topic.title.isEmpty());
        QVERIFY(!topic.relevant.isEmpty());
    }
    for (const QString &code : preset.categories) {
        QVERIFY2(Sieve::Arxiv::Taxonomy::builtIn().category(code), qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(TstCriteriaPresets)
#include "tst_criteriapresets.moc"
