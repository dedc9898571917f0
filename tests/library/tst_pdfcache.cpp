// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/library/pdfcache.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Sieve::Library::PdfCache;

namespace {

QByteArray fakePdf(int bytes)
{
    const QByteArray end = QByteArrayLiteral("\n%%EOF\n");
    QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n");
    pdf.append(QByteArray(bytes - pdf.size() - end.size(), 'x')).append(end);
    return pdf;
}

// A clock that moves one minute per reading, so "least recently used" is never a tie.
std::function<QDateTime()> steppingClock()
{
    auto now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    return [now] {
        *now = now->addSecs(60);
        return *now;
    };
}

QStringList cachedFiles(const PdfCache &cache)
{
    return QDir(cache.dir()).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

} // namespace

class TstPdfCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storedPdfIsFound();
    void removeDropsOneVersionOnly_data();
    void removeDropsOneVersionOnly();
    void nonPdfIsRefusedAndNothingWritten_data();
    void nonPdfIsRefusedAndNothingWritten();
    void fileNamesAreSafe_data();
    void fileNamesAreSafe();
    void evictionKeepsTheCacheUnderItsLimit();
    void evictionDropsTheLeastRecentlyUsed();
    void theNewestFileIsKeptEvenAloneOverTheLimit();
};

void TstPdfCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstPdfCache::storedPdfIsFound()
{
    QTemporaryDir dir;
    PdfCache cache(dir.filePath(QStringLiteral("pdf")));
    QVERIFY(!cache.find(QStringLiteral("2603.01234"), 2));

    const auto stored = cache.store(QStringLiteral("2603.01234"), 2, fakePdf(1000));

    QVERIFY(stored);
    const auto found = cache.find(QStringLiteral("2603.01234"), 2);
    QVERIFY(found);
    QCOMPARE(*found, stored.value());
    QCOMPARE(QFileInfo(*found).size(), 1000);
    QVERIFY(!cache.find(QStringLiteral("2603.01234"), 1)); // another version
}

void TstPdfCache::removeDropsOneVersionOnly_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("removed");
    QTest::addColumn<QStringList>("left");

    QTest::newRow("a cached version")
        << 2 << true << QStringList{QStringLiteral("2603.01234v1.pdf")};
    QTest::newRow("a version never cached")
        << 3 << false
        << QStringList{QStringLiteral("2603.01234v1.pdf"), QStringLiteral("2603.01234v2.pdf")};
}

void TstPdfCache::removeDropsOneVersionOnly()
{
    QFETCH(int, version);
    QFETCH(bool, removed);
    QFETCH(QStringList, left);

    QTemporaryDir dir;
    PdfCache cache(dir.filePath(QStringLiteral("pdf")));
    QVERIFY(cache.store(QStringLiteral("2603.01234"), 1, fakePdf(1000)));
    QVERIFY(cache.store(QStringLiteral("2603.01234"), 2, fakePdf(1000)));

    QCOMPARE(cache.remove(QStringLiteral("2603.01234"), version), removed);

    QCOMPARE(cachedFiles(cache), left);
    QVERIFY(!cache.find(QStringLiteral("2603.01234"), version));
}

void TstPdfCache::nonPdfIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("html") << QByteArrayLiteral("<!DOCTYPE html><html>Not found</html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("magic later") << QByteArrayLiteral("  %PDF-1.4");
    QTest::newRow("truncated magic") << QByteArrayLiteral("%PDF");
    QTest::newRow("cut short") << fakePdf(5000).left(3000);
    QTest::newRow("end marker far from the end") << fakePdf(1000) + QByteArray(2000, ' ');
}

void TstPdfCache::nonPdfIsRefusedAndNothingWritten()
{
    QFETCH(QByteArray, body);
    QTemporaryDir dir;
    PdfCache cache(dir.filePath(QStringLiteral("pdf")));

    const auto stored = cache.store(QStringLiteral("2603.01234"), 1, body);

    QVERIFY(!stored);
    QCOMPARE(stored.error().code(), Sieve::Error::Code::BadData);
    QVERIFY(cachedFiles(cache).isEmpty());
}

void TstPdfCache::fileNamesAreSafe_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("name");

    QTest::newRow("new style") << QStringLiteral("2603.01234") << 2
                               << QStringLiteral("2603.01234v2.pdf");
    QTest::newRow("old style") << QStringLiteral("astro-ph/0603163") << 1
                               << QStringLiteral("astro-ph_0603163v1.pdf");
    QTest::newRow("no version") << QStringLiteral("2603.01234") << 0
                                << QStringLiteral("2603.01234.pdf");
    QTest::newRow("path tricks") << QStringLiteral("../../etc/passwd") << 1
                                 << QStringLiteral(".._.._etc_passwdv1.pdf");
}

void TstPdfCache::fileNamesAreSafe()
{
    QFETCH(QString, id);
    QFETCH(int, version);
    QFETCH(QString, name);

    QCOMPARE(PdfCache::fileName(id, version), name);
}

void TstPdfCache::evictionKeepsTheCacheUnderItsLimit()
{
    QTemporaryDir dir;
    PdfCache cache(dir.filePath(QStringLiteral("pdf")), 10000);
    cache.setClock(steppingClock());

    for (int i = 0; i < 8; ++i) {
        QVERIFY(cache.store(QStringLiteral("2603.0000%1").arg(i), 1, fakePdf(3000)));
        QVERIFY(cache.sizeBytes() <= 10000);
    }

    QCOMPARE(cachedFiles(cache),
             QStringList({QStringLiteral("2603.00005v1.pdf"),
                          QStringLiteral("2603.00006v1.pdf"),
                          QStringLiteral("2603.00007v1.pdf")}));

    cache.setLimitBytes(4000);
    QCOMPARE(cachedFiles(cache), QStringList({QStringLiteral("2603.00007v1.pdf")}));
}

void TstPdfCache::evictionDropsTheLeastRecentlyUsed()
{
    QTemporaryDir dir;
    PdfCache cache(dir.filePath(QStringLiteral("pdf")), 10000);
    cache.setClock(steppingClock());
    QVERIFY(cache.store(QStringLiteral("2603.00001"), 1, fakePdf(4000)));
    QVERIFY(cache.store(QStringLiteral("2603.00002"), 1, fakePdf(4000)));

    QVERIFY(cache.find(QStringLiteral("2603.00001"), 1)); // read again: now the most recent
    QVERIFY(cache.store(QStringLiteral("2603.00003"), 1, fakePdf(4000)));

    QCOMPARE(cachedFiles(cache),
             QStringList({QStringLiteral("2603.00001v1.pdf"), QStringLiteral("2603.00003v1.pdf")}));
}

void TstPdfCache::theNewestFileIsKeptEvenAloneOverTheLimit()
{
    QTemporaryDir dir;
    PdfCache cache(dir.filePath(QStringLiteral("pdf")), 5000);
    cache.setClock(steppingClock());
    QVERIFY(cache.store(QStringLiteral("2603.00001"), 1, fakePdf(2000)));

    QVERIFY(cache.store(QStringLiteral("2603.00002"), 1, fakePdf(8000)));

    QCOMPARE(cachedFiles(cache), QStringList({QStringLiteral("2603.00002v1.pdf")}));
}

QTEST_GUILESS_MAIN(TstPdfCache)

#include "tst_pdfcache.moc"
