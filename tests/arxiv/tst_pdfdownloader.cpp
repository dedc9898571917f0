// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/arxiv/pdfdownloader.h>
#include <app/library/pdfcache.h>
#include <app/net/httpclient.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tests/support/fakehttpserver.h>

using Sieve::Arxiv::PdfDownloader;
using Sieve::Library::PdfCache;
using Sieve::Test::FakeHttpServer;
using Response = FakeHttpServer::Response;

namespace {

QByteArray fakePdf(int bytes)
{
    const QByteArray end = QByteArrayLiteral("\n%%EOF\n");
    QByteArray pdf = QByteArrayLiteral("%PDF-1.5\n");
    pdf.append(QByteArray(bytes - pdf.size() - end.size(), 'x')).append(end);
    return pdf;
}

Sieve::Paper paper()
{
    Sieve::Paper paper;
    paper.id = QStringLiteral("2603.01234");
    paper.version = 2;
    return paper;
}

} // namespace

class TstPdfDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void urlIsTheVersionedPdf_data();
    void urlIsTheVersionedPdf();
    void downloadsShowsProgressAndCaches();
    void cachedPdfNeverTouchesTheNetwork();
    void nonPdfAnswerIsRefusedAndNothingCached_data();
    void nonPdfAnswerIsRefusedAndNothingCached();
    void oversizedAnswerIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<Sieve::Net::HttpClient> m_client;
    std::unique_ptr<PdfCache> m_cache;
    std::unique_ptr<PdfDownloader> m_downloader;
};

void TstPdfDownloader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstPdfDownloader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeHttpServer>();
    m_client = std::make_unique<Sieve::Net::HttpClient>();
    m_client->setBackoff(std::chrono::milliseconds(1), std::chrono::milliseconds(5));
    m_cache = std::make_unique<PdfCache>(m_dir->filePath(QStringLiteral("pdf")));
    m_downloader = std::make_unique<PdfDownloader>(m_client.get(), m_cache.get());
    m_downloader->setBaseUrl(m_server->baseUrl());
}

void TstPdfDownloader::cleanup()
{
    m_downloader.reset();
    m_cache.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void TstPdfDownloader::urlIsTheVersionedPdf_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("url");

    QTest::newRow("new style") << QStringLiteral("2603.01234") << 2
                               << QStringLiteral("https://arxiv.org/pdf/2603.01234v2");
    QTest::newRow("old style") << QStringLiteral("astro-ph/0603163") << 1
                               << QStringLiteral("https://arxiv.org/pdf/astro-ph/0603163v1");
    QTest::newRow("no version") << QStringLiteral("2603.01234") << 0
                                << QStringLiteral("https://arxiv.org/pdf/2603.01234");
}

void TstPdfDownloader::urlIsTheVersionedPdf()
{
    QFETCH(QString, id);
    QFETCH(int, version);
    QFETCH(QString, url);

    PdfDownloader downloader(m_client.get(), m_cache.get());
    Sieve::Paper paper;
    paper.id = id;
    paper.version = version;
    QCOMPARE(downloader.pdfUrl(paper), QUrl(url));
}

void TstPdfDownloader::downloadsShowsProgressAndCaches()
{
    const QByteArray pdf = fakePdf(200000);
    m_server->enqueue(QStringLiteral("/pdf/2603.01234v2"), Response::ok(pdf, "application/pdf"));
    QSignalSpy finished(m_downloader.get(), &PdfDownloader::finished);
    QSignalSpy failed(m_downloader.get(), &PdfDownloader::failed);
    QSignalSpy progress(m_downloader.get(), &PdfDownloader::progress);

    m_downloader->fetch(paper());

    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("2603.01234"));
    QFile file(finished.at(0).at(1).toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pdf);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), pdf.size());
    QVERIFY(m_cache->find(QStringLiteral("2603.01234"), 2));
}

void TstPdfDownloader::cachedPdfNeverTouchesTheNetwork()
{
    QVERIFY(m_cache->store(QStringLiteral("2603.01234"), 2, fakePdf(5000)));
    QSignalSpy finished(m_downloader.get(), &PdfDownloader::finished);

    m_downloader->fetch(paper());

    QCOMPARE(finished.count(), 0); // never synchronously
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_server->requestCount(), 0);
}

void TstPdfDownloader::nonPdfAnswerIsRefusedAndNothingCached_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message"); // part of what the reader is told, for answers of 200

    const QString notPdf = QStringLiteral("did not send a PDF");
    QTest::newRow("html page") << 200
                               << QByteArrayLiteral(
                                      "<!DOCTYPE html><html><body>Preparing PDF</body></html>")
                               << int(Sieve::Error::Code::BadData) << notPdf;
    QTest::newRow("empty body") << 200 << QByteArray() << int(Sieve::Error::Code::BadData)
                                << notPdf;
    // The connection closed early, with no length announced to tell.
    QTest::newRow("cut short") << 200 << fakePdf(5000).left(3000)
                               << int(Sieve::Error::Code::BadData)
                               << QStringLiteral("arrived incomplete");
    QTest::newRow("not found") << 404 << QByteArrayLiteral("%PDF-1.4 but an error")
                               << int(Sieve::Error::Code::Network) << QString();
}

void TstPdfDownloader::nonPdfAnswerIsRefusedAndNothingCached()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, message);

    m_server->enqueue(QStringLiteral("/pdf/2603.01234v2"),
                      status == 200 ? Response::ok(body, "text/html")
                                    : Response::status(status, {}, body));
    QSignalSpy failed(m_downloader.get(), &PdfDownloader::failed);
    QSignalSpy finished(m_downloader.get(), &PdfDownloader::finished);

    m_downloader->fetch(paper());

    QVERIFY(failed.wait(10000));
    QCOMPARE(finished.count(), 0);
    const auto error = failed.at(0).at(1).value<Sieve::Error>();
    QCOMPARE(int(error.code()), code);
    QVERIFY(!error.userMessage().isEmpty());
    if (status == 200) {
        QVERIFY2(error.userMessage().contains(message), qPrintable(error.userMessage()));
    }
    QVERIFY(!m_cache->find(QStringLiteral("2603.01234"), 2));
    QCOMPARE(m_cache->sizeBytes(), 0);
}

void TstPdfDownloader::oversizedAnswerIsRefused()
{
    m_downloader->setMaxBytes(10000);
    m_server->enqueue(QStringLiteral("/pdf/2603.01234v2"),
                      Response::ok(fakePdf(500000), "application/pdf"));
    QSignalSpy failed(m_downloader.get(), &PdfDownloader::failed);

    m_downloader->fetch(paper());

    QVERIFY(failed.wait(10000));
    const auto error = failed.at(0).at(1).value<Sieve::Error>();
    QCOMPARE(error.code(), Sieve::Error::Code::BadData);
    QVERIFY(!m_cache->find(QStringLiteral("2603.01234"), 2));
    QCOMPARE(m_cache->sizeBytes(), 0);
}

QTEST_GUILESS_MAIN(TstPdfDownloader)

#include "tst_pdfdownloader.moc"
