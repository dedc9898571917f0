// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_SINGLEINSTANCE_H
#define SIEVE_PLATFORM_SINGLEINSTANCE_H

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>

class QLocalServer;

namespace Sieve::Platform {

// One window per user and library: the first instance listens on a local socket named after
// the user and the data folder; a second launch hands its arguments to the first, which raises
// its window, and then quits. A socket left behind by a crashed instance is taken over.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `key` tells libraries apart: the data folder, so two libraries can each have a window.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when another instance took the arguments: this process should exit. False when
    // this process is now the one instance (or no other answered within `timeout`).
    bool handOverTo(const QStringList &arguments,
                    std::chrono::milliseconds timeout = std::chrono::milliseconds(1000));

    QString serverName() const { return m_serverName; }

    bool isListening() const;

Q_SIGNALS:
    // A later launch asked this instance to show itself, with its command-line arguments.
    void activationRequested(const QStringList &arguments);

private:
    bool listen();
    void readConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace Sieve::Platform

#endif // SIEVE_PLATFORM_SINGLEINSTANCE_H
