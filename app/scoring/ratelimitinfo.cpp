// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ratelimitinfo.h"

#include <QRegularExpression>

#include <cmath>

namespace Sieve::Scoring {

using std::chrono::milliseconds;

namespace {

std::optional<qint64> parseCount(const QByteArray &value)
{
    bool ok = false;
    const qint64 count = value.trimmed().toLongLong(&ok);
    return ok && count >= 0 ? std::optional<qint64>(count) : std::nullopt;
}

// A reset is either a moment (Anthropic) or a wait (OpenAI); both become a wait from now.
std::optional<milliseconds> parseReset(const QByteArray &value, const QDateTime &nowUtc)
{
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::ISODate);
    if (at.isValid()) {
        return milliseconds(std::max<qint64>(0, nowUtc.msecsTo(at)));
    }
    return RateLimitInfo::parseDuration(value);
}

} // namespace

bool RateLimitInfo::isEmpty() const
{
    return !requestLimit && !requestsRemaining && !tokenLimit && !tokensRemaining && !requestsReset
        && !tokensReset;
}

RateLimitInfo RateLimitInfo::fromHeaders(const Net::HttpHeaders &headers, const QDateTime &nowUtc)
{
    RateLimitInfo info;
    for (const auto &[rawName, value] : headers) {
        const QByteArray name = rawName.toLower();
        if (name == "x-ratelimit-limit-requests" || name == "anthropic-ratelimit-requests-limit") {
            info.requestLimit = parseCount(value);
        } else if (name == "x-ratelimit-remaining-requests"
                   || name == "anthropic-ratelimit-requests-remaining") {
            info.requestsRemaining = parseCount(value);
        } else if (name == "x-ratelimit-limit-tokens"
                   || name == "anthropic-ratelimit-tokens-limit") {
            info.tokenLimit = parseCount(value);
        } else if (name == "x-ratelimit-remaining-tokens"
                   || name == "anthropic-ratelimit-tokens-remaining") {
            info.tokensRemaining = parseCount(value);
        } else if (name == "x-ratelimit-reset-requests"
                   || name == "anthropic-ratelimit-requests-reset") {
            info.requestsReset = parseReset(value, nowUtc);
        } else if (name == "x-ratelimit-reset-tokens"
                   || name == "anthropic-ratelimit-tokens-reset") {
            info.tokensReset = parseReset(value, nowUtc);
        }
    }
    return info;
}

std::optional<milliseconds> RateLimitInfo::parseDuration(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber) {
        return seconds >= 0 ? std::optional(milliseconds(qint64(std::llround(seconds * 1000))))
                            : std::nullopt;
    }

    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    double totalMs = 0;
    qsizetype consumed = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() != consumed) {
            return std::nullopt;
        }
        consumed = match.capturedEnd();
        const double amount = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        const double scale = unit == QLatin1String("h") ? 3600000.0
            : unit == QLatin1String("m")                ? 60000.0
            : unit == QLatin1String("s")                ? 1000.0
                                                        : 1.0;
        totalMs += amount * scale;
    }
    if (consumed == 0 || consumed != text.size()) {
        return std::nullopt;
    }
    return milliseconds(qint64(std::llround(totalMs)));
}

} // namespace Sieve::Scoring
