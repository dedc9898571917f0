// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "colours.h"

namespace Sieve::Ui {

QColor mixedColour(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

bool isDarkColour(const QColor &colour)
{
    return colour.lightness() < 128;
}

QColor tintFor(const QColor &lightTint, const QColor &base)
{
    if (!isDarkColour(base)) {
        return lightTint;
    }
    // A light tint keeps its hue; saturated it shows through the dark base as a quiet wash.
    QColor hue = lightTint.toHsl();
    hue.setHsl(hue.hslHue(), 160, 110);
    return mixedColour(hue, base, 0.3);
}

} // namespace Sieve::Ui
