// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/net/retrypolicy.h>

#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;
using Sieve::Net::RetryPolicy;
using std::chrono::milliseconds;

class TstRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesOnlyTransientFailures_data();
    void retriesOnlyTransientFailures();
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void backoffGrowsWithJitterUpToTheCap_data();
    void backoffGrowsWithJitterUpToTheCap();
    void sameSeedGivesSameDelays();
    void retryAfterReplacesBackoffUpToTheLimit();
};

void TstRetryPolicy::retriesOnlyTransientFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<bool>("expectRetry");

    QTest::newRow("too many requests") << 429 << QNetworkReply::UnknownContentError << true;
    QTest::newRow("internal server error") << 500 << QNetworkReply::InternalServerError << true;
    QTest::newRow("bad gateway") << 502 << QNetworkReply::UnknownServerError << true;
    QTest::newRow("service unavailable") << 503 << QNetworkReply::ServiceUnavailableError << true;
    QTest::newRow("gateway timeout") << 504 << QNetworkReply::UnknownServerError << true;
    QTest::newRow("bad request") << 400 << QNetworkReply::ProtocolInvalidOperationError << false;
    QTest::newRow("forbidden") << 403 << QNetworkReply::ContentAccessDenied << false;
    QTest::newRow("not found") << 404 << QNetworkReply::ContentNotFoundError << false;
    QTest::newRow("gone") << 410 << QNetworkReply::ContentGoneError << false;
    QTest::newRow("not implemented") << 501 << QNetworkReply::OperationNotImplementedError << false;
    QTest::newRow("timeout") << 0 << QNetworkReply::TimeoutError << true;
    QTest::newRow("connection refused") << 0 << QNetworkReply::ConnectionRefusedError << true;
    QTest::newRow("connection reset") << 0 << QNetworkReply::RemoteHostClosedError << true;
    QTest::newRow("dropped inside a 200") << 200 << QNetworkReply::RemoteHostClosedError << true;
    QTest::newRow("temporary failure") << 0 << QNetworkReply::TemporaryNetworkFailureError << true;
    QTest::newRow("host not found") << 0 << QNetworkReply::HostNotFoundError << false;
    QTest::newRow("tls handshake") << 0 << QNetworkReply::SslHandshakeFailedError << false;
    QTest::newRow("insecure redirect") << 0 << QNetworkReply::InsecureRedirectError << false;
}

void TstRetryPolicy::retriesOnlyTransientFailures()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(bool, expectRetry);

    QCOMPARE(RetryPolicy(1).shouldRetry(status, error), expectRetry);
}

void TstRetryPolicy::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: not understood

    QTest::newRow("delta seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("padded") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("imf date") << QByteArray("Thu, 05 Mar 2026 12:00:30 GMT") << qint64(30000);
    QTest::newRow("date in the past") << QByteArray("Thu, 05 Mar 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("rfc 850 date") << QByteArray("Thursday, 05-Mar-26 12:01:00 GMT")
                                  << qint64(60000);
    QTest::newRow("asctime date") << QByteArray("Thu Mar  5 12:00:10 2026") << qint64(10000);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TstRetryPolicy::parsesRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);

    const QDateTime now(QDate(2026, 3, 5), QTime(12, 0), QTimeZone::utc());
    const auto parsed = RetryPolicy::parseRetryAfter(value, now);

    QCOMPARE(parsed.has_value(), expectedMs >= 0);
    if (parsed) {
        QCOMPARE(parsed->count(), expectedMs);
    }
}

void TstRetryPolicy::backoffGrowsWithJitterUpToTheCap_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("fullMs");

    QTest::newRow("first retry") << 1 << qint64(100);
    QTest::newRow("second retry") << 2 << qint64(200);
    QTest::newRow("third retry") << 3 << qint64(400);
    QTest::newRow("fourth retry") << 4 << qint64(800);
    QTest::newRow("capped") << 5 << qint64(1000);
    QTest::newRow("far past the cap") << 60 << qint64(1000);
}

void TstRetryPolicy::backoffGrowsWithJitterUpToTheCap()
{
    QFETCH(int, attempt);
    QFETCH(qint64, fullMs);

    RetryPolicy policy(42);
    policy.setBackoff(100ms, 1000ms);

    bool sawJitter = false;
    const milliseconds first = policy.delayFor(attempt, std::nullopt);
    for (int i = 0; i < 50; ++i) {
        const milliseconds delay = policy.delayFor(attempt, std::nullopt);
        QVERIFY2(delay.count() >= fullMs / 2 && delay.count() <= fullMs,
                 qPrintable(QString::number(delay.count())));
        sawJitter = sawJitter || delay != first;
    }
    QVERIFY(sawJitter);
}

void TstRetryPolicy::sameSeedGivesSameDelays()
{
    RetryPolicy one(7);
    RetryPolicy two(7);

    for (int attempt = 1; attempt <= 6; ++attempt) {
        QCOMPARE(one.delayFor(attempt, std::nullopt), two.delayFor(attempt, std::nullopt));
    }
}

void TstRetryPolicy::retryAfterReplacesBackoffUpToTheLimit()
{
    RetryPolicy policy(1);
    policy.setBackoff(100ms, 1000ms);

    QCOMPARE(policy.delayFor(1, milliseconds(5000)), milliseconds(5000));
    QCOMPARE(policy.delayFor(3, milliseconds(0)), milliseconds(0));
    QVERIFY(!policy.isTooLong(RetryPolicy::DefaultMaxRetryAfter));
    QVERIFY(policy.isTooLong(RetryPolicy::DefaultMaxRetryAfter + 1ms));
    QCOMPARE(policy.delayFor(1, std::chrono::hours(1)), RetryPolicy::DefaultMaxRetryAfter);
}

QTEST_GUILESS_MAIN(TstRetryPolicy)
#include "tst_retrypolicy.moc"
