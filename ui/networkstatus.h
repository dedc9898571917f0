// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_NETWORKSTATUS_H
#define SIEVE_UI_NETWORKSTATUS_H

#include <QObject>

namespace Sieve::Ui {

// Whether the network looks reachable, from QNetworkInformation's reachability backend. With
// no such backend (some platforms, containers) the network is assumed reachable: actions then
// fail with their own error instead of being disabled for nothing.
class NetworkStatus : public QObject
{
    Q_OBJECT

public:
    explicit NetworkStatus(QObject *parent = nullptr);

    bool isOnline() const { return m_online; }

    bool hasBackend() const { return m_hasBackend; }

    // Overrides what the backend says until it reports again; for tests and manual testing.
    void setOnline(bool online);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    bool m_online = true;
    bool m_hasBackend = false;
};

} // namespace Sieve::Ui

#endif // SIEVE_UI_NETWORKSTATUS_H
