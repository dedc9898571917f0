// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appinfo.h"

#include <QCoreApplication>

namespace Sieve::Platform {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("PaperSieve"));
    QCoreApplication::setOrganizationName(QStringLiteral("PaperSieve"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("papersieve.org"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(PAPERSIEVE_VERSION);
}

QByteArray userAgent()
{
    return QByteArrayLiteral("PaperSieve/") + QByteArrayLiteral(PAPERSIEVE_VERSION)
        + QByteArrayLiteral(" (desktop arXiv reader; +https://github.com/papersieve/papersieve)");
}

} // namespace Sieve::Platform
