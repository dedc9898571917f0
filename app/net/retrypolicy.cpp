// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Sieve::Net {

namespace {

using std::chrono::milliseconds;

bool isTransientTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isTransientStatus(int httpStatus)
{
    switch (httpStatus) {
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

// The three date forms RFC 9110 asks recipients to accept, all in GMT. The weekday is dropped
// before parsing: it is redundant, and Qt rejects a weekday that does not match a two-digit
// RFC 850 year read as 19yy.
std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    QString text = QString::fromLatin1(value).simplified();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    text = comma > 0 ? text.mid(comma + 1).trimmed() : text.mid(space + 1);

    const QLocale c = QLocale::c();
    static const char *const Formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate
        "dd-MMM-yy HH:mm:ss 'GMT'", // obsolete RFC 850
        "MMM d HH:mm:ss yyyy", // asctime
    };

    for (const char *format : Formats) {
        QDateTime parsed = c.toDateTime(text, QLatin1String(format));
        if (!parsed.isValid()) {
            continue;
        }
        if (parsed.date().year() < 1970) {
            parsed = parsed.addYears(100); // two-digit RFC 850 years belong to this century
        }
        return QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    }
    return std::nullopt;
}

} // namespace

RetryPolicy::RetryPolicy()
    : m_random(QRandomGenerator::securelySeeded())
{
}

RetryPolicy::RetryPolicy(quint32 seed)
    : m_random(seed)
{
}

bool RetryPolicy::shouldRetry(int httpStatus, QNetworkReply::NetworkError error) const
{
    if (isTransientTransportError(error)) {
        return true;
    }
    return isTransientStatus(httpStatus);
}

milliseconds RetryPolicy::delayFor(int attempt, std::optional<milliseconds> retryAfter) const
{
    if (retryAfter) {
        return std::clamp(*retryAfter, milliseconds(0), m_maxRetryAfter);
    }

    // Doubling stops once past the cap, so a large attempt number cannot overflow.
    milliseconds full = m_base;
    for (int i = 1; i < attempt && full < m_cap; ++i) {
        full *= 2;
    }
    full = std::min(full, m_cap);

    const qint64 half = full.count() / 2;
    const qint64 jitter = half > 0 ? qint64(m_random.bounded(quint64(half) + 1)) : 0;
    return milliseconds(full.count() - half + jitter);
}

void RetryPolicy::setBackoff(milliseconds base, milliseconds cap)
{
    m_base = std::max(base, milliseconds(0));
    m_cap = std::max(cap, m_base);
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }

    const bool allDigits = std::all_of(trimmed.begin(), trimmed.end(), [](char c) {
        return c >= '0' && c <= '9';
    });
    if (allDigits) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        // Absurdly long waits are clamped here; isTooLong() still rejects them.
        return ok ? milliseconds(std::min<qint64>(seconds, 1LL << 40) * 1000)
                  : milliseconds(std::numeric_limits<qint32>::max());
    }

    const std::optional<QDateTime> when = parseHttpDate(trimmed);
    if (!when) {
        return std::nullopt;
    }
    return milliseconds(std::max<qint64>(0, nowUtc.msecsTo(*when)));
}

} // namespace Sieve::Net
