// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secretstore.h"

#include <QMetaObject>

namespace Sieve::Platform {

SecretJob::SecretJob(QObject *parent)
    : QObject(parent)
{
}

// Completion is queued so that a store answering at once (the memory store) still gives the
// caller the chance to connect before the signal fires.
void SecretJob::finish(std::optional<QString> secret)
{
    if (m_done) {
        return;
    }
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this, secret = std::move(secret)] {
            Q_EMIT finished(secret);
            deleteLater();
        },
        Qt::QueuedConnection);
}

void SecretJob::fail(const Sieve::Error &error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            Q_EMIT failed(error);
            deleteLater();
        },
        Qt::QueuedConnection);
}

std::optional<QString> environmentApiKey()
{
    const QString key = qEnvironmentVariable("PAPERSIEVE_API_KEY").trimmed();
    if (key.isEmpty()) {
        return std::nullopt;
    }
    return key;
}

} // namespace Sieve::Platform
