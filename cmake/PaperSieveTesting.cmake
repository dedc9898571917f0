# SPDX-FileCopyrightText: 2026 The PaperSieve authors
# SPDX-License-Identifier: GPL-3.0-or-later

# papersieve_add_test(tst_name SOURCES ... LIBRARIES ... [LABELS gui ...] [TIMEOUT s])
#
# One Qt Test executable, registered with ctest. Every test runs with test-mode standard paths
# and a throw-away HOME-independent environment; GUI tests (label `gui`) additionally get what
# WebEngine needs as root (see HEADLESS.md). PAPERSIEVE_TEST_DATA points at tests/data.
#
# GUI tests draw on the X server in DISPLAY (Xvfb under tools/dev.sh test), so WebEngine really
# renders and windows really gain focus; without a display Qt falls back to the next platform in
# the list, offscreen, so a plain ctest still runs them. The other tests always use offscreen.
# GUI tests take turns on the display (a resource lock): with no window manager, two of them at
# once would take the keyboard focus from each other's windows.
function(papersieve_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}")
    target_compile_definitions(${name} PRIVATE
        PAPERSIEVE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    papersieve_setup_target(${name})
    add_test(NAME ${name} COMMAND ${name})

    set(platform "offscreen")
    if("gui" IN_LIST ARG_LABELS)
        set(platform "xcb\\;offscreen")
        set_tests_properties(${name} PROPERTIES RESOURCE_LOCK display)
    endif()
    set(env
        "QT_QPA_PLATFORM=${platform}"
        "QTWEBENGINE_DISABLE_SANDBOX=1"
        "QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu"
        "QT_LOGGING_RULES=papersieve.*.debug=false")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
