// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <app/scoring/ratelimiter.h>

#include <QTest>

using namespace std::chrono_literals;
using Sieve::Scoring::RateLimiter;
using Sieve::Scoring::RateLimitInfo;
using Sieve::Scoring::RateLimits;
using Ms = std::chrono::milliseconds;

class TstRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delaysTheRequestThatWouldOverfillTheWindow_data();
    void delaysTheRequestThatWouldOverfillTheWindow();
    void correctedTokensFreeTheWindow();
    void pausesForRetryAfter();
    void pausesWhenTheProviderReportsNothingLeft_data();
    void pausesWhenTheProviderReportsNothingLeft();
    void neverLetsAWindowHoldMoreThanTheLimit_data();
    void neverLetsAWindowHoldMoreThanTheLimit();
};

void TstRateLimiter::delaysTheRequestThatWouldOverfillTheWindow_data()
{
    QTest::addColumn<int>("requestLimit");
    QTest::addColumn<qint64>("tokenLimit");
    QTest::addColumn<QList<qint64>>("startsAtMs"); // each start uses 100 tokens
    QTest::addColumn<qint64>("nextTokens");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<qint64>("expectedDelayMs");

    QTest::newRow("no limits") << 0 << qint64(0) << QList<qint64>{0, 0, 0} << qint64(100)
                               << qint64(0) << qint64(0);
    QTest::newRow("room for one more request")
        << 3 << qint64(0) << QList<qint64>{0, 10} << qint64(100) << qint64(20) << qint64(0);
    QTest::newRow("third request waits for the first to leave")
        << 2 << qint64(0) << QList<qint64>{0, 500} << qint64(100) << qint64(600) << qint64(400);
    QTest::newRow("window already moved on")
        << 2 << qint64(0) << QList<qint64>{0, 500} << qint64(100) << qint64(1200) << qint64(0);
    QTest::newRow("tokens fit") << 0 << qint64(300) << QList<qint64>{0, 100} << qint64(100)
                                << qint64(200) << qint64(0);
    QTest::newRow("tokens wait for the oldest start")
        << 0 << qint64(250) << QList<qint64>{0, 100} << qint64(100) << qint64(200) << qint64(800);
    QTest::newRow("a request larger than the budget waits for an empty window")
        << 0 << qint64(150) << QList<qint64>{0, 300} << qint64(1000) << qint64(400) << qint64(900);
}

void TstRateLimiter::delaysTheRequestThatWouldOverfillTheWindow()
{
    QFETCH(int, requestLimit);
    QFETCH(qint64, tokenLimit);
    QFETCH(QList<qint64>, startsAtMs);
    QFETCH(qint64, nextTokens);
    QFETCH(qint64, nowMs);
    QFETCH(qint64, expectedDelayMs);

    RateLimiter limiter(RateLimits{requestLimit, tokenLimit, 1000ms});
    for (const qint64 at : startsAtMs) {
        limiter.recordStart(100, Ms(at));
    }
    QCOMPARE(limiter.delayFor(nextTokens, Ms(nowMs)).count(), expectedDelayMs);
}

void TstRateLimiter::correctedTokensFreeTheWindow()
{
    RateLimiter limiter(RateLimits{0, 1000, 1000ms});
    limiter.recordStart(900, 0ms);
    QVERIFY(limiter.delayFor(500, 10ms) > 0ms);

    limiter.correctTokens(0ms, 900, 300);
    QCOMPARE(limiter.delayFor(500, 10ms), 0ms);
}

void TstRateLimiter::pausesForRetryAfter()
{
    RateLimiter limiter(RateLimits{100, 0, 60000ms});
    limiter.pauseFor(2000ms, 1000ms);
    QCOMPARE(limiter.delayFor(10, 1500ms), 1500ms);
    QCOMPARE(limiter.delayFor(10, 3000ms), 0ms);

    limiter.pauseFor(100ms, 1500ms); // a shorter pause never shortens a longer one
    QCOMPARE(limiter.pausedUntil(), 3000ms);
}

void TstRateLimiter::pausesWhenTheProviderReportsNothingLeft_data()
{
    QTest::addColumn<qint64>("requestsLeft");
    QTest::addColumn<qint64>("tokensLeft");
    QTest::addColumn<qint64>("expectedDelayMs");
    QTest::newRow("plenty left") << qint64(10) << qint64(5000) << qint64(0);
    QTest::newRow("no request left") << qint64(0) << qint64(5000) << qint64(700);
    QTest::newRow("no token left") << qint64(10) << qint64(0) << qint64(4000);
}

void TstRateLimiter::pausesWhenTheProviderReportsNothingLeft()
{
    QFETCH(qint64, requestsLeft);
    QFETCH(qint64, tokensLeft);
    QFETCH(qint64, expectedDelayMs);

    RateLimitInfo info;
    info.requestsRemaining = requestsLeft;
    info.tokensRemaining = tokensLeft;
    info.requestsReset = 700ms;
    info.tokensReset = 4000ms;
    RateLimiter limiter;
    limiter.observe(info, 0ms);
    QCOMPARE(limiter.delayFor(10, 0ms).count(), expectedDelayMs);
}

void TstRateLimiter::neverLetsAWindowHoldMoreThanTheLimit_data()
{
    QTest::addColumn<int>("requestLimit");
    QTest::addColumn<qint64>("tokenLimit");

    QTest::newRow("requests and tokens") << 3 << qint64(1000);
    QTest::newRow("tokens alone") << 0 << qint64(1000);
    QTest::newRow("requests alone") << 3 << qint64(0);
}

void TstRateLimiter::neverLetsAWindowHoldMoreThanTheLimit()
{
    QFETCH(int, requestLimit);
    QFETCH(qint64, tokenLimit);
    constexpr Ms Window = 1000ms;

    RateLimiter limiter(RateLimits{requestLimit, tokenLimit, Window});
    QList<std::pair<Ms, qint64>> starts;
    Ms now{0};
    for (int i = 0; i < 40; ++i) {
        const qint64 tokens = 150 + (i * 37) % 200;
        now += limiter.delayFor(tokens, now);
        limiter.recordStart(tokens, now);
        starts.append({now, tokens});
        now += Ms(i % 3 == 0 ? 0 : 50);
    }

    // Every window that ends at a start holds the starts of the window before it.
    bool waited = false;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        int requests = 0;
        qint64 tokens = 0;
        for (qsizetype j = i; j >= 0 && starts.at(j).first > starts.at(i).first - Window; --j) {
            ++requests;
            tokens += starts.at(j).second;
        }
        if (requestLimit > 0) {
            QVERIFY2(requests <= requestLimit, qPrintable(QString::number(i)));
        }
        if (tokenLimit > 0) {
            QVERIFY2(tokens <= tokenLimit,
                     qPrintable(QStringLiteral("start %1: %2 tokens").arg(i).arg(tokens)));
        }
        waited = waited || (i > 0 && starts.at(i).first - starts.at(i - 1).first > 50ms);
    }
    QVERIFY(waited); // the limits were reached, not merely respected by chance
}

QTEST_GUILESS_MAIN(TstRateLimiter)
#include "tst_ratelimiter.moc"
