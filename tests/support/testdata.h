// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_TEST_TESTDATA_H
#define SIEVE_TEST_TESTDATA_H

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Sieve::Test {

// The bytes of an arXiv fixture below tests/data/arxiv. A missing fixture means a broken
// checkout, not a failing behaviour, so it stops the test run at once.
inline QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(PAPERSIEVE_TEST_DATA "/arxiv/") + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("fixture %s is missing", qPrintable(relativePath));
    }
    return file.readAll();
}

} // namespace Sieve::Test

#endif // SIEVE_TEST_TESTDATA_H
