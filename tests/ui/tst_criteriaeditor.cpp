// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/platform/translations.h>
#include <ui/criteriaeditor.h>
#include <ui/runpanel.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>

#include <memory>
#include <tests/support/fakellmserver.h>

using Sieve::Day;
using Sieve::Paper;
using Sieve::Digest::RescoreComparison;
using Sieve::Digest::ScoringOptions;
using Sieve::Library::Library;
using Sieve::Library::ProfileStore;
using Sieve::Scoring::ProviderConfig;
using Sieve::Scoring::ScoringProfile;
using Sieve::Test::FakeLlmServer;
using Sieve::Ui::CriteriaEditor;
using Sieve::Ui::RunPanel;

namespace {

const QDate Date(2026, 3, 10);
constexpr int WaitMs = 20000;
const QString Exoplanet = QStringLiteral("2603.30015");

Paper paper(int index, const QString &title, const QString &abstract)
{
    Paper p;
    p.id = QStringLiteral("2603.%1").arg(30000 + index);
    p.version = 1;
    p.title = title;
    p.abstract = abstract;
    p.authors = {QStringLiteral("Author %1").arg(index)};
    p.categories = {QStringLiteral("cs.LG")};
    p.primaryCategory = QStringLiteral("cs.LG");
    return p;
}

// Two papers on the default profile's machine-learning topics, thirteen on subjects no topic
// names and one on exoplanet atmospheres: it ranks with the unrelated ones until a topic asks
// for it.
Day tinyDay()
{
    Day day;
    day.date = Date;
    day.categories = {QStringLiteral("cs.LG")};
    day.source = QStringLiteral("rss");
    const QStringList titles = {
        QStringLiteral("Pruning attention heads without retraining"),
        QStringLiteral("Low-rank quantization of large language models"),
        QStringLiteral("Soil bacteria in alpine meadows"),
        QStringLiteral("Trade routes of medieval Venice"),
        QStringLiteral("Corrosion of steel in sea water"),
        QStringLiteral("Bird migration over the Sahara"),
        QStringLiteral("Protein folding in cold climates"),
        QStringLiteral("Urban traffic noise and sleep"),
        QStringLiteral("Glacier retreat in Patagonia"),
        QStringLiteral("Crystal growth of table salt"),
        QStringLiteral("Voting patterns in small towns"),
        QStringLiteral("Coffee roasting chemistry"),
        QStringLiteral("Erosion of sandstone arches"),
        QStringLiteral("Honey bee foraging distances"),
        QStringLiteral("Tidal energy in narrow straits of $10^3$ m"),
    };
    for (int i = 0; i < titles.size(); ++i) {
        day.papers.append(
            paper(i,
                  titles.at(i),
                  QStringLiteral("We report results on %1.").arg(titles.at(i).toLower())));
    }
    day.papers.append(paper(int(titles.size()),
                            QStringLiteral("Clouds and hazes in hot Jupiter atmospheres"),
                            QStringLiteral("Transmission spectra of exoplanet atmospheres show "
                                           "clouds and hazes on hot Jupiters.")));
    for (const Paper &p : std::as_const(day.papers)) {
        day.listings.append({p.id, QStringLiteral("cs.LG"), Sieve::AnnounceType::New});
    }
    return day;
}

QString withExoplanetTopic(const QString &criteria)
{
    const QString topic =
        QStringLiteral("5. Exoplanet Atmospheres\n"
                       "   - Relevant: Transmission spectra of exoplanet atmospheres, clouds and "
                       "hazes on hot Jupiters.\n\n");
    QString edited = criteria;
    edited.insert(edited.indexOf(QStringLiteral("**Keywords:**")), topic);
    return edited;
}

void typeInto(QPlainTextEdit *editor, const QString &text)
{
    QTextCursor cursor(editor->document());
    cursor.movePosition(QTextCursor::End);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, text);
}

} // namespace

class TstCriteriaEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importingTheReferencePromptFillsTheThreeEditors_data();
    void importingTheReferencePromptFillsTheThreeEditors();
    void aFileWithoutTopicsIsRefusedInTheMessageBar();
    void presetsReplaceTheTextsUndoably();
    void rescoreShowsThePaperTheNewTopicPromotes();
    void comparisonReadsWellInEitherTheme_data();
    void comparisonReadsWellInEitherTheme();
    void llmRescoreEstimatesFirstThenComparesTheLlmOrders();
    void undoRestoresTheText();
    void undoEditBringsBackTheSavedTexts();
    void keepSavesTheEditedCriteria();

private:
    QPlainTextEdit *editor(const QString &name) const
    {
        return m_editor->findChild<QPlainTextEdit *>(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<CriteriaEditor> m_editor;
};

void TstCriteriaEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The English plural forms, as the app installs them ("1 request", "3 requests").
    Sieve::Platform::installTranslators(QLocale(QLocale::English));
}

void TstCriteriaEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Library::open(m_dir->filePath(QStringLiteral("library.sqlite")));
    QVERIFY(opened);
    m_library = std::move(opened).value();
    QVERIFY(m_library->storeDay(tinyDay()));

    m_editor = std::make_unique<CriteriaEditor>();
    m_editor->setLibrary(m_library.get());
    m_editor->setDate(Date);
    ScoringProfile profile = ScoringProfile::defaults();
    profile.name = QStringLiteral("default");
    m_editor->setProfile(profile);
    m_editor->show();
}

void TstCriteriaEditor::cleanup()
{
    m_editor.reset();
    m_library.reset();
    m_dir.reset();
}

void TstCriteriaEditor::importingTheReferencePromptFillsTheThreeEditors_data()
{
    QTest::addColumn<QString>("path");
    // The whole digest, table and papers included, as ../shared/reference keeps it, and the
    // copy in tests/data so every checkout exercises it.
    QTest::newRow("shared reference digest")
        << QStringLiteral(PAPERSIEVE_SHARED_DATA "/../reference/digest-2025-04-17.md");
    QTest::newRow("fixture copy of the digest")
        << QStringLiteral(PAPERSIEVE_TEST_DATA "/digest/reference-2025-04-17.md");
    QTest::newRow("prompt alone") << QStringLiteral(PAPERSIEVE_TEST_DATA
                                                    "/scoring/reference-prompt-2025-04-17.md");
}

void TstCriteriaEditor::importingTheReferencePromptFillsTheThreeEditors()
{
    QFETCH(QString, path);

    if (!QFile::exists(path)) {
        QVERIFY2(!path.startsWith(QStringLiteral(PAPERSIEVE_TEST_DATA)), qPrintable(path));
        QSKIP("../shared/reference is not beside this checkout");
    }

    QVERIFY(m_editor->importPromptFile(path));

    const QString system = editor(QStringLiteral("systemPromptEdit"))->toPlainText();
    const QString criteria = editor(QStringLiteral("criteriaEdit"))->toPlainText();
    const QString rubric = editor(QStringLiteral("rubricEdit"))->toPlainText();
    QVERIFY2(system.startsWith(QStringLiteral("You are a helpful paper reading assistant")),
             qPrintable(system.left(200)));
    QVERIFY(system.endsWith(QStringLiteral("match the criteria below.")));
    QVERIFY2(criteria.startsWith(QStringLiteral("Use the following relevance criteria")),
             qPrintable(criteria.left(200)));
    QVERIFY(criteria.contains(QStringLiteral("6. Emerging Trends")));
    QVERIFY(criteria.endsWith(QStringLiteral("Knowledge Graph, etc.")));
    QVERIFY(rubric.contains(QStringLiteral("### Relevance Scoring")));
    QVERIFY(rubric.contains(QStringLiteral("### Novelty Scoring")));
    // Nothing of the digest's table or papers reaches the editors.
    for (const QString &text : {system, criteria, rubric}) {
        QVERIFY(!text.contains(QStringLiteral("arxiv.org/abs")));
        QVERIFY(!text.contains(QStringLiteral("Personalized Daily")));
    }
    QVERIFY(m_editor->isModified());
}

void TstCriteriaEditor::aFileWithoutTopicsIsRefusedInTheMessageBar()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Just a note, no sections.\n");
    file.close();

    QVERIFY(!m_editor->importPromptFile(path));

    QCOMPARE(editor(QStringLiteral("criteriaEdit"))->toPlainText(),
             ScoringProfile::defaults().criteria);
    QVERIFY(m_editor->findChild<QLabel *>(QStringLiteral("messageText"))->isVisible());
}

void TstCriteriaEditor::presetsReplaceTheTextsUndoably()
{
    QCOMPARE(CriteriaEditor::presetNames().size(), 2);
    QCOMPARE(CriteriaEditor::preset(0).criteria, ScoringProfile::defaults().criteria);

    m_editor->applyPreset(1);
    auto *criteria = editor(QStringLiteral("criteriaEdit"));
    QVERIFY(criteria->toPlainText().contains(QStringLiteral("Dark Matter on Small Scales")));

    m_editor->findChild<QToolButton *>(QStringLiteral("undoButton"))->click();
    QCOMPARE(criteria->toPlainText(), ScoringProfile::defaults().criteria);
}

void TstCriteriaEditor::rescoreShowsThePaperTheNewTopicPromotes()
{
    auto *criteria = editor(QStringLiteral("criteriaEdit"));
    criteria->setPlainText(withExoplanetTopic(criteria->toPlainText()));
    QSignalSpy shown(m_editor.get(), &CriteriaEditor::comparisonShown);

    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("rescoreButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, WaitMs);

    const auto comparison = m_editor->comparison(CriteriaEditor::Comparison::Local);
    QVERIFY(comparison);
    const auto change = comparison->changeOf(Exoplanet);
    QVERIFY(change);
    QVERIFY2(change->before.value_or(0) > 2,
             qPrintable(QString::number(change->before.value_or(0))));
    QCOMPARE(comparison->topCount, 2); // 10 % of 16 papers, rounded up
    QVERIFY2(change->after.value_or(99) <= comparison->topCount,
             qPrintable(QString::number(change->after.value_or(0))));
    QVERIFY(change->enteredTop);
    QCOMPARE(comparison->changes.first().paperId, Exoplanet); // the largest move comes first

    auto *table = m_editor->findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 16);
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), Exoplanet);
    QVERIFY(table->item(0, 3)->text().contains(QString::number(change->delta)));

    QVERIFY(QDir().mkpath(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR)));
    QVERIFY(m_editor->grab().save(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR "/criteriaeditor.png")));
}

void TstCriteriaEditor::comparisonReadsWellInEitherTheme_data()
{
    QTest::addColumn<bool>("dark");

    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void TstCriteriaEditor::comparisonReadsWellInEitherTheme()
{
    QFETCH(bool, dark);

    if (dark) {
        QPalette palette = m_editor->palette();
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        m_editor->setPalette(palette);
    }
    auto *table = m_editor->findChild<QTableWidget *>(QStringLiteral("comparisonTable"));
    auto *hint = m_editor->findChild<QLabel *>(QStringLiteral("comparisonHintLabel"));
    QVERIFY(!table->isVisible());
    QVERIFY(hint->isVisible());

    auto *criteria = editor(QStringLiteral("criteriaEdit"));
    criteria->setPlainText(withExoplanetTopic(criteria->toPlainText()));
    QSignalSpy shown(m_editor.get(), &CriteriaEditor::comparisonShown);
    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("rescoreButton")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, WaitMs);
    QVERIFY(table->isVisible());
    QVERIFY(!hint->isVisible());

    // Titles read as the paper list shows them, TeX turned into text.
    QStringList titles;
    for (int row = 0; row < table->rowCount(); ++row) {
        titles.append(table->item(row, 0)->text());
    }
    QVERIFY2(titles.contains(QStringLiteral("Tidal energy in narrow straits of 10³ m")),
             qPrintable(titles.join(QLatin1Char('|'))));

    // The paper that entered the top is tinted, and the table's own text stays readable on it.
    QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toString(), Exoplanet);
    const QColor fill = table->item(0, 0)->background().color();
    const QColor text = table->palette().color(QPalette::Text);
    QVERIFY(fill != table->palette().color(QPalette::Base));
    QVERIFY2(std::abs(fill.lightness() - text.lightness()) > 120,
             qPrintable(fill.name() + QLatin1Char(' ') + text.name()));
    const QColor moved = table->item(0, 3)->foreground().color();
    QVERIFY2(std::abs(moved.lightness() - fill.lightness()) > 60,
             qPrintable(moved.name() + QLatin1Char(' ') + fill.name()));
}

void TstCriteriaEditor::llmRescoreEstimatesFirstThenComparesTheLlmOrders()
{
    FakeLlmServer server;
    QVERIFY(server.isListening());
    ScoringOptions options;
    options.batchSize = 8;
    options.concurrency = 1;
    m_editor->setScoringOptions(options);
    m_editor->setProvider(QStringLiteral("openai"),
                          ProviderConfig{server.baseUrl(),
                                         QStringLiteral("gpt-4.1-mini"),
                                         QStringLiteral("sk-test")});
    RunPanel *panel = m_editor->runPanel();
    auto *llmButton = m_editor->findChild<QPushButton *>(QStringLiteral("llmRescoreButton"));
    QSignalSpy shown(m_editor.get(), &CriteriaEditor::comparisonShown);
    QSignalSpy changed(m_editor.get(), &CriteriaEditor::scoresChanged);

    // A first LLM run under the saved criteria: the day's LLM order to compare against.
    llmButton->click();
    QVERIFY(panel->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(panel->isEnabled(), WaitMs);
    QCOMPARE(panel->estimate()->requests, 2);
    panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, WaitMs);
    QCOMPARE(changed.size(), 1);

    // Unchanged criteria: every answer is in the cache, nothing to pay.
    llmButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isEnabled(), WaitMs);
    QCOMPARE(panel->estimate()->requests, 0);
    QCOMPARE(panel->cachedPapers(), 16);

    auto *criteria = editor(QStringLiteral("criteriaEdit"));
    criteria->setPlainText(withExoplanetTopic(criteria->toPlainText()));
    llmButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isEnabled(), WaitMs);
    QCOMPARE(panel->estimate()->requests, 2);
    const int before = server.requestCount();
    panel->start();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, WaitMs);

    QCOMPARE(server.requestCount(), before + 2);
    QCOMPARE(shown.last().first().value<CriteriaEditor::Comparison>(),
             CriteriaEditor::Comparison::Llm);
    const auto comparison = m_editor->comparison(CriteriaEditor::Comparison::Llm);
    QVERIFY(comparison);
    QCOMPARE(comparison->changes.size(), 16);
    // The fake model scores each paper the same whatever the criteria say.
    QCOMPARE(comparison->moved, 0);

    m_editor->rescoreLocally();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, WaitMs);
    QVERIFY(QDir().mkpath(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR)));
    QVERIFY(
        m_editor->grab().save(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR "/criteriaeditor-llm.png")));
}

void TstCriteriaEditor::undoRestoresTheText()
{
    auto *criteria = editor(QStringLiteral("criteriaEdit"));
    const QString original = criteria->toPlainText();
    auto *undo = m_editor->findChild<QToolButton *>(QStringLiteral("undoButton"));
    QVERIFY(!undo->isEnabled());

    typeInto(criteria, QStringLiteral(" more"));
    QCOMPARE(criteria->toPlainText(), original + QStringLiteral(" more"));
    QVERIFY(undo->isEnabled());

    while (undo->isEnabled()) {
        undo->click();
    }
    QCOMPARE(criteria->toPlainText(), original);
    m_editor->findChild<QToolButton *>(QStringLiteral("redoButton"))->click();
    QVERIFY(criteria->toPlainText() != original);
}

void TstCriteriaEditor::undoEditBringsBackTheSavedTexts()
{
    m_editor->applyPreset(1);
    typeInto(editor(QStringLiteral("rubricEdit")), QStringLiteral("extra"));
    QVERIFY(m_editor->isModified());

    m_editor->findChild<QPushButton *>(QStringLiteral("undoEditButton"))->click();

    QVERIFY(!m_editor->isModified());
    QCOMPARE(editor(QStringLiteral("criteriaEdit"))->toPlainText(),
             ScoringProfile::defaults().criteria);
}

void TstCriteriaEditor::keepSavesTheEditedCriteria()
{
    QSignalSpy saved(m_editor.get(), &CriteriaEditor::profileSaved);
    auto *criteria = editor(QStringLiteral("criteriaEdit"));
    const QString edited = withExoplanetTopic(criteria->toPlainText());
    criteria->setPlainText(edited);

    m_editor->findChild<QPushButton *>(QStringLiteral("keepButton"))->click();

    QCOMPARE(saved.size(), 1);
    const auto stored = ProfileStore(*m_library).profile(QStringLiteral("default"));
    QVERIFY(stored);
    QCOMPARE(stored->criteria, edited);
    QCOMPARE(ScoringProfile::fromJson(stored->settings).criteria, edited);
    QVERIFY(!m_editor->isModified());
    QCOMPARE(m_editor->savedProfile().criteria, edited);
}

QTEST_MAIN(TstCriteriaEditor)
#include "tst_criteriaeditor.moc"
