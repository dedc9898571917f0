// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_TRANSLATIONS_H
#define SIEVE_PLATFORM_TRANSLATIONS_H

#include <QLocale>
#include <QString>

namespace Sieve::Platform {

// Installs the program's translations on the running application: English plural forms
// always, then the language of `locale` on top when one is shipped, and Qt's own translations
// of that language (qtbase_<lang>.qm in QLibraryInfo's TranslationsPath) when the system has
// them. Translators are owned by the application. Returns the number of the program's own
// translators installed; Qt's, which depend on the system, are not counted.
int installTranslators(const QLocale &locale = QLocale());

// Starts the program in `language` (a locale name such as "de" or "zh_CN", as kept in the
// settings; empty: the system's): makes it the default QLocale, so dates and numbers follow
// it, then installs its translations. Returns the locale applied.
QLocale applyLanguage(const QString &language);

} // namespace Sieve::Platform

#endif // SIEVE_PLATFORM_TRANSLATIONS_H
