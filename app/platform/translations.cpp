// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

namespace Sieve::Platform {

namespace {

const QString TranslationsFolder = QStringLiteral(":/i18n");
const QString BaseName = QStringLiteral("papersieve");

bool install(const QLocale &locale)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, BaseName, QStringLiteral("_"), TranslationsFolder)) {
        return false;
    }
    QCoreApplication::installTranslator(translator.get());
    translator.release()->setParent(QCoreApplication::instance());
    return true;
}

} // namespace

int installTranslators(const QLocale &locale)
{
    // The English file holds only plural forms: source strings are English already.
    int installed = install(QLocale(QLocale::English)) ? 1 : 0;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C
        && install(locale)) {
        ++installed;
    }

    qCDebug(lcPlatform) << "translations installed:" << installed << "for" << locale.name();
    return installed;
}

} // namespace Sieve::Platform
