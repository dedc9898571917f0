// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_UI_WINDOWSIZE_H
#define SIEVE_UI_WINDOWSIZE_H

#include <QSize>

class QWidget;

namespace Sieve::Ui {

// Gives `window` its first size: `preferred`, made smaller where the screen it opens on has less
// room. It takes at most nine tenths of the screen's free area, so that its frame and title bar
// fit too, and nothing of it starts off screen on a small laptop.
void resizeWithinScreen(QWidget &window, QSize preferred);

} // namespace Sieve::Ui

#endif // SIEVE_UI_WINDOWSIZE_H
