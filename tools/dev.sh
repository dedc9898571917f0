#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperSieve authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's two commands:
#   tools/dev.sh run    install what is missing, build (release), launch the app
#   tools/dev.sh test   install what is missing, build (ci preset), run every test
# Packages come from Debian/Ubuntu (see HEADLESS notes in README.md). Idempotent.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-webengine-dev qt6-pdf-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    libsecret-1-0 gnome-keyring dbus libjs-katex xvfb xauth zlib1g-dev libbenchmark-dev
    clang-format dpkg-dev appstream desktop-file-utils librsvg2-bin
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Installing: ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

jobs() { nproc 2>/dev/null || echo 2; }

run_app() {
    cmake --preset release >/dev/null
    cmake --build --preset release -j"$(jobs)"
    exec ./build/release/ui/papersieve "$@"
}

format_check() {
    local files
    files=$(git ls-files '*.cpp' '*.h' ':!:resources/katex/**' 2>/dev/null || true)
    [ -z "$files" ] && return 0
    # shellcheck disable=SC2086
    if ! clang-format --dry-run --Werror $files; then
        echo "Formatting differs from .clang-format: run clang-format -i on the files above." >&2
        return 1
    fi
}

# Tests get a private session bus, an unlocked gnome-keyring (the real Secret Service that
# qtkeychain talks to) and an X server, in a throw-away HOME, as README.md explains.
run_tests() {
    format_check
    cmake --preset ci
    cmake --build --preset ci -j"$(jobs)"

    local home
    home="$(mktemp -d)"
    export HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/share"
    export XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    export QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu

    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
        echo -n "test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        gnome-keyring-daemon --start --components=secrets >/dev/null
        ctest --preset ci -j2'
}

case "${1:-}" in
    run) shift; install_missing; run_app "$@" ;;
    test) install_missing; run_tests ;;
    deps) install_missing ;;
    *) echo "usage: tools/dev.sh run|test|deps" >&2; exit 2 ;;
esac
