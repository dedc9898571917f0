# SPDX-FileCopyrightText: 2026 The PaperSieve authors
# SPDX-License-Identifier: GPL-3.0-or-later

# macOS bundle and Windows executable settings for the `papersieve` target (ui/), and Qt's
# deployment of its libraries and plugins on those platforms. Included from packaging/CMakeLists.txt
# after ui/, so the target exists and its install(TARGETS) rule comes first. On Linux the
# distribution's Qt is used (the .deb depends on it), so nothing is deployed there.

if(APPLE)
    set_target_properties(papersieve PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "PaperSieve"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${papersieve_app_id}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_INFO_STRING "PaperSieve ${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The PaperSieve authors, GPL-3.0-or-later")

    # iconutil (part of macOS) turns an .iconset of PNGs, plain and @2x, into the bundle icon.
    find_program(PAPERSIEVE_ICONUTIL iconutil)
    if(PAPERSIEVE_RSVG_CONVERT AND PAPERSIEVE_ICONUTIL)
        set(iconset "${CMAKE_CURRENT_BINARY_DIR}/papersieve.iconset")
        set(icns "${CMAKE_CURRENT_BINARY_DIR}/papersieve.icns")
        set(render_commands "")
        foreach(size 16 32 128 256 512)
            math(EXPR double "${size} * 2")
            list(APPEND render_commands
                COMMAND "${PAPERSIEVE_RSVG_CONVERT}" --width ${size} --height ${size}
                    --output "${iconset}/icon_${size}x${size}.png" "${papersieve_icon_svg}"
                COMMAND "${PAPERSIEVE_RSVG_CONVERT}" --width ${double} --height ${double}
                    --output "${iconset}/icon_${size}x${size}@2x.png" "${papersieve_icon_svg}")
        endforeach()
        add_custom_command(OUTPUT "${icns}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${iconset}"
            ${render_commands}
            COMMAND "${PAPERSIEVE_ICONUTIL}" --convert icns --output "${icns}" "${iconset}"
            DEPENDS "${papersieve_icon_svg}"
            COMMENT "Building the macOS bundle icon"
            VERBATIM)
        add_custom_target(papersieve_icns DEPENDS "${icns}")
        add_dependencies(papersieve papersieve_icns)
        target_sources(papersieve PRIVATE "${icns}")
        set_source_files_properties("${icns}" TARGET_DIRECTORY papersieve PROPERTIES
            GENERATED TRUE
            MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(papersieve PROPERTIES MACOSX_BUNDLE_ICON_FILE papersieve.icns)
    else()
        message(WARNING "rsvg-convert or iconutil not found: the app bundle gets no icon")
    endif()
endif()

if(WIN32)
    # The executable's icon is an .ico in a resource script; ImageMagick packs the PNG sizes.
    find_program(PAPERSIEVE_MAGICK magick DOC "ImageMagick, packs the PNG icons into an .ico")
    if(PAPERSIEVE_MAGICK AND papersieve_icon_pngs)
        set(ico "${CMAKE_CURRENT_BINARY_DIR}/papersieve.ico")
        set(rc "${CMAKE_CURRENT_BINARY_DIR}/papersieve.rc")
        add_custom_command(OUTPUT "${ico}"
            COMMAND "${PAPERSIEVE_MAGICK}" ${papersieve_icon_pngs} "${ico}"
            DEPENDS ${papersieve_icon_pngs}
            COMMENT "Building the Windows icon"
            VERBATIM)
        add_custom_target(papersieve_ico DEPENDS "${ico}")
        file(CONFIGURE OUTPUT "${rc}" CONTENT "IDI_ICON1 ICON \"@ico@\"\n" @ONLY)
        add_dependencies(papersieve papersieve_ico)
        target_sources(papersieve PRIVATE "${rc}")
        set_source_files_properties("${rc}" TARGET_DIRECTORY papersieve PROPERTIES
            OBJECT_DEPENDS "${ico}")
        set(PAPERSIEVE_WINDOWS_ICON "${ico}" PARENT_SCOPE)
    else()
        message(WARNING "magick (ImageMagick) or the PNG icons are missing: papersieve.exe and "
            "its installer get no icon")
    endif()

    # windeployqt copies Qt's own DLLs and plugins only; qtkeychain is installed beside them.
    get_target_property(keychain_target Qt6Keychain::Qt6Keychain ALIASED_TARGET)
    if(NOT keychain_target)
        set(keychain_target Qt6Keychain::Qt6Keychain)
    endif()
    install(IMPORTED_RUNTIME_ARTIFACTS ${keychain_target}
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
        LIBRARY DESTINATION "${CMAKE_INSTALL_BINDIR}")
endif()

# Qt 6.3 and 6.4 support Windows and macOS here and name the output FILENAME_VARIABLE; Qt 6.5
# renamed it OUTPUT_SCRIPT (and added Linux, which we leave to the distribution's packages).
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET papersieve OUTPUT_SCRIPT papersieve_deploy_script)
    else()
        qt_generate_deploy_app_script(TARGET papersieve FILENAME_VARIABLE papersieve_deploy_script)
    endif()
    install(SCRIPT "${papersieve_deploy_script}")
endif()
