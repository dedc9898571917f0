// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "batchplanner.h"

#include <algorithm>

namespace Sieve::Scoring {

int batchSize(int paperCount, int baseSize, std::optional<int> adaptiveThreshold)
{
    const int base = std::max(baseSize, 1);
    if (!adaptiveThreshold || *adaptiveThreshold < 1 || paperCount <= *adaptiveThreshold) {
        return base;
    }

    // ⌈log2(N/T) + 1⌉ = ⌈log2(N/T)⌉ + 1, and ⌈log2(N/T)⌉ is the least k with T·2^k >= N.
    int doublings = 0;
    for (qint64 reach = *adaptiveThreshold; reach < paperCount; reach *= 2) {
        ++doublings;
    }
    return base * (doublings + 1);
}

QList<QList<int>> batches(int paperCount, int baseSize, std::optional<int> adaptiveThreshold)
{
    const int size = batchSize(paperCount, baseSize, adaptiveThreshold);

    QList<QList<int>> result;
    for (int first = 0; first < paperCount; first += size) {
        QList<int> batch;
        const int last = std::min(first + size, paperCount);
        for (int index = first; index < last; ++index) {
            batch.append(index);
        }
        result.append(batch);
    }
    return result;
}

} // namespace Sieve::Scoring
