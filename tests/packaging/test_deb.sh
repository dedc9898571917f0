#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PaperSieve authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test_deb.sh BUILD_DIR VERSION
#
# Builds the .deb with cpack from an already built tree, checks its control fields, dependencies
# and contents, validates the desktop entry and AppStream metainfo it ships, then unpacks it into
# a throw-away root (no real install) and runs the unpacked binary headless.
set -euo pipefail

build_dir=$1
version=$2
app_id=org.papersieve.PaperSieve

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

need() {
    command -v "$1" >/dev/null || fail "$1 is missing: install the Debian package $2"
}

need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== cpack -G DEB"
(cd "$build_dir" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed (log above)"; }
shopt -s nullglob
debs=("$work"/out/papersieve_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one papersieve_*.deb in $work/out, found ${#debs[@]}"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== control fields"
dpkg-deb --info "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = papersieve ] || fail "Package is '$(field Package)', not papersieve"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] \
    || fail "Architecture is '$(field Architecture)', not $(dpkg --print-architecture)"
[ "$(field Section)" = science ] || fail "Section is '$(field Section)', not science"
field Maintainer | grep -qF 'dev@papersieve.org' || fail "Maintainer lacks dev@papersieve.org"
field Homepage | grep -q '^https://' || fail "Homepage is missing"
# A CMake list slipping into the description shows up as semicolons.
! field Description | grep -qF ';' || fail "Description contains a CMake list separator"
depends=$(field Depends)
for dep in libqt6sql6-sqlite libsecret-1-0 qt6-qpa-plugins libqt6core6 libqt6widgets6 \
    libqt6keychain1; do
    # Match a whole package name: after the start or ", ", before a space, comma or the end.
    grep -qE "(^|, )${dep}( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

echo "== contents"
dpkg-deb --contents "$deb" | awk '{print $NF}' >"$work/contents"
cat "$work/contents"
expected=(
    ./usr/bin/papersieve
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/doc/papersieve/copyright
)
for size in 16 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done
allowed='^\./(usr/(bin|share/(applications|metainfo|icons|doc))(/|$)|(usr/?|usr/share/?)?$)'
if grep -vE "$allowed" "$work/contents" >"$work/unexpected"; then
    cat "$work/unexpected" >&2
    fail "the package ships unexpected files (above)"
fi

echo "== unpack into a throw-away root"
root="$work/root"
dpkg-deb -x "$deb" "$root"
binary="$root/usr/bin/papersieve"
[ -x "$binary" ] || fail "$binary is not executable"
if command -v readelf >/dev/null && readelf -S --wide "$binary" | grep -qF .debug_info; then
    fail "the packaged binary still carries debug information (CPACK_STRIP_FILES)"
fi
for size in 16 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    head -c 8 "$png" | od -An -tx1 | grep -q '89 50 4e 47' || fail "$png is not a PNG"
done

echo "== metadata validation"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" \
        || fail "appstreamcli rejects the packaged metainfo"
else
    echo "SKIP: appstreamcli not installed (Debian package appstream): metainfo not validated"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/$app_id.desktop" \
        || fail "desktop-file-validate rejects the packaged desktop entry"
else
    echo "SKIP: desktop-file-validate not installed (desktop-file-utils): entry not validated"
fi
# The metainfo and the desktop entry must name the same application.
grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
    "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "the metainfo does not launch $app_id"
grep -qxF "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop" \
    || fail "the desktop entry does not use the icon $app_id"
grep -qF "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo has no release $version"

echo "== run the unpacked binary headless"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
out=$("$binary" --version) || fail "papersieve --version exited with $?"
[ "$out" = "papersieve $version" ] || fail "papersieve --version printed '$out'"
echo "$out"

data="$work/data"
mkdir "$data"
code=0
"$binary" days --data-dir "$data" >"$work/days.out" 2>"$work/days.err" || code=$?
cat "$work/days.out" "$work/days.err"
[ "$code" -eq 0 ] || fail "papersieve days on an empty library exited with $code"
grep -qF "no days yet" "$work/days.err" || fail "papersieve days did not say the library is empty"
[ -f "$data/library.sqlite" ] || fail "papersieve days did not create $data/library.sqlite"

echo "PASS: $(basename "$deb") builds, declares its dependencies and runs unpacked"
