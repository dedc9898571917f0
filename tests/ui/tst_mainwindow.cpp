// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdftesting.h"
#include "webtesting.h"

#include <app/arxiv/pdfdownloader.h>
#include <app/library/library.h>
#include <app/platform/paths.h>
#include <ui/mainwindow.h>
#include <ui/paperpreview.h>
#include <ui/papertablemodel.h>
#include <ui/pdfviewer.h>
#include <ui/previewpage.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListView>
#include <QPdfDocument>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <tests/support/fakehttpserver.h>

using Sieve::Ui::MainWindow;

namespace {

// The library opens on a worker thread; the window says when its days are shown.
bool openLibrary(MainWindow &window)
{
    QSignalSpy opened(&window, &MainWindow::libraryOpened);
    window.openLibrary();
    return opened.wait(10000);
}

// Activates the window so its shortcuts receive key clicks.
bool showActive(MainWindow &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
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

} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void opensOnTheSampleDaysNewestFirst();
    void keyboardMovesThroughThePapers_data();
    void keyboardMovesThroughThePapers();
    void paperTextIsShownAsTextNeverAsMarkup_data();
    void paperTextIsShownAsTextNeverAsMarkup();
    void screenshotIsNotBlank();
    void readingKeysChangeTheState_data();
    void readingKeysChangeTheState();
    void readingStateSurvivesARestart();
    void readingActionsShowTheirShortcut_data();
    void openPdfKeysShowThePaperAndCacheIt_data();
    void openPdfKeysShowThePaperAndCacheIt();
    void pdfThatIsNotAPdfIsExplained();
    void readingActionsShowTheirShortcut();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Sieve::Platform::Paths::setDataDirOverride(m_dir->path());
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
    QVERIFY(window.paperView()->model()->rowCount() > 81);
    QCOMPARE(window.paperView()->currentIndex().row(), 0);

    const QString firstTitle = window.paperView()->model()->index(0, 1).data().toString();
    QCOMPARE(window.preview()->content().paper.title.simplified(), firstTitle.simplified());
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
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openLibrary(window));

    for (const QChar key : keys) {
        QTest::keyClick(&window, key == QLatin1Char('j') ? Qt::Key_J : Qt::Key_K);
    }

    QCOMPARE(window.paperView()->currentIndex().row(), row);
    const QString title = window.paperView()->model()->index(row, 1).data().toString();
    QCOMPARE(window.preview()->content().paper.title.simplified(), title.simplified());
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

void TstMainWindow::screenshotIsNotBlank()
{
    MainWindow window;
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(openLibrary(window));
    QVERIFY(Sieve::Test::waitShown(*window.preview()));
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
}

void TstMainWindow::readingKeysChangeTheState()
{
    QFETCH(QString, keys);
    QFETCH(bool, starred);
    QFETCH(bool, read);
    QFETCH(int, rating);

    MainWindow window;
    QVERIFY(showActive(window));
    QVERIFY(openLibrary(window));

    typeKeys(window, keys);

    const auto content = window.preview()->content();
    QCOMPARE(content.starred, starred);
    QCOMPARE(content.read, read);
    QCOMPARE(content.rating.value_or(0), rating);
    const QString marks = window.paperView()
                              ->model()
                              ->index(0, Sieve::Ui::PaperTableModel::MarksColumn)
                              .data()
                              .toString();
    QCOMPARE(marks.contains(QStringLiteral("★")), starred);
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
        QVERIFY(showActive(window));
        QVERIFY(openLibrary(window));
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
    const int marksColumn = Sieve::Ui::PaperTableModel::MarksColumn;
    QCOMPARE(window.paperView()->model()->index(0, marksColumn).data().toString(),
             QStringLiteral("★ 5"));
    QVERIFY(window.paperView()->model()->index(0, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!window.paperView()->model()->index(1, 0).data(Qt::ForegroundRole).isValid());
    const QString state = previewText(window);
    QVERIFY2(state.contains(QStringLiteral("Rated 5/5")), qPrintable(state));
}

void TstMainWindow::readingActionsShowTheirShortcut_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");

    QTest::newRow("star") << QStringLiteral("starAction") << QStringLiteral("(S)");
    QTest::newRow("read") << QStringLiteral("readAction") << QStringLiteral("(M)");
    QTest::newRow("rate up") << QStringLiteral("rateUpAction") << QStringLiteral("(+)");
    QTest::newRow("rate down") << QStringLiteral("rateDownAction") << QStringLiteral("(-)");
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
    QVERIFY(showActive(window));
    QVERIFY(openLibrary(window));
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

void TstMainWindow::pdfThatIsNotAPdfIsExplained()
{
    Sieve::Test::FakeHttpServer server;
    server.setResponder([](const Sieve::Test::FakeHttpServer::Request &) {
        return Sieve::Test::FakeHttpServer::Response::ok("<html>Please wait</html>", "text/html");
    });
    MainWindow window;
    window.pdfDownloader()->setBaseUrl(server.baseUrl());
    QVERIFY(showActive(window));
    QVERIFY(openLibrary(window));

    QTest::keyClick(&window, Qt::Key_O);

    QVERIFY(window.pdfViewer());
    QTRY_VERIFY_WITH_TIMEOUT(
        window.pdfViewer()->message().contains(QStringLiteral("not send a PDF")), 10000);
    QCOMPARE(window.pdfViewer()->document()->status(), QPdfDocument::Status::Null);
    QVERIFY(QDir(Sieve::Platform::Paths::dataDir() + QStringLiteral("/pdf"))
                .entryList({QStringLiteral("*.pdf")})
                .isEmpty());

    // arXiv has the PDF ready now: Retry shows it.
    server.setResponder([](const Sieve::Test::FakeHttpServer::Request &) {
        return Sieve::Test::FakeHttpServer::Response::ok(Sieve::Test::generatedPdf(1),
                                                         "application/pdf");
    });
    auto *retry = window.pdfViewer()->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        window.pdfViewer()->document()->status(), QPdfDocument::Status::Ready, 10000);
}

PAPERSIEVE_WEBENGINE_TEST_MAIN(TstMainWindow)

#include "tst_mainwindow.moc"
