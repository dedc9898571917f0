// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdftesting.h"
#include "urlcatcher.h"

#include <app/platform/translations.h>
#include <ui/pdfviewer.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using Sieve::Ui::PdfViewer;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

// Shown and active: the window's keys are window shortcuts, which reach only the active window.
bool showActive(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// `viewer` shown and active at a size where a page does not fit, showing the PDF at `path`.
bool openShown(PdfViewer &viewer, const QString &path)
{
    viewer.resize(500, 700);
    return showActive(viewer)
        && viewer.openFile(path, QStringLiteral("2603.01234v1 — A test paper"));
}

} // namespace

class TstPdfViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensAGeneratedPdf();
    void zoomAndPageControlsAct_data();
    void zoomAndPageControlsAct();
    void controlsWaitForPages();
    void spaceReadsAScreenAtATime();
    void aChosenZoomIsKeptForTheNextWindow_data();
    void aChosenZoomIsKeptForTheNextWindow();
    void theWindowKeepsTheSizeTheReaderGaveIt_data();
    void theWindowKeepsTheSizeTheReaderGaveIt();
    void aPdfOpensAtThePageItWasLeftOn_data();
    void aPdfOpensAtThePageItWasLeftOn();
    void theContentsTakeTheReaderToASection_data();
    void theContentsTakeTheReaderToASection();
    void contentsShowOnlyWhenThePdfHasThem();
    void contentsMarkTheSectionInView_data();
    void contentsMarkTheSectionInView();
    void findGoesFromMatchToMatch_data();
    void findGoesFromMatchToMatch();
    void matchesBeforeThePageInViewWaitForTheReader();
    void escapeLeavesTheFindBarBeforeTheWindow();
    void findBarButtonsDoWhatTheirKeysDo();
    void fileThatIsNotAPdfShowsAMessage_data();
    void fileThatIsNotAPdfShowsAMessage();
    void progressShowsTheShareReceived();
    void escapeClosesTheWindow();
    void retryIsOfferedAfterAnError();
    void theWebPageIsOfferedAfterAnError_data();
    void theWebPageIsOfferedAfterAnError();

private:
    QTemporaryDir m_files;
    QString m_threePages; // a PDF of three pages, "Page N of a test paper" on each
};

void TstPdfViewer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PaperSieveTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pdfviewer"));
    // English plurals ("1 match") come from the English translation.
    QVERIFY(Sieve::Platform::installTranslators(QLocale(QLocale::C)) >= 1);
    m_threePages =
        writeFile(m_files, QStringLiteral("three-pages.pdf"), Sieve::Test::generatedPdf(3));
    QVERIFY(!m_threePages.isEmpty());
}

// Each case starts as after installing: fitted to the width.
void TstPdfViewer::init()
{
    QSettings().clear();
}

void TstPdfViewer::opensAGeneratedPdf()
{
    QTemporaryDir dir;
    const QByteArray pdf = Sieve::Test::generatedPdf(2);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString path = writeFile(dir, QStringLiteral("paper.pdf"), pdf);

    PdfViewer viewer;
    viewer.resize(600, 800);
    viewer.showDownloading(QStringLiteral("2603.01234v1"));
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(!viewer.systemViewerAction()->isEnabled()); // nothing to hand over while downloading

    QVERIFY(viewer.openFile(path, QStringLiteral("2603.01234v1 — A test paper")));
    QVERIFY(viewer.systemViewerAction()->isEnabled());
    QCOMPARE(viewer.document()->status(), QPdfDocument::Status::Ready);
    QCOMPARE(viewer.document()->pageCount(), 2);
    QVERIFY(viewer.message().isEmpty());
    QVERIFY(viewer.view()->isVisible());

    // Pages render on a worker thread; wait until the page's blue box is on screen.
    QImage image;
    const auto showsTheBox = [&viewer, &image] {
        image = viewer.grab().toImage();
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3) {
                const QColor colour = image.pixelColor(x, y);
                if (colour.blue() > 150 && colour.red() < 90) {
                    return true;
                }
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(showsTheBox(), 10000);
    QVERIFY(QDir().mkpath(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR)));
    QVERIFY(image.save(QStringLiteral(PAPERSIEVE_ARTIFACT_DIR "/pdfviewer.png")));
}

void TstPdfViewer::zoomAndPageControlsAct_data()
{
    QTest::addColumn<QList<QKeySequence>>("keys");
    QTest::addColumn<bool>("fitsWidth");
    QTest::addColumn<QString>("zoom"); // relative to the zoom that fits the width
    QTest::addColumn<QString>("page");

    const QKeySequence zoomIn(Qt::CTRL | Qt::Key_Equal);
    const QKeySequence zoomOut(Qt::CTRL | Qt::Key_Minus);
    const QKeySequence fit(Qt::CTRL | Qt::Key_0);
    const QString first = QStringLiteral("Page 1 of 3");
    QTest::newRow("opens fitted to the width on its first page")
        << QList<QKeySequence>{} << true << QStringLiteral("fitted") << first;
    QTest::newRow("zoom in") << QList<QKeySequence>{zoomIn} << false << QStringLiteral("larger")
                             << first;
    QTest::newRow("zoom out") << QList<QKeySequence>{zoomOut} << false << QStringLiteral("smaller")
                              << first;
    QTest::newRow("in twice and out once is in once")
        << QList<QKeySequence>{zoomIn, zoomIn, zoomOut} << false << QStringLiteral("as in once")
        << first;
    QTest::newRow("Ctrl+0 fits the width again")
        << QList<QKeySequence>{zoomIn, fit} << true << QStringLiteral("fitted") << first;
    QTest::newRow("Ctrl+0 when fitted stays fitted")
        << QList<QKeySequence>{fit} << true << QStringLiteral("fitted") << first;
    QTest::newRow("End goes to the last page")
        << QList<QKeySequence>{QKeySequence(Qt::Key_End)} << true << QStringLiteral("fitted")
        << QStringLiteral("Page 3 of 3");
    QTest::newRow("End keeps the zoom")
        << QList<QKeySequence>{zoomIn, QKeySequence(Qt::Key_End)} << false
        << QStringLiteral("as in once") << QStringLiteral("Page 3 of 3");
    QTest::newRow("Home goes back to the first page")
        << QList<QKeySequence>{QKeySequence(Qt::Key_End), QKeySequence(Qt::Key_Home)} << true
        << QStringLiteral("fitted") << first;
}

// The reader zooms and moves through the pages from the keyboard; the controls above the pages
// say where they are.
void TstPdfViewer::zoomAndPageControlsAct()
{
    QFETCH(QList<QKeySequence>, keys);
    QFETCH(bool, fitsWidth);
    QFETCH(QString, zoom);
    QFETCH(QString, page);

    PdfViewer viewer;
    QVERIFY(openShown(viewer, m_threePages));
    const qreal fitted = viewer.zoom();
    QVERIFY2(fitted > 0.3 && fitted < 1.0, qPrintable(QString::number(fitted)));
    QTest::keySequence(&viewer, QKeySequence(Qt::CTRL | Qt::Key_Equal));
    const qreal inOnce = viewer.zoom();
    QTest::keySequence(&viewer, QKeySequence(Qt::CTRL | Qt::Key_0));
    QCOMPARE(viewer.zoom(), fitted);
    auto *zoomLabel = viewer.findChild<QLabel *>(QStringLiteral("zoomLabel"));
    auto *pageLabel = viewer.findChild<QLabel *>(QStringLiteral("pageLabel"));
    QVERIFY(zoomLabel && pageLabel);

    for (const QKeySequence &key : keys) {
        QTest::keySequence(&viewer, key);
    }

    QCOMPARE(viewer.view()->zoomMode() == QPdfView::ZoomMode::FitToWidth, fitsWidth);
    QCOMPARE(viewer.fitWidthAction()->isChecked(), fitsWidth);
    if (zoom == QLatin1String("fitted")) {
        QCOMPARE(viewer.zoom(), fitted);
    } else if (zoom == QLatin1String("larger")) {
        QVERIFY(viewer.zoom() > fitted);
    } else if (zoom == QLatin1String("smaller")) {
        QVERIFY(viewer.zoom() < fitted);
    } else {
        QCOMPARE(viewer.zoom(), inOnce);
    }
    QCOMPARE(zoomLabel->text(), QStringLiteral("%1 %").arg(qRound(viewer.zoom() * 100)));
    QTRY_COMPARE(pageLabel->text(), page);
    QCOMPARE(viewer.pageText(), page);
}

void TstPdfViewer::spaceReadsAScreenAtATime()
{
    PdfViewer viewer;
    QVERIFY(openShown(viewer, m_threePages));
    const QScrollBar *bar = viewer.view()->verticalScrollBar();
    QCOMPARE(bar->value(), 0);

    QTest::keyClick(viewer.view(), Qt::Key_Space);
    QCOMPARE(bar->value(), bar->pageStep());
    QTest::keyClick(viewer.view(), Qt::Key_Space);
    QCOMPARE(bar->value(), 2 * bar->pageStep());

    QTest::keyClick(viewer.view(), Qt::Key_Space, Qt::ShiftModifier);
    QCOMPARE(bar->value(), bar->pageStep());
}

// While downloading, or after an error, there are no pages to zoom or move through.
void TstPdfViewer::controlsWaitForPages()
{
    PdfViewer viewer;
    viewer.show();
    viewer.showDownloading(QStringLiteral("2603.01234v1"));

    const QList<QAction *> actions{viewer.zoomInAction(),
                                   viewer.zoomOutAction(),
                                   viewer.fitWidthAction(),
                                   viewer.firstPageAction(),
                                   viewer.lastPageAction()};
    for (const QAction *action : actions) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    QVERIFY(viewer.pageText().isEmpty());

    viewer.showError(QStringLiteral("The download failed."));
    for (const QAction *action : actions) {
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
}

void TstPdfViewer::aChosenZoomIsKeptForTheNextWindow_data()
{
    QTest::addColumn<QList<QKeySequence>>("keys");
    QTest::addColumn<bool>("fitsWidth");

    const QKeySequence zoomIn(Qt::CTRL | Qt::Key_Equal);
    QTest::newRow("nothing chosen fits the width") << QList<QKeySequence>{} << true;
    QTest::newRow("a zoom is kept") << QList<QKeySequence>{zoomIn, zoomIn} << false;
    QTest::newRow("fitting the width again is kept")
        << QList<QKeySequence>{zoomIn, QKeySequence(Qt::CTRL | Qt::Key_0)} << true;
}

// A reader who reads at 150 % wants the next paper, and the next start, at 150 %.
void TstPdfViewer::aChosenZoomIsKeptForTheNextWindow()
{
    QFETCH(QList<QKeySequence>, keys);
    QFETCH(bool, fitsWidth);

    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("paper.pdf"), Sieve::Test::generatedPdf(1));
    qreal chosen = 0.0;
    {
        PdfViewer first;
        QVERIFY(showActive(first));
        QVERIFY(first.openFile(path, QStringLiteral("first")));
        for (const QKeySequence &key : keys) {
            QTest::keySequence(&first, key);
        }
        chosen = first.zoom();
    }

    PdfViewer next;
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QVERIFY(next.openFile(path, QStringLiteral("next")));

    QCOMPARE(next.view()->zoomMode() == QPdfView::ZoomMode::FitToWidth, fitsWidth);
    if (!fitsWidth) {
        QCOMPARE(next.zoom(), chosen);
    }
}

void TstPdfViewer::theWindowKeepsTheSizeTheReaderGaveIt_data()
{
    QTest::addColumn<QSize>("chosen");

    QTest::newRow("the first window fits in the screen") << QSize();
    QTest::newRow("a size chosen is kept") << QSize(640, 480);
}

void TstPdfViewer::theWindowKeepsTheSizeTheReaderGaveIt()
{
    QFETCH(QSize, chosen);

    {
        PdfViewer first;
        QVERIFY(showActive(first));
        const QSize available = first.screen()->availableGeometry().size();
        QVERIFY2(first.width() <= available.width() && first.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(first.width()).arg(first.height())));
        if (chosen.isValid()) {
            first.resize(chosen);
            QTRY_COMPARE(first.size(), chosen);
        }
        first.close();
    }

    PdfViewer next;
    QVERIFY(showActive(next));
    const QSize available = next.screen()->availableGeometry().size();
    if (chosen.isValid()) {
        QCOMPARE(next.size(), chosen);
    } else {
        QVERIFY(next.width() <= available.width() && next.height() <= available.height());
        // Not shrunk to its smallest either: a page is readable in it.
        QVERIFY(next.height() >= std::min(600, available.height() * 9 / 10));
    }
}

void TstPdfViewer::aPdfOpensAtThePageItWasLeftOn_data()
{
    QTest::addColumn<QString>("leaving");
    QTest::addColumn<QString>("reopened");
    QTest::addColumn<QString>("page");

    const QString same = QStringLiteral("2603.01234v1.pdf");
    QTest::newRow("closed, then opened again")
        << QStringLiteral("close") << same << QStringLiteral("Page 3 of 3");
    QTest::newRow("another PDF shown in its place")
        << QStringLiteral("other") << same << QStringLiteral("Page 3 of 3");
    QTest::newRow("the window gone with the app")
        << QStringLiteral("destroy") << same << QStringLiteral("Page 3 of 3");
    QTest::newRow("a PDF never read starts at its first page")
        << QStringLiteral("close") << QStringLiteral("2603.05678v1.pdf")
        << QStringLiteral("Page 1 of 3");
}

// Back to a paper read halfway, the reader wants the page they stopped at, not the title page.
void TstPdfViewer::aPdfOpensAtThePageItWasLeftOn()
{
    QFETCH(QString, leaving);
    QFETCH(QString, reopened);
    QFETCH(QString, page);

    QTemporaryDir dir;
    const QByteArray pdf = Sieve::Test::generatedPdf(3);
    const QString read = writeFile(dir, QStringLiteral("2603.01234v1.pdf"), pdf);
    writeFile(dir, QStringLiteral("2603.05678v1.pdf"), pdf);
    {
        auto first = std::make_unique<PdfViewer>();
        first->resize(500, 700);
        QVERIFY(showActive(*first));
        QVERIFY(first->openFile(read, QStringLiteral("read")));
        QTest::keyClick(first.get(), Qt::Key_End);
        QTRY_COMPARE(first->pageText(), QStringLiteral("Page 3 of 3"));
        if (leaving == QLatin1String("close")) {
            first->close();
        } else if (leaving == QLatin1String("other")) {
            QVERIFY(first->openFile(dir.filePath(QStringLiteral("2603.05678v1.pdf")),
                                    QStringLiteral("other")));
            QCOMPARE(first->pageText(), QStringLiteral("Page 1 of 3"));
        }
    }

    PdfViewer next;
    next.resize(500, 700);
    QVERIFY(showActive(next));
    QVERIFY(next.openFile(dir.filePath(reopened), QStringLiteral("again")));
    QTRY_COMPARE(next.pageText(), page);
    // Really scrolled there, not only counted.
    QCOMPARE(next.view()->verticalScrollBar()->value() > 0, page != QLatin1String("Page 1 of 3"));
}

void TstPdfViewer::theContentsTakeTheReaderToASection_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("page");

    QTest::newRow("the first") << 0 << QStringLiteral("Page 1 of 4");
    QTest::newRow("one in the middle") << 2 << QStringLiteral("Page 3 of 4");
    QTest::newRow("the last") << 3 << QStringLiteral("Page 4 of 4");
}

// A paper's outline (hyperref's bookmarks) lists its sections beside the pages; choosing one, by
// mouse or keyboard, shows its page.
void TstPdfViewer::theContentsTakeTheReaderToASection()
{
    QFETCH(int, section);
    QFETCH(QString, page);

    const QStringList sections{QStringLiteral("Introduction"),
                               QStringLiteral("Methods"),
                               QStringLiteral("Results"),
                               QStringLiteral("Conclusions")};
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("paper.pdf"), Sieve::Test::outlinedPdf(sections));
    PdfViewer viewer;
    viewer.resize(700, 700);
    QVERIFY(showActive(viewer));
    QVERIFY(viewer.openFile(path, QStringLiteral("paper")));
    auto *outline = viewer.findChild<QTreeView *>(QStringLiteral("outlineView"));
    QVERIFY(outline);
    QTRY_VERIFY(outline->isVisible());
    QAbstractItemModel *model = outline->model();
    QCOMPARE(model->rowCount(), int(sections.size()));
    for (int i = 0; i < sections.size(); ++i) {
        QCOMPARE(model->index(i, 0).data().toString(), sections.at(i));
    }

    // From the other end, so that every row moves the reader.
    const bool last = section == sections.size() - 1;
    const Qt::Key away = last ? Qt::Key_Home : Qt::Key_End;
    const QString awayPage = last ? QStringLiteral("Page 1 of 4") : QStringLiteral("Page 4 of 4");
    QTest::keyClick(viewer.view(), away);
    QTRY_COMPARE(viewer.pageText(), awayPage);
    const QModelIndex index = model->index(section, 0);
    outline->scrollTo(index);
    QTRY_VERIFY(outline->width() > outline->visualRect(index).center().x()); // laid out
    QTest::mouseClick(outline->viewport(), Qt::LeftButton, {}, outline->visualRect(index).center());
    QTRY_COMPARE(viewer.pageText(), page);

    QTest::keyClick(viewer.view(), away);
    QTRY_COMPARE(viewer.pageText(), awayPage);
    outline->setFocus();
    outline->setCurrentIndex(index);
    QTest::keyClick(outline, Qt::Key_Return);
    QTRY_COMPARE(viewer.pageText(), page);
}

void TstPdfViewer::contentsMarkTheSectionInView_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QString>("section");

    QTest::newRow("opened: the first") << QList<int>{} << QStringLiteral("Introduction");
    QTest::newRow("End: the last") << QList<int>{Qt::Key_End} << QStringLiteral("Conclusions");
    QTest::newRow("End, Home: the first again")
        << QList<int>{Qt::Key_End, Qt::Key_Home} << QStringLiteral("Introduction");
}

void TstPdfViewer::contentsMarkTheSectionInView()
{
    QFETCH(QList<int>, keys);
    QFETCH(QString, section);

    QTemporaryDir dir;
    const QString path = writeFile(dir,
                                   QStringLiteral("paper.pdf"),
                                   Sieve::Test::outlinedPdf({QStringLiteral("Introduction"),
                                                             QStringLiteral("Methods"),
                                                             QStringLiteral("Conclusions")}));
    PdfViewer viewer;
    viewer.resize(700, 700);
    QVERIFY(showActive(viewer));
    QVERIFY(viewer.openFile(path, QStringLiteral("paper")));
    auto *outline = viewer.findChild<QTreeView *>(QStringLiteral("outlineView"));
    QVERIFY(outline);
    QTRY_VERIFY(outline->isVisible());

    for (const int key : keys) {
        QTest::keyClick(viewer.view(), Qt::Key(key));
    }

    QTRY_COMPARE(outline->currentIndex().data().toString(), section);
}

void TstPdfViewer::contentsShowOnlyWhenThePdfHasThem()
{
    QTemporaryDir dir;
    const QString outlined = writeFile(
        dir,
        QStringLiteral("outlined.pdf"),
        Sieve::Test::outlinedPdf({QStringLiteral("Introduction"), QStringLiteral("Methods")}));
    const QString plain = writeFile(dir, QStringLiteral("plain.pdf"), Sieve::Test::generatedPdf(2));
    auto *outline = static_cast<QTreeView *>(nullptr);
    {
        PdfViewer viewer;
        QVERIFY(showActive(viewer));
        outline = viewer.findChild<QTreeView *>(QStringLiteral("outlineView"));
        QVERIFY(outline);

        QVERIFY(viewer.openFile(plain, QStringLiteral("plain")));
        QVERIFY(!outline->isVisible());
        QVERIFY(!viewer.contentsAction()->isEnabled());

        QVERIFY(viewer.openFile(outlined, QStringLiteral("outlined")));
        QTRY_VERIFY(outline->isVisible());
        QVERIFY(viewer.contentsAction()->isEnabled());

        // A width the reader gives them is kept.
        auto *pages = viewer.findChild<QSplitter *>(QStringLiteral("pdfPages"));
        QVERIFY(pages);
        pages->setSizes({150, pages->width() - 150});
        viewer.hide(); // as when the reader closes the window
        QVERIFY(showActive(viewer));

        // F9 puts them away, and they stay away for the next PDF.
        QTest::keyClick(&viewer, Qt::Key_F9);
        QVERIFY(!outline->isVisible());
    }
    PdfViewer next;
    QVERIFY(showActive(next));
    QVERIFY(next.openFile(outlined, QStringLiteral("outlined")));
    outline = next.findChild<QTreeView *>(QStringLiteral("outlineView"));
    QVERIFY(next.contentsAction()->isEnabled());
    QVERIFY(!outline->isVisible());
    QTest::keyClick(&next, Qt::Key_F9);
    QVERIFY(outline->isVisible());
    QTRY_COMPARE(outline->width(), 150);
}

void TstPdfViewer::findGoesFromMatchToMatch_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QList<QKeySequence>>("keys");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("page");

    // Each page of the generated PDF is headed "Page N of a test paper".
    const QString paper = QStringLiteral("test paper");
    const QKeySequence next(Qt::Key_F3);
    const QKeySequence previous(Qt::SHIFT | Qt::Key_F3);
    QTest::newRow("the first match is shown as it is found")
        << paper << QList<QKeySequence>{} << QStringLiteral("1 of 3")
        << QStringLiteral("Page 1 of 3");
    QTest::newRow("F3 goes to the next")
        << paper << QList<QKeySequence>{next} << QStringLiteral("2 of 3")
        << QStringLiteral("Page 2 of 3");
    QTest::newRow("Enter too") << paper << QList<QKeySequence>{QKeySequence(Qt::Key_Return)}
                               << QStringLiteral("2 of 3") << QStringLiteral("Page 2 of 3");
    QTest::newRow("past the last comes the first")
        << paper << QList<QKeySequence>{next, next, next} << QStringLiteral("1 of 3")
        << QStringLiteral("Page 1 of 3");
    QTest::newRow("Shift+F3 goes back, before the first to the last")
        << paper << QList<QKeySequence>{previous} << QStringLiteral("3 of 3")
        << QStringLiteral("Page 3 of 3");
    QTest::newRow("one page's words") << QStringLiteral("Page 3") << QList<QKeySequence>{}
                                      << QStringLiteral("1 of 1") << QStringLiteral("Page 3 of 3");
    QTest::newRow("no match") << QStringLiteral("quasar") << QList<QKeySequence>{next}
                              << QStringLiteral("No match") << QStringLiteral("Page 1 of 3");
}

// Ctrl+F, a few words: the reader is taken to them, and from match to match.
void TstPdfViewer::findGoesFromMatchToMatch()
{
    QFETCH(QString, words);
    QFETCH(QList<QKeySequence>, keys);
    QFETCH(QString, status);
    QFETCH(QString, page);

    PdfViewer viewer;
    QVERIFY(openShown(viewer, m_threePages));
    auto *field = viewer.findChild<QLineEdit *>(QStringLiteral("findLineEdit"));
    QVERIFY(field);
    QVERIFY(!field->isVisible());

    QTest::keySequence(&viewer, QKeySequence::Find);
    QVERIFY(field->isVisible());
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, words);
    // The model reads the pages' text in the background: wait until it found every match.
    const QString total = status.contains(QLatin1String(" of "))
        ? QLatin1String(" of ") + status.section(QLatin1String(" of "), 1)
        : QStringLiteral("No match");
    QTRY_VERIFY2(viewer.findStatus().endsWith(total), qPrintable(viewer.findStatus()));
    for (const QKeySequence &key : keys) {
        QTest::keySequence(field, key);
    }

    QTRY_COMPARE(viewer.findStatus(), status);
    QTRY_COMPARE(viewer.pageText(), page);
}

// A search starts from the page the reader is on: what it finds only before it is counted, and
// shown when asked for, rather than pulling the reader back at once.
void TstPdfViewer::matchesBeforeThePageInViewWaitForTheReader()
{
    PdfViewer viewer;
    QVERIFY(openShown(viewer, m_threePages));
    QTest::keyClick(&viewer, Qt::Key_End);
    QTRY_COMPARE(viewer.pageText(), QStringLiteral("Page 3 of 3"));

    viewer.findAction()->trigger();
    auto *field = viewer.findChild<QLineEdit *>(QStringLiteral("findLineEdit"));
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("Page 1"));
    QTRY_COMPARE(viewer.findStatus(), QStringLiteral("1 match"));
    QCOMPARE(viewer.pageText(), QStringLiteral("Page 3 of 3"));

    QTest::keyClick(field, Qt::Key_F3);
    QCOMPARE(viewer.findStatus(), QStringLiteral("1 of 1"));
    QTRY_COMPARE(viewer.pageText(), QStringLiteral("Page 1 of 3"));
}

void TstPdfViewer::escapeLeavesTheFindBarBeforeTheWindow()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("paper.pdf"), Sieve::Test::generatedPdf(1));
    PdfViewer viewer;
    QVERIFY(showActive(viewer));
    QVERIFY(viewer.openFile(path, QStringLiteral("paper")));
    auto *field = viewer.findChild<QLineEdit *>(QStringLiteral("findLineEdit"));
    QVERIFY(field);
    viewer.findAction()->trigger();
    QVERIFY(field->isVisible());

    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->isVisible());
    QVERIFY(viewer.isVisible());

    QTest::keyClick(&viewer, Qt::Key_Escape);
    QVERIFY(!viewer.isVisible());
}

// For the reader who searches with the mouse: previous, next and close beside the field.
void TstPdfViewer::findBarButtonsDoWhatTheirKeysDo()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("paper.pdf"), Sieve::Test::generatedPdf(3));
    PdfViewer viewer;
    viewer.resize(500, 700);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.openFile(path, QStringLiteral("paper")));
    viewer.findAction()->trigger();
    auto *field = viewer.findChild<QLineEdit *>(QStringLiteral("findLineEdit"));
    auto *next = viewer.findChild<QToolButton *>(QStringLiteral("findNextButton"));
    auto *previous = viewer.findChild<QToolButton *>(QStringLiteral("findPreviousButton"));
    auto *close = viewer.findChild<QToolButton *>(QStringLiteral("closeFindBarButton"));
    QVERIFY(field && next && previous && close);
    QVERIFY(!next->isEnabled());
    QVERIFY(!previous->isEnabled());

    field->setText(QStringLiteral("test paper"));
    QTRY_COMPARE(viewer.findStatus(), QStringLiteral("1 of 3"));
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(viewer.findStatus(), QStringLiteral("2 of 3"));
    QTest::mouseClick(previous, Qt::LeftButton);
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(viewer.findStatus(), QStringLiteral("3 of 3"));
    QTRY_COMPARE(viewer.pageText(), QStringLiteral("Page 3 of 3"));

    const QColor found = field->palette().color(QPalette::Base);
    field->setText(QStringLiteral("quasar"));
    QTRY_COMPARE(viewer.findStatus(), QStringLiteral("No match"));
    QVERIFY(!next->isEnabled());
    // The field says it too, and stops saying it once the words are found again.
    QVERIFY(field->palette().color(QPalette::Base) != found);
    field->setText(QStringLiteral("test"));
    QTRY_COMPARE(field->palette().color(QPalette::Base), found);

    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!field->isVisible());
    QVERIFY(viewer.isVisible());
}

void TstPdfViewer::fileThatIsNotAPdfShowsAMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("exists");

    QTest::newRow("html") << QByteArrayLiteral("<html><body>Not a PDF</body></html>") << true;
    QTest::newRow("truncated pdf") << QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<<") << true;
    QTest::newRow("missing file") << QByteArray() << false;
}

void TstPdfViewer::fileThatIsNotAPdfShowsAMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, exists);

    QTemporaryDir dir;
    const QString path = exists ? writeFile(dir, QStringLiteral("bad.pdf"), bytes)
                                : dir.filePath(QStringLiteral("gone.pdf"));

    PdfViewer viewer;
    viewer.show();
    QVERIFY(!viewer.openFile(path, QStringLiteral("bad")));

    QVERIFY(!viewer.systemViewerAction()->isEnabled());
    QVERIFY(!viewer.message().isEmpty());
    QVERIFY(!viewer.view()->isVisible());
}

void TstPdfViewer::progressShowsTheShareReceived()
{
    PdfViewer viewer;
    viewer.show();
    viewer.showDownloading(QStringLiteral("2603.01234v1"));
    auto *bar = viewer.findChild<QProgressBar *>(QStringLiteral("downloadProgressBar"));
    QVERIFY(bar);
    QVERIFY(bar->isVisible());

    viewer.showProgress(256 * 1024, 1024 * 1024);

    QCOMPARE(bar->value() * 4, bar->maximum());
    QVERIFY(!viewer.message().isEmpty());
}

void TstPdfViewer::escapeClosesTheWindow()
{
    PdfViewer viewer;
    QVERIFY(showActive(viewer));

    QTest::keyClick(&viewer, Qt::Key_Escape);

    QVERIFY(!viewer.isVisible());
}

void TstPdfViewer::retryIsOfferedAfterAnError()
{
    PdfViewer viewer;
    viewer.show();
    auto *retry = viewer.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry);
    QVERIFY(!retry->isVisible());
    QSignalSpy retried(&viewer, &PdfViewer::retryRequested);

    viewer.showError(QStringLiteral("arXiv could not be reached."));
    QVERIFY(retry->isVisible());
    QCOMPARE(viewer.message(), QStringLiteral("arXiv could not be reached."));
    QTest::mouseClick(retry, Qt::LeftButton);

    QCOMPARE(retried.count(), 1);
    viewer.showDownloading(QStringLiteral("again"));
    QVERIFY(!retry->isVisible());
}

void TstPdfViewer::theWebPageIsOfferedAfterAnError_data()
{
    QTest::addColumn<QUrl>("page");

    QTest::newRow("the paper's page") << QUrl(QStringLiteral("https://arxiv.org/abs/2603.01234v1"));
    QTest::newRow("none known: no button") << QUrl();
}

// The messages say "open the paper in the browser": a button does it.
void TstPdfViewer::theWebPageIsOfferedAfterAnError()
{
    QFETCH(QUrl, page);

    const Sieve::Test::UrlCatcher browser(QStringLiteral("https"));
    PdfViewer viewer;
    viewer.setWebPage(page);
    viewer.show();
    auto *button = viewer.findChild<QPushButton *>(QStringLiteral("browserButton"));
    QVERIFY(button);

    viewer.showDownloading(QStringLiteral("paper"));
    QVERIFY(!button->isVisible());
    viewer.showError(QStringLiteral("This PDF is protected and cannot be shown here."));
    QCOMPARE(button->isVisible(), page.isValid());
    if (page.isValid()) {
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(browser.urls, QList<QUrl>{page});
    }
}

QTEST_MAIN(TstPdfViewer)

#include "tst_pdfviewer.moc"
