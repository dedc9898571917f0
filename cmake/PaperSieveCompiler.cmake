# SPDX-FileCopyrightText: 2026 The PaperSieve authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Settings every PaperSieve target shares, applied through papersieve_setup_target().

function(papersieve_setup_target target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        PAPERSIEVE_VERSION="${PROJECT_VERSION}")
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    endif()
    if(PAPERSIEVE_SANITIZE AND NOT MSVC)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# A static engine library `sieve_<name>` with the alias `Sieve::<Alias>`. Includes are written
# from the repository root: #include <app/arxiv/rssparser.h>.
function(papersieve_add_library name alias)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(sieve_${name} STATIC ${ARG_SOURCES})
    add_library(Sieve::${alias} ALIAS sieve_${name})
    target_include_directories(sieve_${name} PUBLIC "${PROJECT_SOURCE_DIR}")
    target_link_libraries(sieve_${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    papersieve_setup_target(sieve_${name})
    if(PAPERSIEVE_SANITIZE AND NOT MSVC)
        target_link_options(sieve_${name} INTERFACE -fsanitize=address,undefined)
    endif()
endfunction()
