// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_LIBRARY_FTSQUERY_H
#define SIEVE_LIBRARY_FTSQUERY_H

#include <QString>
#include <QStringView>

namespace Sieve::Library {

// Turns what a user typed into an FTS5 MATCH expression that cannot be a syntax error: the text
// is cut into words the way the unicode61 tokenizer cuts it, and each word becomes a quoted
// prefix phrase ("word"*), all of which must match. FTS5 operators (OR, NOT, NEAR, parentheses,
// column filters) are therefore searched for as plain words. Empty when there is no word at all.
QString ftsMatchExpression(QStringView text);

} // namespace Sieve::Library

#endif // SIEVE_LIBRARY_FTSQUERY_H
