// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ftsquery.h"

#include <QStringList>

namespace Sieve::Library {

namespace {

// unicode61 keeps letters, numbers and marks together and splits on everything else.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

} // namespace

QString ftsMatchExpression(QStringView text)
{
    QStringList phrases;
    QString word;

    const auto flush = [&phrases, &word] {
        if (!word.isEmpty()) {
            phrases.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
            word.clear();
        }
    };

    for (const QChar c : text) {
        if (isWordCharacter(c)) {
            word.append(c);
        } else {
            flush();
        }
    }
    flush();

    return phrases.join(QLatin1Char(' '));
}

} // namespace Sieve::Library
