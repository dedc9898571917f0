// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_APPINFO_H
#define SIEVE_PLATFORM_APPINFO_H

#include <QByteArray>
#include <QString>

namespace Sieve::Platform {

// Sets application name, organisation and version on the running Q(Core)Application.
void setApplicationIdentity();

QString applicationVersion();

// The User-Agent every request carries: names the program, its version and where to learn
// more, as arXiv's API terms ask of automated clients.
QByteArray userAgent();

} // namespace Sieve::Platform

#endif // SIEVE_PLATFORM_APPINFO_H
