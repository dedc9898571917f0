// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "windowsize.h"

#include <QScreen>
#include <QWidget>

namespace Sieve::Ui {

void resizeWithinScreen(QWidget &window, QSize preferred)
{
    const QSize room = window.screen()->availableGeometry().size() * 9 / 10;
    window.resize(preferred.boundedTo(room));
}

} // namespace Sieve::Ui
