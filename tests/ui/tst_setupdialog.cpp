// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/digest/dayview.h>
#include <app/digest/sampledays.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/platform/appsettings.h>
#include <app/platform/memorysecretstore.h>
#include <app/platform/paths.h>
#include <app/platform/translations.h>
#include <app/scoring/criteriapresets.h>
#include <ui/appshell.h>
#include <ui/categorylistmodel.h>
#include <ui/mainwindow.h>
#include <ui/markdownhighlighter.h>
#include <ui/setupdialog.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTimeZone>

#include <tests/support/fakehttpserver.h>
#include <tests/support/testdata.h>

using Sieve::Library::ProfileStore;
using Sieve::Library::StoredProfile;
using Sieve::Platform::AppSettings;
using Sieve::Platform::MemorySecretStore;
using Sieve::Test::FakeHttpServer;
using Sieve::Ui::AppShell;
using Sieve::Ui::MainWindow;
using Sieve::Ui::MarkdownHighlighter;
using Sieve::Ui::SetupDialog;

namespace {

template <typename T>
T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found) {
        qFatal("no child %s", name);
    }
    return found;
}

QString presetCriteria(const QString &id)
{
    for (const Sieve::Scoring::CriteriaPreset &preset : Sieve::Scoring::criteriaPresets()) {
        if (preset.id == id) {
            return preset.criteria;
        }
    }
    return {};
}

// What the store holds under `name`, asked the way the app asks it.
std::optional<QString> storedSecret(Sieve::Platform::SecretStore &secrets, const QString &name)
{
    Sieve::Platform::SecretJob *job = secrets.read(name);
    bool done = false;
    std::optional<QString> secret;
    QObject::connect(job,
                     &Sieve::Platform::SecretJob::finished,
                     [&done, &secret](const std::optional<QString> &value) {
                         secret = value;
                         done = true;
                     });
    QObject::connect(job, &Sieve::Platform::SecretJob::failed, [&done] {
        done = true;
    });
    if (!QTest::qWaitFor([&done] {
            return done;
        })) {
        qWarning("the secret store did not answer");
    }
    return secret;
}

bool fileContains(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8());
}

} // namespace

// Journey 1, "First start": the window opens on the sample days with a banner offering setup;
// one screen asks for categories, criteria and optionally a key; finishing lists today's papers
// of the new feed, ranked by the local ranker with no key needed.
class TstSetupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void finishingListsTodaysPapersOfTheNewFeed_data();
    void finishingListsTodaysPapersOfTheNewFeed();
    void cancellingChangesNothing();
    void finishingNeedsACategory();
    void criteriaAreHighlightedAsInTheEditor();
    void toolsMenuOpensTheSetupToo();

private:
    // Starts the window and its shell on an empty library (the sample days come in) and waits
    // for the banner's setup button.
    void startFirstTime(MainWindow &window, AppShell &shell, const QDateTime &now);
    SetupDialog *openSetup(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AppSettings> m_settings;
};

void TstSetupDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PaperSieveTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_setupdialog"));
    Sieve::Platform::installTranslators(QLocale(QLocale::C));
}

void TstSetupDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Sieve::Platform::Paths::setDataDirOverride(m_dir->path());
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("schedule/enabled"), false); // only the setup's fetch
    m_server = std::make_unique<FakeHttpServer>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TstSetupDialog::cleanup()
{
    m_settings.reset();
    m_server.reset();
    Sieve::Platform::Paths::setDataDirOverride({});
    m_dir.reset();
}

void TstSetupDialog::startFirstTime(MainWindow &window, AppShell &shell, const QDateTime &now)
{
    shell.setArxivBaseUrl(m_server->baseUrl());
    shell.setClock([now] {
        return now;
    });
    QSignalSpy shown(&window, &MainWindow::dayShown);
    shell.start(false);
    QVERIFY(shown.wait(10000));
    QVERIFY(Sieve::Digest::SampleDays::dates().contains(window.currentDate()));
    QVERIFY(child<QWidget>(window, "bannerBar")->isVisible());
    QVERIFY(child<QPushButton>(window, "setupFeedButton")->isVisible());
}

SetupDialog *TstSetupDialog::openSetup(MainWindow &window)
{
    QTest::mouseClick(child<QPushButton>(window, "setupFeedButton"), Qt::LeftButton);
    auto *dialog = window.findChild<SetupDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog)) {
        qWarning("the setup dialog was not shown");
        return nullptr;
    }
    return dialog;
}

void TstSetupDialog::finishingListsTodaysPapersOfTheNewFeed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("day");

    const QDate lg(2025, 4, 17);
    const QDate ga(2026, 3, 11);
    QTest::newRow("a code, no key") << QStringLiteral("cs.LG") << QStringLiteral("cs.LG")
                                    << QStringLiteral("machine-learning") << QString() << lg;
    QTest::newRow("a subject, with a key")
        << QStringLiteral("machine learning") << QStringLiteral("cs.LG")
        << QStringLiteral("machine-learning") << QStringLiteral("sk-setup-7f3a") << lg;
    QTest::newRow("an astronomy code, no key")
        << QStringLiteral("astro-ph.GA") << QStringLiteral("astro-ph.GA")
        << QStringLiteral("astrophysics") << QString() << ga;
}

void TstSetupDialog::finishingListsTodaysPapersOfTheNewFeed()
{
    QFETCH(QString, query);
    QFETCH(QString, category);
    QFETCH(QString, preset);
    QFETCH(QString, key);
    QFETCH(QDate, day);

    const QString feedPath = QStringLiteral("/rss/") + category;
    const QString fixture =
        QStringLiteral("rss/%1/%2.xml").arg(day.toString(Qt::ISODate), category);
    m_server->enqueue(
        feedPath,
        FakeHttpServer::Response::ok(Sieve::Test::readFixture(fixture), "application/rss+xml"));

    MemorySecretStore secrets;
    MainWindow window;
    AppShell shell(&window, *m_settings, &secrets);
    startFirstTime(window, shell, day.startOfDay(QTimeZone::utc()).addSecs(12 * 3600));
    SetupDialog *dialog = openSetup(window);
    QVERIFY(dialog);
    QVERIFY(dialog->chosenCategories().isEmpty()); // the sample profile's are not the reader's

    // Categories: found by search, the best match followed with Enter.
    auto *search = child<QLineEdit>(*dialog, "categorySearchLineEdit");
    auto *matches = child<QListView>(*dialog, "categoryListView");
    QTest::keyClicks(search, query);
    QVERIFY(matches->model()->rowCount() > 0);
    QCOMPARE(matches->model()->index(0, 0).data(Sieve::Ui::CategoryListModel::CodeRole).toString(),
             category);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->chosenCategories(), QStringList{category});

    // Criteria: a preset, then the reader's own words added to it.
    auto *presets = child<QComboBox>(*dialog, "presetComboBox");
    for (int step = 0; step < presets->count() && presets->currentData() != preset; ++step) {
        QTest::keyClick(presets, Qt::Key_Up);
    }
    QCOMPARE(presets->currentData().toString(), preset);
    auto *criteria = child<QPlainTextEdit>(*dialog, "criteriaPlainTextEdit");
    QCOMPARE(criteria->toPlainText(), presetCriteria(preset));
    const QString added = QStringLiteral(" Also graph neural networks on sky surveys.");
    criteria->moveCursor(QTextCursor::End);
    QTest::keyClicks(criteria, added);
    QCOMPARE(presets->currentIndex(), -1); // the reader's own criteria now

    auto *finish = child<QPushButton>(*dialog, "finishButton");
    QTRY_VERIFY(finish->isEnabled()); // the key field has asked the keychain what it holds
    if (!key.isEmpty()) {
        QTest::keyClicks(child<QLineEdit>(*dialog, "keyLineEdit"), key);
    }

    // What the reader sees before finishing, kept for a look (build/ci/artifacts).
    QVERIFY(QDir().mkpath(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR)));
    QCoreApplication::processEvents();
    const QImage shot = dialog->grab().toImage();
    QVERIFY(shot.save(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR "/setupdialog-%1.png")
                          .arg(category.toLower().remove(QLatin1Char('.')))));

    QSignalSpy finished(dialog, &SetupDialog::setupFinished);
    QElapsedTimer sinceFinish;
    sinceFinish.start();
    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(5000));

    // The fetched day is shown, every paper ranked by the local ranker, and the banner is gone.
    QTRY_VERIFY_WITH_TIMEOUT(!child<QWidget>(window, "bannerBar")->isVisible(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentDate() == day
                                 && window.currentListing().summary.source
                                     != QLatin1String("sample"),
                             10000);
    // Journey 1 allows a minute; a local server and a small day take well under a second.
    qInfo("from Finish to the ranked day: %lld ms", sinceFinish.elapsed());
    QVERIFY(sinceFinish.elapsed() < 60000);
    const Sieve::Digest::DayListing &listing = window.currentListing();
    QVERIFY(listing.papers.size() >= 9); // the smallest fixture feed holds 9 papers
    QCOMPARE(int(listing.papers.size()), listing.summary.paperCount);
    QVERIFY(!listing.hasLlmScores);
    for (qsizetype i = 0; i < listing.papers.size(); ++i) {
        QCOMPARE(listing.papers.at(i).localRank, int(i) + 1);
        if (i > 0) {
            QVERIFY(listing.papers.at(i).localScore <= listing.papers.at(i - 1).localScore);
        }
    }
    QCOMPARE(window.paperView()->model()->rowCount(), int(listing.papers.size()));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().constFirst().path, feedPath);

    // The profile holds what the reader chose.
    const auto stored = ProfileStore(*window.library()).profile(window.currentProfile());
    QVERIFY(stored);
    QCOMPARE(stored->categories, QStringList{category});
    QCOMPARE(stored->criteria, presetCriteria(preset) + added);

    // The key, when given, is in the injected store only: not in the settings or the library.
    const QString secretName = AppSettings::secretKey(m_settings->provider());
    QCOMPARE(storedSecret(secrets, secretName).value_or(QString()), key);
    if (!key.isEmpty()) {
        QVERIFY(!fileContains(m_settings->fileName(), key));
        QVERIFY(!fileContains(Sieve::Platform::Paths::libraryFile(), key));
    }
}

// Choices made and a key typed, then Cancel: the profile, the settings and the keychain are as
// they were, arXiv is not asked, and the banner still offers the setup.
void TstSetupDialog::cancellingChangesNothing()
{
    MemorySecretStore secrets;
    MainWindow window;
    AppShell shell(&window, *m_settings, &secrets);
    startFirstTime(window, shell, QDateTime(QDate(2026, 3, 11), QTime(12, 0), QTimeZone::utc()));
    const auto before = ProfileStore(*window.library()).profile(window.currentProfile());
    QVERIFY(before);
    const AppSettings::Provider provider = m_settings->provider();

    SetupDialog *dialog = openSetup(window);
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(*dialog, "categorySearchLineEdit"), QStringLiteral("cs.LG"));
    QTest::keyClick(child<QLineEdit>(*dialog, "categorySearchLineEdit"), Qt::Key_Return);
    QCOMPARE(dialog->chosenCategories(), QStringList{QStringLiteral("cs.LG")});
    child<QPlainTextEdit>(*dialog, "criteriaPlainTextEdit")->setPlainText(QStringLiteral("Bars."));
    auto *providers = child<QComboBox>(*dialog, "providerComboBox");
    providers->setCurrentIndex(providers->count() - 1);
    auto *keyEdit = child<QLineEdit>(*dialog, "keyLineEdit");
    QTRY_VERIFY(keyEdit->isEnabled()); // the keychain said what the new entry holds
    QTest::keyClicks(keyEdit, QStringLiteral("sk-never"));
    QCOMPARE(keyEdit->text(), QStringLiteral("sk-never"));

    QSignalSpy finished(dialog, &SetupDialog::setupFinished);
    QPushButton *cancel =
        child<QDialogButtonBox>(*dialog, "setupButtonBox")->button(QDialogButtonBox::Cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<SetupDialog *>());
    QCOMPARE(finished.count(), 0);

    const auto after = ProfileStore(*window.library()).profile(window.currentProfile());
    QVERIFY(after);
    QCOMPARE(after->categories, before->categories);
    QCOMPARE(after->criteria, before->criteria);
    QCOMPARE(after->settings, before->settings);
    QCOMPARE(m_settings->provider(), provider);
    for (const AppSettings::Provider each :
         {AppSettings::Provider::OpenAi, AppSettings::Provider::Anthropic}) {
        QVERIFY(!storedSecret(secrets, AppSettings::secretKey(each)));
    }
    QTest::qWait(200); // a fetch would have started at once
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(child<QPushButton>(window, "setupFeedButton")->isVisible());
}

// Finish stays disabled until a category is followed and criteria are written.
void TstSetupDialog::finishingNeedsACategory()
{
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    startFirstTime(window, shell, QDateTime(QDate(2026, 3, 11), QTime(12, 0), QTimeZone::utc()));
    SetupDialog *dialog = openSetup(window);
    QVERIFY(dialog);
    auto *finish = child<QPushButton>(*dialog, "finishButton");
    QVERIFY(!finish->isEnabled());

    QTest::keyClicks(child<QLineEdit>(*dialog, "categorySearchLineEdit"), QStringLiteral("galax"));
    QTest::keyClick(child<QLineEdit>(*dialog, "categorySearchLineEdit"), Qt::Key_Return);
    QVERIFY(finish->isEnabled());
    child<QPlainTextEdit>(*dialog, "criteriaPlainTextEdit")->clear();
    QVERIFY(!finish->isEnabled());
    dialog->reject();
}

void TstSetupDialog::criteriaAreHighlightedAsInTheEditor()
{
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    startFirstTime(window, shell, QDateTime(QDate(2026, 3, 11), QTime(12, 0), QTimeZone::utc()));
    SetupDialog *dialog = openSetup(window);
    QVERIFY(dialog);
    auto *criteria = child<QPlainTextEdit>(*dialog, "criteriaPlainTextEdit");
    criteria->setPlainText(QStringLiteral("1. Dwarf galaxies\n   - Relevant: their dark matter"));

    // The "Relevant:" note takes the colour the criteria editor gives it.
    const QTextBlock note = criteria->document()->lastBlock();
    const QString text = note.text();
    const int label = int(text.indexOf(QStringLiteral("Relevant:")));
    const QColor expected = MarkdownHighlighter(nullptr, criteria->palette())
                                .format(MarkdownHighlighter::Element::RelevantLabel)
                                .foreground()
                                .color();
    bool coloured = false;
    for (const QTextLayout::FormatRange &range : note.layout()->formats()) {
        if (label >= range.start && label < range.start + range.length) {
            coloured = range.format.foreground().color() == expected;
        }
    }
    QVERIFY2(coloured, qPrintable(text));
    dialog->reject();
}

void TstSetupDialog::toolsMenuOpensTheSetupToo()
{
    MainWindow window;
    AppShell shell(&window, *m_settings, nullptr);
    startFirstTime(window, shell, QDateTime(QDate(2026, 3, 11), QTime(12, 0), QTimeZone::utc()));
    QVERIFY(!window.findChild<SetupDialog *>());

    QAction *setup = window.toolsMenu()->findChild<QAction *>(QStringLiteral("setupAction"));
    QVERIFY(setup);
    setup->trigger();

    auto *dialog = window.findChild<SetupDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->reject();
}

QTEST_MAIN(TstSetupDialog)
#include "tst_setupdialog.moc"
