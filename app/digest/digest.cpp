// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "digest.h"

#include <app/platform/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Sieve::Digest {

std::optional<double> DigestUsage::totalCostUsd() const
{
    if (!promptCostUsd || !completionCostUsd) {
        return std::nullopt;
    }
    return *promptCostUsd + *completionCostUsd;
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    const bool written =
        file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
    if (written) {
        return {};
    }

    const QString detail = file.errorString();
    file.cancelWriting();
    qCWarning(lcDigest) << "could not write digest" << path << ":" << detail;
    const QString userText =
        QCoreApplication::translate("Sieve::Digest",
                                    "The digest could not be saved to \"%1\"; check that the "
                                    "folder exists and that you may write to it.")
            .arg(QDir::toNativeSeparators(path));
    return Error(Error::Code::Storage, userText, detail);
}

} // namespace Sieve::Digest
