# SPDX-FileCopyrightText: 2026 The PaperSieve authors
# SPDX-License-Identifier: GPL-3.0-or-later

# CPack: `cmake --build <dir> --target package` (or `cpack` in the build folder) makes a .deb and
# a .tar.gz on Linux, an installer and a .zip on Windows, a disk image on macOS. Included from the
# top-level CMakeLists.txt, after every install() rule.
set(CPACK_PACKAGE_NAME "papersieve")
set(CPACK_PACKAGE_VENDOR "The PaperSieve authors")
set(CPACK_PACKAGE_CONTACT "PaperSieve developers <dev@papersieve.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Ranks each day's new arXiv papers against your criteria")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/COPYING")
# One string; the line breaks keep the Debian long description under 80 columns.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "PaperSieve fetches the new papers of the arXiv categories you follow on"
    "every announcement day, ranks them against criteria written in plain"
    "language, and keeps every day in a local SQLite library that stays"
    "readable offline. The same binary runs headless as a command-line tool"
    "for scripts and cron.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PaperSieve")
set(CPACK_PACKAGE_EXECUTABLES "papersieve" "PaperSieve")
# Debug information stays in the build tree; packages ship stripped binaries.
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian: library dependencies come from dpkg-shlibdeps (dpkg-dev); what Qt and qtkeychain load
# at run time with dlopen() cannot be seen there and is listed by hand.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0, qt6-qpa-plugins")
# The SVG icon engine, for the window icon when the installed theme icon cannot be found; Qt's
# own translations, for its dialogs' buttons and context menus in the reader's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, qt6-translations-l10n")
# A Secret Service provider keeps the LLM key; any will do.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")

# Windows installer (NSIS).
set(CPACK_NSIS_PACKAGE_NAME "PaperSieve ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "PaperSieve")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\papersieve.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
if(PAPERSIEVE_WINDOWS_ICON)
    set(CPACK_NSIS_MUI_ICON "${PAPERSIEVE_WINDOWS_ICON}")
    set(CPACK_NSIS_MUI_UNIICON "${PAPERSIEVE_WINDOWS_ICON}")
endif()

# macOS disk image: the bundle beside a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "PaperSieve ${PROJECT_VERSION}")

include(CPack)
