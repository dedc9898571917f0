// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Sieve::Platform {

namespace {

const QString TranslationsFolder = QStringLiteral(":/i18n");
const QString BaseName = QStringLiteral("papersieve");
const QString QtBaseName = QStringLiteral("qtbase");

bool install(const QLocale &locale, const QString &baseName, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, baseName, QStringLiteral("_"), folder)) {
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
    int installed = install(QLocale(QLocale::English), BaseName, TranslationsFolder) ? 1 : 0;
    if (locale.language() == QLocale::C) {
        qCDebug(lcPlatform) << "translations installed:" << installed << "for C";
        return installed;
    }
    if (locale.language() != QLocale::English && install(locale, BaseName, TranslationsFolder)) {
        ++installed;
    }

    // Qt's own texts (standard dialog buttons, the line edit's context menu) come from the
    // system's Qt translations (Debian: qt6-translations-l10n), when they are installed.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const bool qt = install(locale, QtBaseName, qtFolder);
    qCDebug(lcPlatform) << "translations installed:" << installed << "for" << locale.name()
                        << "Qt's own:" << (qt ? "yes" : "no, not in") << qtFolder;
    return installed;
}

QLocale applyLanguage(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates and numbers follow the chosen language too, not only the words.
    QLocale::setDefault(locale);
    installTranslators(locale);
    return locale;
}

} // namespace Sieve::Platform
