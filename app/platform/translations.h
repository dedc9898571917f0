// SPDX-FileCopyrightText: 2026 The PaperSieve authors
// SPDX-License-Identifier: GPL-3.0-or-later

#ifndef SIEVE_PLATFORM_TRANSLATIONS_H
#define SIEVE_PLATFORM_TRANSLATIONS_H

#include <QLocale>

namespace Sieve::Platform {

// Installs the program's translations on the running application: English plural forms
// always, then the language of `locale` on top when one is shipped. Translators are owned by
// the application. Returns the number installed.
int installTranslators(const QLocale &locale = QLocale());

} // namespace Sieve::Platform

#endif // SIEVE_PLATFORM_TRANSLATIONS_H
