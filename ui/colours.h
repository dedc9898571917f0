// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_COLOURS_H
#define SIEVE_UI_COLOURS_H

#include <QColor>

namespace Sieve::Ui {

// The colour `share` of the way from b to a: 1 gives a, 0 gives b.
QColor mixedColour(const QColor &a, const QColor &b, double share);

bool isDarkColour(const QColor &colour);

// A light tint on a light base; on a dark base the tint's colour darkened into the base, so
// the palette's own text colour stays readable on it in either theme.
QColor tintFor(const QColor &lightTint, const QColor &base);

} // namespace Sieve::Ui

#endif // SIEVE_UI_COLOURS_H
