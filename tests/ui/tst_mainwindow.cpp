// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdftesting.h"
#include "urlcatcher.h"
#include "webtesting.h"

#include <app/arxiv/pdfdownloader.h>
#include <app/core/textext.h>
#include <app/digest/dayview.h>
#include <app/digest/sampledays.h>
#include <app/library/library.h>
#include <app/library/profilestore.h>
#include <app/library/runstore.h>
#include <app/net/httpclient.h>
#include <app/platform/appsettings.h>
#include <app/platform/paths.h>
#include <app/platform/translations.h>
#include <ui/appshell.h>
#include <ui/daylistmodel.h>
#include <ui/mainwindow.h>
#include <ui/messagebar.h>
#include <ui/networkstatus.h>
#include <ui/noteeditor.h>
#include <ui/paperpreview.h>
#include <ui/papertablemodel.h>
#include <ui/pdfviewer.h>
#include <ui/previewpage.h>
#include <ui/runpanel.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPdfDocument>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <tests/support/fakehttpserver.h>

using Sieve::Ui::MainWindow;
using Sieve::Ui::PaperTableModel;

namespace {

constexpr auto LongDwell = std::chrono::minutes(10);

// The library opens on a worker thread, and the day's list is built on another: the window
// says when the first day's papers are shown.
bool openLibrary(MainWindow &window)
{
    QSignalSpy shown(&window, &MainWindow::dayShown);
    window.openLibrary();
    return shown.wait(10000);
}

QString cell(const MainWindow &window, int row, int column)
{
    return window.paperView()->model()->index(row, column).data().toString();
}

QString titleAt(const MainWindow &window, int row)
{
    return cell(window, row, PaperTableModel::TitleColumn);
}

// The title as the list shows it: TeX read as plain text.
QString shownTitle(const Sieve::Paper &paper)
{
    return Sieve::TexText::toPlainText(paper.title);
}

int rows(const MainWindow &window)
{
    return window.paperView()->model()->rowCount();
}

// The sample days, with LLM scores for the newest: two scored papers and a failed one.
struct ScoredDay
{
    QDate date;
    QString best; // relevance 9, novelty 8
    QString failed;
};

std::optional<ScoredDay> scoreNewestSampleDay()
{
    auto library = Sieve::Library::Library::open(Sieve::Platform::Paths::libraryFile());
    if (!library || !Sieve::Digest::SampleDays::importInto(*library.value())) {
        return std::nullopt;
    }
    const auto date = library.value()->latestAnnouncedDay();
    const auto day = date ? library.value()->day(*date) : std::nullopt;
    if (!day || day->papers.size() < 3) {
        return std::nullopt;
    }

    Sieve::Library::RunStore store(*library.value());
    Sieve::Library::RunRecord run;
    run.date = *date;
    run.profile = QStringLiteral("default");
    run.model = QStringLiteral("gpt-4.1-mini");
    const auto id = store.createRun(run);
    if (!id) {
        return std::nullopt;
    }
    Sieve::Library::ScoreRecord best;
    best.paperId = day->papers.at(2).id;
    best.relevance = 9;
    best.novelty = 8;
    best.comment = QStringLiteral("Exactly on topic.");
    best.status = QStringLiteral("scored");
    Sieve::Library::ScoreRecord fair;
    fair.paperId = day->papers.at(0).id;
    fair.relevance = 6;
    fair.novelty = 5;
    fair.status = QStringLiteral("scored");
    Sieve::Library::ScoreRecord failed;
    failed.paperId = day->papers.at(1).id;
    failed.status = QStringLiteral("failed");
    failed.reason = QStringLiteral("provider error");
    if (!store.recordScores(*id, {best, fair, failed})) {
        return std::nullopt;
    }
    return ScoredDay{*date, best.paperId, failed.paperId};
}

// What the engine lists for `date`, built here the way the window's worker builds it.
std::optional<Sieve::Digest::DayListing> engineListing(const QDate &date)
{
    auto library = Sieve::Library::Library::open(Sieve::Platform::Paths::libraryFile());
    if (!library) {
        return std::nullopt;
    }
    const auto profile = Sieve::Scoring::ScoringProfile::defaults();
    const auto ranker = Sieve::Digest::DayView::prepareRanker(*library.value(), profile);
    return Sieve::Digest::DayView::build(*library.value(), date, profile, *ranker);
}

// Shows the window and makes it the active one, so its shortcuts receive key clicks.
bool showActive(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        qWarning("the window was not shown");
        return false;
    }
    window.raise();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        qWarning("the window did not become active");
        return false;
    }
    // The offscreen platform keeps its focus window across hide() and show(), so Qt Widgets
    // does not hear that the window is active again.
    if (!window.isActiveWindow()) {
        QApplication::setActiveWindow(&window);
    }
    return window.isActiveWindow();
}

// Opens the library and activates the window once the first paper is previewed. The preview's
// web view, made with the first paper, re-creates the window's native surface; on X that
// takes the input focus away, and under Xvfb no window manager gives it back, so activating
// before would leave the shortcuts deaf.
// The entry of a menu with this text, without its mnemonic.
QAction *actionNamed(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&') == text) {
            return action;
        }
    }
    return nullptr;
}

bool openActive(MainWindow &window)
{
    if (!openLibrary(window)) {
        qWarning("the library did not open");
        return false;
    }
    if (!Sieve::Test::waitShown(*window.preview())) {
        qWarning("the first paper was not previewed");
        return false;
    }
    return showActive(window);
}

void typeKeys(MainWindow &window, const QString &keys)
{
    for (const QChar key : keys) {
        switch (key.unicode()) {
        case 's':
            QTest::keyClick(&window, Qt::Key_S);
            break;
        case 'm':
            QTest::keyClick(&window, Qt::Key_M);
            break;
        case '+':
            QTest::keyClick(&window, Qt::Key_Plus);
            break;
        case '-':
            QTest::keyClick(&window, Qt::Key_Minus);
            break;
        case 'j':
            QTest::keyClick(&window, Qt::Key_J);
            break;
        case 'n':
            QTest::keyClick(&window, Qt::Key_N);
            break;
        case 'd':
            QTest::keyClick(&window, Qt::Key_D);
            break;
        case '/':
            QTest::keyClick(&window, Qt::Key_Slash);
            break;
        default:
            QTest::keyClick(&window, Qt::Key_K);
            break;
        }
    }
}

// The preview's visible text, once the current paper is on screen.
QString previewText(MainWindow &window)
{
    if (!Sieve::Test::waitShown(*window.preview())) {
        return {};
    }
    const auto text =
        Sieve::Test::evaluate(window.preview()->page(), QStringLiteral("document.body.innerText"));
    return text ? text->toString() : QString();
}

bool pdfCacheIsEmpty()
{
    return QDir(Sieve::Platform::Paths::dataDir() + QStringLiteral("/pdf"))
        .entryList({QStringLiteral("*.pdf")})
        .isEmpty();
}

// arXiv answers with a good PDF of `pages` pages from now on; the viewer's Retry shows it.
bool retryShowsAGoodPdf(MainWindow &window, Sieve::Test::FakeHttpServer &server, int pages)
{
    server.setResponder([pages](const Sieve::Test::FakeHttpServer::Request &) {
        return Sieve::Test::FakeHttpServer::Response::ok(Sieve::Test::generatedPdf(pages),
                                                         "application/pdf");
    });
    auto *retry = window.pdfViewer()->findChild<QPushButton *>(QStringLiteral("retryButton"));
    if (!retry || !retry->isVisible()) {
        qWarning("no Retry button");
        return false;
    }
    QTest::mouseClick(retry, Qt::LeftButton);
    return QTest::qWaitFor(
               [&window] {
                   return window.pdfViewer()->document()->status() == QPdfDocument::Status::Ready;
               },
               10000)
        && window.pdfViewer()->document()->pageCount() == pages;
}

} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheSampleDaysNewestFirst();
    void keyboardMovesThroughThePapers_data();
    void keyboardMovesThroughThePapers();
    void paperTextIsShownAsTextNeverAsMarkup_data();
    void paperTextIsShownAsTextNeverAsMarkup();
    void screenshotIsNotBlank();
    void theFirstWindowLeavesRoomForItsFrame();
    void readingKeysChangeTheState_data();
    void readingKeysChangeTheState();
    void readingStateSurvivesARestart();
    void aRatingReranksTheDayWithoutMovingTheRows();
    void ratingsBelongToTheProfileShown();
    void skippedPapersCanBeSentToTheLlm();
    void readingActionsShowTheirShortcut_data();
    void openPdfKeysShowThePaperAndCacheIt_data();
    void openPdfKeysShowThePaperAndCacheIt();
    void aBadPdfIsExplainedAndRetryFetchesItAgain_data();
    void aBadPdfIsExplainedAndRetryFetchesItAgain();
    void systemViewerGetsThePdfDownloadedOnce();
    void readingActionsShowTheirShortcut();
    void scoredDayShowsTheEngineOrderAndScores();
    void filterNarrowsTheDayAndEscapeRestoresIt();
    void librarySearchFindsAPaperOfAnotherDay();
    void noteSurvivesARestart();
    void paperIsMarkedReadOnlyAfterTheDwell();
    void dwellCountsOnlyWhileTheWindowIsWatched_data();
    void dwellCountsOnlyWhileTheWindowIsWatched();
    void offlineIsShownAndNetworkActionsDisabled();
    void unreachableArxivIsOfflineUntilItMayTryAgain();
    void profilesAreOfferedInTheToolBar();
    void shortcutsComeFromTheSettings();
    void columnWidthsSurviveARestart();
    void columnsHiddenFromTheHeaderMenuSurviveARestart_data();
    void columnsHiddenFromTheHeaderMenuSurviveARestart();
    void searchResultsOfferTheirOwnColumns();
    void wholeWindowFollowsADarkPalette();
    void followedAuthorsPaperShowsItsBadgeAndReason();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PaperSieveTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    // xcb on Xvfb under tools/dev.sh test, offscreen without a display.
    qInfo("platform: %s", qPrintable(QGuiApplication::platformName()));
    // Plurals ("112 papers") come from the English translation, as in the app.
    QVERIFY(Sieve::Platform::installTranslators(QLocale(QLocale::C)) >= 1);
}

void TstMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Sieve::Platform::Paths::setDataDirOverride(m_dir->path());
    // Papers are marked read after a dwell: long here, so only the dwell test sees it.
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("reading/markReadAfterMs"),
                      int(std::chrono::milliseconds(LongDwell).count()));
}

void TstMainWindow::cleanup()
{
    Sieve::Platform::Paths::setDataDirOverride({});
    m_dir.reset();
}

void TstMainWindow::opensOnTheSampleDaysNewestFirst()
{
    MainWindow window;
    QVERIFY(openLibrary(window));

    QCOMPARE(window.dayView()->model()->rowCount(), 3);
    QCOMPARE(window.dayView()->currentIndex().row(), 0);
    QVERIFY(
        window.dayView()->model()->index(0, 0).data().toString().contains(QStringLiteral("11")));
    QVERIFY(rows(window) > 81);
    QCOMPARE(window.paperView()->currentIndex().row(), 0);
    QCOMPARE(window.currentDate(),
             window.dayView()->currentIndex().data(Sieve::Ui::DayListModel::DateRole).toDate());
    QCOMPARE(window.currentProfile(), QStringLiteral("default"));

    const QString firstTitle = titleAt(window, 0);
    QCOMPARE(shownTitle(window.preview()->content().paper), firstTitle);
    QVERIFY(Sieve::Test::waitShown(*window.preview()));
}

void TstMainWindow::keyboardMovesThroughThePapers_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<int>("row");

    QTest::newRow("j goes down") << QStringLiteral("j") << 1;
    QTest::newRow("j j k") << QStringLiteral("jjk") << 1;
    QTest::newRow("k stays at the top") << QStringLiteral("kk") << 0;
    QTest::newRow("five times j") << QStringLiteral("jjjjj") << 5;
}

void TstMainWindow::keyboardMovesThroughThePapers()
{
    QFETCH(QString, keys);
    QFETCH(int, row);

    MainWindow window;
    // Shown before the library opens, as the app does.
    QVERIFY(showActive(window));
    QVERIFY(openActive(window));

    for (const QChar key : keys) {
        QTest::keyClick(&window, key == QLatin1Char('j') ? Qt::Key_J : Qt::Key_K);
    }

    QCOMPARE(window.paperView()->currentIndex().row(), row);
    QCOMPARE(shownTitle(window.preview()->content().paper), titleAt(window, row));
    QVERIFY(Sieve::Test::waitShown(*window.preview()));
}

void TstMainWindow::paperTextIsShownAsTextNeverAsMarkup_data()
{
    QTest::addColumn<QString>("payload");

    QTest::newRow("script tag") << QStringLiteral("<script>window.pwned = 1</script>");
    QTest::newRow("image with handler") << QStringLiteral("<img src=\"http://example.com/x.png\">");
    QTest::newRow("link") << QStringLiteral("<a href=\"http://evil.example\">click</a>");
    QTest::newRow("entity") << QStringLiteral("&lt;b&gt; stays literal");
}

void TstMainWindow::paperTextIsShownAsTextNeverAsMarkup()
{
    QFETCH(QString, payload);

    {
        auto library = Sieve::Library::Library::open(Sieve::Platform::Paths::libraryFile());
        QVERIFY(library);
        Sieve::Day day;
        day.date = QDate(2026, 3, 12);
        day.categories = {QStringLiteral("cs.LG")};
        day.source = QStringLiteral("rss");
        Sieve::Paper paper;
        paper.id = QStringLiteral("2603.99999");
        paper.version = 1;
        paper.title = QStringLiteral("Title ") + payload;
        paper.abstract = QStringLiteral("Abstract ") + payload;
        paper.authors = {QStringLiteral("A. Author ") + payload};
        paper.categories = {QStringLiteral("cs.LG")};
        paper.primaryCategory = QStringLiteral("cs.LG");
        day.papers = {paper};
        day.listings = {{paper.id, QStringLiteral("cs.LG"), Sieve::AnnounceType::New}};
        QVERIFY(library.value()->storeDay(day));
    }

    MainWindow window;
    QVERIFY(openLibrary(window));
    QCOMPARE(window.dayView()->model()->rowCount(), 1);

    const QString shown = previewText(window);
    QVERIFY2(shown.contains(QStringLiteral("Title ") + payload), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Abstract ") + payload));
    QVERIFY(shown.contains(QStringLiteral("A. Author ") + payload));
    QVERIFY(window.preview()->blockedUrls().isEmpty());
}

// On a first start nothing is stored: the window must not come up taller than the screen (a
// 1366×768 laptop has less than 768 pixels free), hiding its status bar below the panel.
void TstMainWindow::theFirstWindowLeavesRoomForItsFrame()
{
    MainWindow window;
    QVERIFY(openActive(window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.height() < available.height() && window.width() < available.width(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(available.width())
                            .arg(available.height())));
}

void TstMainWindow::screenshotIsNotBlank()
{
    QVERIFY(scoreNewestSampleDay());
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(openActive(window));
    // A morning in progress: the best paper starred, rated and noted, the next two read.
    typeKeys(window, QStringLiteral("s+"));
    window.noteEditor()->setPlainText(QStringLiteral("Compare with last week's benchmark."));
    window.noteEditor()->commit();
    typeKeys(window, QStringLiteral("jmjmkk"));
    QTRY_VERIFY(window.dayView()->currentIndex().data(Sieve::Ui::DayListModel::RelevantRole).toInt()
                >= 0);
    QVERIFY(Sieve::Test::waitShown(*window.preview()));
    window.statusBar()->clearMessage();
    // Let the web view's compositor deliver a frame before grabbing the window.
    QTest::qWait(300);

    const QImage image = window.grab().toImage();
    QVERIFY(QDir().mkpath(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR)));
    const QString path = QStringLiteral(PAPERSIEVE_ARTIFACT_DIR "/mainwindow.png");
    QVERIFY(image.save(path));
    qInfo("screenshot written to %s", qPrintable(path));

    // A blank or unpainted window has one or two colours; text, rows and headers give many.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

    // The typeset preview itself is painted too, not left as an empty area.
    const QImage preview = window.preview()->grab().toImage();
    QVERIFY(preview.height() > 150);
    QSet<QRgb> previewColours;
    for (int y = 0; y < preview.height(); y += 2) {
        for (int x = 0; x < preview.width(); x += 2) {
            previewColours.insert(preview.pixel(x, y));
        }
    }
    QVERIFY2(previewColours.size() > 1, qPrintable(QString::number(previewColours.size())));
}

void TstMainWindow::readingKeysChangeTheState_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<bool>("starred");
    QTest::addColumn<bool>("read");
    QTest::addColumn<int>("rating"); // 0: none

    QTest::newRow("s stars") << QStringLiteral("s") << true << false << 0;
    QTest::newRow("s s unstars") << QStringLiteral("ss") << false << false << 0;
    QTest::newRow("m marks read") << QStringLiteral("m") << false << true << 0;
    QTest::newRow("m m marks unread") << QStringLiteral("mm") << false << false << 0;
    QTest::newRow("+ rates up") << QStringLiteral("+") << false << false << 4;
    QTest::newRow("+ + + stops at five") << QStringLiteral("+++") << false << false << 5;
    QTest::newRow("- rates down") << QStringLiteral("-") << false << false << 2;
    QTest::newRow("+ - is neutral") << QStringLiteral("+-") << false << false << 3;
    QTest::newRow("- - stops at two") << QStringLiteral("--") << false << false << 2;
    QTest::newRow("d is not interested") << QStringLiteral("d") << false << false << 1;
    QTest::newRow("d d takes it back") << QStringLiteral("dd") << false << false << 0;
    QTest::newRow("+ d replaces the rating") << QStringLiteral("+d") << false << false << 1;
}

void TstMainWindow::readingKeysChangeTheState()
{
    QFETCH(QString, keys);
    QFETCH(bool, starred);
    QFETCH(bool, read);
    QFETCH(int, rating);

    MainWindow window;
    QVERIFY(openActive(window));

    typeKeys(window, keys);

    const auto content = window.preview()->content();
    QCOMPARE(content.starred, starred);
    QCOMPARE(content.read, read);
    QCOMPARE(content.rating.value_or(0), rating);
    const QString marks = cell(window, 0, PaperTableModel::FlagsColumn);
    QCOMPARE(marks.contains(QStringLiteral("★")), starred);
    QCOMPARE(marks.contains(QStringLiteral("✓")), read);
    QCOMPARE(marks.contains(QStringLiteral("⊘")), rating == 1);
    // The key acted on the selected paper only.
    typeKeys(window, QStringLiteral("j"));
    QVERIFY(!window.preview()->content().starred);
    QVERIFY(!window.preview()->content().rating);
}

void TstMainWindow::readingStateSurvivesARestart()
{
    QString firstId;
    {
        MainWindow window;
        QVERIFY(openActive(window));
        firstId = window.preview()->content().paper.id;
        typeKeys(window, QStringLiteral("s++m"));
    }

    MainWindow window;
    QVERIFY(openLibrary(window));

    const auto content = window.preview()->content();
    QCOMPARE(content.paper.id, firstId);
    QVERIFY(content.starred);
    QVERIFY(content.read);
    QCOMPARE(content.rating, std::optional<int>(5));
    QCOMPARE(cell(window, 0, PaperTableModel::FlagsColumn), QStringLiteral("★ 5 ✓"));
    QVERIFY(window.paperView()->model()->index(0, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!window.paperView()->model()->index(1, 0).data(Qt::ForegroundRole).isValid());
    const QString state = previewText(window);
    QVERIFY2(state.contains(QStringLiteral("Rated 5/5")), qPrintable(state));
}

void TstMainWindow::aRatingReranksTheDayWithoutMovingTheRows()
{
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(openActive(window));
    QAbstractItemModel *model = window.paperView()->model();
    const int count = rows(window);
    QVERIFY(count > 20);
    const int row = count - 3;
    window.paperView()->setCurrentIndex(model->index(row, PaperTableModel::TitleColumn));
    window.paperView()->scrollTo(window.paperView()->currentIndex());
    const QString liked = window.currentPaper()->paper.id;
    QStringList titles;
    QStringList local;
    for (int r = 0; r < count; ++r) {
        titles.append(titleAt(window, r));
        local.append(cell(window, r, PaperTableModel::LocalColumn));
    }
    const int rankBefore = cell(window, row, PaperTableModel::RankColumn).toInt();
    const int scroll = window.paperView()->verticalScrollBar()->value();
    QSignalSpy reranked(&window, &MainWindow::dayReranked);

    typeKeys(window, QStringLiteral("+"));

    QVERIFY(reranked.wait(5000));
    // The rows stay under the reader's cursor; the numbers show the new ranking.
    QCOMPARE(window.paperView()->currentIndex().row(), row);
    QCOMPARE(window.currentPaper()->paper.id, liked);
    QCOMPARE(window.paperView()->verticalScrollBar()->value(), scroll);
    int changed = 0;
    for (int r = 0; r < count; ++r) {
        QCOMPARE(titleAt(window, r), titles.at(r));
        changed += cell(window, r, PaperTableModel::LocalColumn) != local.at(r) ? 1 : 0;
    }
    QVERIFY2(changed > 1, qPrintable(QString::number(changed)));
    const int rankAfter = cell(window, row, PaperTableModel::RankColumn).toInt();
    QVERIFY2(rankAfter < rankBefore,
             qPrintable(QStringLiteral("%1 -> %2").arg(rankBefore).arg(rankAfter)));

    // Ctrl+R sorts into the new ranking, keeping the paper selected and in sight.
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    for (int r = 0; r < count; ++r) {
        QCOMPARE(cell(window, r, PaperTableModel::RankColumn).toInt(), r + 1);
    }
    QCOMPARE(window.currentPaper()->paper.id, liked);
    QCOMPARE(window.paperView()->currentIndex().row(), rankAfter - 1);
    const QRect visible = window.paperView()->viewport()->rect();
    QVERIFY(visible.intersects(window.paperView()->visualRect(window.paperView()->currentIndex())));
}

void TstMainWindow::ratingsBelongToTheProfileShown()
{
    {
        auto library = Sieve::Library::Library::open(Sieve::Platform::Paths::libraryFile());
        QVERIFY(library);
        QVERIFY(Sieve::Digest::SampleDays::importInto(*library.value()));
        Sieve::Library::ProfileStore store(*library.value());
        for (const QString &name : {QStringLiteral("default"), QStringLiteral("galaxies")}) {
            Sieve::Scoring::ScoringProfile profile = Sieve::Scoring::ScoringProfile::defaults();
            profile.name = name;
            QVERIFY(store.save({profile.name, {}, profile.criteria, profile.toJson()}));
        }
    }
    MainWindow window;
    QVERIFY(openActive(window));
    QCOMPARE(window.currentProfile(), QStringLiteral("default"));
    const QString paper = window.currentPaper()->paper.id;

    typeKeys(window, QStringLiteral("+"));
    QSignalSpy shown(&window, &MainWindow::dayShown);
    window.selectProfile(QStringLiteral("galaxies"));
    QVERIFY(shown.wait(5000));

    const int row = window.paperModel()->rowOf(paper);
    QVERIFY(row >= 0);
    QVERIFY(!window.paperModel()->listedAt(row).reading.rating);
    QCOMPARE(window.library()->reading().state(QStringLiteral("default"), paper).rating,
             std::optional<int>(4));
}

void TstMainWindow::skippedPapersCanBeSentToTheLlm()
{
    // The newest day was scored with three papers skipped by the local ranker.
    QStringList skipped;
    {
        auto library = Sieve::Library::Library::open(Sieve::Platform::Paths::libraryFile());
        QVERIFY(library);
        QVERIFY(Sieve::Digest::SampleDays::importInto(*library.value()));
        const auto date = library.value()->latestAnnouncedDay();
        QVERIFY(date);
        const auto day = library.value()->day(*date);
        Sieve::Library::RunStore store(*library.value());
        Sieve::Library::RunRecord run;
        run.date = *date;
        run.profile = QStringLiteral("default");
        run.model = QStringLiteral("gpt-4.1-mini");
        const auto id = store.createRun(run);
        QVERIFY(id);
        QList<Sieve::Library::ScoreRecord> scores;
        for (qsizetype i = 0; i < day->papers.size(); ++i) {
            Sieve::Library::ScoreRecord score;
            score.paperId = day->papers.at(i).id;
            score.status = i < 3 ? QStringLiteral("skipped") : QStringLiteral("scored");
            score.reason = QStringLiteral("skipped by local ranker");
            score.relevance = 5;
            score.novelty = 5;
            if (i < 3) {
                skipped.append(score.paperId);
                score.relevance.reset();
                score.novelty.reset();
            }
            scores.append(score);
        }
        QVERIFY(store.recordScores(*id, scores));
    }
    MainWindow window;
    QVERIFY(openActive(window));
    auto *action = window.findChild<QAction *>(QStringLiteral("scoreAction"));
    QVERIFY(action);
    QVERIFY(window.paperView()->contextMenuPolicy() == Qt::ActionsContextMenu);
    QVERIFY(window.paperView()->actions().contains(action));
    QSignalSpy requested(&window, &MainWindow::llmScoringRequested);

    const auto rowOf = [&window](const QString &id) {
        const QModelIndex source = window.paperModel()->index(window.paperModel()->rowOf(id), 0);
        return static_cast<QSortFilterProxyModel *>(window.paperView()->model())
            ->mapFromSource(source);
    };
    QString scored;
    for (const auto &listed : window.currentListing().papers) {
        if (listed.status == QLatin1String("scored")) {
            scored = listed.paper.id;
            break;
        }
    }

    // A scored paper cannot be sent again this way; skipped ones can, several at once.
    window.paperView()->setCurrentIndex(rowOf(scored));
    QVERIFY(!action->isEnabled());
    QItemSelectionModel *selection = window.paperView()->selectionModel();
    selection->clearSelection();
    for (const QString &id : skipped.mid(0, 2)) {
        selection->select(rowOf(id), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QVERIFY(action->isEnabled());
    action->trigger();

    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().at(0).toDate(), window.currentDate());
    QStringList sent = requested.constFirst().at(1).toStringList();
    sent.sort();
    QStringList expected = skipped.mid(0, 2);
    expected.sort();
    QCOMPARE(sent, expected);

    // Offline, nothing can be sent.
    window.networkStatus()->setOnline(false);
    QVERIFY(!action->isEnabled());
}

void TstMainWindow::readingActionsShowTheirShortcut_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");

    QTest::newRow("star") << QStringLiteral("starAction") << QStringLiteral("(S)");
    QTest::newRow("read") << QStringLiteral("readAction") << QStringLiteral("(M)");
    QTest::newRow("rate up") << QStringLiteral("rateUpAction") << QStringLiteral("(+)");
    QTest::newRow("rate down") << QStringLiteral("rateDownAction") << QStringLiteral("(-)");
    QTest::newRow("not interested")
        << QStringLiteral("notInterestedAction") << QStringLiteral("(D)");
    QTest::newRow("system viewer")
        << QStringLiteral("openPdfExternallyAction") << QStringLiteral("(Shift+O)");
}

void TstMainWindow::readingActionsShowTheirShortcut()
{
    QFETCH(QString, name);
    QFETCH(QString, key);

    MainWindow window;
    const auto *action = window.findChild<QAction *>(name);
    QVERIFY(action);
    QVERIFY2(action->toolTip().endsWith(key), qPrintable(action->toolTip()));
}

void TstMainWindow::aBadPdfIsExplainedAndRetryFetchesItAgain_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("message");

    // arXiv's "being generated" page instead of the PDF.
    QTest::newRow("a web page") << QByteArrayLiteral("<html>Please wait</html>")
                                << QByteArrayLiteral("text/html")
                                << QStringLiteral("not send a PDF");
    // Cut short: it starts like a PDF but does not end like one, and is not cached.
    const QByteArray cutShort = Sieve::Test::generatedPdf(3).left(600);
    QTest::newRow("a PDF cut short")
        << cutShort << QByteArrayLiteral("application/pdf") << QStringLiteral("arrived incomplete");
    // Whole by its markers but damaged inside: cached, and QtPdf cannot read it. Kept, it would
    // come back from the cache on every Retry.
    QTest::newRow("a damaged PDF")
        << QByteArray(cutShort).append("\n%%EOF\n") << QByteArrayLiteral("application/pdf")
        << QStringLiteral("cannot be read as a PDF");
}

void TstMainWindow::aBadPdfIsExplainedAndRetryFetchesItAgain()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, message);

    Sieve::Test::FakeHttpServer server;
    server.setResponder([&](const Sieve::Test::FakeHttpServer::Request &) {
        return Sieve::Test::FakeHttpServer::Response::ok(body, contentType);
    });
    MainWindow window;
    window.pdfDownloader()->setBaseUrl(server.baseUrl());
    QVERIFY(openActive(window));

    QTest::keyClick(&window, Qt::Key_O);

    QVERIFY(window.pdfViewer());
    QTRY_VERIFY_WITH_TIMEOUT(window.pdfViewer()->message().contains(message), 10000);
    QVERIFY(window.pdfViewer()->document()->status() != QPdfDocument::Status::Ready);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(pdfCacheIsEmpty());
    // The paper's page on arXiv is offered too, as the message advises.
    auto *browser = window.pdfViewer()->findChild<QPushButton *>(QStringLiteral("browserButton"));
    QVERIFY(browser && browser->isVisible());

    // arXiv has the PDF ready now: Retry asks for it again and shows it.
    QVERIFY(retryShowsAGoodPdf(window, server, 1));
    QCOMPARE(server.requestCount(), 2);
}

void TstMainWindow::openPdfKeysShowThePaperAndCacheIt_data()
{
    QTest::addColumn<int>("key");

    QTest::newRow("o") << int(Qt::Key_O);
    QTest::newRow("return") << int(Qt::Key_Return);
    QTest::newRow("enter") << int(Qt::Key_Enter);
}

void TstMainWindow::openPdfKeysShowThePaperAndCacheIt()
{
    QFETCH(int, key);

    Sieve::Test::FakeHttpServer server;
    MainWindow window;
    window.pdfDownloader()->setBaseUrl(server.baseUrl());
    QVERIFY(openActive(window));
    window.paperView()->setFocus();
    const Sieve::Paper paper = window.preview()->content().paper;
    server.enqueue(
        QStringLiteral("/pdf/") + paper.versionedId(),
        Sieve::Test::FakeHttpServer::Response::ok(Sieve::Test::generatedPdf(3), "application/pdf"));

    QTest::keyClick(window.paperView(), Qt::Key(key));

    QVERIFY(window.pdfViewer());
    QTRY_COMPARE_WITH_TIMEOUT(
        window.pdfViewer()->document()->status(), QPdfDocument::Status::Ready, 10000);
    QCOMPARE(window.pdfViewer()->document()->pageCount(), 3);
    QCOMPARE(server.requestCount(), 1);

    // Again, from the cache: the viewer reloads and the server hears nothing.
    window.pdfViewer()->close();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.paperView(), Qt::Key(key));
    QTRY_COMPARE_WITH_TIMEOUT(
        window.pdfViewer()->document()->status(), QPdfDocument::Status::Ready, 10000);
    QCOMPARE(server.requestCount(), 1);
}

// Shift+O downloads into the PDF cache, then hands the cached file to the system's viewer (here
// a handler for file: URLs, so no real viewer starts); a second time it comes from the cache.
void TstMainWindow::systemViewerGetsThePdfDownloadedOnce()
{
    const Sieve::Test::UrlCatcher viewer(QStringLiteral("file"));
    Sieve::Test::FakeHttpServer server;
    MainWindow window;
    window.pdfDownloader()->setBaseUrl(server.baseUrl());
    QVERIFY(openActive(window));
    window.paperView()->setFocus();
    const Sieve::Paper paper = window.preview()->content().paper;
    server.enqueue(
        QStringLiteral("/pdf/") + paper.versionedId(),
        Sieve::Test::FakeHttpServer::Response::ok(Sieve::Test::generatedPdf(2), "application/pdf"));
    QSignalSpy handedOff(&window, &MainWindow::pdfHandedOff);

    QTest::keyClick(window.paperView(), Qt::Key_O, Qt::ShiftModifier);

    QVERIFY(handedOff.wait(10000));
    QCOMPARE(viewer.urls.size(), 1);
    const QString path = viewer.urls.constFirst().toLocalFile();
    QVERIFY2(path.startsWith(Sieve::Platform::Paths::dataDir() + QStringLiteral("/pdf/")),
             qPrintable(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(window.pdfViewer() == nullptr); // not the in-app viewer

    QTest::keyClick(window.paperView(), Qt::Key_O, Qt::ShiftModifier);
    QVERIFY(handedOff.wait(5000));
    QCOMPARE(viewer.urls.size(), 2);
    QCOMPARE(viewer.urls.at(1), viewer.urls.at(0));
    QCOMPARE(server.requestCount(), 1);
}

void TstMainWindow::scoredDayShowsTheEngineOrderAndScores()
{
    const auto scored = scoreNewestSampleDay();
    QVERIFY(scored);
    const auto listing = engineListing(scored->date);
    QVERIFY(listing && listing->hasLlmScores);

    MainWindow window;
    QVERIFY(openLibrary(window));

    QCOMPARE(window.currentDate(), scored->date);
    QCOMPARE(rows(window), int(listing->papers.size()));
    for (int row = 0; row < rows(window); ++row) {
        QCOMPARE(titleAt(window, row), shownTitle(listing->papers.at(row).paper));
        QCOMPARE(cell(window, row, PaperTableModel::RankColumn), QString::number(row + 1));
    }
    QCOMPARE(cell(window, 0, PaperTableModel::ScoreColumn), QStringLiteral("17"));
    QCOMPARE(cell(window, 0, PaperTableModel::RelevanceColumn), QStringLiteral("9"));
    QCOMPARE(cell(window, 0, PaperTableModel::NoveltyColumn), QStringLiteral("8"));
    const Sieve::Digest::ListedPaper &first = listing->papers.first();
    QCOMPARE(cell(window, 0, PaperTableModel::LocalColumn),
             QLocale().toString(first.localScore, 'f', 2));
    const QModelIndex localCell =
        window.paperView()->model()->index(0, PaperTableModel::LocalColumn);
    QVERIFY(localCell.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("#%1").arg(first.localRank)));
    QCOMPARE(window.preview()->content().paper.id, scored->best);
    QVERIFY(window.preview()->content().llmComment.contains(QStringLiteral("Exactly on topic.")));
    QVERIFY(window.preview()->content().rankerExplanation.contains(QStringLiteral("Rank ")));

    int failedRow = -1;
    for (int row = 0; row < rows(window); ++row) {
        if (window.paperModel()->listedAt(row).paper.id == scored->failed) {
            failedRow = row;
        }
    }
    QVERIFY(failedRow >= 0);
    const QModelIndex flags =
        window.paperView()->model()->index(failedRow, PaperTableModel::FlagsColumn);
    QVERIFY(flags.data().toString().contains(QStringLiteral("⚠")));
    QVERIFY(flags.data(Qt::ToolTipRole).toString().contains(QStringLiteral("provider error")));

    const auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("scored by gpt-4.1-mini")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().startsWith(QString::number(listing->papers.size())));

    // Sorting by a header reorders; the rank column gives the engine's order back.
    window.paperView()->sortByColumn(PaperTableModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(titleAt(window, 0).compare(titleAt(window, 1), Qt::CaseInsensitive) <= 0);
    window.paperView()->sortByColumn(PaperTableModel::RankColumn, Qt::AscendingOrder);
    QCOMPARE(titleAt(window, 0), shownTitle(listing->papers.first().paper));
}

void TstMainWindow::filterNarrowsTheDayAndEscapeRestoresIt()
{
    MainWindow window;
    QVERIFY(openActive(window));
    const int all = rows(window);
    const QString word = QStringLiteral("lensing");

    typeKeys(window, QStringLiteral("/"));
    QVERIFY(window.filterEdit()->hasFocus());
    QTest::keyClicks(window.filterEdit(), word);

    QVERIFY(rows(window) > 0);
    QVERIFY(rows(window) < all);
    for (int row = 0; row < rows(window); ++row) {
        const int source =
            window.paperView()->model()->index(row, 0).data(PaperTableModel::SortRole).toInt() - 1;
        const Sieve::Paper &paper = window.paperModel()->listedAt(source).paper;
        const QString text = paper.title + paper.abstract + paper.authors.join(QString());
        QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(paper.title));
    }
    const QString previewed = window.preview()->content().paper.title.simplified();
    QVERIFY(previewed.isEmpty()
            || window.preview()->content().paper.abstract.contains(word, Qt::CaseInsensitive)
            || previewed.contains(word, Qt::CaseInsensitive));

    QTest::keyClick(window.filterEdit(), Qt::Key_Escape);
    QCOMPARE(rows(window), all);
    QVERIFY(window.filterEdit()->text().isEmpty());
    QVERIFY(window.paperView()->hasFocus());
}

void TstMainWindow::librarySearchFindsAPaperOfAnotherDay()
{
    MainWindow window;
    QVERIFY(openActive(window));

    // A paper of the oldest day that the shown day does not list, and a long word of its
    // abstract.
    QSet<QString> shownIds;
    for (const auto &listed : window.currentListing().papers) {
        shownIds.insert(listed.paper.id);
    }
    const int oldest = window.dayView()->model()->rowCount() - 1;
    const QDate oldDate = window.dayView()
                              ->model()
                              ->index(oldest, 0)
                              .data(Sieve::Ui::DayListModel::DateRole)
                              .toDate();
    QVERIFY(oldDate != window.currentDate());
    const auto oldDay = window.library()->day(oldDate);
    QVERIFY(oldDay);
    Sieve::Paper wanted;
    QString word;
    for (const Sieve::Paper &paper : oldDay->papers) {
        if (shownIds.contains(paper.id)) {
            continue;
        }
        const auto words = paper.abstract.split(QRegularExpression(QStringLiteral("[^A-Za-z]+")));
        for (const QString &candidate : words) {
            if (candidate.size() > word.size()) {
                word = candidate;
                wanted = paper;
            }
        }
        if (word.size() >= 10) {
            break;
        }
    }
    QVERIFY(!wanted.id.isEmpty());

    QSignalSpy searched(&window, &MainWindow::searchShown);
    typeKeys(window, QStringLiteral("/"));
    QTest::keyClicks(window.filterEdit(), word);
    QTest::keyClick(window.filterEdit(), Qt::Key_Return);
    QVERIFY(searched.wait(5000));

    QCOMPARE(window.paperModel()->mode(), PaperTableModel::Mode::Search);
    QVERIFY(!window.paperView()->isColumnHidden(PaperTableModel::DateColumn));
    int found = -1;
    for (int row = 0; row < rows(window); ++row) {
        if (titleAt(window, row) == shownTitle(wanted)) {
            found = row;
        }
    }
    QVERIFY2(found >= 0, qPrintable(word));
    QVERIFY(window.pdfViewer() == nullptr); // Return searched; it did not open a PDF
    const int dateColumn = PaperTableModel::DateColumn;
    QCOMPARE(cell(window, found, dateColumn), QLocale().toString(oldDate, QLocale::ShortFormat));

    // g shows the day the paper was announced on, with the paper selected.
    window.paperView()->setFocus();
    window.paperView()->setCurrentIndex(window.paperView()->model()->index(found, 0));
    QSignalSpy dayShown(&window, &MainWindow::dayShown);
    QTest::keyClick(&window, Qt::Key_G);
    QVERIFY(dayShown.wait(5000));
    QCOMPARE(window.currentDate(), oldDate);
    QCOMPARE(window.currentPaper()->paper.id, wanted.id);
    QCOMPARE(window.paperModel()->mode(), PaperTableModel::Mode::Day);

    // Back to the search, then Escape restores the day.
    typeKeys(window, QStringLiteral("/"));
    QTest::keyClicks(window.filterEdit(), word);
    QTest::keyClick(window.filterEdit(), Qt::Key_Return);
    QVERIFY(searched.wait(5000));

    QTest::keyClick(window.filterEdit(), Qt::Key_Escape);
    QCOMPARE(window.paperModel()->mode(), PaperTableModel::Mode::Day);
    QCOMPARE(rows(window), int(window.currentListing().papers.size()));
    QVERIFY(window.paperView()->isColumnHidden(PaperTableModel::DateColumn));
}

void TstMainWindow::noteSurvivesARestart()
{
    const QString note = QStringLiteral("Try their loss on our data.");
    QString paperId;
    {
        MainWindow window;
        QVERIFY(openActive(window));
        typeKeys(window, QStringLiteral("j"));
        paperId = window.preview()->content().paper.id;
        typeKeys(window, QStringLiteral("n"));
        QVERIFY(window.noteEditor()->hasFocus());
        QTest::keyClicks(window.noteEditor(), note);
        // Typing j in the note is text, not the next paper.
        QCOMPARE(window.paperView()->currentIndex().row(), 1);
        QTest::keyClick(window.noteEditor(), Qt::Key_Escape); // leaving the note saves it
        QVERIFY(window.paperView()->hasFocus());
        QTRY_VERIFY(cell(window, 1, PaperTableModel::FlagsColumn).contains(QStringLiteral("✎")));
    }

    MainWindow window;
    QVERIFY(openActive(window));
    QCOMPARE(window.library()->reading().state(window.currentProfile(), paperId).note, note);
    typeKeys(window, QStringLiteral("j"));
    QCOMPARE(window.noteEditor()->toPlainText(), note);
}

void TstMainWindow::paperIsMarkedReadOnlyAfterTheDwell()
{
    MainWindow window;
    window.setMarkReadDelay(std::chrono::milliseconds(400));
    QVERIFY(openActive(window));
    const QString first = window.preview()->content().paper.id;

    // Moving on before the dwell leaves the first paper unread.
    typeKeys(window, QStringLiteral("j"));
    const QString second = window.preview()->content().paper.id;
    QVERIFY(!window.library()->reading().state(window.currentProfile(), second).isRead());
    QVERIFY(!window.paperModel()->listedAt(1).reading.isRead());

    QTRY_VERIFY_WITH_TIMEOUT(
        window.library()->reading().state(window.currentProfile(), second).isRead(), 5000);
    QVERIFY(window.preview()->content().read);
    QVERIFY(cell(window, 1, PaperTableModel::FlagsColumn).contains(QStringLiteral("✓")));
    QVERIFY(!window.library()->reading().state(window.currentProfile(), first).isRead());
}

void TstMainWindow::dwellCountsOnlyWhileTheWindowIsWatched_data()
{
    QTest::addColumn<QString>("state");

    QTest::newRow("never shown, as with --minimized") << QStringLiteral("never shown");
    QTest::newRow("hidden to the tray") << QStringLiteral("hidden");
    QTest::newRow("minimised") << QStringLiteral("minimised");
    QTest::newRow("behind another window") << QStringLiteral("inactive");
}

// The top paper of a day shown while nobody looks (a --minimized start, a day the schedule
// switched to from the tray) stays unread until the window is in front of the reader.
void TstMainWindow::dwellCountsOnlyWhileTheWindowIsWatched()
{
    QFETCH(QString, state);
    constexpr auto Dwell = std::chrono::milliseconds(200);

    MainWindow window;
    QWidget other;
    other.setWindowTitle(QStringLiteral("Another application"));
    if (state == QLatin1String("never shown")) {
        window.setMarkReadDelay(Dwell);
        QVERIFY(openLibrary(window));
    } else {
        QVERIFY(openActive(window)); // the long dwell of init() runs for the first paper
        if (state == QLatin1String("hidden")) {
            window.hide();
        } else if (state == QLatin1String("minimised")) {
            window.showMinimized();
            QTRY_VERIFY(window.isMinimized());
        } else {
            other.show();
            QVERIFY(QTest::qWaitForWindowExposed(&other));
            other.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&other));
            QVERIFY(!window.isActiveWindow());
        }
        window.setMarkReadDelay(Dwell);

        // The schedule shows another day meanwhile.
        const int oldest = window.dayView()->model()->rowCount() - 1;
        QSignalSpy shown(&window, &MainWindow::dayShown);
        window.selectDay(window.dayView()
                             ->model()
                             ->index(oldest, 0)
                             .data(Sieve::Ui::DayListModel::DateRole)
                             .toDate());
        QVERIFY(shown.wait(5000));
    }
    const QString top = window.preview()->content().paper.id;
    QVERIFY(!top.isEmpty());

    // Several dwells pass out of the reader's sight: the paper was not read.
    QTest::qWait(int(Dwell.count()) * 4);
    QVERIFY(!window.library()->reading().state(window.currentProfile(), top).isRead());
    QVERIFY(!window.preview()->content().read);

    // In front of the reader again, the dwell counts.
    if (state == QLatin1String("minimised")) {
        window.showNormal();
    }
    other.hide();
    QVERIFY(showActive(window));
    QTRY_VERIFY_WITH_TIMEOUT(
        window.library()->reading().state(window.currentProfile(), top).isRead(), 5000);
    QVERIFY(window.preview()->content().read);
}

// With arXiv's server stopped, failed connections take the window offline (whatever
// QNetworkInformation says); a PDF never opened then says so at once instead of spinning, and
// once the recheck interval has passed a live server is asked again.
void TstMainWindow::unreachableArxivIsOfflineUntilItMayTryAgain()
{
    QUrl stopped;
    {
        Sieve::Test::FakeHttpServer server;
        stopped = server.baseUrl();
    }
    MainWindow window;
    window.arxivHttpClient()->setBackoff(std::chrono::milliseconds(10),
                                         std::chrono::milliseconds(20));
    window.pdfDownloader()->setBaseUrl(stopped);
    window.networkStatus()->setRecheckInterval(std::chrono::hours(1));
    QVERIFY(openActive(window));
    QVERIFY(window.networkStatus()->isOnline());
    const auto *label = window.findChild<QLabel *>(QStringLiteral("offlineLabel"));
    QVERIFY(label);
    window.paperView()->setFocus();

    QTest::keyClick(window.paperView(), Qt::Key_O);
    QTRY_VERIFY_WITH_TIMEOUT(!window.networkStatus()->isOnline(), 10000);
    QVERIFY(label->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window.pdfViewer()->message().isEmpty(), 10000);

    // Another paper, never opened: refused at once, with no request and no spinner.
    window.pdfViewer()->close();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.paperView(), Qt::Key_J);
    QTest::keyClick(window.paperView(), Qt::Key_O);
    QVERIFY2(window.pdfViewer()->message().contains(QStringLiteral("offline")),
             qPrintable(window.pdfViewer()->message()));
    QTest::keyClick(window.paperView(), Qt::Key_O, Qt::ShiftModifier);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("offline")));

    // After the recheck interval the next request goes out, and an answer keeps us online.
    Sieve::Test::FakeHttpServer server;
    const Sieve::Paper paper = window.preview()->content().paper;
    server.enqueue(
        QStringLiteral("/pdf/") + paper.versionedId(),
        Sieve::Test::FakeHttpServer::Response::ok(Sieve::Test::generatedPdf(1), "application/pdf"));
    window.pdfDownloader()->setBaseUrl(server.baseUrl());
    QVERIFY(!window.networkStatus()->isOnline());
    // Shortening the interval restarts the running recheck.
    window.networkStatus()->setRecheckInterval(std::chrono::milliseconds(50));
    QTRY_VERIFY(window.networkStatus()->isOnline());
    window.pdfViewer()->close();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.paperView(), Qt::Key_O);
    QTRY_COMPARE_WITH_TIMEOUT(
        window.pdfViewer()->document()->status(), QPdfDocument::Status::Ready, 10000);
    QVERIFY(window.networkStatus()->isOnline());
    QVERIFY(!label->isVisible());
}

void TstMainWindow::offlineIsShownAndNetworkActionsDisabled()
{
    MainWindow window;
    QAction fetch(QStringLiteral("Fetch"));
    window.addNetworkAction(&fetch);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto *label = window.findChild<QLabel *>(QStringLiteral("offlineLabel"));
    QVERIFY(label);

    window.networkStatus()->setOnline(false);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("Offline")));
    QVERIFY(!fetch.isEnabled());

    window.networkStatus()->setOnline(true);
    QVERIFY(!label->isVisible());
    QVERIFY(fetch.isEnabled());
}

void TstMainWindow::profilesAreOfferedInTheToolBar()
{
    {
        auto library = Sieve::Library::Library::open(Sieve::Platform::Paths::libraryFile());
        QVERIFY(library);
        QVERIFY(Sieve::Digest::SampleDays::importInto(*library.value()));
        Sieve::Scoring::ScoringProfile profile = Sieve::Scoring::ScoringProfile::defaults();
        profile.name = QStringLiteral("galaxies");
        profile.criteria =
            QStringLiteral("1. Galaxy evolution\n**Keywords:** galaxy, stellar mass");
        Sieve::Library::ProfileStore store(*library.value());
        QVERIFY(store.save({profile.name, {}, profile.criteria, profile.toJson()}));
    }

    MainWindow window;
    QVERIFY(openLibrary(window));
    QCOMPARE(window.profileCombo()->count(), 1);
    QCOMPARE(window.currentProfile(), QStringLiteral("galaxies"));

    QSignalSpy shown(&window, &MainWindow::dayShown);
    window.selectProfile(QStringLiteral("galaxies"));
    QVERIFY(shown.wait(5000));
    QVERIFY(rows(window) > 0);
}

void TstMainWindow::shortcutsComeFromTheSettings()
{
    QSettings().setValue(QStringLiteral("shortcuts/starAction"), QStringLiteral("X"));
    MainWindow window;
    QVERIFY(openActive(window));

    const auto *star = window.findChild<QAction *>(QStringLiteral("starAction"));
    QVERIFY(star);
    QCOMPARE(star->shortcut(), QKeySequence(Qt::Key_X));
    QVERIFY2(star->toolTip().endsWith(QStringLiteral("(X)")), qPrintable(star->toolTip()));
    QTest::keyClick(&window, Qt::Key_X);
    QVERIFY(window.preview()->content().starred);
    QTest::keyClick(&window, Qt::Key_S);
    QVERIFY(window.preview()->content().starred);
}

void TstMainWindow::columnWidthsSurviveARestart()
{
    int width = 0;
    {
        MainWindow window;
        QVERIFY(openActive(window));
        width = window.paperView()->horizontalHeader()->sectionSize(PaperTableModel::AuthorsColumn)
            + 37;
        window.paperView()->horizontalHeader()->resizeSection(PaperTableModel::AuthorsColumn,
                                                              width);
        window.close();
    }

    MainWindow window;
    QVERIFY(showActive(window));
    QCOMPARE(window.paperView()->horizontalHeader()->sectionSize(PaperTableModel::AuthorsColumn),
             width);
}

void TstMainWindow::columnsHiddenFromTheHeaderMenuSurviveARestart_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("name");

    QTest::newRow("novelty") << int(PaperTableModel::NoveltyColumn) << QStringLiteral("Novelty");
    QTest::newRow("local score") << int(PaperTableModel::LocalColumn)
                                 << QStringLiteral("Local Score");
    QTest::newRow("authors") << int(PaperTableModel::AuthorsColumn) << QStringLiteral("Authors");
    QTest::newRow("marks") << int(PaperTableModel::FlagsColumn) << QStringLiteral("Marks");
}

// A right click on the header hides a column; the next start opens without it, View › Columns
// shows it unticked, and Reset Columns brings it back at its default width. The title is
// never offered: a list without it would be useless.
void TstMainWindow::columnsHiddenFromTheHeaderMenuSurviveARestart()
{
    QFETCH(int, column);
    QFETCH(QString, name);
    int defaultWidth = 0;
    {
        MainWindow window;
        QVERIFY(openActive(window));
        QHeaderView *header = window.paperView()->horizontalHeader();
        defaultWidth = header->sectionSize(column);

        Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("columnMenu"));
        QVERIFY(menu);
        QVERIFY(menu->isVisible());
        QVERIFY(!actionNamed(menu, QStringLiteral("Title")));
        QAction *action = actionNamed(menu, name);
        QVERIFY(action);
        QVERIFY(action->isChecked());
        action->trigger();
        QVERIFY(window.paperView()->isColumnHidden(column));
        menu->close();
        window.close();
    }

    MainWindow window;
    QVERIFY(openActive(window));
    QVERIFY(window.paperView()->isColumnHidden(column));
    QVERIFY(!window.paperView()->isColumnHidden(PaperTableModel::TitleColumn));
    auto *columns = window.findChild<QMenu *>(QStringLiteral("columnsMenu"));
    QVERIFY(columns);
    Q_EMIT columns->aboutToShow();
    QAction *action = actionNamed(columns, name);
    QVERIFY(action);
    QVERIFY(!action->isChecked());
    window.paperView()->horizontalHeader()->resizeSection(PaperTableModel::CategoriesColumn, 300);

    auto *reset = columns->findChild<QAction *>(QStringLiteral("resetColumnsAction"));
    QVERIFY(reset);
    reset->trigger();

    QVERIFY(!window.paperView()->isColumnHidden(column));
    QCOMPARE(window.paperView()->horizontalHeader()->sectionSize(column), defaultWidth);
    QVERIFY(window.paperView()->horizontalHeader()->sectionSize(PaperTableModel::CategoriesColumn)
            != 300);
}

// While the library is searched, the day's score columns mean nothing and the date does:
// View › Columns offers the date and not the scores, and the day gets its own columns back.
void TstMainWindow::searchResultsOfferTheirOwnColumns()
{
    MainWindow window;
    QVERIFY(openActive(window));
    auto *columns = window.findChild<QMenu *>(QStringLiteral("columnsMenu"));
    QVERIFY(columns);
    Q_EMIT columns->aboutToShow();
    QVERIFY(actionNamed(columns, QStringLiteral("Relevance")));
    QVERIFY(!actionNamed(columns, QStringLiteral("Date")));

    QSignalSpy searched(&window, &MainWindow::searchShown);
    typeKeys(window, QStringLiteral("/"));
    QTest::keyClicks(window.filterEdit(), QStringLiteral("galaxies"));
    QTest::keyClick(window.filterEdit(), Qt::Key_Return);
    QVERIFY(searched.wait(5000));
    Q_EMIT columns->aboutToShow();
    QVERIFY(!actionNamed(columns, QStringLiteral("Relevance")));
    QVERIFY(!actionNamed(columns, QStringLiteral("Local Score")));
    QAction *date = actionNamed(columns, QStringLiteral("Date"));
    QVERIFY(date);
    date->trigger();
    QVERIFY(window.paperView()->isColumnHidden(PaperTableModel::DateColumn));

    QTest::keyClick(window.filterEdit(), Qt::Key_Escape);
    QCOMPARE(window.paperModel()->mode(), PaperTableModel::Mode::Day);
    Q_EMIT columns->aboutToShow();
    QVERIFY(actionNamed(columns, QStringLiteral("Relevance")));
    QVERIFY(!window.paperView()->isColumnHidden(PaperTableModel::RelevanceColumn));
}

// A dark desktop theme as Qt hands it over, switched to while the app runs: the window, its
// dock, lists, messages and preview follow it.
// Written for a person to look at (artifacts/mainwindow-dark.png); the checks catch areas that
// stay light.
void TstMainWindow::wholeWindowFollowsADarkPalette()
{
    const QPalette light = QApplication::palette();
    const QString style = QApplication::style()->name();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const auto restore = qScopeGuard([&] {
        QApplication::setStyle(QStyleFactory::create(style));
        QApplication::setPalette(light);
    });

    QVERIFY(scoreNewestSampleDay());
    Sieve::Platform::AppSettings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window;
    Sieve::Ui::AppShell shell(&window, settings, nullptr);
    window.resize(1280, 860);
    QSignalSpy shown(&window, &MainWindow::dayShown);
    shell.start(false);
    QVERIFY(shown.wait(10000));
    QVERIFY(showActive(window));
    for (QAction *action : window.toolsMenu()->actions()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L)) {
            action->trigger(); // the run panel in its dock
        }
    }
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("runDock"))->isVisible());
    QVERIFY(Sieve::Test::waitShown(*window.preview()));

    // The desktop switches to its dark theme while the window is open.
    QSignalSpy reshown(window.preview(), &Sieve::Ui::PaperPreview::contentShown);
    QApplication::setPalette(dark);
    QVERIFY(reshown.wait(15000));
    QTest::qWait(300); // a compositor frame for the web view

    const QImage image = window.grab().toImage();
    QVERIFY(QDir().mkpath(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR)));
    QVERIFY(image.save(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR "/mainwindow-dark.png")));

    const auto isDark = [](const QImage &area) {
        qint64 lightness = 0;
        int samples = 0;
        for (int y = 0; y < area.height(); y += 8) {
            for (int x = 0; x < area.width(); x += 8) {
                lightness += QColor(area.pixel(x, y)).lightness();
                ++samples;
            }
        }
        return samples > 0 && lightness / samples < 100;
    };
    QVERIFY(isDark(image));
    QVERIFY(isDark(window.preview()->grab().toImage()));
    QVERIFY(isDark(window.paperView()->viewport()->grab().toImage()));
    QVERIFY(isDark(window.dayView()->viewport()->grab().toImage()));
    QVERIFY(isDark(shell.runPanel()->grab().toImage()));
    auto *bar = shell.runPanel()->findChild<Sieve::Ui::MessageBar *>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY(isDark(bar->grab().toImage()));
}

void TstMainWindow::followedAuthorsPaperShowsItsBadgeAndReason()
{
    const QString listedAs = QStringLiteral("Javier F. Acevedo");
    Sieve::Paper followed;
    {
        auto library = Sieve::Library::Library::open(Sieve::Platform::Paths::libraryFile());
        QVERIFY(library);
        QVERIFY(Sieve::Digest::SampleDays::importInto(*library.value()));
        const auto day = library.value()->day(*library.value()->latestAnnouncedDay());
        QVERIFY(day);
        for (const Sieve::Paper &paper : day->papers) {
            if (paper.authors.contains(listedAs)) {
                followed = paper;
            }
        }
        QVERIFY(!followed.id.isEmpty());
        // Followed as a reader writes it, not as the paper lists it.
        Sieve::Scoring::ScoringProfile profile = Sieve::Scoring::ScoringProfile::defaults();
        profile.name = QStringLiteral("default");
        profile.followedAuthors = {QStringLiteral("Acevedo, J. F.")};
        QVERIFY(Sieve::Library::ProfileStore(*library.value())
                    .save({profile.name, {}, profile.criteria, profile.toJson()}));
    }

    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(openActive(window));

    // The list: the badge in the Marks column, the reason in its tooltip.
    const QAbstractItemModel *model = window.paperView()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (titleAt(window, r) == followed.title.simplified()) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    const QModelIndex marks = model->index(row, PaperTableModel::FlagsColumn);
    QVERIFY2(marks.data().toString().contains(QStringLiteral("◆")),
             qPrintable(marks.data().toString()));
    const QString tip = marks.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Followed author")) && tip.contains(listedAs),
             qPrintable(tip));

    // The preview: the badge with the paper's state, the reason in a section of its own.
    window.paperView()->setCurrentIndex(model->index(row, PaperTableModel::TitleColumn));
    QTRY_COMPARE(window.preview()->content().paper.id, followed.id);
    QVERIFY(window.preview()->content().followedAuthor.contains(listedAs));
    QVERIFY(!window.preview()->content().rankerExplanation.contains(listedAs));
    const QString shown = previewText(window);
    QVERIFY2(shown.contains(QStringLiteral("◆ Followed author")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Listed as \"%1\"").arg(listedAs)), qPrintable(shown));

    // Other papers carry no badge.
    const QModelIndex other = model->index(row == 0 ? 1 : 0, PaperTableModel::FlagsColumn);
    QVERIFY(!other.data().toString().contains(QStringLiteral("◆")));
}

PAPERSIEVE_WEBENGINE_TEST_MAIN(TstMainWindow)

#include "tst_mainwindow.moc"
