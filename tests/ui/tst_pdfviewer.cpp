// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pdftesting.h"

#include <ui/pdfviewer.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TstPdfViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAGeneratedPdf();
    void fileThatIsNotAPdfShowsAMessage_data();
    void fileThatIsNotAPdfShowsAMessage();
    void progressShowsTheShareReceived();
    void escapeClosesTheWindow();
    void retryIsOfferedAfterAnError();
};

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
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&viewer));

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

QTEST_MAIN(TstPdfViewer)

#include "tst_pdfviewer.moc"
